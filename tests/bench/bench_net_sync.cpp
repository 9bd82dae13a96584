// The client's submission path end to end: each application is written to the outbox (committed,
// synchronous=FULL) and sent by the SyncEngine over real HTTPS to the in-process server, which
// validates, stores and mails it. Measures applications acknowledged per second with 1 and with 8
// in flight, and the p99 of enqueue -> acknowledged. Usage: bench-net-sync [applications, default 60].
#include "testbackend.h"

#include "net/clock.h"
#include "net/syncengine.h"
#include "store/localstore.h"
#include "store/outbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace gtol;
using namespace gtol::test;

namespace {

struct Figures
{
    double rps = 0;
    double p99Ms = 0;
};

Figures run(TestBackend &backend, int count, int concurrency, const QString &tag)
{
    QNetworkAccessManager nam;
    ApiClient client(nam, backend.clientOptions(30'000));
    QTemporaryDir dir;
    LocalStore store;
    if (!store.open(dir.filePath(QStringLiteral("drafts.sqlite"))))
        qFatal("store");
    Outbox outbox(store);
    SyncEngine engine(client, outbox, Clock::system());

    std::optional<ApiResult<Terms>> terms;
    QObject ctx;
    client.currentTerms(&ctx, [&terms](const ApiResult<Terms> &r) { terms = r; });
    if (!QTest::qWaitFor([&] { return terms.has_value(); }, 30'000) || !terms->ok())
        qFatal("terms");
    const Consent consent {terms->value().version, terms->value().sha256, QDateTime::currentDateTimeUtc()};

    // Registration tokens first (not measured).
    QStringList emails, tokens;
    for (int i = 0; i < count; ++i) {
        const QString email = QStringLiteral("bench-%1-%2@example-clinic.jp").arg(tag).arg(i);
        std::optional<ApiResult<ApiResponse>> sent;
        client.requestRegistration(email, &ctx, [&sent](const ApiResult<ApiResponse> &r) { sent = r; });
        if (!QTest::qWaitFor([&] { return sent.has_value(); }, 30'000) || !sent->ok())
            qFatal("registration");
        emails << email;
        tokens << backend.tokenFromMail(email).value();
    }

    QHash<qint64, qint64> started;
    QList<qint64> latencies;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&engine, &SyncEngine::itemSent, &ctx,
                     [&](const OutboxItem &item) { latencies << clock.elapsed() - started.value(item.id); });
    int next = 0;
    auto topUp = [&] {
        while (next < count && int(started.size()) - int(latencies.size()) < concurrency) {
            const qint64 t = clock.elapsed();
            Result<OutboxItem> item =
                engine.enqueueApplication(validApplication(emails[next]), consent, tokens[next], 0);
            if (!item)
                qFatal("enqueue");
            started.insert(item->id, t);
            ++next;
        }
    };
    QObject::connect(&engine, &SyncEngine::itemSent, &ctx, topUp);
    topUp();
    if (!QTest::qWaitFor([&] { return latencies.size() == count; }, 300'000))
        qFatal("not all applications were acknowledged");
    const double seconds = clock.elapsed() / 1000.0;
    std::sort(latencies.begin(), latencies.end());
    Figures f;
    f.rps = count / seconds;
    f.p99Ms = double(latencies.at(std::min<qsizetype>(latencies.size() - 1, qsizetype(latencies.size() * 0.99))));
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(10, QByteArray(argv[1]).toInt()) : 60;
    TestBackend backend;
    const Figures serial = run(backend, count, 1, QStringLiteral("s"));
    const Figures parallel = run(backend, count, 8, QStringLiteral("p"));
    std::printf("BENCH net.sync_submit_rps_1 %.1f req/s\n", serial.rps);
    std::printf("BENCH net.sync_submit_p99_1 %.1f ms\n", serial.p99Ms);
    std::printf("BENCH net.sync_submit_rps_8 %.1f req/s\n", parallel.rps);
    std::printf("BENCH net.sync_submit_p99_8 %.1f ms\n", parallel.p99Ms);
    return 0;
}
