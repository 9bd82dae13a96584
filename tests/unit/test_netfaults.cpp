// Faults a real server cannot make on demand (hang, trickle, truncated answer, connection reset
// before or after the request arrived), injected between the real client and the real server, and
// a server restart in the middle of a submission: afterwards exactly one application exists and
// the client shows it as sent with the server's receipt.
#include "catch.h"

#include "faultynetwork.h"
#include "netwait.h"
#include "testbackend.h"

#include "net/clock.h"
#include "net/syncengine.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QRandomGenerator>
#include <QSignalSpy>

using namespace gtol;
using namespace gtol::test;

namespace {

struct Rig
{
    TestBackend backend;
    FaultyNetworkAccessManager nam;
    std::unique_ptr<ApiClient> client;
    QTemporaryDir dir;
    LocalStore store;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<SyncEngine> engine;
    Consent consent;

    explicit Rig(int deadlineMs)
    {
        client = std::make_unique<ApiClient>(nam, backend.clientOptions(deadlineMs));
        REQUIRE(store.open(dir.filePath(QStringLiteral("drafts.sqlite"))).ok());
        outbox = std::make_unique<Outbox>(store);
        engine = std::make_unique<SyncEngine>(*client, *outbox, Clock::system());
        engine->setBackoff({20, 80}); // real time, kept short so the test stays fast
        ApiResult<Terms> terms = await<Terms>([&](QObject *c, auto done) { client->currentTerms(c, done); });
        REQUIRE(terms.ok());
        consent = Consent {terms->version, terms->sha256, QDateTime::currentDateTimeUtc()};
    }

    QString token(const QString &email)
    {
        ApiResult<ApiResponse> sent =
            await<ApiResponse>([&](QObject *c, auto done) { client->requestRegistration(email, c, done); });
        REQUIRE(sent.ok());
        std::optional<QString> t = backend.tokenFromMail(email);
        REQUIRE(t.has_value());
        return *t;
    }

    OutboxItem item(qint64 id) { return **outbox->item(id); }
};

bool isApplication(const QString &path)
{
    return path == QStringLiteral("/api/v1/applications");
}

} // namespace

TEST_CASE("Each fault on a submission ends with exactly one application, shown as sent", "[net][faults]")
{
    const Fault fault =
        GENERATE(Fault::ResetBeforeSend, Fault::ResetAfterSend, Fault::Truncate, Fault::Hang, Fault::Trickle);
    Rig rig(1'500);
    const QString email = QStringLiteral("fault%1@example-clinic.jp").arg(int(fault));
    const QString token = rig.token(email);
    int faultsLeft = 1;
    rig.nam.setPlan([&](const QByteArray &, const QString &path, const QByteArray &) {
        if (isApplication(path) && faultsLeft > 0) {
            --faultsLeft;
            return fault;
        }
        return Fault::None;
    });
    QSignalSpy attempts(rig.engine.get(), &SyncEngine::attemptFailed);
    Result<OutboxItem> app = rig.engine->enqueueApplication(validApplication(email), rig.consent, token, 0);
    REQUIRE(app.ok());
    REQUIRE(QTest::qWaitFor([&] { return rig.item(app->id).state == OutboxItem::State::Sent; }, 30'000));
    // The injected fault is the first failed attempt (a loaded machine may add a timeout later).
    REQUIRE(attempts.count() >= 1);
    const ApiError error = attempts.first().at(1).value<ApiError>();
    if (fault == Fault::Hang || fault == Fault::Trickle)
        CHECK(error.kind == ApiError::Kind::Timeout);
    else
        CHECK(error.kind == ApiError::Kind::Offline);
    const OutboxItem sent = rig.item(app->id);
    CHECK(sent.attempts == attempts.count() + 1);
    const QList<server::ApplicationRecord> apps = rig.backend.applications();
    REQUIRE(apps.size() == 1);
    ApiResult<SubmissionReceipt> receipt = SyncEngine::receiptOf(sent);
    REQUIRE(receipt.ok());
    CHECK(receipt->applicationId == QString::number(apps.first().id));
}

TEST_CASE("The server is stopped and restarted during a submission: one application, same receipt", "[net][faults]")
{
    Rig rig(3'000);
    const QString email = QStringLiteral("restart@example-clinic.jp");
    const QString token = rig.token(email);
    bool first = true;
    rig.nam.setPlan([&](const QByteArray &, const QString &path, const QByteArray &) {
        if (isApplication(path) && first) {
            first = false;
            return Fault::ResetAfterSend; // the server stored it, the answer was lost...
        }
        return Fault::None;
    });
    QSignalSpy attempts(rig.engine.get(), &SyncEngine::attemptFailed);
    rig.engine->setBackoff({60'000, 60'000}); // keep the retry away until the server is back
    Result<OutboxItem> app = rig.engine->enqueueApplication(validApplication(email), rig.consent, token, 0);
    REQUIRE(app.ok());
    REQUIRE(QTest::qWaitFor([&] { return attempts.count() == 1; }, 30'000));
    // ...and then the server goes down and comes back (same database, same port).
    rig.nam.clearConnectionCache(); // a killed server's connections are gone too
    rig.backend.restart();
    REQUIRE(rig.engine->retryNow(app->id).ok());
    REQUIRE(QTest::qWaitFor([&] { return rig.item(app->id).state == OutboxItem::State::Sent; }, 30'000));
    const QList<server::ApplicationRecord> apps = rig.backend.applications();
    REQUIRE(apps.size() == 1);
    CHECK(SyncEngine::receiptOf(rig.item(app->id))->applicationId == QString::number(apps.first().id));
}

TEST_CASE("A hanging server is given up on at the deadline, not at the inactivity timeout", "[net][faults]")
{
    Rig rig(400);
    rig.nam.setPlan([](const QByteArray &, const QString &, const QByteArray &) { return Fault::Trickle; });
    // Trickling keeps the connection active, so only the overall deadline can end this call.
    ApiResult<Terms> terms = await<Terms>([&](QObject *c, auto done) { rig.client->currentTerms(c, done); });
    REQUIRE(!terms.ok());
    CHECK(terms.error().kind == ApiError::Kind::Timeout);
    CHECK(!terms.error().error.message.isEmpty());
}

TEST_CASE("100 randomized faults over 10 concurrent submissions: each is acknowledged exactly once", "[net][faults]")
{
    Rig rig(300);
    constexpr int Applications = 10;
    constexpr int Faults = 100;
    QRandomGenerator random(20261128); // fixed seed: a failure can be reproduced
    QHash<QString, int> faultsLeft; // per request body (i.e. per application)
    int injected = 0;
    rig.nam.setPlan([&](const QByteArray &, const QString &path, const QByteArray &body) {
        if (!isApplication(path) || injected >= Faults)
            return Fault::None;
        const QString k = QString::fromUtf8(body);
        int &left = faultsLeft[k];
        if (left <= 0)
            return Fault::None;
        --left;
        ++injected;
        static constexpr std::array<Fault, 5> kinds {Fault::ResetBeforeSend, Fault::ResetAfterSend, Fault::Truncate,
                                                     Fault::Hang, Fault::Trickle};
        return kinds[random.bounded(int(kinds.size()))];
    });

    QList<qint64> ids;
    for (int i = 0; i < Applications; ++i) {
        const QString email = QStringLiteral("rnd%1@example-clinic.jp").arg(i);
        const QString token = rig.token(email);
        const ApplicationForm form = validApplication(email);
        QByteArray body =
            ApiClient::withRegistrationToken(ApiClient::applicationRequest(form, rig.consent).body, token);
        faultsLeft[QString::fromUtf8(body)] = Faults / Applications;
        Result<OutboxItem> app = rig.engine->enqueueApplication(form, rig.consent, token, 0);
        REQUIRE(app.ok());
        ids << app->id;
    }
    const bool allSent = QTest::qWaitFor(
        [&] {
            for (qint64 id : ids)
                if (rig.item(id).state != OutboxItem::State::Sent)
                    return false;
            return true;
        },
        120'000);
    REQUIRE(allSent);
    CHECK(injected == Faults);
    const QList<server::ApplicationRecord> apps = rig.backend.applications();
    CHECK(apps.size() == Applications);
    QSet<QString> receipts;
    for (qint64 id : ids) {
        const OutboxItem item = rig.item(id);
        CHECK(item.attempts >= Faults / Applications + 1);
        ApiResult<SubmissionReceipt> receipt = SyncEngine::receiptOf(item);
        REQUIRE(receipt.ok());
        receipts.insert(receipt->applicationId);
    }
    CHECK(receipts.size() == Applications);
}
