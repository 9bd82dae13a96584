#include "sqlitedatabase.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace gtol {

namespace {
QString trStore(const char *text)
{
    return QCoreApplication::translate("gtol::SqliteDatabase", text);
}
} // namespace

// --- SqliteStatement ------------------------------------------------------------------------

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(std::exchange(other.m_db, nullptr))
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, const QString &value)
{
    if (value.isNull())
        bindNull(index);
    else
        bind(index, QStringView(value));
}

void SqliteStatement::bind(int index, QStringView value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void SqliteStatement::bind(int index, const QByteArray &blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

Result<bool> SqliteStatement::step()
{
    if (m_db->consumeInjectedFailure()) {
        sqlite3_reset(m_stmt);
        return Error{QStringLiteral("store.io"), trStore(QT_TRANSLATE_NOOP("gtol::SqliteDatabase", "The draft store could not be written.")),
                     QStringLiteral("injected failure: ") + QString::fromUtf8(sqlite3_sql(m_stmt))};
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = m_db->lastError(QString::fromUtf8(sqlite3_sql(m_stmt)));
    sqlite3_reset(m_stmt);
    return error;
}

Status SqliteStatement::exec()
{
    for (;;) {
        Result<bool> row = step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
    }
    reset();
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString SqliteStatement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray SqliteStatement::columnBlob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

// --- SqliteDatabase -------------------------------------------------------------------------

SqliteDatabase::~SqliteDatabase()
{
    close();
}

Status SqliteDatabase::open(const QString &path, OpenMode mode)
{
    close();
    const int flags = (mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY
                                                  : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                      | SQLITE_OPEN_FULLMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error{QStringLiteral("store.open"), trStore(QT_TRANSLATE_NOOP("gtol::SqliteDatabase", "The draft store could not be opened.")),
                    path + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errstr(rc))};
        sqlite3_close(m_db);
        m_db = nullptr;
        return error;
    }
    m_path = path;
    sqlite3_extended_result_codes(m_db, 1);
    // Another process (a second window, the CLI) may hold the write lock for a moment.
    sqlite3_busy_timeout(m_db, 5000);
    return {};
}

void SqliteDatabase::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<SqliteStatement> SqliteDatabase::prepare(QStringView sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                      &stmt, nullptr);
    if (rc != SQLITE_OK)
        return lastError(sql.toString());
    return SqliteStatement(stmt, this);
}

Status SqliteDatabase::execute(QStringView sql)
{
    if (consumeInjectedFailure()) {
        return Error{QStringLiteral("store.io"), trStore(QT_TRANSLATE_NOOP("gtol::SqliteDatabase", "The draft store could not be written.")),
                     QStringLiteral("injected failure: ") + sql.toString()};
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        Error error = lastError(sql.toString());
        sqlite3_free(message);
        return error;
    }
    return {};
}

Result<QVariant> SqliteDatabase::queryValue(QStringView sql)
{
    Result<SqliteStatement> stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    Result<bool> row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return QVariant();
    sqlite3_stmt *raw = stmt.value().m_stmt;
    switch (sqlite3_column_type(raw, 0)) {
    case SQLITE_INTEGER:
        return QVariant(stmt.value().columnInt64(0));
    case SQLITE_FLOAT:
        return QVariant(stmt.value().columnDouble(0));
    case SQLITE_NULL:
        return QVariant();
    default:
        return QVariant(stmt.value().columnText(0));
    }
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

Error SqliteDatabase::lastError(const QString &what) const
{
    const int rc = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE;
    const QString sqliteMessage = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not open");
    QString code = QStringLiteral("store.error");
    QString message = trStore(QT_TRANSLATE_NOOP("gtol::SqliteDatabase", "The draft store reported an error."));
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        code = QStringLiteral("store.busy");
        message = trStore(QT_TRANSLATE_NOOP("gtol::SqliteDatabase", "The draft store is in use by another window. Close it and try again."));
        break;
    case SQLITE_FULL:
        code = QStringLiteral("store.full");
        message = trStore(QT_TRANSLATE_NOOP("gtol::SqliteDatabase", "The disk is full. Free some space; nothing entered so far has been lost."));
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        code = QStringLiteral("store.corrupt");
        message = trStore(QT_TRANSLATE_NOOP("gtol::SqliteDatabase", "The draft store is damaged."));
        break;
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        code = QStringLiteral("store.io");
        message = trStore(QT_TRANSLATE_NOOP("gtol::SqliteDatabase", "The draft store could not be written."));
        break;
    default:
        break;
    }
    return Error{code, message, what + QStringLiteral(": ") + sqliteMessage};
}

bool SqliteDatabase::consumeInjectedFailure()
{
    if (m_failCountdown < 0)
        return false;
    if (m_failCountdown == 0) {
        m_failCountdown = -1;
        return true;
    }
    --m_failCountdown;
    return false;
}

// --- SqliteTransaction ----------------------------------------------------------------------

SqliteTransaction::SqliteTransaction(SqliteDatabase &db) : m_db(db)
{
    m_began = m_db.execute(u"BEGIN IMMEDIATE");
    m_open = m_began.ok();
}

SqliteTransaction::~SqliteTransaction()
{
    // Straight to SQLite: an injected test failure must never leave a transaction open.
    if (m_open)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

Status SqliteTransaction::commit()
{
    if (!m_open)
        return m_began.ok() ? Status(Error{QStringLiteral("store.error"), trStore(QT_TRANSLATE_NOOP("gtol::SqliteDatabase", "The draft store reported an error.")),
                                           QStringLiteral("commit without transaction")})
                            : m_began;
    Status status = m_db.execute(u"COMMIT");
    if (status)
        m_open = false;
    return status;
}

// --- SqliteRelaxedDurability ----------------------------------------------------------------

SqliteRelaxedDurability::SqliteRelaxedDurability(SqliteDatabase &db) : m_db(db)
{
    // Straight to SQLite, so test fault injection (failAfter) counts only the caller's statements.
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db.handle(), "PRAGMA synchronous", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW) {
        m_previous = QVariant(qint64(sqlite3_column_int(stmt, 0)));
        sqlite3_exec(m_db.handle(), "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
    }
    sqlite3_finalize(stmt);
}

SqliteRelaxedDurability::~SqliteRelaxedDurability()
{
    if (m_previous.isValid()) {
        const QByteArray restore = "PRAGMA synchronous=" + QByteArray::number(m_previous.toLongLong());
        sqlite3_exec(m_db.handle(), restore.constData(), nullptr, nullptr, nullptr);
    }
}

} // namespace gtol
