#include "sqliteserverstorage.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace gtol::server {

namespace {

// "GTOS" in ASCII: marks the file as a server store, so a client draft store is never migrated.
constexpr qint64 ApplicationId = 0x47544F53;

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct StorageText
{
    Q_DECLARE_TR_FUNCTIONS(gtol::server::SqliteServerStorage)
};

qint64 toMs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJsonText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

constexpr auto SchemaV1 = u"CREATE TABLE registrations ("
                          u"  id INTEGER PRIMARY KEY,"
                          u"  token_hash BLOB NOT NULL UNIQUE,"
                          u"  email TEXT NOT NULL,"
                          u"  created_at INTEGER NOT NULL,"
                          u"  expires_at INTEGER NOT NULL,"
                          u"  used_by INTEGER REFERENCES applications(id)"
                          u");"
                          u"CREATE TABLE applications ("
                          u"  id INTEGER PRIMARY KEY,"
                          u"  status TEXT NOT NULL,"
                          u"  form TEXT NOT NULL," // ApplicationForm::toJson, normalised values
                          u"  consent TEXT NOT NULL,"
                          u"  received_at INTEGER NOT NULL,"
                          u"  updated_at INTEGER NOT NULL,"
                          u"  status_token_hash BLOB NOT NULL,"
                          u"  status_salt BLOB NOT NULL,"
                          u"  reason TEXT,"
                          u"  user_id TEXT UNIQUE,"
                          u"  password_hash BLOB"
                          u");"
                          u"CREATE TABLE idempotency ("
                          u"  key_hash BLOB PRIMARY KEY,"
                          u"  request_hash BLOB NOT NULL,"
                          u"  application_id INTEGER NOT NULL REFERENCES applications(id),"
                          u"  created_at INTEGER NOT NULL"
                          u");"
                          u"CREATE TABLE role_tokens ("
                          u"  id INTEGER PRIMARY KEY,"
                          u"  role TEXT NOT NULL,"
                          u"  token_hash BLOB NOT NULL UNIQUE,"
                          u"  label TEXT NOT NULL,"
                          u"  created_at INTEGER NOT NULL"
                          u");"
                          u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);";

constexpr auto ApplicationColumns =
    u"SELECT id, status, form, consent, received_at, updated_at, status_token_hash, status_salt,"
    u" reason, user_id FROM applications";

} // namespace

SqliteServerStorage::~SqliteServerStorage()
{
    // Statements must be finalised before the connection closes.
    m_statements.clear();
    m_db.close();
}

Status SqliteServerStorage::open(const QString &path)
{
    std::lock_guard lock(m_mutex);
    // Applicants' personal data: the file is the owner's only. SQLite gives its -wal and -shm
    // files the database file's permissions, so creating it first with 0600 covers all three.
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (Status s = m_db.open(path); !s)
        return s;
    const auto damaged = [this](const QString &detail) {
        return Error {QStringLiteral("store.corrupt"),
                      StorageText::tr("The server database is damaged. Restore it from a backup."),
                      m_db.path() + QStringLiteral(": ") + detail};
    };
    if (Status s = m_db.execute(u"PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"); !s)
        return s.error().code == QLatin1String("store.corrupt") ? damaged(s.error().detail) : s;
    // A damaged file is refused at start, with a message for the operator, rather than served
    // with an internal error on every request that touches the broken pages.
    const auto check = m_db.queryValue(u"PRAGMA quick_check(1)");
    if (!check)
        return check.error().code == QLatin1String("store.corrupt") ? damaged(check.error().detail) : check.error();
    if (check->toString() != QLatin1String("ok"))
        return damaged(check->toString());
    return migrate();
}

Status SqliteServerStorage::migrate()
{
    const auto appId = m_db.queryValue(u"PRAGMA application_id");
    const auto version = m_db.queryValue(u"PRAGMA user_version");
    if (!appId)
        return appId.error();
    if (!version)
        return version.error();
    const qint64 foundApp = appId->toLongLong();
    const int foundVersion = version->toInt();
    if (foundApp == ApplicationId && foundVersion == SchemaVersion)
        return {};
    if ((foundApp != 0 && foundApp != ApplicationId) || foundVersion > SchemaVersion)
        return Error {QStringLiteral("store.foreign"),
                      StorageText::tr("The server database belongs to another program or a newer version."),
                      m_db.path()};
    if (foundApp == 0) {
        const auto tables = m_db.queryValue(u"SELECT count(*) FROM sqlite_master");
        if (!tables)
            return tables.error();
        if (tables->toInt() != 0)
            return Error {QStringLiteral("store.foreign"),
                          StorageText::tr("The server database belongs to another program or a newer version."),
                          m_db.path()};
    }
    SqliteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.began();
    if (Status s = m_db.execute(SchemaV1); !s)
        return s;
    if (Status s = m_db.execute(
            QStringLiteral("PRAGMA application_id=%1; PRAGMA user_version=%2;").arg(ApplicationId).arg(SchemaVersion));
        !s)
        return s;
    return transaction.commit();
}

Result<SqliteStatement *> SqliteServerStorage::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto prepared = m_db.prepare(sql);
        if (!prepared)
            return prepared.error();
        it = m_statements.emplace(sql, std::move(prepared).value()).first;
    }
    it->second.reset();
    return &it->second;
}

Status SqliteServerStorage::addRegistration(const QByteArray &tokenHash, const QString &email,
                                            const QDateTime &createdAt, const QDateTime &expiresAt)
{
    std::lock_guard lock(m_mutex);
    auto stmt = statement(
        QStringLiteral("INSERT INTO registrations(token_hash, email, created_at, expires_at) VALUES(?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    SqliteStatement &s = **stmt;
    s.bind(1, tokenHash);
    s.bind(2, email);
    s.bind(3, toMs(createdAt));
    s.bind(4, toMs(expiresAt));
    return s.exec();
}

Result<std::optional<RegistrationRecord>> SqliteServerStorage::registration(const QByteArray &tokenHash)
{
    std::lock_guard lock(m_mutex);
    auto stmt = statement(
        QStringLiteral("SELECT email, created_at, expires_at, used_by FROM registrations WHERE token_hash = ?"));
    if (!stmt)
        return stmt.error();
    SqliteStatement &s = **stmt;
    s.bind(1, tokenHash);
    auto row = s.step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<RegistrationRecord>();
    RegistrationRecord record;
    record.email = s.columnText(0);
    record.createdAt = fromMs(s.columnInt64(1));
    record.expiresAt = fromMs(s.columnInt64(2));
    if (!s.columnIsNull(3))
        record.usedByApplication = s.columnInt64(3);
    s.reset();
    return std::optional<RegistrationRecord>(record);
}

Result<std::optional<IdempotencyRecord>> SqliteServerStorage::idempotency(const QByteArray &keyHash)
{
    std::lock_guard lock(m_mutex);
    auto stmt = statement(QStringLiteral("SELECT request_hash, application_id FROM idempotency WHERE key_hash = ?"));
    if (!stmt)
        return stmt.error();
    SqliteStatement &s = **stmt;
    s.bind(1, keyHash);
    auto row = s.step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<IdempotencyRecord>();
    IdempotencyRecord record {s.columnBlob(0), s.columnInt64(1)};
    s.reset();
    return std::optional<IdempotencyRecord>(record);
}

Result<qint64> SqliteServerStorage::createApplication(const NewApplication &application)
{
    std::lock_guard lock(m_mutex);
    SqliteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.began().error();

    {
        auto stmt = statement(QStringLiteral("SELECT 1 FROM idempotency WHERE key_hash = ?"));
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, application.idempotencyKeyHash);
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        (*stmt)->reset();
        if (*row)
            return Error {
                QStringLiteral("idempotency.exists"), StorageText::tr("This request was already recorded."), {}};
    }
    {
        auto stmt = statement(QStringLiteral("SELECT used_by FROM registrations WHERE token_hash = ?"));
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, application.registrationTokenHash);
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        const bool used = *row && !(*stmt)->columnIsNull(0);
        const bool found = *row;
        (*stmt)->reset();
        if (!found || used)
            return Error {
                QStringLiteral("registration.used"), StorageText::tr("The registration was already used."), {}};
    }

    auto insert = statement(QStringLiteral(
        "INSERT INTO applications(status, form, consent, received_at, updated_at, status_token_hash, status_salt)"
        " VALUES('received', ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    SqliteStatement &i = **insert;
    i.bind(1, toJsonText(application.form.toJson()));
    i.bind(2, toJsonText(application.consent));
    i.bind(3, toMs(application.receivedAt));
    i.bind(4, toMs(application.receivedAt));
    i.bind(5, application.statusTokenHash);
    i.bind(6, application.statusSalt);
    if (Status s = i.exec(); !s)
        return s.error();
    const qint64 id = m_db.lastInsertRowId();

    auto use = statement(QStringLiteral("UPDATE registrations SET used_by = ? WHERE token_hash = ?"));
    if (!use)
        return use.error();
    (*use)->bind(1, id);
    (*use)->bind(2, application.registrationTokenHash);
    if (Status s = (*use)->exec(); !s)
        return s.error();

    auto key = statement(QStringLiteral(
        "INSERT INTO idempotency(key_hash, request_hash, application_id, created_at) VALUES(?, ?, ?, ?)"));
    if (!key)
        return key.error();
    (*key)->bind(1, application.idempotencyKeyHash);
    (*key)->bind(2, application.requestHash);
    (*key)->bind(3, id);
    (*key)->bind(4, toMs(application.receivedAt));
    if (Status s = (*key)->exec(); !s)
        return s.error();

    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Result<QList<ApplicationRecord>> SqliteServerStorage::readApplications(SqliteStatement &s)
{
    auto records = s.collectRows([](SqliteStatement &row) {
        ApplicationRecord r;
        r.id = row.columnInt64(0);
        r.status = row.columnText(1);
        r.form = ApplicationForm::fromJson(fromJsonText(row.columnText(2)));
        r.consent = fromJsonText(row.columnText(3));
        r.receivedAt = fromMs(row.columnInt64(4));
        r.updatedAt = fromMs(row.columnInt64(5));
        r.statusTokenHash = row.columnBlob(6);
        r.statusSalt = row.columnBlob(7);
        r.rejectionReason = row.columnText(8);
        r.userId = row.columnText(9);
        return r;
    });
    s.reset();
    return records;
}

Result<std::optional<ApplicationRecord>> SqliteServerStorage::application(qint64 id)
{
    std::lock_guard lock(m_mutex);
    auto stmt = statement(QString::fromUtf16(ApplicationColumns) + QStringLiteral(" WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto records = readApplications(**stmt);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return std::optional<ApplicationRecord>();
    return std::optional<ApplicationRecord>(records->first());
}

Result<QList<ApplicationRecord>> SqliteServerStorage::applications()
{
    std::lock_guard lock(m_mutex);
    auto stmt = statement(QString::fromUtf16(ApplicationColumns) + QStringLiteral(" ORDER BY id"));
    if (!stmt)
        return stmt.error();
    return readApplications(**stmt);
}

Result<bool> SqliteServerStorage::transition(qint64 id, const ApplicationTransition &t)
{
    std::lock_guard lock(m_mutex);
    SqliteTransaction transaction(m_db);
    if (!transaction.began())
        return transaction.began().error();

    auto current = statement(QStringLiteral("SELECT status FROM applications WHERE id = ?"));
    if (!current)
        return current.error();
    (*current)->bind(1, id);
    auto row = (*current)->step();
    if (!row)
        return row.error();
    const QString status = *row ? (*current)->columnText(0) : QString();
    (*current)->reset();
    if (!*row || !t.fromStatuses.contains(status))
        return false;

    if (!t.userId.isEmpty()) {
        auto taken = statement(QStringLiteral("SELECT 1 FROM applications WHERE user_id = ?"));
        if (!taken)
            return taken.error();
        (*taken)->bind(1, t.userId);
        auto found = (*taken)->step();
        if (!found)
            return found.error();
        (*taken)->reset();
        if (*found)
            return Error {QStringLiteral("user_id.taken"), StorageText::tr("The user ID is already taken."), {}};
    }

    auto update = statement(
        QStringLiteral("UPDATE applications SET status = ?, updated_at = ?, reason = COALESCE(?, reason),"
                       " user_id = COALESCE(?, user_id), password_hash = COALESCE(?, password_hash) WHERE id = ?"));
    if (!update)
        return update.error();
    SqliteStatement &u = **update;
    u.bind(1, t.toStatus);
    u.bind(2, toMs(t.at));
    u.bind(3, t.reason.isEmpty() ? QString() : t.reason);
    u.bind(4, t.userId.isEmpty() ? QString() : t.userId);
    if (t.passwordHash.isEmpty())
        u.bindNull(5);
    else
        u.bind(5, t.passwordHash);
    u.bind(6, id);
    if (Status s = u.exec(); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return true;
}

Result<bool> SqliteServerStorage::userIdExists(const QString &userId)
{
    std::lock_guard lock(m_mutex);
    auto stmt = statement(QStringLiteral("SELECT 1 FROM applications WHERE user_id = ?"));
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, userId);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    (*stmt)->reset();
    return *row;
}

Status SqliteServerStorage::addRoleToken(const QString &role, const QByteArray &tokenHash, const QString &label,
                                         const QDateTime &createdAt)
{
    std::lock_guard lock(m_mutex);
    auto stmt =
        statement(QStringLiteral("INSERT INTO role_tokens(role, token_hash, label, created_at) VALUES(?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, role);
    (*stmt)->bind(2, tokenHash);
    (*stmt)->bind(3, label.isNull() ? QStringLiteral("") : label);
    (*stmt)->bind(4, toMs(createdAt));
    return (*stmt)->exec();
}

Result<QList<RoleTokenRecord>> SqliteServerStorage::roleTokens()
{
    std::lock_guard lock(m_mutex);
    auto stmt = statement(QStringLiteral("SELECT id, role, label, created_at FROM role_tokens ORDER BY id"));
    if (!stmt)
        return stmt.error();
    auto records = (*stmt)->collectRows([](SqliteStatement &row) {
        return RoleTokenRecord{row.columnInt64(0), row.columnText(1), row.columnText(2), fromMs(row.columnInt64(3))};
    });
    (*stmt)->reset();
    return records;
}

Result<std::optional<QString>> SqliteServerStorage::roleForToken(const QByteArray &tokenHash)
{
    std::lock_guard lock(m_mutex);
    auto stmt = statement(QStringLiteral("SELECT role FROM role_tokens WHERE token_hash = ?"));
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, tokenHash);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    std::optional<QString> role;
    if (*row)
        role = (*stmt)->columnText(0);
    (*stmt)->reset();
    return role;
}

Status SqliteServerStorage::setSetting(const QString &key, const QString &value)
{
    std::lock_guard lock(m_mutex);
    auto stmt = statement(QStringLiteral(
        "INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, key);
    (*stmt)->bind(2, value);
    return (*stmt)->exec();
}

Result<QString> SqliteServerStorage::setting(const QString &key)
{
    std::lock_guard lock(m_mutex);
    auto stmt = statement(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, key);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    QString value;
    if (*row)
        value = (*stmt)->columnText(0);
    (*stmt)->reset();
    return value;
}

} // namespace gtol::server
