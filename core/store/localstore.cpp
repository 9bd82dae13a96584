#include "localstore.h"

#include "store/schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <sqlite3.h>

namespace gtol {

namespace {

QString trStore(const char *text)
{
    return QCoreApplication::translate("gtol::LocalStore", text);
}

// What we found in an existing file before touching it.
struct Inspection
{
    enum class Kind { Blank, Ours, Damaged, Foreign, Newer };
    Kind kind = Kind::Blank;
    QString detail;
};

bool isDamageError(const Error &error)
{
    return error.code == u"store.corrupt";
}

// Reads the header tags and runs integrity_check. Only a file SQLite itself calls damaged (or that
// is not ours) is reported as such; anything else (busy, I/O, permissions) is an Error, because
// setting aside a healthy file that is merely locked would lose the clerk's work.
Result<Inspection> inspectSnapshot(SqliteDatabase &db, bool checkWholeFile)
{
    auto damaged = [](const Error &error) { return Inspection {Inspection::Kind::Damaged, error.detail}; };

    Result<QVariant> applicationId = db.queryValue(u"PRAGMA application_id");
    if (!applicationId)
        return isDamageError(applicationId.error()) ? Result<Inspection>(damaged(applicationId.error()))
                                                    : Result<Inspection>(applicationId.error());
    Result<QVariant> userVersion = db.queryValue(u"PRAGMA user_version");
    if (!userVersion)
        return isDamageError(userVersion.error()) ? Result<Inspection>(damaged(userVersion.error()))
                                                  : Result<Inspection>(userVersion.error());
    Result<QVariant> objects = db.queryValue(u"SELECT count(*) FROM sqlite_master");
    if (!objects)
        return isDamageError(objects.error()) ? Result<Inspection>(damaged(objects.error()))
                                              : Result<Inspection>(objects.error());

    const qint64 id = applicationId.value().toLongLong();
    const qint64 version = userVersion.value().toLongLong();
    if (id == 0 && version == 0 && objects.value().toLongLong() == 0)
        return Inspection {Inspection::Kind::Blank, {}};
    if (id != kApplicationId)
        return Inspection {Inspection::Kind::Foreign,
                           QStringLiteral("application_id=%1 user_version=%2").arg(id).arg(version)};
    if (version > LocalStore::SchemaVersion)
        return Inspection {
            Inspection::Kind::Newer,
            QStringLiteral("user_version=%1, this build knows %2").arg(version).arg(LocalStore::SchemaVersion)};

    // Every table that holds what the clerk entered gets the full integrity_check, indexes
    // included. The rest of the file (the facility master and its search indexes, which can be
    // imported again) gets quick_check: every page, record and the free list, but not whether
    // each index entry matches its row, which took half of the whole check (1.5 of 3.3 ms with
    // the Nara master) at every start. A file over the limit skips even that; see
    // LocalStore::setFullCheckLimit. An older file is checked whole.
    constexpr const char *clerkTables[] = {"meta", "drafts", "draft_revisions", "journal", "outbox"};
    if (version >= 1) {
        // integrity_check(table) fails as a query for a missing table; a store of ours without
        // one of them is damaged, not unreadable.
        Result<SqliteStatement> tables = db.prepare(u"SELECT name FROM sqlite_master WHERE type = 'table'");
        if (!tables)
            return isDamageError(tables.error()) ? Result<Inspection>(damaged(tables.error()))
                                                 : Result<Inspection>(tables.error());
        Result<QList<QString>> names =
            tables.value().collectRows([](const SqliteStatement &row) { return row.columnText(0); });
        if (!names)
            return isDamageError(names.error()) ? Result<Inspection>(damaged(names.error()))
                                                : Result<Inspection>(names.error());
        for (const char *table : clerkTables) {
            if (!names->contains(QLatin1StringView(table)))
                return Inspection {Inspection::Kind::Damaged,
                                   QStringLiteral("table %1 is missing").arg(QLatin1StringView(table))};
        }
    }
    QStringList checks;
    if (version < 1) {
        checks.append(QStringLiteral("PRAGMA integrity_check(20)"));
    } else {
        if (checkWholeFile)
            checks.append(QStringLiteral("PRAGMA quick_check(20)"));
        for (const char *table : clerkTables)
            checks.append(QStringLiteral("PRAGMA integrity_check(%1)").arg(QLatin1StringView(table)));
    }
    QStringList problems;
    for (const QString &sql : checks) {
        Result<SqliteStatement> check = db.prepare(sql);
        if (!check)
            return isDamageError(check.error()) ? Result<Inspection>(damaged(check.error()))
                                                : Result<Inspection>(check.error());
        for (;;) {
            Result<bool> row = check.value().step();
            if (!row)
                return isDamageError(row.error()) ? Result<Inspection>(damaged(row.error()))
                                                  : Result<Inspection>(row.error());
            if (!row.value())
                break;
            const QString line = check.value().columnText(0);
            if (line != u"ok")
                problems.append(line);
        }
    }
    if (!problems.isEmpty())
        return Inspection {Inspection::Kind::Damaged, problems.join(u"; ")};
    return Inspection {Inspection::Kind::Ours, {}};
}

// All reads in one read transaction, so they see one snapshot: read one by one, a store that
// another process is creating right now could show its new user_version beside the old
// application_id and look foreign.
Result<Inspection> inspect(SqliteDatabase &db, bool checkWholeFile)
{
    if (Status began = db.execute(u"BEGIN"); !began)
        return began.error();
    Result<Inspection> inspection = inspectSnapshot(db, checkWholeFile);
    (void)db.execute(u"ROLLBACK"); // read only: nothing to keep
    return inspection;
}

// "<name>.damaged-<stamp>", or "-2", "-3" ... after it when a file of that name already exists.
QString setAsideName(const QString &path)
{
    const QString base =
        path + QStringLiteral(".damaged-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo::exists(candidate + QStringLiteral("-wal")); ++n)
        candidate = base + u'-' + QString::number(n);
    return candidate;
}

// Moves the file and its companions; the -wal/-shm keep their suffix after the new name, so the
// set-aside copy can still be opened with SQLite for recovery.
Result<QString> setAside(const QString &path)
{
    const QString target = setAsideName(path);
    if (!QFile::rename(path, target)) {
        return Error {QStringLiteral("store.io"),
                      trStore(QT_TRANSLATE_NOOP(
                          "gtol::LocalStore",
                          "The damaged draft store could not be moved aside. Move or delete it, then start again.")),
                      path};
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
        // A stale companion that cannot be moved would be applied to the fresh file: remove it.
        if (QFileInfo::exists(path + suffix))
            QFile::remove(path + suffix);
    }
    return target;
}

void setKeepWalOnClose(SqliteDatabase &db, bool keep)
{
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, keep ? 1 : 0, nullptr);
    int persist = keep ? 1 : 0;
    sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
}

Status applySettings(SqliteDatabase &db)
{
    // The journal mode is kept in the file, so this changes something only when the store is new.
    // Two processes creating it at once can find each other holding the lock in a way SQLite's
    // busy handler does not wait for (it would deadlock), so a busy answer is retried briefly.
    Result<QVariant> mode = db.queryValue(u"PRAGMA journal_mode=WAL");
    for (int attempt = 0; !mode && mode.error().code == u"store.busy" && attempt < 250; ++attempt) {
        QThread::msleep(20);
        mode = db.queryValue(u"PRAGMA journal_mode=WAL");
    }
    if (!mode)
        return mode.error();
    if (mode.value().toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        return Error {QStringLiteral("store.io"),
                      trStore(QT_TRANSLATE_NOOP("gtol::LocalStore", "The draft store could not be opened.")),
                      QStringLiteral("journal_mode is ") + mode.value().toString()};
    }
    // No checkpoint when the connection closes: every commit that mattered is already flushed in
    // the WAL (synchronous=FULL), so the checkpoint would only cost two disk flushes at every exit
    // and a WAL restart (another flush) at the next start. SQLite's automatic checkpoint still
    // folds the WAL into the file as it grows; the -wal file always travels with the store.
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    // synchronous=FULL: a WAL commit with NORMAL can be lost on power failure. fullfsync matters
    // on macOS only (F_FULLFSYNC) and is ignored elsewhere. secure_delete zeroes deleted personal data.
    return db.execute(u"PRAGMA synchronous=FULL; PRAGMA fullfsync=ON; PRAGMA checkpoint_fullfsync=ON;"
                      u"PRAGMA secure_delete=ON; PRAGMA foreign_keys=ON;");
}

// Folds a large WAL into the file when a healthy store closes. Every open reads the whole WAL back
// to rebuild SQLite's index of it (about 0.7 ms a MiB on a fast disk), and a store that is mostly
// opened and closed never reaches SQLite's automatic checkpoint (1000 pages), so its WAL would grow
// by every start's journal pages and slow every next start. Below the limit the WAL stays: a fold
// costs two disk flushes, which most exits should not pay. Never waits: if another process is
// reading the store, the WAL is left for a later close.
void foldLargeWal(SqliteDatabase &db)
{
    if (QFileInfo(db.path() + QStringLiteral("-wal")).size() <= LocalStore::WalFoldBytes)
        return;
    sqlite3_busy_timeout(db.handle(), 0);
    (void)db.execute(u"PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace

Result<LocalStore::OpenOutcome> LocalStore::open(const QString &path)
{
    close();
    OpenOutcome outcome;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error {
            QStringLiteral("store.io"),
            trStore(QT_TRANSLATE_NOOP("gtol::LocalStore", "The folder of the draft store could not be created.")),
            info.absolutePath()};
    }
    const QString filePath = info.absoluteFilePath();

    if (Status status = m_db.open(filePath); !status)
        return status.error();
    // While inspecting, closing must change nothing: no checkpoint of the WAL into a damaged file
    // and no deletion of the WAL, both of which we mean to keep for recovery. (A read-only
    // connection cannot be used: it cannot recover the WAL index after a crash.)
    setKeepWalOnClose(m_db, true);
    Result<Inspection> inspection = inspect(m_db, QFileInfo(filePath).size() <= m_fullCheckLimit);
    if (!inspection) {
        close();
        return inspection.error();
    }
    switch (inspection->kind) {
    case Inspection::Kind::Blank:
        outcome.createdFresh = true;
        setKeepWalOnClose(m_db, false);
        break;
    case Inspection::Kind::Ours:
        setKeepWalOnClose(m_db, false);
        break;
    case Inspection::Kind::Damaged:
    case Inspection::Kind::Foreign:
    case Inspection::Kind::Newer: {
        close();
        Result<QString> movedTo = setAside(filePath);
        if (!movedTo)
            return movedTo.error();
        outcome.createdFresh = true;
        outcome.damagedFileMovedTo = movedTo.value();
        outcome.damageDetail = inspection->detail;
        if (inspection->kind == Inspection::Kind::Damaged) {
            outcome.damageCode = QStringLiteral("store.corrupt");
            outcome.damageReason = trStore(QT_TRANSLATE_NOOP("gtol::LocalStore", "The draft store was damaged."));
        } else if (inspection->kind == Inspection::Kind::Foreign) {
            outcome.damageCode = QStringLiteral("store.foreign");
            outcome.damageReason = trStore(QT_TRANSLATE_NOOP(
                "gtol::LocalStore", "The file in the place of the draft store does not belong to this application."));
        } else {
            outcome.damageCode = QStringLiteral("store.newer");
            outcome.damageReason = trStore(QT_TRANSLATE_NOOP(
                "gtol::LocalStore", "The draft store was written by a newer version of this application."));
        }
        if (Status status = m_db.open(filePath); !status)
            return status.error();
        break;
    }
    }

    if (Status status = applySettings(m_db); !status) {
        close();
        return status.error();
    }
    if (Status status = migrate(m_db); !status) {
        close();
        // Some damage passes integrity_check and only shows once the schema is written (a wrecked
        // header page of a file that holds nothing yet, which SQLite may report as an I/O error):
        // set such a file aside like any other. A busy store is never set aside.
        const bool heldNothing = inspection->kind == Inspection::Kind::Blank;
        const bool damaged = isDamageError(status.error())
                             || (heldNothing && status.error().code == u"store.io");
        if (!damaged || outcome.damagedFileMovedTo)
            return status.error();
        Result<QString> movedTo = setAside(filePath);
        if (!movedTo)
            return movedTo.error();
        outcome.createdFresh = true;
        outcome.damagedFileMovedTo = movedTo.value();
        outcome.damageDetail = status.error().detail;
        outcome.damageCode = QStringLiteral("store.corrupt");
        outcome.damageReason = trStore(QT_TRANSLATE_NOOP("gtol::LocalStore", "The draft store was damaged."));
        Status reopened = m_db.open(filePath);
        if (reopened)
            reopened = applySettings(m_db);
        if (reopened)
            reopened = migrate(m_db);
        if (!reopened) {
            close();
            return reopened.error();
        }
    }
    m_foldWalOnClose = true;
    return outcome;
}

void LocalStore::close()
{
    // Only a store that opened healthy: a file being inspected or set aside is left as it is.
    if (m_foldWalOnClose && m_db.isOpen())
        foldLargeWal(m_db);
    m_foldWalOnClose = false;
    m_db.close();
}

QString LocalStore::defaultPath(const QString &dataDir)
{
    const QString dir = dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dataDir;
    return QDir(dir).filePath(QStringLiteral("drafts.sqlite"));
}

QString LocalStore::describe(const OpenOutcome &outcome)
{
    if (!outcome.damagedFileMovedTo)
        return {};
    return trStore(QT_TRANSLATE_NOOP("gtol::LocalStore",
                                     "%1 It was kept as \"%2\" and a new, empty draft store was created."))
        .arg(outcome.damageReason, QDir::toNativeSeparators(*outcome.damagedFileMovedTo));
}

} // namespace gtol
