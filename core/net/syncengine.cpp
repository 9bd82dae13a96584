#include "syncengine.h"

#include "net/apiclient.h"
#include "net/clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cmath>

namespace gtol {

namespace {

// The longest the timer sleeps at once: the wall clock may jump (suspend, NTP).
constexpr qint64 MaxTimerMs = 60'000;

} // namespace

SyncEngine::SyncEngine(ApiClient &client, Outbox &outbox, const Clock &clock, QObject *parent)
    : QObject(parent), m_client(client), m_outbox(outbox), m_clock(clock),
      m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::processDue);
}

SyncEngine::~SyncEngine() = default;

qint64 SyncEngine::backoffMs(int attempts, double random01, const Backoff &backoff)
{
    const int exponent = qBound(0, attempts - 1, 30);
    const double raw = double(backoff.baseMs) * std::pow(2.0, exponent);
    const qint64 capped = qint64(qMin(raw, double(backoff.maxMs)));
    return capped / 2 + qint64(double(capped / 2) * qBound(0.0, random01, 1.0));
}

Result<OutboxItem> SyncEngine::enqueueRegistration(const QString &email, qint64 draftId)
{
    const ApiRequest request = ApiClient::registrationRequest(email);
    Result<OutboxItem> item = m_outbox.enqueue(QString::fromUtf16(RegistrationKind), request.method, request.path,
                                               request.body, draftId, m_clock.now());
    if (!item)
        return item;
    emitChanged(item->id);
    processDue();
    return item;
}

Result<OutboxItem> SyncEngine::enqueueApplication(const ApplicationForm &form, const Consent &consent,
                                                  const QString &registrationToken, qint64 draftId)
{
    const ApiRequest request = ApiClient::applicationRequest(form, consent);
    Result<OutboxItem> item = m_outbox.enqueue(QString::fromUtf16(ApplicationKind), request.method, request.path,
                                               request.body, draftId, m_clock.now());
    if (!item)
        return item;
    m_tokens.insert(item->id, registrationToken);
    emitChanged(item->id);
    processDue();
    return item;
}

void SyncEngine::setRegistrationToken(qint64 itemId, const QString &token)
{
    m_tokens.insert(itemId, token);
    m_askedForToken.remove(itemId);
    processDue();
}

Status SyncEngine::retryNow(qint64 itemId)
{
    m_askedForToken.remove(itemId); // ask again if it still has none
    if (Status status = m_outbox.retryNow(itemId, m_clock.now()); !status) {
        Q_EMIT storageFailed(status.error());
        return status;
    }
    emitChanged(itemId);
    processDue();
    return {};
}

void SyncEngine::processDue()
{
    Result<QList<OutboxItem>> due = m_outbox.due(m_clock.now());
    if (!due) {
        Q_EMIT storageFailed(due.error());
        m_timer.start(int(MaxTimerMs));
        return;
    }
    for (const OutboxItem &item : due.value()) {
        if (m_inFlight.contains(item.id))
            continue;
        if (item.kind == QStringView(ApplicationKind) && !m_tokens.contains(item.id)) {
            // Asked once; the item waits (and is not rescheduled) until the token is given.
            if (!m_askedForToken.contains(item.id)) {
                m_askedForToken.insert(item.id);
                Q_EMIT needsRegistrationToken(item.id);
            }
            continue;
        }
        send(item);
    }
    reschedule();
}

void SyncEngine::send(const OutboxItem &item)
{
    ApiRequest request;
    request.method = item.method;
    request.path = item.path;
    request.body = item.body;
    request.idempotencyKey = item.idempotencyKey;
    if (item.kind == QStringView(ApplicationKind))
        request.body = ApiClient::withRegistrationToken(item.body, m_tokens.value(item.id));
    m_inFlight.insert(item.id);
    ApiJob *job = m_client.send(request);
    const qint64 id = item.id;
    connect(job, &ApiJob::finished, this, [this, job, id] { finish(id, job->result()); });
}

void SyncEngine::finish(qint64 itemId, const ApiResult<ApiResponse> &result)
{
    m_inFlight.remove(itemId);
    Result<std::optional<OutboxItem>> stored = m_outbox.item(itemId);
    if (!stored || !stored.value()) {
        if (!stored)
            Q_EMIT storageFailed(stored.error());
        return;
    }
    const OutboxItem &item = *stored.value();

    Status status;
    if (result.ok()) {
        m_tokens.remove(itemId); // used up: forget it at once
        status = m_outbox.markSent(itemId, result->body);
    } else if (result.error().kind == ApiError::Kind::Cancelled) {
        reschedule();
        return; // shutting down: the item stays pending as it was
    } else if (result.error().isTransient()) {
        const ApiError &error = result.error();
        qint64 delay = backoffMs(item.attempts + 1, m_random(), m_backoff);
        if (error.retryAfterSeconds)
            delay = qMax(delay, qint64(*error.retryAfterSeconds) * 1000);
        status = m_outbox.recordRetry(itemId, m_clock.now().addMSecs(delay),
                                      error.error.code + QStringLiteral(": ") + error.error.message);
    } else {
        m_tokens.remove(itemId);
        const ApiError &error = result.error();
        QJsonObject answer {{QStringLiteral("httpStatus"), error.httpStatus},
                            {QStringLiteral("code"), error.serverCode}};
        status = m_outbox.markFailed(itemId, error.error.code + QStringLiteral(": ") + error.error.message,
                                     QJsonDocument(answer).toJson(QJsonDocument::Compact));
    }
    if (!status)
        Q_EMIT storageFailed(status.error());

    Result<std::optional<OutboxItem>> updated = m_outbox.item(itemId);
    if (updated && updated.value()) {
        const OutboxItem &now = *updated.value();
        Q_EMIT itemChanged(now);
        if (result.ok())
            Q_EMIT itemSent(now);
        else if (now.state == OutboxItem::State::Failed)
            Q_EMIT itemFailed(now, result.error());
        else
            Q_EMIT attemptFailed(now, result.error());
    }
    reschedule();
}

void SyncEngine::reschedule()
{
    // The next pending item that can actually be sent: not in flight, not waiting for a token.
    Result<QList<OutboxItem>> pending = m_outbox.due(m_clock.now().addYears(100));
    if (!pending) {
        m_timer.start(int(MaxTimerMs));
        return;
    }
    std::optional<QDateTime> next;
    for (const OutboxItem &item : pending.value()) {
        if (m_inFlight.contains(item.id) || m_askedForToken.contains(item.id))
            continue;
        if (!next || item.nextAttemptAt < *next)
            next = item.nextAttemptAt;
    }
    if (!next) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(qBound<qint64>(0, m_clock.now().msecsTo(*next), MaxTimerMs)));
}

void SyncEngine::emitChanged(qint64 itemId)
{
    Result<std::optional<OutboxItem>> item = m_outbox.item(itemId);
    if (item && item.value())
        Q_EMIT itemChanged(*item.value());
}

ApiResult<SubmissionReceipt> SyncEngine::receiptOf(const OutboxItem &item)
{
    if (item.state != OutboxItem::State::Sent)
        return ApiError::badResponse(QStringLiteral("not sent yet"));
    return SubmissionReceipt::fromJson(item.response);
}

} // namespace gtol
