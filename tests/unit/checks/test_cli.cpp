// gtol-onboard check, run as IT staff would: exit codes, the JSON shape, the HTML report file.
#include "catch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCheck(const QStringList &args)
{
    QProcess process;
    process.setProgram(QStringLiteral(GTOL_BINARY_DIR "/app/gtol-onboard"));
    process.setArguments(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("check")} + args);
    process.start();
    REQUIRE(process.waitForFinished(60000));
    return Run{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString writeProfile(const QTemporaryDir &dir, const QByteArray &json)
{
    const QString path = dir.filePath(QStringLiteral("profile.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(json);
    return path;
}

} // namespace

TEST_CASE("check exits 2 on a bad profile and names the wrong key")
{
    QTemporaryDir dir;
    const Run run = runCheck({QStringLiteral("--profile"),
                              writeProfile(dir, R"({"service":{"hosts":["ok.example.jp"],"port":99999}})")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains("service.port"));
    CHECK(run.out.isEmpty());
}

TEST_CASE("check prints the JSON results and writes the HTML report, a closed port makes it exit 1")
{
    QTcpServer probeForPort;
    REQUIRE(probeForPort.listen(QHostAddress::LocalHost, 0));
    const quint16 closed = probeForPort.serverPort();
    probeForPort.close();
    QTemporaryDir dir;
    const QString profile = writeProfile(
        dir, QStringLiteral(R"({"service":{"hosts":["127.0.0.1"],"port":%1},"timeouts":{"probeMs":2000}})").arg(closed).toUtf8());
    const QString report = dir.filePath(QStringLiteral("report.html"));
    const Run run = runCheck({QStringLiteral("--profile"), profile, QStringLiteral("--json"), QStringLiteral("--report"), report,
                              QStringLiteral("--line"), QStringLiteral("fletsHikari")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    const QJsonArray results = json.value(QStringLiteral("results")).toArray();
    CHECK(results.size() == 11);
    bool firewallFailed = false;
    for (const QJsonValue &value : results) {
        const QJsonObject result = value.toObject();
        for (const char *key : {"id", "status", "evidence", "remediation", "durationMs"})
            CHECK(result.contains(QLatin1String(key)));
        if (result.value(QStringLiteral("id")).toString() == QStringLiteral("firewall"))
            firewallFailed = result.value(QStringLiteral("status")).toString() == QStringLiteral("fail");
    }
    CHECK(firewallFailed);
    const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
    CHECK(summary.value(QStringLiteral("failed")).toBool());
    CHECK(summary.value(QStringLiteral("lineContract")).toString() == QStringLiteral("fletsHikari"));
    QFile html(report);
    REQUIRE(html.open(QIODevice::ReadOnly));
    CHECK(html.readAll().contains(QStringLiteral("TCP %1").arg(closed).toUtf8()));
}

TEST_CASE("check rejects an unknown line contract as a usage error")
{
    const Run run = runCheck({QStringLiteral("--line"), QStringLiteral("carrier-pigeon")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains("carrier-pigeon"));
}
