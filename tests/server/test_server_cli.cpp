// gtol-onboard-server run as a process: --dev, and the officer's admin commands.
#include "catch.h"

#include "serverfixture.h"
#include "storage/serverstorage.h"

#include <QJsonArray>
#include <QProcess>
#include <QUuid>

#include "security/secrettoken.h"

using gtol::test::body;
using gtol::test::json;
using gtol::test::ServerFixture;
using gtol::test::validApplication;

namespace {

QString serverExecutable()
{
    return QStringLiteral(GTOL_BINARY_DIR "/server/gtol-onboard-server");
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runServer(const QStringList &args)
{
    QProcess process;
    process.start(serverExecutable(), args);
    REQUIRE(process.waitForFinished(30000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Registers, applies and returns the application ID.
QString apply(ServerFixture &fx, const QString &email)
{
    auto c = fx.client();
    REQUIRE(c->Post("/api/v1/registrations", body({{QStringLiteral("email"), email}}), "application/json")->status
            == 202);
    const QJsonObject terms = json(c->Get("/api/v1/terms/current"));
    const QJsonObject payload {{QStringLiteral("registrationToken"), fx.tokenFromMail(email)},
                               {QStringLiteral("application"), validApplication(email)},
                               {QStringLiteral("consent"),
                                QJsonObject {{QStringLiteral("termsVersion"), terms[QStringLiteral("version")]},
                                             {QStringLiteral("termsSha256"), terms[QStringLiteral("sha256")]},
                                             {QStringLiteral("agreedAt"), QStringLiteral("2026-11-28T04:00:00Z")}}}};
    httplib::Headers headers {{"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()}};
    auto res = c->Post("/api/v1/applications", headers, body(payload), "application/json");
    REQUIRE(res->status == 201);
    return json(res)[QStringLiteral("applicationId")].toString();
}

QString newestMail(const ServerFixture &fx)
{
    return ServerFixture::readText(fx.mailFiles().last());
}

} // namespace

TEST_CASE("admin CLI: list, confirm, approve (user ID and initial password), reject with a reason")
{
    ServerFixture fx;
    const QString first = apply(fx, QStringLiteral("first@example.jp"));
    const QString second = apply(fx, QStringLiteral("second@example.jp"));
    const QString db = fx.config.dbPath;

    const Run list = runServer({QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("list")});
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(first + QStringLiteral("\treceived\t")));
    CHECK(list.out.contains(QStringLiteral("second@example.jp")));

    // Approving before the phone confirmation is refused.
    CHECK(runServer({QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("approve"), first}).exitCode
          == 1);
    const Run confirm =
        runServer({QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("confirm"), first});
    CHECK(confirm.exitCode == 0);
    CHECK(confirm.out.contains(QStringLiteral("confirmed=") + first));

    const int mailsBefore = int(fx.mailFiles().size());
    const Run approve =
        runServer({QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("approve"), first});
    CHECK(approve.exitCode == 0);
    const QRegularExpression userIdLine(QStringLiteral("^userId=([0-9]{8})$"), QRegularExpression::MultilineOption);
    const QRegularExpression passwordLine(QStringLiteral("^initialPassword=([0-9]{6}@G)$"),
                                          QRegularExpression::MultilineOption);
    const auto userId = userIdLine.match(approve.out);
    const auto password = passwordLine.match(approve.out);
    REQUIRE(userId.hasMatch());
    REQUIRE(password.hasMatch());

    // The approval mail (to the spool the server recorded) has the user ID, never the password.
    REQUIRE(int(fx.mailFiles().size()) == mailsBefore + 1);
    const QString mail = newestMail(fx);
    CHECK(mail.contains(QStringLiteral("To: first@example.jp")));
    CHECK(mail.contains(userId.captured(1)));
    CHECK_FALSE(mail.contains(password.captured(1)));
    CHECK_FALSE(mail.contains(password.captured(1).left(6)));
    // Only a hash of the password is stored.
    QFile dbFile(db);
    REQUIRE(dbFile.open(QIODevice::ReadOnly));
    CHECK_FALSE(dbFile.readAll().contains(password.captured(1).toLatin1()));

    // Not twice, and an approved application cannot be rejected.
    CHECK(runServer({QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("approve"), first}).exitCode
          == 1);
    CHECK(runServer({QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("reject"), first,
                     QStringLiteral("--reason"), QStringLiteral("x")})
              .exitCode
          == 1);

    // Reject needs a reason; the reason is mailed.
    CHECK(runServer({QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("reject"), second}).exitCode
          == 2);
    const Run reject = runServer({QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("reject"), second,
                                  QStringLiteral("--reason"), QStringLiteral("電話がつながりませんでした")});
    CHECK(reject.exitCode == 0);
    CHECK(newestMail(fx).contains(QStringLiteral("電話がつながりませんでした")));

    const Run after = runServer({QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("list")});
    CHECK(after.out.contains(first + QStringLiteral("\tapproved\t")));
    CHECK(after.out.contains(userId.captured(1)));
    CHECK(after.out.contains(second + QStringLiteral("\trejected\t")));

    CHECK(runServer(
              {QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("confirm"), QStringLiteral("999")})
              .exitCode
          == 1);
    CHECK(runServer({QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(
        runServer({QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("confirm"), QStringLiteral("x")})
            .exitCode
        == 2);
}

TEST_CASE("admin CLI: an approval whose mail cannot be written still prints the initial password")
{
    ServerFixture fx;
    const QString id = apply(fx, QStringLiteral("nomail@example.jp"));
    const QString db = fx.config.dbPath;
    REQUIRE(runServer({QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("confirm"), id}).exitCode
            == 0);
    // A mail folder that cannot exist: its parent is a regular file.
    const QString blocker = fx.dir.filePath(QStringLiteral("not-a-folder"));
    {
        QFile file(blocker);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    const Run approve = runServer({QStringLiteral("--db"), db, QStringLiteral("--mail-dir"),
                                   blocker + QStringLiteral("/mail"), QStringLiteral("admin"),
                                   QStringLiteral("approve"), id});
    // The approval is committed, so the password must be shown now: it is never shown again.
    CHECK(approve.exitCode == 0);
    CHECK(approve.out.contains(QRegularExpression(QStringLiteral("^initialPassword=[0-9]{6}@G$"),
                                                  QRegularExpression::MultilineOption)));
    CHECK_FALSE(approve.err.isEmpty()); // the missing mail is reported
    const auto record = fx.server->storage().application(id.toLongLong());
    REQUIRE(record);
    REQUIRE(record->has_value());
    CHECK((*record)->status == QStringLiteral("approved"));
    CHECK(approve.out.contains(QStringLiteral("userId=") + (*record)->userId));

    // A rejection stands too, and says the applicant was not told.
    const QString other = apply(fx, QStringLiteral("nomail2@example.jp"));
    const Run reject = runServer({QStringLiteral("--db"), db, QStringLiteral("--mail-dir"),
                                  blocker + QStringLiteral("/mail"), QStringLiteral("admin"), QStringLiteral("reject"),
                                  other, QStringLiteral("--reason"), QStringLiteral("重複した申請です")});
    CHECK(reject.exitCode == 0);
    CHECK(reject.out.contains(QStringLiteral("rejected=") + other));
    CHECK_FALSE(reject.err.isEmpty());
    CHECK((*fx.server->storage().application(other.toLongLong()))->status == QStringLiteral("rejected"));
}

TEST_CASE("admin CLI: role tokens are printed once and stored hashed")
{
    ServerFixture fx;
    const QString db = fx.config.dbPath;
    const Run issued = runServer({QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("issue-token"),
                                  QStringLiteral("support"), QStringLiteral("--label"), QStringLiteral("helpdesk A")});
    CHECK(issued.exitCode == 0);
    const auto token =
        QRegularExpression(QStringLiteral("^token=([A-Za-z0-9_-]{43})$"), QRegularExpression::MultilineOption)
            .match(issued.out);
    REQUIRE(token.hasMatch());
    const auto role = fx.server->storage().roleForToken(gtol::server::SecretToken::hash(token.captured(1)));
    REQUIRE(role.ok());
    REQUIRE(role->has_value());
    CHECK(**role == QStringLiteral("support"));
    QFile dbFile(db);
    REQUIRE(dbFile.open(QIODevice::ReadOnly));
    CHECK_FALSE(dbFile.readAll().contains(token.captured(1).toLatin1()));

    const Run tokens = runServer({QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("tokens")});
    CHECK(tokens.out.contains(QStringLiteral("support\t")));
    CHECK(tokens.out.contains(QStringLiteral("helpdesk A")));
    CHECK_FALSE(tokens.out.contains(token.captured(1)));
    CHECK(runServer({QStringLiteral("--db"), db, QStringLiteral("admin"), QStringLiteral("issue-token"),
                     QStringLiteral("root")})
              .exitCode
          == 2);
}

TEST_CASE("dev mode: throw-away CA, profile.json, port 0 printed, clean stop on SIGTERM")
{
    QTemporaryDir dir;
    QProcess process;
    process.start(serverExecutable(),
                  {QStringLiteral("--dev"), dir.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--access-log"), QStringLiteral("off")});
    REQUIRE(process.waitForStarted(10000));
    QString out;
    const QRegularExpression listening(QStringLiteral("listening on https://127\\.0\\.0\\.1:([0-9]+)"));
    for (int i = 0; i < 100 && !listening.match(out).hasMatch(); ++i) {
        process.waitForReadyRead(300);
        out += QString::fromUtf8(process.readAllStandardOutput());
    }
    const auto match = listening.match(out);
    REQUIRE(match.hasMatch());
    const int port = match.captured(1).toInt();
    CHECK(port > 0);
    const QString ca = QDir(dir.path()).absoluteFilePath(QStringLiteral("ca.pem"));
    CHECK(out.contains(QStringLiteral("ca=") + ca));

    const QJsonObject profile =
        QJsonDocument::fromJson(ServerFixture::readText(dir.filePath(QStringLiteral("profile.json"))).toUtf8())
            .object();
    const QJsonObject backend = profile[QStringLiteral("backend")].toObject();
    CHECK(backend[QStringLiteral("url")].toString() == QStringLiteral("https://127.0.0.1:") + QString::number(port));
    CHECK(backend[QStringLiteral("caFile")].toString() == ca);
    CHECK(profile[QStringLiteral("service")].toObject()[QStringLiteral("hosts")].toArray().first().toString()
          == QStringLiteral("entry.gtol.ncc.go.jp"));
    CHECK(profile[QStringLiteral("vpn")].toObject()[QStringLiteral("ports")].toArray() == QJsonArray {500, 4500});

    httplib::SSLClient client("127.0.0.1", port);
    client.set_ca_cert_path(ca.toStdString().c_str());
    client.enable_server_certificate_verification(true);
    auto res = client.Post("/api/v1/registrations", body({{QStringLiteral("email"), QStringLiteral("dev@example.jp")}}),
                           "application/json");
    REQUIRE(res);
    CHECK(res->status == 202);
    CHECK_FALSE(QDir(dir.filePath(QStringLiteral("mail"))).entryList({QStringLiteral("*.eml")}).isEmpty());

    process.terminate();
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);

    // The database stays for the officer.
    const Run list = runServer({QStringLiteral("--dev"), dir.path(), QStringLiteral("admin"), QStringLiteral("list")});
    CHECK(list.exitCode == 0);
}

TEST_CASE("command line: missing options and a bad certificate fail with a message, not a crash")
{
    CHECK(runServer({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}).exitCode == 2);
    CHECK(runServer({QStringLiteral("--listen"), QStringLiteral("nonsense")}).exitCode == 2);
    QTemporaryDir dir;
    QFile junk(dir.filePath(QStringLiteral("cert.pem")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a certificate");
    junk.close();
    const Run bad = runServer({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--cert"),
                               junk.fileName(), QStringLiteral("--key"), junk.fileName(), QStringLiteral("--db"),
                               dir.filePath(QStringLiteral("s.sqlite")), QStringLiteral("--mail-dir"),
                               dir.filePath(QStringLiteral("mail"))});
    CHECK(bad.exitCode == 1);
    CHECK_FALSE(bad.err.isEmpty());

    // The server speaks Japanese (its catalogue is embedded and loaded).
    const Run missing = runServer({QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sqlite")), QStringLiteral("admin"),
                                   QStringLiteral("list")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("データベース")));
}
