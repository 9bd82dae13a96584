// Server throughput on 2 client threads over real HTTPS (keep-alive, certificate verified):
// facility search, then application submission (validated, stored with fsync, receipt mailed).
// Usage: bench-server [seconds per phase, default 3]. Prints BENCH lines.
#include "devpki.h"
#include "http/onboardserver.h"
#include "security/secrettoken.h"
#include "storage/sqliteserverstorage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

namespace {

constexpr int Threads = 2;

struct PhaseResult
{
    double rps = 0;
    double p99 = 0;
    int failures = 0;
};

// Runs `request(thread, client, n)` on Threads threads for `seconds`; each returns success.
template<typename Request>
PhaseResult runPhase(const gtol::server::OnboardServer &server, const QString &ca, double seconds, Request request)
{
    std::vector<std::vector<double>> latencies(Threads);
    std::atomic<int> failures {0};
    std::vector<std::thread> workers;
    QElapsedTimer wall;
    wall.start();
    for (int t = 0; t < Threads; ++t) {
        workers.emplace_back([&, t] {
            httplib::SSLClient client("127.0.0.1", server.port());
            client.set_ca_cert_path(ca.toStdString().c_str());
            client.enable_server_certificate_verification(true);
            client.set_keep_alive(true);
            client.set_tcp_nodelay(true);
            QElapsedTimer timer;
            timer.start();
            for (int n = 0; timer.elapsed() < qint64(seconds * 1000); ++n) {
                QElapsedTimer one;
                one.start();
                if (!request(t, client, n))
                    ++failures;
                latencies[t].push_back(double(one.nsecsElapsed()) / 1e6);
            }
        });
    }
    for (auto &w : workers)
        w.join();
    const double elapsed = double(wall.elapsed()) / 1000.0;
    std::vector<double> all;
    for (const auto &l : latencies)
        all.insert(all.end(), l.begin(), l.end());
    std::sort(all.begin(), all.end());
    PhaseResult result;
    result.rps = double(all.size()) / elapsed;
    result.p99 = all.empty() ? 0 : all[std::min(all.size() - 1, size_t(double(all.size()) * 0.99))];
    result.failures = failures;
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? std::max(0.5, QByteArray(argv[1]).toDouble()) : 3.0;

    QTemporaryDir dir;
    auto pki = gtol::createDevPki(dir.filePath(QStringLiteral("pki")));
    if (!pki) {
        std::fprintf(stderr, "%s\n", qPrintable(pki.error().fullText()));
        return 1;
    }
    gtol::server::ServerConfig config;
    config.port = 0;
    config.certPath = pki->serverCertPath;
    config.keyPath = pki->serverKeyPath;
    config.dbPath = dir.filePath(QStringLiteral("server.sqlite"));
    config.mailDir = dir.filePath(QStringLiteral("mail"));
    config.accessLogPath = QStringLiteral("off");
    config.registrationsPerAddress = {0, 600};
    config.registrationsPerEmail = {0, 600};
    config.requestsPerAddress = {0, 60}; // the bench is one address making thousands of requests
    gtol::server::OnboardServer server(config);
    if (gtol::Status s = server.start(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().fullText()));
        return 1;
    }

    // --- search
    const QStringList words {QStringLiteral("病院"),  QStringLiteral("クリニック"), QStringLiteral("奈良"),
                             QStringLiteral("医院"),  QStringLiteral("内科"),       QStringLiteral("西"),
                             QStringLiteral("ならし")};
    std::vector<std::string> paths;
    for (const QString &w : words)
        paths.push_back("/api/v1/facilities?prefecture=29&limit=20&q=" + QUrl::toPercentEncoding(w).toStdString());
    const PhaseResult search = runPhase(server, pki->caCertPath, seconds, [&](int, httplib::SSLClient &client, int n) {
        auto res = client.Get(paths[size_t(n) % paths.size()]);
        return res && res->status == 200;
    });

    // --- submission: registration tokens made up front (one transaction), so the phase measures
    // the application endpoint alone.
    auto &storage = dynamic_cast<gtol::server::SqliteServerStorage &>(server.storage());
    constexpr int TokensPerThread = 5000;
    std::vector<std::vector<QString>> tokens(Threads);
    {
        gtol::SqliteTransaction transaction(storage.database());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int t = 0; t < Threads; ++t)
            for (int i = 0; i < TokensPerThread; ++i) {
                const QString token = gtol::server::SecretToken::generate();
                const QString email = QStringLiteral("bench%1-%2@example.jp").arg(t).arg(i);
                (void)storage.addRegistration(gtol::server::SecretToken::hash(token), email, now, now.addSecs(3600));
                tokens[t].push_back(token);
            }
        (void)transaction.commit();
    }
    httplib::SSLClient termsClient("127.0.0.1", server.port());
    termsClient.set_ca_cert_path(pki->caCertPath.toStdString().c_str());
    termsClient.enable_server_certificate_verification(true);
    auto termsRes = termsClient.Get("/api/v1/terms/current");
    const QJsonObject terms =
        termsRes ? QJsonDocument::fromJson(QByteArray::fromStdString(termsRes->body)).object() : QJsonObject();
    const PhaseResult submit =
        runPhase(server, pki->caCertPath, seconds, [&](int t, httplib::SSLClient &client, int n) {
            if (n >= TokensPerThread)
                return false;
            const QString email = QStringLiteral("bench%1-%2@example.jp").arg(t).arg(n);
            const QJsonObject payload {
                {QStringLiteral("registrationToken"), tokens[t][size_t(n)]},
                {QStringLiteral("application"),
                 QJsonObject {{QStringLiteral("email"), email},
                              {QStringLiteral("prefectureCode"), QStringLiteral("29")},
                              {QStringLiteral("facilityCode"), QStringLiteral("2910110630")},
                              {QStringLiteral("managerName"), QStringLiteral("奈良　太郎")},
                              {QStringLiteral("managerNameKana"), QStringLiteral("ナラ　タロウ")},
                              {QStringLiteral("applicantName"), QStringLiteral("大和　花子")},
                              {QStringLiteral("applicantNameKana"), QStringLiteral("ヤマト　ハナコ")},
                              {QStringLiteral("department"), QStringLiteral("医事課")},
                              {QStringLiteral("position"), QStringLiteral("なし")},
                              {QStringLiteral("facilityPhone"), QStringLiteral("0742000000")},
                              {QStringLiteral("applicantContact"), QStringLiteral("0742000001")}}},
                {QStringLiteral("consent"),
                 QJsonObject {{QStringLiteral("termsVersion"), terms[QStringLiteral("version")]},
                              {QStringLiteral("termsSha256"), terms[QStringLiteral("sha256")]},
                              {QStringLiteral("agreedAt"), QStringLiteral("2026-11-28T04:00:00Z")}}}};
            httplib::Headers headers {
                {"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()}};
            auto res =
                client.Post("/api/v1/applications", headers,
                            QJsonDocument(payload).toJson(QJsonDocument::Compact).toStdString(), "application/json");
            return res && res->status == 201;
        });

    std::printf("BENCH server.search_rps %.1f req/s\n", search.rps);
    std::printf("BENCH server.search_p99_ms %.2f ms\n", search.p99);
    std::printf("BENCH server.submit_rps %.1f req/s\n", submit.rps);
    std::printf("BENCH server.submit_p99_ms %.2f ms\n", submit.p99);
    if (search.failures || submit.failures)
        std::fprintf(stderr, "failures: search %d, submit %d\n", search.failures, submit.failures);
    server.stop();
    return search.failures || submit.failures ? 1 : 0;
}
