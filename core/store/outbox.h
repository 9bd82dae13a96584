#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <QStringView>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace gtol {

class LocalStore;
class SqliteStatement;

// One write waiting for (or done with) the server.
struct OutboxItem
{
    enum class State { Pending, Sent, Failed };

    qint64 id = 0;
    QString idempotencyKey; // made once, before the first attempt; sent with every attempt
    QString kind; // "registration", "application"
    QByteArray method;
    QString path;
    QByteArray body; // JSON; never holds a secret (see SyncEngine)
    QDateTime createdAt;
    int attempts = 0;
    QDateTime nextAttemptAt; // when pending
    State state = State::Pending;
    QString lastError; // code and message of the last failed attempt (translated, no secrets)
    QByteArray response; // the server's answer once sent (or failed)
    qint64 draftId = 0; // 0 = none

    static QString stateName(State state);
};

// The outbox table of the local store: every write is recorded here, with its idempotency key,
// BEFORE it is sent the first time, and stays until the server has acknowledged it (sent) or
// refused it for good (failed). So a crash, a network drop or a server restart neither loses a
// write nor, thanks to the key, doubles it. Times come from the caller (SyncEngine's clock).
// Borrows the LocalStore, which must outlive it. Every mutating call has committed on return.
class Outbox
{
public:
    explicit Outbox(LocalStore &store);
    ~Outbox();
    Outbox(const Outbox &) = delete;
    Outbox &operator=(const Outbox &) = delete;

    // Records a new pending write due at `now` with a fresh random idempotency key.
    Result<OutboxItem> enqueue(const QString &kind, const QByteArray &method, const QString &path,
                               const QByteArray &body, qint64 draftId, const QDateTime &now);

    Result<std::optional<OutboxItem>> item(qint64 id);
    // Pending items due at `now`, oldest first.
    Result<QList<OutboxItem>> due(const QDateTime &now);
    // The earliest next_attempt_at of any pending item.
    Result<std::optional<QDateTime>> nextDue();
    // All items (of one draft when draftId > 0), newest first.
    Result<QList<OutboxItem>> items(qint64 draftId = 0);
    // The newest item of a kind for a draft.
    Result<std::optional<OutboxItem>> latest(const QString &kind, qint64 draftId);

    // An attempt failed in a way worth retrying: attempts + 1, due again at `next`.
    Status recordRetry(qint64 id, const QDateTime &next, const QString &error);
    // The server acknowledged: keep its answer.
    Status markSent(qint64 id, const QByteArray &response);
    // The server refused for good (a 4xx other than 408/429): keep the reason and the answer.
    Status markFailed(qint64 id, const QString &error, const QByteArray &response);
    // "Retry now": a pending or failed item becomes pending and due at `now`.
    Status retryNow(qint64 id, const QDateTime &now);
    // Forgets an item (a sent one once its answer has been taken over, or a test's).
    Status remove(qint64 id);

private:
    Result<SqliteStatement *> statement(int slot, QStringView sql);
    Status update(int slot, QStringView sql, const std::function<void(SqliteStatement &)> &bind);
    Result<QList<OutboxItem>> query(int slot, QStringView sql, const std::function<void(SqliteStatement &)> &bind);

    LocalStore &m_store;
    std::map<int, std::unique_ptr<SqliteStatement>> m_statements; // prepared once, on first use
};

} // namespace gtol
