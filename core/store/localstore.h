#pragma once

#include "result.h"
#include "store/sqlitedatabase.h"

#include <QString>

#include <optional>

namespace gtol {

// The one SQLite file of a user profile: opens it (WAL, synchronous=FULL, fullfsync,
// secure_delete, foreign_keys, application_id/user_version), checks its integrity, migrates the
// schema (one transaction per step, see schema.h), and sets a damaged, foreign or newer-schema
// file aside (renamed to "<name>.damaged-<yyyyMMdd-HHmmss>", with its -wal/-shm) so that a fresh
// store can be created. The caller gets told where the old file went, to tell the person.
// DraftStore, Journal, FacilityIndex and the outbox are views over the database this class owns;
// they borrow it and must not outlive it.
class LocalStore
{
public:
    static constexpr int SchemaVersion = 1;

    struct OpenOutcome
    {
        bool createdFresh = false; // the file did not exist, was empty or was set aside
        std::optional<QString> damagedFileMovedTo; // where the damaged file now is
        QString damageCode; // "store.corrupt", "store.foreign", "store.newer"
        QString damageReason; // translated, for the person (why it was set aside)
        QString damageDetail; // technical (integrity_check output, SQLite message)
    };

    LocalStore() = default;
    ~LocalStore() { close(); }
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    Result<OpenOutcome> open(const QString &path);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_db.path(); }

    SqliteDatabase &database() { return m_db; }

    // <AppDataLocation>/drafts.sqlite, or <dataDir>/drafts.sqlite when --data-dir is given.
    static QString defaultPath(const QString &dataDir = {});

    // At open, every table holding what the clerk entered (drafts, revisions, journal, outbox,
    // meta) gets integrity_check with its indexes, which takes microseconds. Up to this size the
    // whole file also gets quick_check (every page, record and the free list; ~1.7 ms with the
    // Nara master); above it, that is skipped: it reads every page, 0.15 s for a store holding
    // the nationwide master (70 MB; integrity_check 0.26 s), at every start. The facility master can be imported
    // again; the drafts cannot. Tests lower the limit to exercise the table-scoped check.
    static constexpr qint64 DefaultFullCheckLimit = 32 * 1024 * 1024;
    void setFullCheckLimit(qint64 bytes) { m_fullCheckLimit = bytes; }

    // A WAL larger than this is folded into the file when the store closes (see localstore.cpp).
    static constexpr qint64 WalFoldBytes = 512 * 1024;

    // One line for a person: where the damaged store went and why (empty when nothing was set aside).
    static QString describe(const OpenOutcome &outcome);

private:
    SqliteDatabase m_db;
    qint64 m_fullCheckLimit = DefaultFullCheckLimit;
    bool m_foldWalOnClose = false; // set once open() succeeded
};

} // namespace gtol
