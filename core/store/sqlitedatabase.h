#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <QList>

#include <memory>
#include <type_traits>

struct sqlite3;
struct sqlite3_stmt;

namespace gtol {

class SqliteDatabase;

// One prepared statement. Owned by the caller (usually a store class that prepares it once and
// keeps it); finalised on destruction. Parameters are always bound, never spliced into SQL.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    bool isValid() const { return m_stmt != nullptr; }

    // Binding, 1-based as in SQLite. A null QString binds NULL.
    void bind(int index, const QString &value);
    void bind(int index, QStringView value);
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, const QByteArray &blob);
    void bindNull(int index);

    // step(): true while a row is available, false when done; an SQLite error becomes an Error.
    Result<bool> step();
    // exec(): run to completion, ignoring rows (INSERT/UPDATE/DELETE).
    Status exec();
    // Reset for another run with new bindings (bindings are cleared too).
    void reset();

    // Steps through every row and returns rowToValue(*this) for each, in order; the first error
    // ends it. The caller resets the statement afterwards (that releases SQLite's read lock).
    template <typename RowToValue>
    Result<QList<std::invoke_result_t<RowToValue, SqliteStatement &>>> collectRows(RowToValue rowToValue)
    {
        QList<std::invoke_result_t<RowToValue, SqliteStatement &>> values;
        for (;;) {
            Result<bool> row = step();
            if (!row)
                return row.error();
            if (!row.value())
                return values;
            values.append(rowToValue(*this));
        }
    }

    QString columnText(int column) const;
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    QByteArray columnBlob(int column) const;
    bool columnIsNull(int column) const;

private:
    friend class SqliteDatabase;
    SqliteStatement(sqlite3_stmt *stmt, SqliteDatabase *db) : m_stmt(stmt), m_db(db) {}

    sqlite3_stmt *m_stmt = nullptr;
    SqliteDatabase *m_db = nullptr;
};

// A thin RAII owner of one sqlite3 connection (SQLite's C API only; never QtSql in the same
// process, which would bring a second SQLite copy). Errors carry the SQL and SQLite's message as
// `detail`; the `message` is translated and safe to show.
//
// Fault injection for tests: failAfter(n) makes the n-th following statement step fail with
// SQLITE_IOERR, the way Nextcloud's autotestFailCounter does, so error paths are tested without
// mocking SQLite.
class SqliteDatabase
{
public:
    enum class OpenMode { ReadWriteCreate, ReadOnly };

    SqliteDatabase() = default;
    SqliteDatabase(SqliteDatabase &&) = delete;
    ~SqliteDatabase();

    Status open(const QString &path, OpenMode mode = OpenMode::ReadWriteCreate);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }

    Result<SqliteStatement> prepare(QStringView sql);
    // Runs one or more statements with no parameters (schema, PRAGMAs).
    Status execute(QStringView sql);
    // Convenience for single-value queries such as PRAGMA user_version.
    Result<QVariant> queryValue(QStringView sql);

    qint64 lastInsertRowId() const;
    int changes() const;

    // Error for the last failure of this connection, with `what` naming the operation.
    Error lastError(const QString &what) const;

    void failAfter(int statements) { m_failCountdown = statements; }

    sqlite3 *handle() const { return m_db; }

private:
    friend class SqliteStatement;
    bool consumeInjectedFailure();

    sqlite3 *m_db = nullptr;
    QString m_path;
    int m_failCountdown = -1;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back on destruction unless committed. IMMEDIATE takes the
// write lock up front, so two processes editing the same store never deadlock half-way.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDatabase &db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    const Status &began() const { return m_began; }
    Status commit();

private:
    SqliteDatabase &m_db;
    Status m_began;
    bool m_open = false;
};

// Inside this scope the connection commits with synchronous=NORMAL: a commit reaches the WAL (so
// a crash of the process loses nothing) but is not flushed to the disk until the next FULL commit
// or checkpoint. For records whose last entries may go with a power cut (the support journal),
// never for what the clerk entered. Must not be opened inside a transaction.
class SqliteRelaxedDurability
{
public:
    explicit SqliteRelaxedDurability(SqliteDatabase &db);
    ~SqliteRelaxedDurability();
    SqliteRelaxedDurability(const SqliteRelaxedDurability &) = delete;
    SqliteRelaxedDurability &operator=(const SqliteRelaxedDurability &) = delete;

private:
    SqliteDatabase &m_db;
    QVariant m_previous;
};

} // namespace gtol
