#pragma once

#include "serverstorage.h"
#include "store/sqlitedatabase.h"

#include <map>
#include <mutex>

namespace gtol::server {

// ServerStorage in one SQLite file (WAL, synchronous=FULL), through core's SqliteDatabase:
// versioned schema, statements prepared once, bound parameters only. One connection guarded by a
// mutex: the server's handler threads take turns, and WAL plus BEGIN IMMEDIATE let the admin CLI
// write from another process at the same time. Times are stored as UTC milliseconds.
class SqliteServerStorage final : public ServerStorage
{
public:
    static constexpr int SchemaVersion = 1;

    SqliteServerStorage() = default;
    ~SqliteServerStorage() override;

    // Opens (creating if needed) and migrates. A file that is not ours is refused, never changed.
    Status open(const QString &path);
    SqliteDatabase &database() { return m_db; } // for fault injection in tests

    Status addRegistration(const QByteArray &tokenHash, const QString &email, const QDateTime &createdAt,
                           const QDateTime &expiresAt) override;
    Result<std::optional<RegistrationRecord>> registration(const QByteArray &tokenHash) override;
    Result<std::optional<IdempotencyRecord>> idempotency(const QByteArray &keyHash) override;
    Result<qint64> createApplication(const NewApplication &application) override;
    Result<std::optional<ApplicationRecord>> application(qint64 id) override;
    Result<QList<ApplicationRecord>> applications() override;
    Result<bool> transition(qint64 id, const ApplicationTransition &transition) override;
    Result<bool> userIdExists(const QString &userId) override;
    Status addRoleToken(const QString &role, const QByteArray &tokenHash, const QString &label,
                        const QDateTime &createdAt) override;
    Result<QList<RoleTokenRecord>> roleTokens() override;
    Result<std::optional<QString>> roleForToken(const QByteArray &tokenHash) override;
    Status setSetting(const QString &key, const QString &value) override;
    Result<QString> setting(const QString &key) override;

private:
    Status migrate();
    // The cached prepared statement for `sql` (reset, bindings cleared), prepared on first use.
    Result<SqliteStatement *> statement(const QString &sql);
    Result<QList<ApplicationRecord>> readApplications(SqliteStatement &stmt);

    std::mutex m_mutex;
    SqliteDatabase m_db;
    std::map<QString, SqliteStatement> m_statements;
};

} // namespace gtol::server
