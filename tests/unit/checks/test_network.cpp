// The network probes against real peers on 127.0.0.1, started by the tests (port 0): TLS servers
// with a test CA, one capped at TLS 1.1, one from another CA, a listener that never speaks, a
// closed port, IKE responders that answer or stay silent, an unresolvable name, proxy variables.
#include "catch.h"

#include "fakeplatformfacts.h"
#include "legacytlsserver.h"

#include "checks/checkrunner.h"
#include "checks/dnsprobe.h"
#include "checks/firewallprobe.h"
#include "checks/ikepacket.h"
#include "checks/legacytlssniffer.h"
#include "checks/lineprobe.h"
#include "checks/osprobe.h"
#include "checks/proxyprobe.h"
#include "checks/reportwriter.h"
#include "checks/tls12probe.h"
#include "devpki.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUdpSocket>

#include <memory>

using namespace gtol;

namespace {

const QString kLocal = QStringLiteral("127.0.0.1");

struct Pki
{
    QTemporaryDir dir;
    DevPki pki;
    explicit Pki(const QString &caName = QStringLiteral("GTOL Test CA"))
    {
        DevPkiOptions options;
        options.caCommonName = caName;
        options.keyType = DevPkiOptions::KeyType::Rsa2048; // TLS 1.1 needs a cipher suite the old server has
        auto made = createDevPki(dir.path(), options);
        REQUIRE(made.ok());
        pki = made.value();
    }
};

// A TLS 1.2/1.3 server that completes handshakes (and then just holds the connection).
std::unique_ptr<QSslServer> tlsServer(const DevPki &pki)
{
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setLocalCertificate(QSslCertificate(pki.serverCertPem));
    configuration.setPrivateKey(QSslKey(pki.serverKeyPem, QSsl::Rsa));
    server->setSslConfiguration(configuration);
    REQUIRE(server->listen(QHostAddress::LocalHost, 0));
    return server;
}

DeploymentProfile localProfile(quint16 port, const QString &caFile = {}, int timeoutMs = 3000)
{
    DeploymentProfile profile;
    profile.serviceHosts = {kLocal};
    profile.servicePort = port;
    profile.serviceCaFile = caFile;
    profile.probeTimeoutMs = timeoutMs;
    return profile;
}

ProbeContext contextFor(const DeploymentProfile &profile, std::shared_ptr<PlatformFacts> platform = {})
{
    ProbeContext context;
    context.profile = profile;
    context.platform = platform ? platform : std::make_shared<test::FakePlatformFacts>();
    context.timeoutMs = profile.probeTimeoutMs;
    return context;
}

quint16 closedPort()
{
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QString allEvidence(const CheckResult &result)
{
    return result.evidence.join(QStringLiteral(" | "));
}

} // namespace

TEST_CASE("tls12 passes against a TLS 1.2+ server whose chain leads to the profile's CA, naming the version")
{
    Pki pki;
    auto server = tlsServer(pki.pki);
    Tls12Probe probe;
    const CheckResult result = probe.runBlocking(contextFor(localProfile(server->serverPort(), pki.pki.caCertPath)));
    INFO(allEvidence(result).toStdString());
    CHECK(result.status == CheckStatus::Pass);
    CHECK((allEvidence(result).contains(QStringLiteral("TLS 1.3")) || allEvidence(result).contains(QStringLiteral("TLS 1.2"))));
    CHECK(allEvidence(result).contains(QStringLiteral("GTOL Test CA")));
}

TEST_CASE("tls12 fails against a server capped at TLS 1.1, and says which protocol")
{
    Pki pki;
    LegacyTlsServer legacy(pki.pki.serverCertPath, pki.pki.serverKeyPath);
    REQUIRE(legacy.isListening());
    Tls12Probe probe;
    const CheckResult result = probe.runBlocking(contextFor(localProfile(legacy.port(), pki.pki.caCertPath)));
    INFO(allEvidence(result).toStdString());
    CHECK(result.status == CheckStatus::Fail);
    // Measured, not assumed: the server's own reply to a TLS 1.0-1.1 hello names its version.
    CHECK(allEvidence(result).contains(QStringLiteral("offers only TLS 1.1")));
    CHECK(result.actor == Actor::ItVendor);
}

TEST_CASE("The hand-built legacy ClientHello, with and without SNI, gets a TLS 1.1 ServerHello from a real OpenSSL server")
{
    Pki pki;
    LegacyTlsServer legacy(pki.pki.serverCertPath, pki.pki.serverKeyPath);
    REQUIRE(legacy.isListening());
    // "localhost" carries SNI, the address does not: OpenSSL parses both hellos in full and would
    // answer a malformed one with an alert rather than a ServerHello.
    for (const QString &serverName : {QStringLiteral("localhost"), kLocal}) {
        INFO(serverName.toStdString());
        QTcpSocket socket;
        socket.setProxy(QNetworkProxy::NoProxy);
        socket.connectToHost(QHostAddress::LocalHost, legacy.port());
        REQUIRE(socket.waitForConnected(3000));
        socket.write(LegacyTlsSniffer::clientHello(serverName));
        QByteArray reply;
        for (int reads = 0; reads < 10 && LegacyTlsSniffer::serverVersion(reply).isEmpty() && socket.waitForReadyRead(3000); ++reads)
            reply.append(socket.readAll());
        CHECK(LegacyTlsSniffer::serverVersion(reply) == QStringLiteral("TLS 1.1"));
        socket.abort();
    }
}

TEST_CASE("tls12 suspects interception when the server's certificate comes from another CA")
{
    Pki expected;
    Pki other(QStringLiteral("Middlebox Inspection CA"));
    auto server = tlsServer(other.pki);
    Tls12Probe probe;
    const CheckResult result = probe.runBlocking(contextFor(localProfile(server->serverPort(), expected.pki.caCertPath)));
    INFO(allEvidence(result).toStdString());
    CHECK(result.status == CheckStatus::Fail);
    CHECK(allEvidence(result).contains(QStringLiteral("interception")));
    CHECK(allEvidence(result).contains(QStringLiteral("Middlebox Inspection CA")));
    CHECK(result.data.value(QStringLiteral("interceptedHosts")).toArray().contains(kLocal));
}

TEST_CASE("A peer that accepts and never answers ends inside the probe's timeout, as a failure")
{
    QTcpServer silent; // accepts (the kernel does) and never speaks
    REQUIRE(silent.listen(QHostAddress::LocalHost, 0));
    Pki pki;
    const DeploymentProfile profile = localProfile(silent.serverPort(), pki.pki.caCertPath, 400);
    auto platform = std::make_shared<test::FakePlatformFacts>();
    CheckRunner runner(profile, platform, [] { return QList<Probe *>{new Tls12Probe, new FirewallProbe}; });
    QSignalSpy finished(&runner, &CheckRunner::finished);
    runner.start();
    REQUIRE(finished.wait(10000));
    CHECK(runner.state() == CheckRunner::State::Finished);
    const CheckReport report = runner.report();
    const CheckResult *tls = report.find(QStringLiteral("tls12"));
    REQUIRE(tls);
    INFO(allEvidence(*tls).toStdString());
    CHECK(tls->status == CheckStatus::Fail);
    CHECK(allEvidence(*tls).contains(QStringLiteral("400 ms")));
    // The firewall let TCP through: that part is fine.
    CHECK(report.find(QStringLiteral("firewall"))->status == CheckStatus::Pass);
}

TEST_CASE("firewall fails on a closed port and names the endpoint")
{
    const quint16 port = closedPort();
    FirewallProbe probe;
    const CheckResult result = probe.runBlocking(contextFor(localProfile(port)));
    CHECK(result.status == CheckStatus::Fail);
    CHECK(result.remediation.contains(QStringLiteral("127.0.0.1:%1").arg(port)));
}

TEST_CASE("line: an IKE responder proves UDP reachability, a silent one does not")
{
    QUdpSocket responder;
    REQUIRE(responder.bind(QHostAddress::LocalHost, 0));
    int requests = 0;
    QObject::connect(&responder, &QUdpSocket::readyRead, &responder, [&] {
        while (responder.hasPendingDatagrams()) {
            QByteArray datagram(static_cast<qsizetype>(responder.pendingDatagramSize()), Qt::Uninitialized);
            QHostAddress from;
            quint16 fromPort = 0;
            responder.readDatagram(datagram.data(), datagram.size(), &from, &fromPort);
            ++requests;
            responder.writeDatagram(IkePacket::notifyResponse(datagram, 14, false), from, fromPort);
        }
    });
    QUdpSocket silent;
    REQUIRE(silent.bind(QHostAddress::LocalHost, 0));

    DeploymentProfile profile = localProfile(443, {}, 1500);
    profile.vpnGateway = kLocal;
    profile.vpnPorts = {responder.localPort()};
    ProbeContext context = contextFor(profile);
    context.lineContract = LineContract::FletsHikari;
    {
        LineProbe probe;
        const CheckResult result = probe.runBlocking(context);
        INFO(allEvidence(result).toStdString());
        CHECK(requests >= 1);
        CHECK(result.status == CheckStatus::Pass);
        CHECK(allEvidence(result).contains(QStringLiteral("NO_PROPOSAL_CHOSEN")));
    }
    context.profile.vpnPorts = {silent.localPort()};
    {
        LineProbe probe;
        const CheckResult result = probe.runBlocking(context);
        INFO(allEvidence(result).toStdString());
        CHECK(result.status == CheckStatus::Fail);
        CHECK(silent.hasPendingDatagrams()); // the probe did send: the silence is the peer's
        CHECK(result.actor == Actor::ItVendor);
    }
}

TEST_CASE("dns fails on an unresolvable name and passes on a resolvable one")
{
    DeploymentProfile profile = localProfile(443);
    profile.serviceHosts = {QStringLiteral("gtol-check-test.invalid"), QStringLiteral("localhost")};
    DnsProbe probe;
    const CheckResult result = probe.runBlocking(contextFor(profile));
    INFO(allEvidence(result).toStdString());
    CHECK(result.status == CheckStatus::Fail);
    CHECK(result.data.value(QStringLiteral("unresolved")).toArray() == QJsonArray{QStringLiteral("gtol-check-test.invalid")});
    profile.serviceHosts = {QStringLiteral("localhost")};
    DnsProbe again;
    CHECK(again.runBlocking(contextFor(profile)).status == CheckStatus::Pass);
}

TEST_CASE("proxy: https_proxy for the service host warns, with the host in no_proxy it passes")
{
    const QByteArray savedProxy = qgetenv("https_proxy");
    const QByteArray savedNoProxy = qgetenv("no_proxy");
    const QByteArray savedUpper = qgetenv("HTTPS_PROXY");
    const QByteArray savedNoUpper = qgetenv("NO_PROXY");
    qunsetenv("HTTPS_PROXY");
    qunsetenv("NO_PROXY");
    DeploymentProfile profile = localProfile(443);
    profile.serviceHosts = {QStringLiteral("entry.gtol.example.jp")};
    auto system = PlatformFacts::createSystem();

    qputenv("https_proxy", "http://proxy.example.jp:3128");
    qunsetenv("no_proxy");
    ProxyProbe proxied;
    const CheckResult warned = proxied.runBlocking(contextFor(profile, system));
    INFO(allEvidence(warned).toStdString());
    CHECK(warned.status == CheckStatus::Warn);
    CHECK(warned.remediation.contains(QStringLiteral("entry.gtol.example.jp")));

    qputenv("no_proxy", "localhost,.gtol.example.jp");
    ProxyProbe excluded;
    const CheckResult passed = excluded.runBlocking(contextFor(profile, system));
    INFO(allEvidence(passed).toStdString());
    CHECK(passed.status == CheckStatus::Pass);

    auto restore = [](const char *name, const QByteArray &value) {
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value);
    };
    restore("https_proxy", savedProxy);
    restore("no_proxy", savedNoProxy);
    restore("HTTPS_PROXY", savedUpper);
    restore("NO_PROXY", savedNoUpper);
}

TEST_CASE("A platform call that hangs is cut off at the timeout as unknown, and cancel never reports a pass")
{
    auto platform = std::make_shared<test::FakePlatformFacts>();
    platform->blockMs = 1500;
    platform->osFacts.family = OsFamily::Windows;
    platform->osFacts.windowsBuild = 22631;
    DeploymentProfile profile = localProfile(443, {}, 200);
    CheckRunner runner(profile, platform, [] { return QList<Probe *>{new OsProbe}; });
    QSignalSpy finished(&runner, &CheckRunner::finished);
    runner.start();
    REQUIRE(finished.wait(10000));
    const CheckResult os = runner.results().constFirst();
    CHECK(os.status == CheckStatus::Unknown);
    CHECK(allEvidence(os).contains(QStringLiteral("200 ms")));

    profile.probeTimeoutMs = 60000;
    CheckRunner slow(profile, platform, [] { return QList<Probe *>{new OsProbe}; });
    QSignalSpy stateChanges(&slow, &CheckRunner::stateChanged);
    slow.start();
    CHECK(slow.state() == CheckRunner::State::Running);
    CHECK(slow.results().constFirst().status == CheckStatus::Unknown); // still running: not a pass
    slow.cancel();
    CHECK(slow.state() == CheckRunner::State::Cancelled);
    CHECK(slow.results().constFirst().status == CheckStatus::Unknown);
    CHECK(stateChanges.size() == 2);
}

TEST_CASE("The runner reports progress per probe and re-runs a single probe keeping the others")
{
    auto platform = std::make_shared<test::FakePlatformFacts>();
    platform->osFacts.family = OsFamily::MacOS;
    platform->osFacts.macMajor = 14;
    const quint16 port = closedPort();
    DeploymentProfile profile = localProfile(port, {}, 2000);
    CheckRunner runner(profile, platform, [] { return QList<Probe *>{new LineProbe, new OsProbe, new FirewallProbe}; });
    QSignalSpy progress(&runner, &CheckRunner::progressChanged);
    QSignalSpy finished(&runner, &CheckRunner::finished);
    runner.start();
    REQUIRE(finished.wait(10000));
    CHECK(progress.last().at(0).toInt() == 3);
    const CheckReport first = finished.last().at(0).value<CheckReport>();
    CHECK(first.find(QStringLiteral("line"))->status == CheckStatus::Manual);
    CHECK(first.find(QStringLiteral("os"))->status == CheckStatus::Pass);
    CHECK(first.find(QStringLiteral("firewall"))->status == CheckStatus::Fail);
    CHECK(first.anyFailed());

    runner.setLineContract(LineContract::Mobile);
    runner.start({QStringLiteral("line")});
    REQUIRE(finished.wait(10000));
    const CheckReport second = runner.report();
    CHECK(second.find(QStringLiteral("line"))->status == CheckStatus::Fail);
    CHECK(second.find(QStringLiteral("firewall"))->status == CheckStatus::Fail);
    CHECK(second.lineContract == LineContract::Mobile);

    // The JSON carries every result and the summary the CLI prints.
    const QJsonObject json = ReportWriter::toJson(second);
    CHECK(json.value(QStringLiteral("results")).toArray().size() == 3);
    CHECK(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("fail")).toInt() == 2);
    for (const QJsonValue &value : json.value(QStringLiteral("results")).toArray()) {
        const QJsonObject result = value.toObject();
        for (const char *key : {"id", "status", "evidence", "remediation", "durationMs"})
            CHECK(result.contains(QLatin1String(key)));
    }
    // The HTML names every host and port the IT vendor must configure.
    const QString html = ReportWriter::toHtml(second);
    CHECK(html.contains(QStringLiteral("127.0.0.1")));
    CHECK(html.contains(QStringLiteral("TCP %1").arg(port)));
    CHECK(html.contains(QStringLiteral("NG")));
    CHECK_FALSE(html.contains(QStringLiteral("<script")));
}

TEST_CASE("The full probe set on this machine finishes on a dead network, and nothing unmeasured reads OK")
{
    QTcpServer silentTcp;
    REQUIRE(silentTcp.listen(QHostAddress::LocalHost, 0));
    QUdpSocket silentUdp;
    REQUIRE(silentUdp.bind(QHostAddress::LocalHost, 0));
    DeploymentProfile profile = localProfile(silentTcp.serverPort(), {}, 500);
    profile.vpnGateway = kLocal;
    profile.vpnPorts = {silentUdp.localPort()};
    CheckRunner runner(profile); // the real platform facts and all probes
    QSignalSpy finished(&runner, &CheckRunner::finished);
    runner.start();
    REQUIRE(finished.wait(15000));
    const CheckReport report = runner.report();
    CHECK(report.results.size() == 11);
    for (const CheckResult &result : report.results) {
        INFO(result.id.toStdString() << ": " << allEvidence(result).toStdString());
        CHECK_FALSE(result.evidence.isEmpty());
        CHECK(result.durationMs <= 15000);
    }
    CHECK(report.find(QStringLiteral("tls12"))->status == CheckStatus::Fail);
    CHECK(report.find(QStringLiteral("line"))->status == CheckStatus::Fail);
#ifndef Q_OS_WIN
    CHECK(report.find(QStringLiteral("bat-zip"))->status == CheckStatus::Unknown); // .bat policies exist only on Windows
#endif
    CHECK(report.anyFailed());
}
