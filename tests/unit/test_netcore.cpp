// The network layer's parts that need no server: the outbox over a real SQLite file, the back-off,
// the mapping of HTTP errors to what the clerk reads, the decoders' refusal of wrong shapes, the
// pasted-link parser and the https-only rule.
#include "catch.h"

#include "net/apiclient.h"
#include "net/apierror.h"
#include "net/apitypes.h"
#include "net/registrationlink.h"
#include "net/syncengine.h"
#include "net/tlspolicy.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace gtol;

namespace {

QDateTime t0()
{
    return QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
}

} // namespace

TEST_CASE("Outbox: a write is stored with its key before any attempt and survives reopening", "[net][outbox]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drafts.sqlite"));
    QString key;
    qint64 id = 0;
    {
        LocalStore store;
        REQUIRE(store.open(path).ok());
        Outbox outbox(store);
        Result<OutboxItem> item =
            outbox.enqueue(QStringLiteral("application"), "POST", QStringLiteral("/api/v1/applications"),
                           QByteArrayLiteral("{\"a\":1}"), 0, t0());
        REQUIRE(item.ok());
        key = item->idempotencyKey;
        id = item->id;
        CHECK(key.size() >= 16);
        CHECK(key.size() <= 128);
    }
    LocalStore store;
    REQUIRE(store.open(path).ok());
    Outbox outbox(store);
    Result<std::optional<OutboxItem>> again = outbox.item(id);
    REQUIRE(again.ok());
    REQUIRE(again->has_value());
    const OutboxItem &item = **again;
    CHECK(item.idempotencyKey == key);
    CHECK(item.state == OutboxItem::State::Pending);
    CHECK(item.attempts == 0);
    CHECK(item.body == QByteArrayLiteral("{\"a\":1}"));
    CHECK(item.nextAttemptAt == t0());
}

TEST_CASE("Outbox: keys differ, due respects next attempt, states move as the server answers", "[net][outbox]")
{
    QTemporaryDir dir;
    LocalStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("d.sqlite"))).ok());
    Outbox outbox(store);
    Result<OutboxItem> a = outbox.enqueue(QStringLiteral("registration"), "POST", QStringLiteral("/r"), {}, 0, t0());
    Result<OutboxItem> b = outbox.enqueue(QStringLiteral("registration"), "POST", QStringLiteral("/r"), {}, 0, t0());
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->idempotencyKey != b->idempotencyKey);

    REQUIRE(outbox.recordRetry(a->id, t0().addSecs(30), QStringLiteral("net.offline: ...")).ok());
    Result<QList<OutboxItem>> due = outbox.due(t0());
    REQUIRE(due.ok());
    REQUIRE(due->size() == 1);
    CHECK(due->first().id == b->id);
    due = outbox.due(t0().addSecs(30));
    REQUIRE(due.ok());
    CHECK(due->size() == 2);
    Result<std::optional<QDateTime>> next = outbox.nextDue();
    REQUIRE(next.ok());
    CHECK(**next == t0());

    REQUIRE(outbox.markSent(b->id, QByteArrayLiteral("{}")).ok());
    REQUIRE(outbox.markFailed(a->id, QStringLiteral("net.validation: ..."), {}).ok());
    CHECK(outbox.due(t0().addDays(1))->isEmpty());
    CHECK(!outbox.nextDue()->has_value());
    CHECK((*outbox.item(a->id))->state == OutboxItem::State::Failed);
    CHECK((*outbox.item(a->id))->attempts == 2);
    CHECK((*outbox.item(b->id))->state == OutboxItem::State::Sent);

    // "Retry now" brings a failed item back, never a sent one.
    REQUIRE(outbox.retryNow(a->id, t0().addSecs(60)).ok());
    REQUIRE(outbox.retryNow(b->id, t0().addSecs(60)).ok());
    due = outbox.due(t0().addSecs(60));
    REQUIRE(due->size() == 1);
    CHECK(due->first().id == a->id);
    // A sent item is never turned into a failed one by a late answer.
    REQUIRE(outbox.markFailed(b->id, QStringLiteral("late"), {}).ok());
    CHECK((*outbox.item(b->id))->state == OutboxItem::State::Sent);
}

TEST_CASE("Outbox: a storage failure is reported, not swallowed", "[net][outbox]")
{
    QTemporaryDir dir;
    LocalStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("d.sqlite"))).ok());
    Outbox outbox(store);
    store.database().failAfter(0);
    Result<OutboxItem> item = outbox.enqueue(QStringLiteral("registration"), "POST", QStringLiteral("/r"), {}, 0, t0());
    CHECK(!item.ok());
    CHECK(!item.error().message.isEmpty());
    CHECK(outbox.items()->isEmpty());
}

TEST_CASE("Back-off grows exponentially, is capped, and jitters within half the delay", "[net][sync]")
{
    const SyncEngine::Backoff b {1000, 60'000};
    CHECK(SyncEngine::backoffMs(1, 0.0, b) == 500);
    CHECK(SyncEngine::backoffMs(1, 1.0, b) == 1000);
    CHECK(SyncEngine::backoffMs(2, 0.0, b) == 1000);
    CHECK(SyncEngine::backoffMs(4, 1.0, b) == 8000);
    CHECK(SyncEngine::backoffMs(30, 1.0, b) == 60'000);
    CHECK(SyncEngine::backoffMs(500, 0.0, b) == 30'000);
    for (double r : {0.1, 0.5, 0.9}) {
        const qint64 d = SyncEngine::backoffMs(3, r, b);
        CHECK(d >= 2000);
        CHECK(d <= 4000);
    }
}

TEST_CASE("HTTP errors become plain messages with what to do, and the right retry decision", "[net][errors]")
{
    const ApiError busy = ApiError::fromHttp(429, R"({"error":{"code":"request.rate_limited","message":"x"}})", "120");
    CHECK(busy.kind == ApiError::Kind::Busy);
    CHECK(busy.isTransient());
    REQUIRE(busy.retryAfterSeconds.has_value());
    CHECK(*busy.retryAfterSeconds == 120);
    CHECK(busy.serverCode == QStringLiteral("request.rate_limited"));
    CHECK(!busy.error.message.isEmpty());

    const ApiError invalid = ApiError::fromHttp(
        422,
        R"({"error":{"code":"validation.failed","message":"m","fields":[{"field":"facilityPhone","code":"phone.length","message":"p"},{"field":"managerNameKana","code":"kana.invalid"}]}})",
        {});
    CHECK(invalid.kind == ApiError::Kind::Validation);
    CHECK(!invalid.isTransient());
    REQUIRE(invalid.fields.size() == 2);
    CHECK(invalid.fields[0].field == QStringLiteral("facilityPhone"));
    CHECK(invalid.fields[0].code == QStringLiteral("phone.length"));
    CHECK(invalid.fields[1].code == QStringLiteral("kana.invalid"));

    CHECK(ApiError::fromHttp(410, R"({"error":{"code":"registration.expired","message":"m"}})", {}).kind
          == ApiError::Kind::TokenExpired);
    CHECK(ApiError::fromHttp(404, {}, {}).kind == ApiError::Kind::NotFound);
    CHECK(ApiError::fromHttp(500, "<html>", {}).isTransient());
    CHECK(ApiError::fromHttp(503, {}, {}).isTransient());
    CHECK(ApiError::fromHttp(408, {}, {}).isTransient());
    CHECK(!ApiError::fromHttp(400, {}, {}).isTransient());
    CHECK(!ApiError::fromHttp(413, {}, {}).isTransient());
    CHECK(!ApiError::fromHttp(401, {}, {}).isTransient());
    CHECK(ApiError::offline(QStringLiteral("reset")).isTransient());
    CHECK(ApiError::timeout(QStringLiteral("slow")).isTransient());
    CHECK(!ApiError::certificate(QStringLiteral("bad")).isTransient());
    // A nonsense Retry-After is ignored rather than trusted.
    CHECK(!ApiError::fromHttp(429, {}, "soon").retryAfterSeconds.has_value());
    // The server's own message never replaces ours (it lands in the technical detail).
    CHECK(!ApiError::fromHttp(500, R"({"error":{"code":"server.internal","message":"SECRET SQL"}})", {})
               .error.message.contains(QStringLiteral("SECRET")));
}

TEST_CASE("Decoders refuse answers of the wrong shape", "[net][json]")
{
    CHECK(!RegistrationInfo::fromJson("not json").ok());
    CHECK(!RegistrationInfo::fromJson("[]").ok());
    CHECK(!RegistrationInfo::fromJson(R"({"email":5,"expiresAt":"2026-11-28T10:30:00Z"})").ok());
    CHECK(!RegistrationInfo::fromJson(R"({"email":"a@b.jp","expiresAt":"tomorrow"})").ok());
    ApiResult<RegistrationInfo> info =
        RegistrationInfo::fromJson(R"({"email":"a@b.jp","expiresAt":"2026-11-28T10:30:00Z"})");
    REQUIRE(info.ok());
    CHECK(info->expiresAt == t0().addSecs(1800));
    CHECK(RegistrationInfo::fromJson("{}").error().kind == ApiError::Kind::BadResponse);
}

TEST_CASE("Terms are accepted only when the text matches its SHA-256", "[net][json]")
{
    const QString text = QStringLiteral("利用規約 sample");
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
    QJsonObject o {{QStringLiteral("version"), QStringLiteral("v1")},
                   {QStringLiteral("sha256"), hash},
                   {QStringLiteral("text"), text}};
    CHECK(Terms::fromJson(QJsonDocument(o).toJson()).ok());
    o[QStringLiteral("text")] = QString(text + QStringLiteral(" changed"));
    ApiResult<Terms> bad = Terms::fromJson(QJsonDocument(o).toJson());
    REQUIRE(!bad.ok());
    CHECK(bad.error().kind == ApiError::Kind::BadResponse);
}

TEST_CASE("Receipts and statuses are decoded strictly", "[net][json]")
{
    CHECK(!SubmissionReceipt::fromJson(R"({"applicationId":"17","status":"received"})").ok());
    ApiResult<SubmissionReceipt> r =
        SubmissionReceipt::fromJson(R"({"applicationId":17,"status":"received","statusToken":"t"})");
    REQUIRE(r.ok());
    CHECK(r->applicationId == QStringLiteral("17"));
    CHECK(!ApplicationStatus::fromJson(R"({"status":"maybe"})").ok());
    CHECK(!ApplicationStatus::fromJson(R"({"state":"approved"})").ok());
    ApiResult<ApplicationStatus> s =
        ApplicationStatus::fromJson(R"({"applicationId":"17","status":"approved","userId":"12345678"})");
    REQUIRE(s.ok());
    CHECK(s->state == ApplicationStatus::State::Approved);
    CHECK(s->userId == QStringLiteral("12345678"));
    CHECK(!ApplicationStatus::describe(ApplicationStatus::State::Received).isEmpty());
}

TEST_CASE("The registration token is found in a pasted link, a wrapped link or on its own", "[net][link]")
{
    const QString token = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123-_x");
    REQUIRE(token.size() == 43);
    CHECK(RegistrationLink::tokenFrom(token) == token);
    CHECK(RegistrationLink::tokenFrom(QStringLiteral("  ") + token + QStringLiteral("\n")) == token);
    CHECK(RegistrationLink::tokenFrom(QStringLiteral("https://entry.gtol.example/registrationForm/") + token) == token);
    CHECK(RegistrationLink::tokenFrom(QStringLiteral("<https://h/registrationForm/") + token + QStringLiteral(">"))
          == token);
    CHECK(RegistrationLink::tokenFrom(QStringLiteral("https://h/registrationForm/") + token.left(20)
                                      + QStringLiteral("\r\n") + token.mid(20))
          == token);
    CHECK(RegistrationLink::tokenFrom(QStringLiteral("https://h/registrationForm/") + token + QStringLiteral("?x=1"))
          == token);
    CHECK(!RegistrationLink::tokenFrom(token.left(42)).has_value());
    CHECK(!RegistrationLink::tokenFrom(QStringLiteral("https://h/registrationForm/") + token + QStringLiteral("Z"))
               .has_value());
    CHECK(!RegistrationLink::tokenFrom(QStringLiteral("https://h/other/") + token + QStringLiteral("/x")).has_value());
    CHECK(!RegistrationLink::tokenFrom({}).has_value());
}

TEST_CASE("Only https URLs are ever requested", "[net][tls]")
{
    QNetworkAccessManager nam;
    ApiClient::Options options;
    options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    ApiClient client(nam, options);
    ApiJob *job = client.send(ApiRequest {});
    QSignalSpy finished(job, &ApiJob::finished);
    REQUIRE(finished.wait(5000));
    CHECK(job->result().error().kind == ApiError::Kind::BadResponse);
    CHECK(!TlsPolicy::isRedirectAllowed(QUrl(QStringLiteral("http://example.org/"))));
    CHECK(!TlsPolicy::isRedirectAllowed(QUrl(QStringLiteral("file:///etc/passwd"))));
    CHECK(TlsPolicy::isRedirectAllowed(QUrl(QStringLiteral("https://example.org/x"))));
}

TEST_CASE("TLS settings: 1.2 minimum, peer verification on, deployment CA added, pin checked", "[net][tls]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("none.pem"));
    CHECK(!TlsPolicy::create(missing).ok());
    CHECK(!TlsPolicy::create({}, QStringLiteral("sha256/not-base64-of-32")).ok());
    Result<TlsPolicy> policy =
        TlsPolicy::create({}, QStringLiteral("sha256/") + QString::fromLatin1(QByteArray(32, 'x').toBase64()));
    REQUIRE(policy.ok());
    const QSslConfiguration config = policy->sslConfiguration();
    CHECK(config.protocol() == QSsl::TlsV1_2OrLater);
    CHECK(config.peerVerifyMode() == QSslSocket::VerifyPeer);
    CHECK(policy->publicKeyPin() == QByteArray(32, 'x'));
}
