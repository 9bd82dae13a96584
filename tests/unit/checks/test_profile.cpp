#include "catch.h"

#include "model/deploymentprofile.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using gtol::DeploymentProfile;

TEST_CASE("The built-in deployment profile loads and names the GTOL entry host")
{
    auto profile = DeploymentProfile::builtIn();
    REQUIRE(profile.ok());
    CHECK(profile->serviceHosts == QStringList{QStringLiteral("entry.gtol.ncc.go.jp")});
    CHECK(profile->servicePort == 443);
    CHECK(profile->probeTimeoutMs == 5000);
    CHECK(profile->vpnPorts == QList<quint16>{500, 4500});
}

TEST_CASE("A full profile is read with per-probe timeouts and relative CA files")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray json = R"({"service":{"hosts":["a.example.jp","10.0.0.1"],"port":8443,"caFile":"ca.pem"},
        "vpn":{"gateway":"vpn.example.jp","ports":[500]},"timeouts":{"probeMs":2000,"probes":{"tls12":9000}},
        "backend":{"url":"https://backend.example.jp:8443","caFile":null}})";
    QFile file(dir.filePath(QStringLiteral("p.json")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    auto profile = DeploymentProfile::fromFile(file.fileName());
    REQUIRE(profile.ok());
    CHECK(profile->servicePort == 8443);
    CHECK(profile->serviceCaFile == dir.filePath(QStringLiteral("ca.pem")));
    CHECK(profile->timeoutFor(QStringLiteral("tls12")) == 9000);
    CHECK(profile->timeoutFor(QStringLiteral("dns")) == 2000);
    CHECK(profile->largestTimeoutMs() == 9000);
    // Literal addresses need no DNS; names are listed once.
    CHECK(profile->fqdns() == QStringList{QStringLiteral("a.example.jp"), QStringLiteral("vpn.example.jp"),
                                          QStringLiteral("backend.example.jp")});
    // What toJson writes, fromJson reads back the same.
    auto again = DeploymentProfile::fromJson(QJsonDocument(profile->toJson()).toJson());
    REQUIRE(again.ok());
    CHECK(again->serviceHosts == profile->serviceHosts);
    CHECK(again->probeTimeoutsMs == profile->probeTimeoutsMs);
}

TEST_CASE("A bad profile is rejected with the key path that is wrong")
{
    struct Row
    {
        const char *json;
        const char *path;
    };
    const Row rows[] = {
        {R"([1,2])", "(root)"},
        {R"({"servce":{}})", "servce"},
        {R"({})", "service"},
        {R"({"service":{"hosts":[]}})", "service.hosts"},
        {R"({"service":{"hosts":["ok.example.jp","bad host"]}})", "service.hosts[1]"},
        {R"({"service":{"hosts":["ok.example.jp"],"port":70000}})", "service.port"},
        {R"({"service":{"hosts":["ok.example.jp"],"port":1e300}})", "service.port"},
        {R"({"service":{"hosts":["ok.example.jp"]},"timeouts":{"probeMs":-1e300}})", "timeouts.probeMs"},
        {R"({"service":{"hosts":["ok.example.jp"],"port":"443"}})", "service.port"},
        {R"({"service":{"hosts":["ok.example.jp"],"caFile":5}})", "service.caFile"},
        {R"({"service":{"hosts":["ok.example.jp"]},"vpn":{"ports":[500,0]}})", "vpn.ports[1]"},
        {R"({"service":{"hosts":["ok.example.jp"]},"vpn":{"gateway":"x y"}})", "vpn.gateway"},
        {R"({"service":{"hosts":["ok.example.jp"]},"timeouts":{"probeMs":-1}})", "timeouts.probeMs"},
        {R"({"service":{"hosts":["ok.example.jp"]},"timeouts":{"probes":{"tls12":"x"}}})", "timeouts.probes.tls12"},
        {R"({"service":{"hosts":["ok.example.jp"]},"backend":{"url":"http://plain.example.jp"}})", "backend.url"},
        {R"({"service":{"hosts":["ok.example.jp"]},"backend":{"url":"https://b.example.jp","extra":1}})", "backend.extra"},
    };
    for (const Row &row : rows) {
        INFO(row.json);
        auto profile = DeploymentProfile::fromJson(QByteArray(row.json));
        REQUIRE_FALSE(profile.ok());
        CHECK(profile.error().code == QStringLiteral("profile.invalid"));
        CHECK(profile.error().detail.startsWith(QString::fromLatin1(row.path) + QStringLiteral(": ")));
        CHECK(profile.error().message.contains(QString::fromLatin1(row.path)));
    }
}

TEST_CASE("Profile syntax errors and missing files are reported, not crashed on")
{
    auto broken = DeploymentProfile::fromJson(QByteArrayLiteral("{\"service\":"));
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().code == QStringLiteral("profile.invalid"));
    auto missing = DeploymentProfile::fromFile(QStringLiteral("/nonexistent/profile.json"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("profile.unreadable"));
}
