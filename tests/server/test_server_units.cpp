// The server's small parts on their own: mail rendering, rate limiting, secrets, storage.
#include "catch.h"

#include "dev/devenvironment.h"
#include "devpki.h"
#include "mail/mailspool.h"
#include "mail/onboardingmails.h"
#include "security/secrettoken.h"
#include "service/applicationofficer.h"
#include "service/ratelimiter.h"
#include "service/termsdocument.h"
#include "storage/sqliteserverstorage.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace gtol::server;

TEST_CASE("mail: RFC 2047 words stay within 75 characters and decode to the subject")
{
    const QString subject = QStringLiteral("【がん登録オンラインシステム（GTOL）】利用申請承認のご案内");
    const QByteArray encoded = MailSpool::encodeHeaderWords(subject);
    QByteArray decoded;
    for (const QByteArray &word : encoded.split('\n')) {
        const QByteArray w = word.trimmed();
        CHECK(w.size() <= 75);
        CHECK(w.startsWith("=?UTF-8?B?"));
        CHECK(w.endsWith("?="));
        decoded += QByteArray::fromBase64(w.mid(10, w.size() - 12));
    }
    CHECK(QString::fromUtf8(decoded) == subject);
}

TEST_CASE("mail: one RFC 5322 file per message, CRLF, no header injection")
{
    QTemporaryDir dir;
    const MailSpool spool(dir.filePath(QStringLiteral("mail")));
    const QDateTime now(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC);
    auto path =
        spool.send(OnboardingMails::approval(QStringLiteral("a@example.jp"), 7, QStringLiteral("12345678")), now);
    REQUIRE(path.ok());
    CHECK(path->endsWith(QStringLiteral(".eml")));
    // Mails carry tokens and personal data: the server's user only.
    CHECK(QFile::permissions(*path)
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    QFile file(*path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.contains("Content-Type: text/plain; charset=UTF-8\r\n"));
    CHECK(text.contains("Date: 28 Nov 2026 05:00:00 +0000\r\n"));
    CHECK(text.contains("\r\n\r\n"));
    CHECK(QString::fromUtf8(text).contains(QStringLiteral("利用者ID: 12345678")));
    CHECK_FALSE(QByteArray(text).replace("\r\n", "").contains(QByteArray("\n"))); // every line ends in CRLF

    auto injected = spool.send(
        {QStringLiteral("a@example.jp\r\nBcc: b@example.jp"), QStringLiteral("x"), QStringLiteral("y")}, now);
    CHECK_FALSE(injected.ok());
    CHECK(QDir(dir.filePath(QStringLiteral("mail"))).entryList({QStringLiteral("*.eml")}).size() == 1);
}

TEST_CASE("rate limiter: a sliding window per key with the wait in seconds")
{
    RateLimiter limiter({2, 60});
    const QDateTime t0(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    CHECK_FALSE(limiter.hit("a", t0).has_value());
    CHECK_FALSE(limiter.hit("a", t0.addSecs(10)).has_value());
    const auto wait = limiter.hit("a", t0.addSecs(20));
    REQUIRE(wait.has_value());
    CHECK(*wait == 40);
    CHECK_FALSE(limiter.hit("b", t0.addSecs(20)).has_value()); // other keys are not affected
    CHECK_FALSE(limiter.hit("a", t0.addSecs(60)).has_value()); // the first hit left the window
    RateLimiter off({0, 60});
    for (int i = 0; i < 100; ++i)
        CHECK_FALSE(off.hit("a", t0).has_value());
}

TEST_CASE("secrets: random tokens, hashes, constant-time equality, derived status tokens, passwords")
{
    const QString a = SecretToken::generate();
    const QString b = SecretToken::generate();
    CHECK(a != b);
    CHECK(SecretToken::looksValid(a));
    CHECK_FALSE(SecretToken::looksValid(a.left(42)));
    CHECK_FALSE(SecretToken::looksValid(QString(a.left(42) + u'/')));
    CHECK(SecretToken::hash(a).size() == 32);
    CHECK(SecretToken::equal(SecretToken::hash(a), SecretToken::hash(a)));
    CHECK_FALSE(SecretToken::equal(SecretToken::hash(a), SecretToken::hash(b)));
    CHECK_FALSE(SecretToken::equal("abc", "abcd"));
    CHECK(SecretToken::derive("key-1", "salt") == SecretToken::derive("key-1", "salt"));
    CHECK(SecretToken::derive("key-1", "salt") != SecretToken::derive("key-2", "salt"));
    CHECK(SecretToken::looksValid(SecretToken::derive("key-1", "salt")));

    const QByteArray stored = SecretToken::hashPassword(QStringLiteral("123456@G"));
    CHECK_FALSE(stored.contains("123456"));
    CHECK(SecretToken::verifyPassword(QStringLiteral("123456@G"), stored));
    CHECK_FALSE(SecretToken::verifyPassword(QStringLiteral("123457@G"), stored));

    for (int i = 0; i < 50; ++i) {
        const QString digits = ApplicationOfficer::randomDigits(8);
        CHECK(digits.size() == 8);
        CHECK(digits.toLongLong() >= 0);
    }
}

TEST_CASE("terms: a Version line sets the version, the hash is of the text")
{
    const TermsDocument terms = TermsDocument::fromText(QStringLiteral("Version: 2027-01\r\n本文\r\n"));
    CHECK(terms.version == QStringLiteral("2027-01"));
    CHECK(terms.text == QStringLiteral("本文\n"));
    CHECK(terms.sha256 == QString::fromLatin1(SecretToken::sha256(QStringLiteral("本文\n").toUtf8()).toHex()));
    const TermsDocument plain = TermsDocument::fromText(QStringLiteral("text"));
    CHECK(plain.version == plain.sha256.left(12));
    auto bundled = TermsDocument::load({});
    REQUIRE(bundled.ok());
    CHECK(bundled->text.contains(QStringLiteral("見本")));
    CHECK_FALSE(TermsDocument::load(QStringLiteral("/nonexistent/terms.txt")).ok());
}

TEST_CASE("storage: schema, a used registration cannot be used twice, a foreign file is refused")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    const QDateTime now(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC);
    {
        SqliteServerStorage storage;
        REQUIRE(storage.open(path).ok());
        CHECK(QFile::permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
        REQUIRE(storage.addRegistration("hash-1", QStringLiteral("a@example.jp"), now, now.addSecs(1800)).ok());
        NewApplication application;
        application.registrationTokenHash = "hash-1";
        application.idempotencyKeyHash = "key-1";
        application.requestHash = "req-1";
        application.statusSalt = "salt";
        application.statusTokenHash = "status";
        application.receivedAt = now;
        auto id = storage.createApplication(application);
        REQUIRE(id.ok());
        application.idempotencyKeyHash = "key-2";
        auto again = storage.createApplication(application);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == QStringLiteral("registration.used"));
        application.registrationTokenHash = "hash-2";
        application.idempotencyKeyHash = "key-1";
        auto sameKey = storage.createApplication(application);
        REQUIRE_FALSE(sameKey.ok());
        CHECK(sameKey.error().code == QStringLiteral("idempotency.exists"));
        CHECK(storage.applications()->size() == 1);

        // A failed write leaves nothing half done.
        REQUIRE(storage.addRegistration("hash-3", QStringLiteral("b@example.jp"), now, now.addSecs(1800)).ok());
        application.registrationTokenHash = "hash-3";
        application.idempotencyKeyHash = "key-3";
        storage.database().failAfter(3);
        CHECK_FALSE(storage.createApplication(application).ok());
        CHECK(storage.applications()->size() == 1);
        CHECK_FALSE((*storage.registration("hash-3"))->usedByApplication.has_value());
        CHECK_FALSE(storage.idempotency("key-3")->has_value());
    }
    {
        SqliteServerStorage reopened;
        REQUIRE(reopened.open(path).ok());
        CHECK(reopened.applications()->size() == 1);
        CHECK((*reopened.idempotency("key-1"))->requestHash == "req-1");
    }
    const QString foreign = dir.filePath(QStringLiteral("other.sqlite"));
    {
        gtol::SqliteDatabase db;
        REQUIRE(db.open(foreign).ok());
        REQUIRE(db.execute(u"CREATE TABLE t(x)").ok());
    }
    SqliteServerStorage storage;
    const gtol::Status opened = storage.open(foreign);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == QStringLiteral("store.foreign"));
}

TEST_CASE("storage: a damaged database is refused at open with a message for the operator")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    const QDateTime now(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC);
    {
        SqliteServerStorage storage;
        REQUIRE(storage.open(path).ok());
        // Enough rows for the tables to span several pages.
        for (int i = 0; i < 200; ++i)
            REQUIRE(storage
                        .addRegistration(SecretToken::sha256(QByteArray::number(i)),
                                         QStringLiteral("someone%1@example.jp").arg(i), now, now.addSecs(1800))
                        .ok());
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.size() > 4 * 4096);
    // Scramble the pages after the first (the header stays valid).
    file.seek(4096);
    QByteArray pages = file.read(3 * 4096);
    for (char &c : pages)
        c = char(~c);
    file.seek(4096);
    REQUIRE(file.write(pages) == pages.size());
    file.close();

    SqliteServerStorage storage;
    const gtol::Status opened = storage.open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == QStringLiteral("store.corrupt"));
    CHECK(opened.error().message.contains(QStringLiteral("server database")));
}

TEST_CASE("dev environment: certificates are reused while valid and remade when expired")
{
    QTemporaryDir dir;
    const auto readCa = [&] {
        QFile file(dir.filePath(QStringLiteral("ca.pem")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    ServerConfig config;
    auto ca = DevEnvironment::prepare(dir.path(), config);
    REQUIRE(ca.ok());
    CHECK(config.dbPath == QDir(dir.path()).absoluteFilePath(QStringLiteral("server.sqlite")));
    CHECK(config.mailDir == QDir(dir.path()).absoluteFilePath(QStringLiteral("mail")));
    const QByteArray first = readCa();
    CHECK_FALSE(first.isEmpty());
    ServerConfig again;
    REQUIRE(DevEnvironment::prepare(dir.path(), again).ok());
    CHECK(readCa() == first);

    gtol::DevPkiOptions expired;
    expired.serverNotBefore = QDateTime::currentDateTimeUtc().addDays(-40);
    expired.serverNotAfter = QDateTime::currentDateTimeUtc().addDays(-10);
    REQUIRE(gtol::createDevPki(dir.path(), expired).ok());
    const QByteArray expiredCa = readCa();
    ServerConfig renewed;
    REQUIRE(DevEnvironment::prepare(dir.path(), renewed).ok());
    CHECK(readCa() != expiredCa);
}
