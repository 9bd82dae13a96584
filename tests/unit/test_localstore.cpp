#include "catch.h"
#include "storetesthelpers.h"

#include "store/draftstore.h"
#include "store/localstore.h"
#include "store/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace gtol;
using namespace gtol::test;
using Field = ApplicationForm::Field;

namespace {

QString storePath(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("drafts.sqlite"));
}

// A closed store holding one draft with enough text to span several pages.
void makeStoreWithData(const QString &path)
{
    LocalStore store;
    REQUIRE(store.open(path).ok());
    DraftStore drafts(store);
    for (int i = 0; i < 30; ++i) {
        Result<qint64> id = drafts.create();
        REQUIRE(id.ok());
        REQUIRE(drafts.saveField(id.value(), Field::Department, QString(400, QChar(u'部'))).ok());
    }
    // The store keeps its WAL on close; fold it into the file so that the file alone is the whole
    // store, which is what the damage tests below take apart.
    REQUIRE(store.database().execute(u"PRAGMA wal_checkpoint(TRUNCATE)").ok());
    store.close();
}

// Saves drafts until the store's WAL is larger than LocalStore::WalFoldBytes.
void growWalPastFoldLimit(LocalStore &store)
{
    const QString wal = store.path() + QStringLiteral("-wal");
    DraftStore drafts(store);
    for (int i = 0; QFileInfo(wal).size() <= LocalStore::WalFoldBytes; ++i) {
        Result<qint64> id = drafts.create();
        REQUIRE(id.ok());
        REQUIRE(drafts.saveField(id.value(), Field::Department, QString(400, QChar(u'部'))).ok());
        REQUIRE(i < 1000);
    }
}

// Opens the path, expects the file to be set aside with `code`, and a working fresh store.
void requireSetAside(const QString &path, const QString &code, const QByteArray &originalBytes,
                     qint64 fullCheckLimit = LocalStore::DefaultFullCheckLimit)
{
    LocalStore store;
    store.setFullCheckLimit(fullCheckLimit);
    Result<LocalStore::OpenOutcome> outcome = store.open(path);
    INFO((outcome.ok() ? QString() : outcome.error().fullText()));
    REQUIRE(outcome.ok());
    CHECK(outcome->createdFresh);
    REQUIRE(outcome->damagedFileMovedTo.has_value());
    CHECK(outcome->damageCode == code);
    CHECK_FALSE(outcome->damageReason.isEmpty());
    const QString movedTo = *outcome->damagedFileMovedTo;
    CHECK(QFileInfo(movedTo).fileName().startsWith(QFileInfo(path).fileName() + QStringLiteral(".damaged-")));
    CHECK(fileBytes(movedTo) == originalBytes); // kept as it was, for recovery
    CHECK(LocalStore::describe(outcome.value()).contains(QDir::toNativeSeparators(movedTo)));

    // The fresh store works.
    DraftStore drafts(store);
    Result<qint64> id = drafts.create();
    REQUIRE(id.ok());
    REQUIRE(drafts.saveField(id.value(), Field::Position, QStringLiteral("事務長")).ok());
    CHECK(drafts.load(id.value())->form.value(Field::Position) == QStringLiteral("事務長"));
    CHECK(store.database().queryValue(u"PRAGMA integrity_check")->toString() == QStringLiteral("ok"));
}

Status addNoteColumn(SqliteDatabase &db)
{
    return db.execute(u"ALTER TABLE drafts ADD COLUMN note TEXT NOT NULL DEFAULT 'migrated'");
}

Status failHalfWay(SqliteDatabase &db)
{
    if (Status status = db.execute(u"CREATE TABLE half_done(x)"); !status)
        return status;
    return db.execute(u"THIS IS NOT SQL");
}

// Writes 40 copies of `original` with random bytes flipped (fixed seed: a failure can be replayed)
// and opens each: it must open clean or be set aside, never fail, and the store in use must then
// answer and take edits. Returns how many copies were set aside.
int openFlippedCopies(const QTemporaryDir &dir, const QByteArray &original, const QString &prefix)
{
    QRandomGenerator random(20261128);
    int setAsideCount = 0;
    for (int round = 0; round < 40; ++round) {
        INFO(prefix.toStdString() << " round " << round);
        QByteArray bytes = original;
        const int flips = 1 + int(random.bounded(40));
        for (int i = 0; i < flips; ++i)
            bytes[qsizetype(random.bounded(quint32(bytes.size())))] = char(random.bounded(256));
        const QString path = dir.filePath(prefix + QString::number(round) + QStringLiteral(".sqlite"));
        REQUIRE(writeFile(path, bytes));
        LocalStore store;
        Result<LocalStore::OpenOutcome> outcome = store.open(path);
        INFO((outcome.ok() ? QString() : outcome.error().fullText()));
        REQUIRE(outcome.ok());
        if (outcome->damagedFileMovedTo)
            ++setAsideCount;
        DraftStore drafts(store);
        REQUIRE(drafts.list().ok());
        Result<qint64> id = drafts.create();
        REQUIRE(id.ok());
        CHECK(drafts.saveField(id.value(), Field::Position, QStringLiteral("主任")).ok());
    }
    return setAsideCount;
}

} // namespace

TEST_CASE("A new store is created with its folder, tagged and at the current schema", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile/sub/drafts.sqlite"));
    LocalStore store;
    auto outcome = store.open(path);
    REQUIRE(outcome.ok());
    CHECK(outcome->createdFresh);
    CHECK_FALSE(outcome->damagedFileMovedTo.has_value());
    CHECK(QFileInfo::exists(path));
    SqliteDatabase &db = store.database();
    CHECK(intValue(db, u"PRAGMA application_id") == kApplicationId);
    CHECK(intValue(db, u"PRAGMA user_version") == LocalStore::SchemaVersion);
    CHECK(db.queryValue(u"PRAGMA journal_mode")->toString() == QStringLiteral("wal"));
    CHECK(intValue(db, u"PRAGMA synchronous") == 2); // FULL
    CHECK(intValue(db, u"PRAGMA secure_delete") == 1);
    CHECK(intValue(db, u"PRAGMA foreign_keys") == 1);
    for (const char16_t *table : {u"meta", u"drafts", u"draft_revisions", u"journal", u"outbox", u"facilities"}) {
        INFO(QString::fromUtf16(table));
        Result<SqliteStatement> query =
            db.prepare(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1");
        REQUIRE(query.ok());
        query.value().bind(1, QStringView(table));
        REQUIRE(query.value().step().value());
        CHECK(query.value().columnInt64(0) == 1);
    }
}

TEST_CASE("Reopening a store keeps it and does not call it fresh", "[store]")
{
    QTemporaryDir dir;
    makeStoreWithData(storePath(dir));
    LocalStore store;
    auto outcome = store.open(storePath(dir));
    REQUIRE(outcome.ok());
    CHECK_FALSE(outcome->createdFresh);
    CHECK_FALSE(outcome->damagedFileMovedTo.has_value());
    CHECK(intValue(store.database(), u"SELECT count(*) FROM drafts") == 30);
}

TEST_CASE("The default path is in the application data folder unless a data folder is given", "[store]")
{
    CHECK(LocalStore::defaultPath(QStringLiteral("/some/dir"))
          == QDir(QStringLiteral("/some/dir")).filePath(QStringLiteral("drafts.sqlite")));
    const QString standard = LocalStore::defaultPath();
    CHECK(standard.endsWith(QStringLiteral("/drafts.sqlite")));
    CHECK(standard.contains(QCoreApplication::applicationName()));
}

TEST_CASE("An empty (zero-byte) file becomes a fresh store in place", "[store][damage]")
{
    QTemporaryDir dir;
    REQUIRE(writeFile(storePath(dir), {}));
    LocalStore store;
    auto outcome = store.open(storePath(dir));
    REQUIRE(outcome.ok());
    CHECK(outcome->createdFresh);
    CHECK_FALSE(outcome->damagedFileMovedTo.has_value());
    CHECK(intValue(store.database(), u"PRAGMA user_version") == LocalStore::SchemaVersion);
}

TEST_CASE("Random bytes in the store file are set aside with their WAL, never a crash", "[store][damage]")
{
    QTemporaryDir dir;
    QByteArray noise(8192, '\0');
    for (char &c : noise)
        c = char(QRandomGenerator::global()->bounded(256));
    REQUIRE(writeFile(storePath(dir), noise));
    const QByteArray walNoise("not a write-ahead log at all");
    REQUIRE(writeFile(storePath(dir) + QStringLiteral("-wal"), walNoise));
    requireSetAside(storePath(dir), QStringLiteral("store.corrupt"), noise);
    const QStringList moved = QDir(dir.path()).entryList({QStringLiteral("drafts.sqlite.damaged-*-wal")});
    INFO(QDir(dir.path()).entryList(QDir::Files).join(u' '));
    REQUIRE(moved.size() == 1);
    CHECK(fileBytes(dir.filePath(moved.first())) == walNoise);
}

TEST_CASE("A text file in the place of the store is set aside", "[store][damage]")
{
    QTemporaryDir dir;
    const QByteArray text = QStringLiteral("これはデータベースではありません\nnot a database\n").toUtf8();
    REQUIRE(writeFile(storePath(dir), text));
    requireSetAside(storePath(dir), QStringLiteral("store.corrupt"), text);
}

TEST_CASE("A file with a SQLite header and garbage after it is set aside", "[store][damage]")
{
    QTemporaryDir dir;
    QByteArray bytes("SQLite format 3");
    bytes.append('\0');
    bytes.append(QByteArray(4000, '\x7f'));
    REQUIRE(writeFile(storePath(dir), bytes));
    requireSetAside(storePath(dir), QStringLiteral("store.corrupt"), bytes);
}

TEST_CASE("A truncated store is set aside", "[store][damage]")
{
    QTemporaryDir dir;
    makeStoreWithData(storePath(dir));
    QByteArray bytes = fileBytes(storePath(dir));
    REQUIRE(bytes.size() > 8 * 4096);
    bytes.truncate(bytes.size() / 2);
    REQUIRE(writeFile(storePath(dir), bytes));
    requireSetAside(storePath(dir), QStringLiteral("store.corrupt"), bytes);
}

TEST_CASE("A store with an overwritten page is found by the integrity check and set aside", "[store][damage]")
{
    QTemporaryDir dir;
    makeStoreWithData(storePath(dir));
    QByteArray bytes = fileBytes(storePath(dir));
    const qsizetype pageSize = 4096;
    REQUIRE(bytes.size() > 6 * pageSize);
    // The last page holds drafts rows: smash its b-tree header and cell pointers.
    const qsizetype last = (bytes.size() / pageSize - 1) * pageSize;
    for (qsizetype i = 0; i < 64; ++i)
        bytes[last + i] = char(0xA5);
    REQUIRE(writeFile(storePath(dir), bytes));
    SECTION("whole-file check")
    {
        requireSetAside(storePath(dir), QStringLiteral("store.corrupt"), bytes);
    }
    SECTION("table-scoped check of a large store")
    {
        requireSetAside(storePath(dir), QStringLiteral("store.corrupt"), bytes, 0);
    }
}

TEST_CASE("A store of ours that lost one of the clerk's tables is set aside, not refused", "[store][damage]")
{
    QTemporaryDir dir;
    makeStoreWithData(storePath(dir));
    {
        SqliteDatabase db;
        REQUIRE(db.open(storePath(dir)).ok());
        REQUIRE(db.execute(u"DROP TABLE outbox; PRAGMA wal_checkpoint(TRUNCATE);").ok());
    }
    requireSetAside(storePath(dir), QStringLiteral("store.corrupt"), fileBytes(storePath(dir)));
}

TEST_CASE("Another application's SQLite file is set aside as foreign", "[store][damage]")
{
    QTemporaryDir dir;
    SECTION("untagged")
    {
        SqliteDatabase other;
        REQUIRE(other.open(storePath(dir)).ok());
        REQUIRE(other.execute(u"CREATE TABLE notes(text TEXT); INSERT INTO notes VALUES ('keep me')").ok());
    }
    SECTION("tagged by someone else")
    {
        SqliteDatabase other;
        REQUIRE(other.open(storePath(dir)).ok());
        REQUIRE(other.execute(u"PRAGMA application_id = 1234; CREATE TABLE notes(text TEXT)").ok());
    }
    requireSetAside(storePath(dir), QStringLiteral("store.foreign"), fileBytes(storePath(dir)));
}

TEST_CASE("A store written by a newer version is set aside, not downgraded", "[store][damage]")
{
    QTemporaryDir dir;
    makeStoreWithData(storePath(dir));
    {
        SqliteDatabase db;
        REQUIRE(db.open(storePath(dir)).ok());
        REQUIRE(db.execute(u"PRAGMA user_version = 99").ok());
    }
    requireSetAside(storePath(dir), QStringLiteral("store.newer"), fileBytes(storePath(dir)));
}

TEST_CASE("A store of ours at an older version is migrated on open", "[store][migration]")
{
    QTemporaryDir dir;
    {
        SqliteDatabase db;
        REQUIRE(db.open(storePath(dir)).ok());
        REQUIRE(
            db.execute(QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = 0").arg(kApplicationId)).ok());
    }
    LocalStore store;
    auto outcome = store.open(storePath(dir));
    REQUIRE(outcome.ok());
    CHECK_FALSE(outcome->damagedFileMovedTo.has_value());
    CHECK(intValue(store.database(), u"PRAGMA user_version") == LocalStore::SchemaVersion);
    DraftStore drafts(store);
    CHECK(drafts.create().ok());
}

TEST_CASE("A later migration runs from the current version and keeps the data", "[store][migration]")
{
    QTemporaryDir dir;
    makeStoreWithData(storePath(dir));
    LocalStore store;
    REQUIRE(store.open(storePath(dir)).ok());
    const std::array<Migration, 2> withV2 {{kMigrations[0], {2, &addNoteColumn}}};
    REQUIRE(migrate(store.database(), withV2).ok());
    CHECK(intValue(store.database(), u"PRAGMA user_version") == 2);
    CHECK(intValue(store.database(), u"SELECT count(*) FROM drafts WHERE note = 'migrated'") == 30);
    // Running again is a no-op: every step checks the version inside its transaction.
    REQUIRE(migrate(store.database(), withV2).ok());
    CHECK(intValue(store.database(), u"PRAGMA user_version") == 2);
}

TEST_CASE("A migration that fails half-way leaves the file at the version before it", "[store][migration]")
{
    QTemporaryDir dir;
    makeStoreWithData(storePath(dir));
    LocalStore store;
    REQUIRE(store.open(storePath(dir)).ok());
    const std::array<Migration, 2> broken {{kMigrations[0], {2, &failHalfWay}}};
    CHECK_FALSE(migrate(store.database(), broken).ok());
    CHECK(intValue(store.database(), u"PRAGMA user_version") == 1);
    CHECK(intValue(store.database(), u"SELECT count(*) FROM sqlite_master WHERE name = 'half_done'") == 0);
    CHECK(intValue(store.database(), u"SELECT count(*) FROM drafts") == 30);
}

TEST_CASE("A store's WAL is folded into the file at close once it is large, and nothing is lost", "[store]")
{
    QTemporaryDir dir;
    const QString wal = storePath(dir) + QStringLiteral("-wal");
    {
        LocalStore store;
        REQUIRE(store.open(storePath(dir)).ok());
        DraftStore drafts(store);
        Result<qint64> id = drafts.create();
        REQUIRE(id.ok());
        REQUIRE(drafts.saveField(id.value(), Field::Department, QStringLiteral("総務課")).ok());
    }
    // A few edits: the WAL stays (folding costs disk flushes at exit), with the edits in it.
    CHECK(QFileInfo(wal).size() > 0);
    CHECK(QFileInfo(wal).size() <= LocalStore::WalFoldBytes);
    {
        LocalStore store;
        REQUIRE(store.open(storePath(dir)).ok());
        growWalPastFoldLimit(store);
    }
    // Past the limit, closing folded it: the next start has no WAL to read back.
    CHECK(QFileInfo(wal).size() == 0);
    LocalStore reopened;
    REQUIRE(reopened.open(storePath(dir)).ok());
    CHECK(intValue(reopened.database(), u"SELECT count(*) FROM drafts") > 1);
    CHECK(DraftStore(reopened).load(1)->form.value(Field::Department) == QStringLiteral("総務課"));
}

TEST_CASE("A large WAL is left alone while another process's connection is reading the store", "[store][concurrency]")
{
    QTemporaryDir dir;
    const QString wal = storePath(dir) + QStringLiteral("-wal");
    LocalStore reader;
    REQUIRE(reader.open(storePath(dir)).ok());
    {
        LocalStore writer;
        REQUIRE(writer.open(storePath(dir)).ok());
        growWalPastFoldLimit(writer);
        // A read transaction open elsewhere: the fold must neither wait nor break it.
        REQUIRE(reader.database().execute(u"BEGIN").ok());
        REQUIRE(intValue(reader.database(), u"SELECT count(*) FROM drafts") > 0);
    }
    CHECK(QFileInfo(wal).size() > LocalStore::WalFoldBytes);
    REQUIRE(reader.database().execute(u"COMMIT").ok());
    CHECK(intValue(reader.database(), u"SELECT count(*) FROM drafts") > 1);
}

TEST_CASE("Two connections to the same store see each other's committed edits", "[store][concurrency]")
{
    QTemporaryDir dir;
    LocalStore first;
    LocalStore second;
    REQUIRE(first.open(storePath(dir)).ok());
    REQUIRE(second.open(storePath(dir)).ok());
    DraftStore a(first);
    DraftStore b(second);
    Result<qint64> id = a.create();
    REQUIRE(id.ok());
    for (int i = 0; i < 20; ++i) {
        DraftStore &writer = i % 2 ? a : b;
        DraftStore &reader = i % 2 ? b : a;
        REQUIRE(writer.saveField(id.value(), Field::ApplicantContact, QString::number(i)).ok());
        CHECK(reader.load(id.value())->form.value(Field::ApplicantContact) == QString::number(i));
    }
    CHECK(b.list()->size() == 1);
}

TEST_CASE("Stores with random bytes flipped either open clean or are set aside, never a crash", "[store][damage]")
{
    QTemporaryDir dir;
    const QString pristine = dir.filePath(QStringLiteral("pristine.sqlite"));
    makeStoreWithData(pristine);
    CHECK(openFlippedCopies(dir, fileBytes(pristine), QStringLiteral("round")) > 0);
}

TEST_CASE("A large healthy store passes the table-scoped check and keeps its drafts", "[store]")
{
    QTemporaryDir dir;
    makeStoreWithData(storePath(dir));
    LocalStore store;
    store.setFullCheckLimit(0);
    Result<LocalStore::OpenOutcome> outcome = store.open(storePath(dir));
    REQUIRE(outcome.ok());
    CHECK_FALSE(outcome->damagedFileMovedTo.has_value());
    CHECK(intValue(store.database(), u"SELECT count(*) FROM drafts") == 30);
}

TEST_CASE("A store path that is a folder fails with a message, not a crash", "[store][damage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drafts.sqlite"));
    REQUIRE(QDir().mkpath(path));
    LocalStore store;
    Result<LocalStore::OpenOutcome> outcome = store.open(path);
    REQUIRE_FALSE(outcome.ok());
    CHECK_FALSE(outcome.error().message.isEmpty());
    CHECK_FALSE(store.isOpen());
    CHECK(QFileInfo(path).isDir()); // left alone
}

TEST_CASE("A damaged store file that integrity_check passes but the schema cannot be written to is set aside", "[store][damage]")
{
    // A store whose data is still in its WAL leaves a file of little more than a header page; bytes
    // flipped there can pass integrity_check and only fail when the schema is created.
    QTemporaryDir dir;
    const QString pristine = dir.filePath(QStringLiteral("pristine.sqlite"));
    {
        LocalStore store;
        REQUIRE(store.open(pristine).ok());
    }
    CHECK(openFlippedCopies(dir, fileBytes(pristine), QStringLiteral("headeronly")) > 0);
}
