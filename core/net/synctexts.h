#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace gtol {

// The clerk-facing words of the sync panels (wizard/sync), kept here so that the network area's
// catalogue (translations/core_net_ja.ts) holds every string of the feature in one place. Plain
// text only; no widget code.
class SyncTexts
{
    Q_DECLARE_TR_FUNCTIONS(gtol::SyncTexts)
public:
    // Step 1: the link pasted back.
    static QString linkLabel() { return tr("&Link from the e-mail (or the code in it):"); }
    static QString linkPlaceholder() { return tr("https://…/registrationForm/…"); }
    static QString linkButton() { return tr("&Use this link"); }
    static QString resendButton() { return tr("Send a new &e-mail"); } // &N is the wizard's Next
    static QString linkIntro()
    {
        return tr("Open the e-mail we have just sent and copy the link in it into the box below. "
                  "The link is valid for 30 minutes.");
    }
    static QString linkNotALink()
    {
        return tr("This is not the link from the e-mail. Copy the whole line that starts with https:// "
                  "and contains /registrationForm/.");
    }
    static QString linkChecking() { return tr("Checking the link…"); }
    static QString linkValid(const QString &email, const QDateTime &expiresAt)
    {
        return tr("The link is valid for %1 until %2.")
            .arg(email, expiresAt.toLocalTime().toString(QStringLiteral("HH:mm")));
    }
    static QString linkWrongAddress(const QString &email)
    {
        return tr("This link was sent to %1, not to the address entered here. Use the link from the latest e-mail "
                  "to this address.")
            .arg(email);
    }
    static QString linkUnknown()
    {
        return tr("The server does not know this link. Check that it was copied completely, or send a new e-mail.");
    }
    static QString linkExpired()
    {
        return tr("This link has expired or has already been used. Press \"Send a new e-mail\" and use the link in "
                  "the new e-mail within 30 minutes.");
    }
    static QString linkNeededToSend()
    {
        return tr("To send the application, paste the link from the e-mail on the e-mail step first "
                  "(the link is not stored on this PC).");
    }
    static QString linkNeededAgain()
    {
        return tr("The application is saved on this PC but not yet sent. Paste the link from the e-mail again "
                  "to send it (links are never stored on this PC).");
    }

    // Outbox state.
    static QString sending() { return tr("Sending…"); }
    static QString sent() { return tr("Sent."); }
    static QString waiting(const QDateTime &next, const QString &reason)
    {
        return tr("Not sent yet; it is kept on this PC and sent again automatically at %1.\nReason: %2")
            .arg(next.toLocalTime().toString(QStringLiteral("HH:mm:ss")), reason);
    }
    static QString failed(const QString &reason) { return tr("Could not be sent: %1").arg(reason); }
    static QString retryButton() { return tr("&Retry now"); }

    // Step 3.
    static QString statusButton() { return tr("&Check the status now"); }
    static QString statusChecked(const QDateTime &at)
    {
        return tr("Last checked at %1. The status is checked again automatically every few minutes while this "
                  "assistant is open.")
            .arg(at.toLocalTime().toString(QStringLiteral("HH:mm")));
    }
    static QString statusCheckFailed(const QString &reason)
    {
        return tr("The status could not be checked: %1").arg(reason);
    }
    static QString rejectionReason(const QString &reason)
    {
        return tr("Reason given by the prefecture: %1").arg(reason);
    }
    static QString approvedUserId(const QString &userId) { return tr("Your user ID: %1").arg(userId); }
    static QString termsNotFromServer()
    {
        return tr("The terms shown are the bundled sample, because the current terms could not be loaded from the "
                  "service. Go back to the terms step when the connection works, read and agree to the current "
                  "terms, then send again.");
    }
    static QString termsFromServerFailed(const QString &reason)
    {
        return tr("The current terms could not be loaded from the service: %1").arg(reason);
    }
};

} // namespace gtol
