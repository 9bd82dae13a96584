#include "outbox.h"

#include "store/localstore.h"
#include "store/sqlitedatabase.h"

#include <QUuid>

#include <functional>

namespace gtol {

namespace {

constexpr const char16_t *kColumns =
    u"id, idempotency_key, kind, method, path, body, created_at, attempts, next_attempt_at, state, "
    u"last_error, response, draft_id";

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

OutboxItem::State stateFromText(const QString &text)
{
    if (text == QStringLiteral("sent"))
        return OutboxItem::State::Sent;
    if (text == QStringLiteral("failed"))
        return OutboxItem::State::Failed;
    return OutboxItem::State::Pending;
}

OutboxItem itemFromRow(const SqliteStatement &s)
{
    OutboxItem item;
    item.id = s.columnInt64(0);
    item.idempotencyKey = s.columnText(1);
    item.kind = s.columnText(2);
    item.method = s.columnText(3).toLatin1();
    item.path = s.columnText(4);
    item.body = s.columnBlob(5);
    item.createdAt = timeFromText(s.columnText(6));
    item.attempts = int(s.columnInt64(7));
    item.nextAttemptAt = timeFromText(s.columnText(8));
    item.state = stateFromText(s.columnText(9));
    item.lastError = s.columnText(10);
    item.response = s.columnBlob(11);
    item.draftId = s.columnInt64(12);
    return item;
}

enum Slot { Insert, Select, Due, NextDue, All, AllOfDraft, Latest, Retry, Sent, Failed, RetryNow, Remove };

} // namespace

QString OutboxItem::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Sent:
        return QStringLiteral("sent");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

Outbox::Outbox(LocalStore &store) : m_store(store) { }

Outbox::~Outbox() = default;

Result<SqliteStatement *> Outbox::statement(int slot, QStringView sql)
{
    auto it = m_statements.find(slot);
    if (it != m_statements.end())
        return it->second.get();
    Result<SqliteStatement> prepared = m_store.database().prepare(sql);
    if (!prepared)
        return prepared.error();
    auto owned = std::make_unique<SqliteStatement>(std::move(prepared).value());
    SqliteStatement *raw = owned.get();
    m_statements.emplace(slot, std::move(owned));
    return raw;
}

Result<QList<OutboxItem>> Outbox::query(int slot, QStringView sql, const std::function<void(SqliteStatement &)> &bind)
{
    Result<SqliteStatement *> s = statement(slot, sql);
    if (!s)
        return s.error();
    SqliteStatement &st = *s.value();
    st.reset();
    bind(st);
    Result<QList<OutboxItem>> items = st.collectRows([](SqliteStatement &row) { return itemFromRow(row); });
    st.reset(); // releases the read lock
    return items;
}

Status Outbox::update(int slot, QStringView sql, const std::function<void(SqliteStatement &)> &bind)
{
    Result<SqliteStatement *> s = statement(slot, sql);
    if (!s)
        return s.error();
    SqliteStatement &st = *s.value();
    st.reset();
    bind(st);
    Status status = st.exec();
    st.reset();
    return status;
}

Result<OutboxItem> Outbox::enqueue(const QString &kind, const QByteArray &method, const QString &path,
                                   const QByteArray &body, qint64 draftId, const QDateTime &now)
{
    OutboxItem item;
    // 122 random bits; within the server's 16–128 characters of [A-Za-z0-9-_.~].
    item.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.kind = kind;
    item.method = method;
    item.path = path;
    item.body = body;
    item.createdAt = now.toUTC();
    item.nextAttemptAt = now.toUTC();
    item.draftId = draftId;
    // A single INSERT in autocommit mode: committed (synchronous=FULL) when exec returns.
    Status status = update(Insert,
                           u"INSERT INTO outbox(idempotency_key, kind, method, path, body, created_at, attempts, "
                           u"next_attempt_at, state, draft_id) VALUES(?, ?, ?, ?, ?, ?, 0, ?, 'pending', ?)",
                           [&](SqliteStatement &s) {
                               s.bind(1, item.idempotencyKey);
                               s.bind(2, kind);
                               s.bind(3, QString::fromLatin1(method));
                               s.bind(4, path);
                               s.bind(5, body);
                               s.bind(6, timeText(now));
                               s.bind(7, timeText(now));
                               if (draftId > 0)
                                   s.bind(8, draftId);
                               else
                                   s.bindNull(8);
                           });
    if (!status)
        return status.error();
    item.id = m_store.database().lastInsertRowId();
    return item;
}

Result<std::optional<OutboxItem>> Outbox::item(qint64 id)
{
    static const QString sql =
        QStringLiteral("SELECT ") + QString::fromUtf16(kColumns) + QStringLiteral(" FROM outbox WHERE id = ?");
    Result<QList<OutboxItem>> items = query(Select, sql, [id](SqliteStatement &s) { s.bind(1, id); });
    if (!items)
        return items.error();
    if (items->isEmpty())
        return std::optional<OutboxItem>();
    return std::optional<OutboxItem>(items->first());
}

Result<QList<OutboxItem>> Outbox::due(const QDateTime &now)
{
    static const QString sql = QStringLiteral("SELECT ") + QString::fromUtf16(kColumns)
        + QStringLiteral(" FROM outbox WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY id");
    return query(Due, sql, [&now](SqliteStatement &s) { s.bind(1, timeText(now)); });
}

Result<std::optional<QDateTime>> Outbox::nextDue()
{
    Result<SqliteStatement *> s =
        statement(NextDue, u"SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'pending'");
    if (!s)
        return s.error();
    SqliteStatement &st = *s.value();
    st.reset();
    Result<bool> row = st.step();
    std::optional<QDateTime> next;
    if (row && row.value() && !st.columnIsNull(0))
        next = timeFromText(st.columnText(0));
    st.reset();
    if (!row)
        return row.error();
    return next;
}

Result<QList<OutboxItem>> Outbox::items(qint64 draftId)
{
    static const QString all =
        QStringLiteral("SELECT ") + QString::fromUtf16(kColumns) + QStringLiteral(" FROM outbox ORDER BY id DESC");
    static const QString ofDraft = QStringLiteral("SELECT ") + QString::fromUtf16(kColumns)
        + QStringLiteral(" FROM outbox WHERE draft_id = ? ORDER BY id DESC");
    if (draftId <= 0)
        return query(All, all, [](SqliteStatement &) {});
    return query(AllOfDraft, ofDraft, [draftId](SqliteStatement &s) { s.bind(1, draftId); });
}

Result<std::optional<OutboxItem>> Outbox::latest(const QString &kind, qint64 draftId)
{
    static const QString sql = QStringLiteral("SELECT ") + QString::fromUtf16(kColumns)
        + QStringLiteral(" FROM outbox WHERE kind = ? AND IFNULL(draft_id, 0) = ? ORDER BY id DESC LIMIT 1");
    Result<QList<OutboxItem>> items = query(Latest, sql, [&](SqliteStatement &s) {
        s.bind(1, kind);
        s.bind(2, draftId);
    });
    if (!items)
        return items.error();
    if (items->isEmpty())
        return std::optional<OutboxItem>();
    return std::optional<OutboxItem>(items->first());
}

Status Outbox::recordRetry(qint64 id, const QDateTime &next, const QString &error)
{
    return update(Retry,
                  u"UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? "
                  u"WHERE id = ? AND state = 'pending'",
                  [&](SqliteStatement &s) {
                      s.bind(1, timeText(next));
                      s.bind(2, error);
                      s.bind(3, id);
                  });
}

Status Outbox::markSent(qint64 id, const QByteArray &response)
{
    return update(Sent,
                  u"UPDATE outbox SET attempts = attempts + 1, state = 'sent', next_attempt_at = NULL, "
                  u"last_error = NULL, response = ? WHERE id = ?",
                  [&](SqliteStatement &s) {
                      s.bind(1, response);
                      s.bind(2, id);
                  });
}

Status Outbox::markFailed(qint64 id, const QString &error, const QByteArray &response)
{
    return update(Failed,
                  u"UPDATE outbox SET attempts = attempts + 1, state = 'failed', next_attempt_at = NULL, "
                  u"last_error = ?, response = ? WHERE id = ? AND state <> 'sent'",
                  [&](SqliteStatement &s) {
                      s.bind(1, error);
                      s.bind(2, response);
                      s.bind(3, id);
                  });
}

Status Outbox::retryNow(qint64 id, const QDateTime &now)
{
    return update(RetryNow,
                  u"UPDATE outbox SET state = 'pending', next_attempt_at = ? WHERE id = ? AND state <> 'sent'",
                  [&](SqliteStatement &s) {
                      s.bind(1, timeText(now));
                      s.bind(2, id);
                  });
}

Status Outbox::remove(qint64 id)
{
    return update(Remove, u"DELETE FROM outbox WHERE id = ?", [id](SqliteStatement &s) { s.bind(1, id); });
}

} // namespace gtol
