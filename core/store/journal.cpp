#include "journal.h"

#include "store/localstore.h"
#include "store/sqlitedatabase.h"
#include "store/sqlitestatementreset.h"

#include <QDateTime>
#include <QJsonDocument>

#include <array>

namespace gtol {

namespace {

struct KindName
{
    JournalEvent::Kind kind;
    const char16_t *name;
};

// Stored in the file: never rename.
constexpr std::array<KindName, 7> kKindNames {{
    {JournalEvent::Kind::PageEnter, u"pageEnter"},
    {JournalEvent::Kind::PageLeave, u"pageLeave"},
    {JournalEvent::Kind::FieldChange, u"fieldChange"},
    {JournalEvent::Kind::CheckResult, u"checkResult"},
    {JournalEvent::Kind::Request, u"request"},
    {JournalEvent::Kind::ErrorShown, u"errorShown"},
    {JournalEvent::Kind::Button, u"button"},
}};

} // namespace

QJsonObject SecretShape::toJson() const
{
    return QJsonObject {
        {QStringLiteral("length"), length},     {QStringLiteral("upper"), upper},   {QStringLiteral("lower"), lower},
        {QStringLiteral("digit"), digit},       {QStringLiteral("symbol"), symbol}, {QStringLiteral("space"), space},
        {QStringLiteral("nonAscii"), nonAscii},
    };
}

SecretShape describeSecret(QStringView secret)
{
    SecretShape shape;
    for (char32_t c : secret.toUcs4()) {
        ++shape.length;
        if (c >= U'A' && c <= U'Z')
            shape.upper = true;
        else if (c >= U'a' && c <= U'z')
            shape.lower = true;
        else if (c >= U'0' && c <= U'9')
            shape.digit = true;
        else if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u3000')
            shape.space = true;
        else if (c > 0x20 && c < 0x7f)
            shape.symbol = true;
        else
            shape.nonAscii = true;
    }
    return shape;
}

QString JournalEvent::kindName(Kind kind)
{
    for (const KindName &k : kKindNames) {
        if (k.kind == kind)
            return QString::fromUtf16(k.name);
    }
    return {};
}

std::optional<JournalEvent::Kind> JournalEvent::kindForName(QStringView name)
{
    for (const KindName &k : kKindNames) {
        if (name == QStringView(k.name))
            return k.kind;
    }
    return std::nullopt;
}

struct Journal::Statements
{
    SqliteStatement insert;
    SqliteStatement select;
};

Journal::Journal(LocalStore &store) : m_store(store) { }

Journal::~Journal() = default;

Result<Journal::Statements *> Journal::statements() const
{
    if (m_statements)
        return m_statements.get();
    SqliteDatabase &db = m_store.database();
    auto s = std::make_unique<Statements>();
    Result<SqliteStatement> insert =
        db.prepare(u"INSERT INTO journal(draft_id, at_ms, kind, page_id, field_key, typed_value, stored_value, details)"
                   u" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!insert)
        return insert.error();
    Result<SqliteStatement> select =
        db.prepare(u"SELECT id, draft_id, at_ms, kind, page_id, field_key, typed_value, stored_value, details"
                   u" FROM journal WHERE draft_id IS ?1 ORDER BY id");
    if (!select)
        return select.error();
    s->insert = std::move(insert.value());
    s->select = std::move(select.value());
    m_statements = std::move(s);
    return m_statements.get();
}

bool Journal::isSecretField(QStringView fieldKey)
{
    static constexpr std::array<const char16_t *, 5> kParts {u"password", u"token", u"secret", u"otp", u"passcode"};
    for (const char16_t *part : kParts) {
        if (fieldKey.contains(QStringView(part), Qt::CaseInsensitive))
            return true;
    }
    static constexpr std::array<const char16_t *, 3> kNames {u"verificationCode", u"confirmationCode", u"oneTimeCode"};
    for (const char16_t *name : kNames) {
        if (fieldKey.compare(QStringView(name), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Result<qint64> Journal::append(JournalEvent event)
{
    Result<Statements *> s = statements();
    if (!s)
        return s.error();
    if (event.timeMs == 0)
        event.timeMs = QDateTime::currentMSecsSinceEpoch();
    if (!event.fieldKey.isEmpty() && isSecretField(event.fieldKey)
        && (!event.typedValue.isEmpty() || !event.storedValue.isEmpty())) {
        // A caller journalled a secret as a plain value: keep its shape only.
        const QString &secret = event.typedValue.isEmpty() ? event.storedValue : event.typedValue;
        event.details.insert(QStringLiteral("secret"), describeSecret(secret).toJson());
        event.typedValue.clear();
        event.storedValue.clear();
    }

    SqliteDatabase &db = m_store.database();
    // Journal events are support records, written on every page change: a disk flush for each
    // would cost the clerk milliseconds per click (and most of the start-up time). They reach the
    // WAL at once and the disk with the next edit, which is flushed in full.
    SqliteRelaxedDurability relaxed(db);
    SqliteTransaction transaction(db);
    if (!transaction.began())
        return transaction.began().error();
    SqliteStatement &insert = s.value()->insert;
    if (event.draftId > 0)
        insert.bind(1, event.draftId);
    else
        insert.bindNull(1);
    insert.bind(2, event.timeMs);
    insert.bind(3, JournalEvent::kindName(event.kind));
    if (event.pageId >= 0)
        insert.bind(4, qint64(event.pageId));
    else
        insert.bindNull(4);
    insert.bind(5, event.fieldKey);
    insert.bind(6, event.typedValue);
    insert.bind(7, event.storedValue);
    if (event.details.isEmpty())
        insert.bindNull(8);
    else
        insert.bind(8, QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)));
    if (Status status = insert.exec(); !status)
        return status.error();
    const qint64 id = db.lastInsertRowId();
    if (Status status = transaction.commit(); !status)
        return status.error();
    return id;
}

Result<qint64> Journal::recordSecretChange(qint64 draftId, int pageId, const QString &fieldKey, QStringView secret)
{
    JournalEvent event;
    event.draftId = draftId;
    event.kind = JournalEvent::Kind::FieldChange;
    event.pageId = pageId;
    event.fieldKey = fieldKey;
    event.details.insert(QStringLiteral("secret"), describeSecret(secret).toJson());
    return append(std::move(event));
}

Result<QList<JournalEvent>> Journal::events(qint64 draftId) const
{
    Result<Statements *> s = statements();
    if (!s)
        return s.error();
    SqliteStatement &select = s.value()->select;
    SqliteStatementReset resetter(select);
    if (draftId > 0)
        select.bind(1, draftId);
    else
        select.bindNull(1);
    return select.collectRows([](SqliteStatement &row) {
        JournalEvent event;
        event.id = row.columnInt64(0);
        event.draftId = row.columnIsNull(1) ? 0 : row.columnInt64(1);
        event.timeMs = row.columnInt64(2);
        event.kind = JournalEvent::kindForName(row.columnText(3)).value_or(JournalEvent::Kind::FieldChange);
        event.pageId = row.columnIsNull(4) ? -1 : int(row.columnInt64(4));
        event.fieldKey = row.columnText(5);
        event.typedValue = row.columnText(6);
        event.storedValue = row.columnText(7);
        if (!row.columnIsNull(8))
            event.details = QJsonDocument::fromJson(row.columnText(8).toUtf8()).object();
        return event;
    });
}

} // namespace gtol
