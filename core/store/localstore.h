#pragma once

#include "result.h"
#include "store/sqlitedatabase.h"

#include <QString>

#include <optional>

namespace gtol {

// The one SQLite file of a user profile: opens it (WAL, synchronous=FULL, secure_delete,
// application_id/user_version), runs integrity_check, migrates the schema in one transaction,
// and sets a damaged or foreign file aside (renamed to "<name>.damaged-<yyyyMMdd-HHmmss>") so
// that a fresh store can be created. DraftStore, Journal, FacilityIndex and Outbox are views over
// the database this class owns; they borrow it and must not outlive it.
class LocalStore
{
public:
    static constexpr int SchemaVersion = 1;

    struct OpenOutcome
    {
        bool createdFresh = false;               // the file did not exist or was set aside
        std::optional<QString> damagedFileMovedTo; // where the damaged file now is
        QString damageReason;                      // translated, for the person (why it was set aside)
    };

    LocalStore() = default;
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    Result<OpenOutcome> open(const QString &path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_db.path(); }

    SqliteDatabase &database() { return m_db; }

    // <AppDataLocation>/drafts.sqlite, or <dataDir>/drafts.sqlite when --data-dir is given.
    static QString defaultPath(const QString &dataDir = {});

private:
    SqliteDatabase m_db;
};

} // namespace gtol
