#pragma once

#include "net/apierror.h"
#include "net/apirequest.h"
#include "net/apitypes.h"
#include "store/outbox.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace gtol {

class ApiClient;
class Clock;

// Sends the writes of the outbox until each is acknowledged, across restarts (model: the outbox
// pattern; Nextcloud's SyncEngine for the shape). Each write is recorded with its idempotency key
// BEFORE the first attempt, so a crash after sending cannot make a second application: the server
// answers the same key with the same receipt.
//
//   pending --2xx--> sent
//   pending --network/timeout/408/429/5xx--> pending (attempts+1, due after back-off with jitter,
//                                                     at least Retry-After)
//   pending --other 4xx--> failed (reason kept; "retry now" makes it pending again)
//
// Secrets: the registration token of an application is NOT in the stored body. It is held here in
// memory and merged in just before sending. After a restart an application that is still pending
// waits (needsRegistrationToken) until the clerk pastes the link from the mail again; the same
// link gives the same body, so the server replays the receipt if the first attempt had arrived.
// The status token in the receipt IS kept (in the sent item's response): it only reads the status
// of this one application, and Step 3 must survive restarts.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    static constexpr const char16_t *RegistrationKind = u"registration";
    static constexpr const char16_t *ApplicationKind = u"application";

    struct Backoff
    {
        qint64 baseMs = 2'000; // first retry after 1–2 s
        qint64 maxMs = 10 * 60'000; // never wait more than 10 minutes (before jitter)
    };

    SyncEngine(ApiClient &client, Outbox &outbox, const Clock &clock, QObject *parent = nullptr);
    ~SyncEngine() override;

    void setBackoff(Backoff backoff) { m_backoff = backoff; }
    // A source of uniform random numbers in [0, 1) for the jitter (tests make it fixed).
    void setRandom(std::function<double()> random) { m_random = std::move(random); }

    // Records the write (committed) and starts sending it. The item is returned as stored.
    Result<OutboxItem> enqueueRegistration(const QString &email, qint64 draftId);
    Result<OutboxItem> enqueueApplication(const ApplicationForm &form, const Consent &consent,
                                          const QString &registrationToken, qint64 draftId);

    // The registration token of a pending application after a restart (from the pasted link).
    void setRegistrationToken(qint64 itemId, const QString &token);
    bool hasRegistrationToken(qint64 itemId) const { return m_tokens.contains(itemId); }

    // Sends every due item that is not already in flight, and re-arms the timer for the next.
    void processDue();
    // "Retry now": due at once, whatever the back-off said (also for failed items).
    Status retryNow(qint64 itemId);
    bool isInFlight(qint64 itemId) const { return m_inFlight.contains(itemId); }
    int inFlightCount() const { return int(m_inFlight.size()); }

    // The delay before the next attempt after `attempts` failed ones: min(max, base * 2^(n-1)),
    // then "equal jitter" (half fixed, half random) so many clients do not retry in step.
    static qint64 backoffMs(int attempts, double random01, const Backoff &backoff);

    // The receipt kept in a sent application item.
    static ApiResult<SubmissionReceipt> receiptOf(const OutboxItem &item);

Q_SIGNALS:
    void itemChanged(const gtol::OutboxItem &item); // any state or attempt change
    void itemSent(const gtol::OutboxItem &item);
    void itemFailed(const gtol::OutboxItem &item, const gtol::ApiError &error); // for good
    void attemptFailed(const gtol::OutboxItem &item, const gtol::ApiError &error); // will retry
    void needsRegistrationToken(qint64 itemId);
    void storageFailed(const gtol::Error &error);

private:
    void send(const OutboxItem &item);
    void finish(qint64 itemId, const ApiResult<ApiResponse> &result);
    void reschedule();
    void emitChanged(qint64 itemId);

    ApiClient &m_client;
    Outbox &m_outbox;
    const Clock &m_clock;
    Backoff m_backoff;
    std::function<double()> m_random;
    QTimer m_timer;
    QSet<qint64> m_inFlight;
    QHash<qint64, QString> m_tokens; // item id -> registration token (memory only)
    QSet<qint64> m_askedForToken; // pending applications waiting for setRegistrationToken()
};

} // namespace gtol
