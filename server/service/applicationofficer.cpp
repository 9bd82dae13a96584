#include "applicationofficer.h"

#include "mail/mailspool.h"
#include "mail/onboardingmails.h"
#include "security/secrettoken.h"

#include <QCoreApplication>

namespace gtol::server {

namespace {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct OfficerText
{
    Q_DECLARE_TR_FUNCTIONS(gtol::server::ApplicationOfficer)
};

QString statusText(const QString &status)
{
    if (status == QLatin1String("received"))
        return OfficerText::tr("received");
    if (status == QLatin1String("confirmed"))
        return OfficerText::tr("confirmed");
    if (status == QLatin1String("approved"))
        return OfficerText::tr("approved");
    if (status == QLatin1String("rejected"))
        return OfficerText::tr("rejected");
    return status;
}

} // namespace

ApplicationOfficer::ApplicationOfficer(ServerStorage &storage, const MailSpool &mail, std::function<QDateTime()> clock)
    : m_storage(storage), m_mail(mail), m_clock(std::move(clock))
{
}

QString ApplicationOfficer::randomDigits(int count)
{
    QString digits;
    while (digits.size() < count) {
        const QByteArray bytes = SecretToken::randomBytes(16);
        if (bytes.isEmpty())
            qFatal("RAND_bytes failed");
        for (const char b : bytes) {
            const auto value = static_cast<unsigned char>(b);
            if (value < 250 && digits.size() < count) // 250 = 25 * 10: no modulo bias
                digits += QChar(u'0' + value % 10);
        }
    }
    return digits;
}

Result<QList<ApplicationRecord>> ApplicationOfficer::list()
{
    return m_storage.applications();
}

Status ApplicationOfficer::apply(qint64 id, const ApplicationTransition &transition)
{
    auto current = m_storage.application(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error {QStringLiteral("application.unknown"),
                      OfficerText::tr("There is no application with this number."), QString::number(id)};
    auto applied = m_storage.transition(id, transition);
    if (!applied)
        return applied.error();
    if (!*applied)
        return Error {QStringLiteral("application.wrong_status"),
                      OfficerText::tr("The application is %1; this step is not possible now.")
                          .arg(statusText((*current)->status)),
                      {}};
    return {};
}

Status ApplicationOfficer::confirm(qint64 id)
{
    return apply(id,
                 ApplicationTransition {{QStringLiteral("received")}, QStringLiteral("confirmed"), now(), {}, {}, {}});
}

Result<ApplicationOfficer::Approval> ApplicationOfficer::approve(qint64 id)
{
    Approval approval;
    approval.initialPassword = randomDigits(6) + QStringLiteral("@G");
    // A few attempts cover the rare collision of a random ID with an existing one.
    for (int attempt = 0; attempt < 20; ++attempt) {
        approval.userId = randomDigits(8);
        auto taken = m_storage.userIdExists(approval.userId);
        if (!taken)
            return taken.error();
        if (*taken)
            continue;
        Status s = apply(id,
                         ApplicationTransition {{QStringLiteral("confirmed")},
                                                QStringLiteral("approved"),
                                                now(),
                                                {},
                                                approval.userId,
                                                SecretToken::hashPassword(approval.initialPassword)});
        if (!s && s.error().code == QLatin1String("user_id.taken"))
            continue;
        if (!s)
            return s.error();
        // The approval is committed and only this answer holds the initial password: a mail
        // that cannot be written must not turn it into an error, or the password is lost and
        // the application can never be approved again.
        auto record = m_storage.application(id);
        if (!record) {
            approval.mailError = record.error();
        } else if (record->has_value()) {
            const QString email = (*record)->form.value(ApplicationForm::Field::Email);
            if (auto sent = m_mail.send(OnboardingMails::approval(email, id, approval.userId), now()); !sent)
                approval.mailError = sent.error();
        }
        return approval;
    }
    return Error {QStringLiteral("user_id.exhausted"), OfficerText::tr("No free user ID was found. Try again."), {}};
}

Result<ApplicationOfficer::Rejection> ApplicationOfficer::reject(qint64 id, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error {QStringLiteral("reason.missing"), OfficerText::tr("Give the reason for the rejection."), {}};
    if (Status s = apply(id,
                         ApplicationTransition {{QStringLiteral("received"), QStringLiteral("confirmed")},
                                                QStringLiteral("rejected"),
                                                now(),
                                                reason.trimmed(),
                                                {},
                                                {}});
        !s)
        return s.error();
    // Committed: a mail failure from here on must not read as "not rejected".
    Rejection rejection;
    auto record = m_storage.application(id);
    if (!record) {
        rejection.mailError = record.error();
    } else if (record->has_value()) {
        const QString email = (*record)->form.value(ApplicationForm::Field::Email);
        if (auto sent = m_mail.send(OnboardingMails::rejection(email, id, reason.trimmed()), now()); !sent)
            rejection.mailError = sent.error();
    }
    return rejection;
}

} // namespace gtol::server
