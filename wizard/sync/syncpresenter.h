#pragma once

#include "net/apierror.h"
#include "net/apitypes.h"
#include "result.h"
#include "store/outbox.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace gtol {

class ApiClient;
class ApiJob;
class OnboardingController;
class SyncEngine;

// Connects the wizard's controller hooks to the backend (Steps 1–3) and holds what the sync
// panels show. It has no widgets, so the whole flow is tested without pages.
//
//  Step 1: controller.emailSendRequested -> outbox (registration) -> finishEmailSend when the
//          server has it (or failed for good). The clerk pastes the link back: useLink() checks it
//          with the server (valid / unknown / expired-or-used / another address) and keeps the
//          token IN MEMORY ONLY.
//  Step 2: controller.termsRequested -> GET /terms/current -> setTerms. controller.submitRequested
//          -> outbox (application, Idempotency-Key) -> finishSubmit with the application number;
//          a transient failure still finishes the submit (the write is safe in the outbox and is
//          retried), a refusal (422, 410) returns the reason to the confirm page.
//  Step 3: polls GET /applications/{id} every pollIntervalMs (doubling after errors up to 15
//          minutes, stopping once approved or rejected) and on demand, and writes the status into
//          the draft state (SubmissionStatusKey), which lets the wizard move on once approved.
//
// Restarts: everything comes back from the outbox of the current draft. A sent application's
// receipt (with its status token, a bearer that can only read this one application's status) is
// kept in the outbox so Step 3 can poll after a restart; this is the one secret-like value stored,
// a deliberate trade-off (the alternative is asking the clerk to resubmit). A pending application
// needs the pasted link again, because registration tokens are never stored.
class SyncPresenter : public QObject
{
    Q_OBJECT
public:
    enum class LinkState { None, Checking, Valid, NotALink, Unknown, Expired, WrongAddress, Failed };

    SyncPresenter(OnboardingController &controller, ApiClient &client, SyncEngine &engine, Outbox &outbox,
                  QObject *parent = nullptr);
    ~SyncPresenter() override;

    static constexpr int DefaultPollIntervalMs = 60'000;
    static constexpr int MaxPollIntervalMs = 15 * 60'000;
    void setPollIntervalMs(int ms) { m_pollBaseMs = ms; }

    // --- Step 1 -----------------------------------------------------------------------------
    void useLink(const QString &pasted);
    void resendEmail();
    LinkState linkState() const { return m_linkState; }
    QString linkMessage() const { return m_linkMessage; }
    bool hasRegistrationToken() const { return !m_token.isEmpty(); }

    // --- The outbox of the current draft -----------------------------------------------------
    std::optional<OutboxItem> registrationItem() const;
    std::optional<OutboxItem> applicationItem() const;
    // Text for a panel: sending / sent / waiting (when, why) / failed (why).
    QString describe(const std::optional<OutboxItem> &item) const;
    bool isSending(const std::optional<OutboxItem> &item) const;
    void retryNow();

    // --- Step 3 -----------------------------------------------------------------------------
    void refreshStatus();
    void checkStatusNow(); // the clerk's "check now": journalled, then refreshStatus()
    std::optional<ApplicationStatus> status() const { return m_status; }
    QString applicationNumber() const;
    QString statusMessage() const { return m_statusMessage; }
    bool isPolling() const { return m_pollTimer.isActive(); }
    int currentPollIntervalMs() const { return m_pollCurrentMs; }

    // Why the last 申請確定 did not go through (empty when it did): the message with what to do
    // and, for a 422, one line per refused field with its label.
    QString submitProblem() const { return m_submitProblem; }

    // The last problem loading the terms (empty when none).
    QString termsProblem() const { return m_termsProblem; }

Q_SIGNALS:
    void linkChanged();
    void syncChanged();
    void statusChanged();
    void termsLoaded(bool ok);

private:
    void onEmailSendRequested(const QString &address);
    void onTermsRequested();
    void onSubmitRequested(const ApplicationForm &form, const QJsonObject &consent);
    void onItemSent(const OutboxItem &item);
    void onItemFailed(const OutboxItem &item, const ApiError &error);
    void onAttemptFailed(const OutboxItem &item, const ApiError &error);
    void onNeedsToken(qint64 itemId);
    void onDraftOpened();
    void setLink(LinkState state, const QString &message);
    void takeReceipt(const OutboxItem &item);
    void schedulePoll(bool failed);
    void refuseSubmit(const Error &error, const QList<ApiError::FieldProblem> &fields = {});

    OnboardingController &m_controller;
    ApiClient &m_client;
    SyncEngine &m_engine;
    Outbox &m_outbox;

    LinkState m_linkState = LinkState::None;
    QString m_linkMessage;
    QString m_token; // registration token: memory only
    QString m_tokenEmail;
    qint64 m_submittingItem = 0; // the application the confirm page waits for
    qint64 m_waitingForToken = 0; // a pending application after a restart

    QTimer m_pollTimer;
    int m_pollBaseMs = DefaultPollIntervalMs;
    int m_pollCurrentMs = DefaultPollIntervalMs;
    QPointer<ApiJob> m_statusJob;
    std::optional<ApplicationStatus> m_status;
    QString m_statusMessage;
    QString m_termsProblem;
    QString m_submitProblem;
};

} // namespace gtol
