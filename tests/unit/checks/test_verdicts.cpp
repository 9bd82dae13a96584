// Verdict logic of every probe with fake platform answers: the rules a clerk's machine is judged by.
#include "catch.h"

#include "checks/adminprobe.h"
#include "checks/batzipprobe.h"
#include "checks/browserprobe.h"
#include "checks/certsprobe.h"
#include "checks/dnsprobe.h"
#include "checks/firewallprobe.h"
#include "checks/ikepacket.h"
#include "checks/legacytlssniffer.h"
#include "checks/lineprobe.h"
#include "checks/osprobe.h"
#include "checks/othervpnprobe.h"
#include "checks/proxyprobe.h"
#include "checks/reportwriter.h"
#include "checks/tls12probe.h"

#include <QJsonArray>
#include <QSslError>
#include <QtEndian>

#include <functional>

using namespace gtol;

namespace {
OsFacts windows(int build)
{
    OsFacts facts;
    facts.family = OsFamily::Windows;
    facts.prettyName = QStringLiteral("Windows");
    facts.windowsBuild = build;
    return facts;
}

OsFacts mac(int major)
{
    OsFacts facts;
    facts.family = OsFamily::MacOS;
    facts.prettyName = QStringLiteral("macOS %1").arg(major);
    facts.macMajor = major;
    return facts;
}
} // namespace

TEST_CASE("os: Windows 11 builds pass, Windows 10 fails, macOS 12-14 pass, newer warns, older fails")
{
    struct Row
    {
        OsFacts facts;
        CheckStatus expected;
    };
    OsFacts debian;
    debian.family = OsFamily::Linux;
    debian.prettyName = QStringLiteral("Debian GNU/Linux 12");
    const Row rows[] = {
        {windows(22000), CheckStatus::Pass}, // 21H2
        {windows(22631), CheckStatus::Pass}, // 23H2
        {windows(26100), CheckStatus::Pass}, // 24H2
        {windows(19045), CheckStatus::Fail}, // Windows 10 22H2
        {windows(-1), CheckStatus::Unknown},
        {mac(11), CheckStatus::Fail},
        {mac(12), CheckStatus::Pass},
        {mac(13), CheckStatus::Pass},
        {mac(14), CheckStatus::Pass},
        {mac(15), CheckStatus::Warn},
        {mac(-1), CheckStatus::Unknown},
        {debian, CheckStatus::Fail},
    };
    for (const Row &row : rows) {
        const CheckResult result = OsProbe::evaluate(row.facts);
        INFO(row.facts.prettyName.toStdString() << " build " << row.facts.windowsBuild);
        CHECK(result.status == row.expected);
        CHECK_FALSE(result.evidence.isEmpty());
        if (row.expected == CheckStatus::Fail)
            CHECK_FALSE(result.remediation.isEmpty());
    }
    CHECK(OsProbe::evaluate(windows(19045)).evidence.join(u' ').contains(QStringLiteral("19045")));
}

TEST_CASE("browser: Edge or Chrome on Windows, only Chrome on macOS")
{
    const BrowserInfo edge{QStringLiteral("Microsoft Edge"), QStringLiteral("131.0"), QStringLiteral("C:/msedge.exe")};
    const BrowserInfo chrome{QStringLiteral("Google Chrome"), QStringLiteral("131.0"), QStringLiteral("/Applications/Google Chrome.app")};
    const BrowserInfo safari{QStringLiteral("Safari"), QStringLiteral("17.5"), QStringLiteral("/Applications/Safari.app")};
    struct Row
    {
        OsFacts os;
        QList<BrowserInfo> installed;
        bool known;
        CheckStatus expected;
    };
    const Row rows[] = {
        {windows(22631), {edge}, true, CheckStatus::Pass},
        {windows(22631), {chrome}, true, CheckStatus::Pass},
        {windows(22631), {}, true, CheckStatus::Fail},
        {windows(22631), {}, false, CheckStatus::Unknown},
        {mac(14), {chrome, safari}, true, CheckStatus::Pass},
        {mac(14), {safari}, true, CheckStatus::Fail},
        {mac(14), {edge}, true, CheckStatus::Fail},
    };
    for (const Row &row : rows) {
        BrowserFacts facts;
        facts.known = row.known;
        facts.installed = row.installed;
        const CheckResult result = BrowserProbe::evaluate(row.os, facts);
        CHECK(result.status == row.expected);
    }
    BrowserFacts withVersion;
    withVersion.known = true;
    withVersion.installed = {edge};
    CHECK(BrowserProbe::evaluate(windows(22631), withVersion).evidence.join(u' ').contains(QStringLiteral("131.0")));
}

TEST_CASE("admin: administrators pass, standard users warn for the IT vendor, unreadable is unknown")
{
    struct Row
    {
        std::optional<bool> isAdmin;
        std::optional<bool> canElevate;
        CheckStatus expected;
    };
    const Row rows[] = {
        {true, true, CheckStatus::Pass},
        {false, true, CheckStatus::Pass}, // UAC split token
        {false, false, CheckStatus::Warn},
        {false, std::nullopt, CheckStatus::Unknown},
        {std::nullopt, std::nullopt, CheckStatus::Unknown},
    };
    for (const Row &row : rows) {
        AdminFacts facts;
        facts.account = QStringLiteral("clerk");
        facts.isAdmin = row.isAdmin;
        facts.canElevate = row.canElevate;
        const CheckResult result = AdminProbe::evaluate(facts);
        CHECK(result.status == row.expected);
        if (row.expected == CheckStatus::Warn)
            CHECK(result.actor == Actor::ItVendor);
    }
}

TEST_CASE("certs: a writable store passes, read-only fails, unknown stays unknown")
{
    CertStoreFacts facts;
    facts.location = QStringLiteral("CurrentUser\\My");
    CHECK(CertsProbe::evaluate(facts).status == CheckStatus::Unknown);
    facts.writable = true;
    CHECK(CertsProbe::evaluate(facts).status == CheckStatus::Pass);
    facts.writable = false;
    CHECK(CertsProbe::evaluate(facts).status == CheckStatus::Fail);
}

TEST_CASE("other-vpn: connected VPN adapters warn, idle tunnels and ordinary adapters do not")
{
    const NetworkAdapter ethernet{QStringLiteral("Ethernet"), QStringLiteral("Intel(R) Ethernet"), true, false, {QStringLiteral("192.168.1.20")}};
    const NetworkAdapter anyconnect{QStringLiteral("Ethernet 3"), QStringLiteral("Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter"), true, true, {QStringLiteral("10.8.0.5")}};
    const NetworkAdapter forti{QStringLiteral("Ethernet 4"), QStringLiteral("Fortinet SSL VPN Virtual Ethernet Adapter"), false, true, {}};
    const NetworkAdapter idleUtun{QStringLiteral("utun0"), QStringLiteral("utun0"), true, true, {}};
    const NetworkAdapter wireguard{QStringLiteral("wg0"), QStringLiteral("wg0"), true, true, {QStringLiteral("10.7.0.2")}};
    struct Row
    {
        QList<NetworkAdapter> adapters;
        CheckStatus expected;
    };
    const Row rows[] = {
        {{ethernet}, CheckStatus::Pass},
        {{ethernet, forti}, CheckStatus::Pass},
        {{ethernet, idleUtun}, CheckStatus::Pass},
        {{ethernet, anyconnect}, CheckStatus::Warn},
        {{wireguard}, CheckStatus::Warn},
    };
    for (const Row &row : rows)
        CHECK(OtherVpnProbe::evaluate(row.adapters).status == row.expected);
    const CheckResult warned = OtherVpnProbe::evaluate({ethernet, anyconnect});
    CHECK(warned.remediation.contains(QStringLiteral("AnyConnect")));
    CHECK(warned.actor == Actor::Clerk);
}

TEST_CASE("bat-zip: Windows policy values decide, other systems are unknown, never pass")
{
    struct Row
    {
        std::optional<int> disableCmd;
        std::optional<int> saferLevel;
        std::optional<int> saveZone;
        std::optional<QString> lowRisk;
        CheckStatus expected;
    };
    const Row rows[] = {
        {std::nullopt, std::nullopt, 1, std::nullopt, CheckStatus::Pass},       // MotW not kept
        {std::nullopt, std::nullopt, std::nullopt, std::nullopt, CheckStatus::Warn}, // default: MotW prompt
        {std::nullopt, std::nullopt, 2, QStringLiteral(".zip;.bat"), CheckStatus::Pass},
        {1, std::nullopt, 1, std::nullopt, CheckStatus::Fail},                  // cmd and scripts disabled
        {2, std::nullopt, 1, std::nullopt, CheckStatus::Pass},                  // only the prompt disabled
        {0, 0, 1, std::nullopt, CheckStatus::Fail},                             // SRP disallowed by default
        {0, 0x40000, 1, std::nullopt, CheckStatus::Pass},
    };
    for (const Row &row : rows) {
        ScriptPolicyFacts facts;
        facts.applicable = true;
        facts.disableCmd = row.disableCmd;
        facts.saferDefaultLevel = row.saferLevel;
        facts.saveZoneInformation = row.saveZone;
        facts.lowRiskFileTypes = row.lowRisk;
        facts.executionPolicy = QStringLiteral("Restricted");
        const CheckResult result = BatZipProbe::evaluate(facts);
        INFO(result.evidence.join(QStringLiteral(" | ")).toStdString());
        CHECK(result.status == row.expected);
        if (row.expected == CheckStatus::Fail)
            CHECK(result.actor == Actor::ItVendor);
    }
    ScriptPolicyFacts notWindows;
    notWindows.why = QStringLiteral("no .bat here");
    CHECK(BatZipProbe::evaluate(notWindows).status == CheckStatus::Unknown);
}

TEST_CASE("tls12: handshake answers and the Internet Options setting combine into one verdict")
{
    using State = Tls12Probe::Answer::State;
    auto answer = [](State state) {
        Tls12Probe::Answer a;
        a.host = QStringLiteral("entry.example.jp");
        a.port = 443;
        a.state = state;
        a.protocol = QStringLiteral("TLS 1.3");
        a.issuer = QStringLiteral("Expected CA");
        return a;
    };
    TlsSettingsFacts notWindows;
    TlsSettingsFacts tls12On{true, 0x0A80, QStringLiteral("HKCU"), {}};
    TlsSettingsFacts tls12Off{true, 0x00A0, QStringLiteral("HKCU"), {}}; // SSL 3 + TLS 1.0 only
    TlsSettingsFacts tls13Only{true, 0x2000, QStringLiteral("HKCU"), {}};
    TlsSettingsFacts unreadable{true, std::nullopt, {}, QStringLiteral("denied")};
    struct Row
    {
        State state;
        TlsSettingsFacts settings;
        CheckStatus expected;
    };
    const Row rows[] = {
        {State::Ok, notWindows, CheckStatus::Pass},
        {State::Ok, tls12On, CheckStatus::Pass},
        {State::Ok, tls12Off, CheckStatus::Fail},
        {State::Ok, tls13Only, CheckStatus::Pass},
        {State::Ok, unreadable, CheckStatus::Unknown},
        {State::ProtocolTooOld, notWindows, CheckStatus::Fail},
        {State::Interception, notWindows, CheckStatus::Fail},
        {State::NameMismatch, notWindows, CheckStatus::Fail},
        {State::Expired, notWindows, CheckStatus::Fail},
        {State::TcpConnected, notWindows, CheckStatus::Fail},
        {State::Unreachable, notWindows, CheckStatus::Unknown},
        {State::Pending, notWindows, CheckStatus::Unknown},
    };
    for (const Row &row : rows) {
        const CheckResult result = Tls12Probe::evaluate({answer(row.state)}, row.settings, true, 1000);
        INFO(result.evidence.join(QStringLiteral(" | ")).toStdString());
        CHECK(result.status == row.expected);
    }
    CHECK(Tls12Probe::evaluate({answer(State::Ok)}, notWindows, true, 1000).evidence.join(u' ').contains(QStringLiteral("TLS 1.3")));
    // No expected CA in the profile: a known inspection product in the issuer still warns.
    Tls12Probe::Answer inspected = answer(State::Ok);
    inspected.issuer = QStringLiteral("FortiGate CA");
    CHECK(Tls12Probe::evaluate({inspected}, notWindows, false, 1000).status == CheckStatus::Warn);
    CHECK(Tls12Probe::evaluate({answer(State::Ok)}, notWindows, false, 1000).status == CheckStatus::Pass);
    const CheckResult intercepted = Tls12Probe::evaluate({answer(State::Interception)}, notWindows, true, 1000);
    CHECK(intercepted.evidence.join(u' ').contains(QStringLiteral("interception")));
    CHECK(intercepted.actor == Actor::ItVendor);
}

TEST_CASE("tls12: failed handshakes are classified from the errors, not ignored")
{
    using State = Tls12Probe::Answer::State;
    CHECK(Tls12Probe::classify({QSslError(QSslError::UnableToGetLocalIssuerCertificate)}, {}) == State::Interception);
    CHECK(Tls12Probe::classify({QSslError(QSslError::SelfSignedCertificateInChain)}, {}) == State::Interception);
    CHECK(Tls12Probe::classify({QSslError(QSslError::HostNameMismatch)}, {}) == State::NameMismatch);
    CHECK(Tls12Probe::classify({QSslError(QSslError::CertificateExpired)}, {}) == State::Expired);
    CHECK(Tls12Probe::classify({}, QStringLiteral("error:0A000102:SSL routines::unsupported protocol")) == State::ProtocolTooOld);
    CHECK(Tls12Probe::classify({}, QStringLiteral("error:0A00042E:SSL routines::tlsv1 alert protocol version")) == State::ProtocolTooOld);
    CHECK(Tls12Probe::classify({}, QStringLiteral("The remote host closed the connection")) == State::Failed);
}

TEST_CASE("proxy: a proxy for a service host warns for the IT vendor, direct passes, unreadable is unknown")
{
    const QNetworkProxy corporate(QNetworkProxy::HttpProxy, QStringLiteral("proxy.example.jp"), 8080);
    ProxyProbe::Answer direct{QStringLiteral("a.example.jp"), ProxyAnswer{true, {}, QStringLiteral("WinHTTP"), {}}};
    ProxyProbe::Answer proxied{QStringLiteral("b.example.jp"), ProxyAnswer{true, {corporate}, QStringLiteral("PAC"), {}}};
    ProxyProbe::Answer unreadable{QStringLiteral("c.example.jp"), ProxyAnswer{false, {}, {}, QStringLiteral("PAC download failed")}};
    CHECK(ProxyProbe::evaluate({direct}).status == CheckStatus::Pass);
    const CheckResult warned = ProxyProbe::evaluate({direct, proxied});
    CHECK(warned.status == CheckStatus::Warn);
    CHECK(warned.remediation.contains(QStringLiteral("b.example.jp")));
    CHECK_FALSE(warned.remediation.contains(QStringLiteral("a.example.jp")));
    CHECK(warned.evidence.join(u' ').contains(QStringLiteral("proxy.example.jp:8080")));
    CHECK(ProxyProbe::evaluate({direct, unreadable}).status == CheckStatus::Unknown);
    CHECK(ProxyProbe::evaluate({}).status == CheckStatus::Unknown);
}

TEST_CASE("proxy: https_proxy and no_proxy follow the curl convention")
{
    const QUrl url(QStringLiteral("https://entry.gtol.example.jp:443"));
    CHECK_FALSE(PlatformFacts::proxyFromEnvironment(url, {}, {}).has_value());
    struct Row
    {
        const char *noProxy;
        bool proxied;
    };
    const Row rows[] = {
        {"", true},
        {"localhost,127.0.0.1", true},
        {"entry.gtol.example.jp", false},
        {".example.jp", false},
        {"example.jp", false},
        {"*.gtol.example.jp", false},
        {"gtol.example.jp:443", false},
        {"*", false},
        {"other.example.jp,xample.jp", true},
    };
    for (const Row &row : rows) {
        INFO(row.noProxy);
        const auto answer = PlatformFacts::proxyFromEnvironment(url, "http://proxy.example.jp:3128", row.noProxy);
        REQUIRE(answer.has_value());
        CHECK(answer->proxies.isEmpty() == !row.proxied);
        if (row.proxied) {
            CHECK(answer->proxies.constFirst().hostName() == QStringLiteral("proxy.example.jp"));
            CHECK(answer->proxies.constFirst().port() == 3128);
        }
    }
}

TEST_CASE("dns and firewall: every name and endpoint must succeed, pending at the deadline is a failure")
{
    using D = DnsProbe::Answer;
    const D resolved{QStringLiteral("a.example.jp"), D::State::Resolved, {QStringLiteral("192.0.2.1")}, {}};
    const D failed{QStringLiteral("b.example.jp"), D::State::Failed, {}, QStringLiteral("Host not found")};
    const D pending{QStringLiteral("c.example.jp"), D::State::Pending, {}, {}};
    CHECK(DnsProbe::evaluate({resolved}, 1000).status == CheckStatus::Pass);
    CHECK(DnsProbe::evaluate({resolved, failed}, 1000).status == CheckStatus::Fail);
    CHECK(DnsProbe::evaluate({resolved, pending}, 1000).status == CheckStatus::Fail);
    CHECK(DnsProbe::evaluate({resolved, failed}, 1000).remediation.contains(QStringLiteral("b.example.jp")));
    CHECK(DnsProbe::evaluate({}, 1000).status == CheckStatus::Unknown);

    using F = FirewallProbe::Answer;
    const F connected{QStringLiteral("a.example.jp"), 443, F::State::Connected, {}};
    const F refused{QStringLiteral("a.example.jp"), 8443, F::State::Refused, QStringLiteral("refused")};
    const F silent{QStringLiteral("b.example.jp"), 443, F::State::Pending, {}};
    const F unresolved{QStringLiteral("c.example.jp"), 443, F::State::HostNotFound, {}};
    CHECK(FirewallProbe::evaluate({connected}, 1000).status == CheckStatus::Pass);
    CHECK(FirewallProbe::evaluate({connected, refused}, 1000).status == CheckStatus::Fail);
    CHECK(FirewallProbe::evaluate({connected, silent}, 1000).status == CheckStatus::Fail);
    CHECK(FirewallProbe::evaluate({connected, unresolved}, 1000).status == CheckStatus::Unknown);
    CHECK(FirewallProbe::evaluate({connected, refused}, 1000).remediation.contains(QStringLiteral("a.example.jp:8443")));
}

TEST_CASE("line: the contract, medium, addresses and IKE answers combine into one verdict with reasons")
{
    using Ike = LineProbe::IkeAnswer;
    auto base = [] {
        LineProbe::Facts facts;
        facts.contract = LineContract::FletsHikari;
        facts.mediumKnown = true;
        facts.medium = LineProbe::Medium::Ethernet;
        facts.localIPv4 = {QStringLiteral("192.168.1.10")};
        facts.gateway = QStringLiteral("vpn.example.jp");
        facts.gatewayAddress = QStringLiteral("192.0.2.50");
        facts.ike = {Ike{500, Ike::State::Replied, QStringLiteral("NO_PROPOSAL_CHOSEN")}, Ike{4500, Ike::State::Replied, {}}};
        facts.timeoutMs = 1000;
        return facts;
    };
    struct Row
    {
        const char *name;
        std::function<void(LineProbe::Facts &)> change;
        CheckStatus expected;
    };
    const Row rows[] = {
        {"fibre, IKE answers", [](LineProbe::Facts &) {}, CheckStatus::Pass},
        {"hikari collabo", [](LineProbe::Facts &f) { f.contract = LineContract::HikariCollabo; }, CheckStatus::Pass},
        {"not answered", [](LineProbe::Facts &f) { f.contract = LineContract::NotAnswered; }, CheckStatus::Manual},
        {"don't know", [](LineProbe::Facts &f) { f.contract = LineContract::DontKnow; }, CheckStatus::Warn},
        {"mobile contract", [](LineProbe::Facts &f) { f.contract = LineContract::Mobile; }, CheckStatus::Fail},
        {"ADSL", [](LineProbe::Facts &f) { f.contract = LineContract::Adsl; }, CheckStatus::Fail},
        {"leased IP-VPN", [](LineProbe::Facts &f) { f.contract = LineContract::LeasedIpVpn; }, CheckStatus::Fail},
        {"cellular medium", [](LineProbe::Facts &f) { f.medium = LineProbe::Medium::Cellular; }, CheckStatus::Fail},
        {"CGNAT address", [](LineProbe::Facts &f) { f.localIPv4 = {QStringLiteral("100.72.3.4")}; }, CheckStatus::Warn},
        {"100.128 is not CGNAT", [](LineProbe::Facts &f) { f.localIPv4 = {QStringLiteral("100.128.0.1")}; }, CheckStatus::Pass},
        {"DS-Lite B4 address", [](LineProbe::Facts &f) { f.localIPv4 = {QStringLiteral("192.0.0.2")}; }, CheckStatus::Warn},
        {"MAP-E tunnel", [](LineProbe::Facts &f) { f.tunnelAdapters = {QStringLiteral("ip6tnl1")}; }, CheckStatus::Warn},
        {"IKE silent on both", [](LineProbe::Facts &f) { for (auto &a : f.ike) a.state = Ike::State::Silent; }, CheckStatus::Fail},
        {"IKE silent on 4500", [](LineProbe::Facts &f) { f.ike[1].state = Ike::State::Silent; }, CheckStatus::Warn},
        {"no gateway in profile", [](LineProbe::Facts &f) { f.gateway.clear(); f.ike.clear(); }, CheckStatus::Unknown},
        {"gateway unresolvable", [](LineProbe::Facts &f) { f.gatewayError = QStringLiteral("Host not found"); f.ike.clear(); }, CheckStatus::Unknown},
        {"medium unknown is no problem", [](LineProbe::Facts &f) { f.mediumKnown = false; f.mediumWhy = QStringLiteral("no backend"); }, CheckStatus::Pass},
        {"not answered but IKE blocked", [](LineProbe::Facts &f) { f.contract = LineContract::NotAnswered; for (auto &a : f.ike) a.state = Ike::State::Silent; }, CheckStatus::Fail},
    };
    for (const Row &row : rows) {
        LineProbe::Facts facts = base();
        row.change(facts);
        const CheckResult result = LineProbe::evaluate(facts);
        INFO(row.name << ": " << result.evidence.join(QStringLiteral(" | ")).toStdString());
        CHECK(result.status == row.expected);
        if (row.expected != CheckStatus::Pass && row.expected != CheckStatus::Unknown)
            CHECK_FALSE(result.remediation.isEmpty());
    }
    LineProbe::Facts mobile = base();
    mobile.contract = LineContract::Mobile;
    CHECK(LineProbe::evaluate(mobile).evidence.join(u' ').contains(lineContractLabel(LineContract::Mobile)));
    CHECK(LineProbe::evaluate(base()).evidence.join(u' ').contains(QStringLiteral("NO_PROPOSAL_CHOSEN")));
}

TEST_CASE("IKE: a request is a well-formed IKE_SA_INIT and any notify reply to our SPI counts")
{
    const QByteArray spi = QByteArrayLiteral("\x01\x02\x03\x04\x05\x06\x07\x08");
    for (const bool marker : {false, true}) {
        const QByteArray request = IkePacket::saInitRequest(spi, marker);
        const QByteArray body = marker ? request.mid(4) : request;
        REQUIRE(body.size() == 28 + 48 + 264 + 36);
        CHECK(body.left(8) == spi);
        CHECK(static_cast<quint8>(body.at(17)) == 0x20); // IKEv2
        CHECK(static_cast<quint8>(body.at(18)) == 34);   // IKE_SA_INIT
        CHECK(qFromBigEndian<quint32>(body.constData() + 24) == quint32(body.size()));
        const QByteArray reply = IkePacket::notifyResponse(request, 14, marker);
        const IkePacket::Reply parsed = IkePacket::parseReply(reply, spi, marker);
        CHECK(parsed.isIke);
        CHECK(parsed.notify == QStringLiteral("NO_PROPOSAL_CHOSEN"));
        // Someone else's SPI, garbage and truncation are not an answer.
        CHECK_FALSE(IkePacket::parseReply(reply, QByteArray(8, 'x'), marker).isIke);
        CHECK_FALSE(IkePacket::parseReply(QByteArrayLiteral("hello"), spi, marker).isIke);
        CHECK_FALSE(IkePacket::parseReply(reply.left(20), spi, marker).isIke);
        CHECK_FALSE(IkePacket::parseReply(request, spi, marker).isIke); // our own request is not a response
    }
}

namespace {
// The fields of a ClientHello record, read back byte by byte as a server would; `valid` is false
// when any length disagrees with what follows it.
struct ParsedHello
{
    bool valid = false;
    quint16 recordVersion = 0;
    quint16 clientVersion = 0;
    QByteArray random;
    QList<quint16> cipherSuites;
    QByteArray compression;
    QList<quint16> extensionTypes;
    QByteArray sniName; // the host_name entry of server_name, if present
    QList<quint16> groups;
    QByteArray pointFormats;
};

class HelloReader
{
public:
    explicit HelloReader(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_bytes.size(); }
    quint32 number(int width)
    {
        quint32 value = 0;
        for (int i = 0; i < width; ++i) {
            const QByteArray byte = take(1);
            value = (value << 8) | (byte.isEmpty() ? 0u : static_cast<quint8>(byte.at(0)));
        }
        return value;
    }
    QByteArray take(qsizetype count)
    {
        if (!m_ok || count > m_bytes.size() - m_at) {
            m_ok = false;
            return {};
        }
        const QByteArray part = m_bytes.mid(m_at, count);
        m_at += count;
        return part;
    }
    QByteArray vector(int lengthWidth) { return take(number(lengthWidth)); }

private:
    QByteArray m_bytes;
    qsizetype m_at = 0;
    bool m_ok = true;
};

QList<quint16> u16List(const QByteArray &bytes)
{
    QList<quint16> values;
    HelloReader reader(bytes);
    while (reader.ok() && !reader.atEnd())
        values.append(static_cast<quint16>(reader.number(2)));
    return reader.ok() ? values : QList<quint16>{0xFFFF};
}

ParsedHello parseHello(const QByteArray &record)
{
    ParsedHello hello;
    HelloReader recordReader(record);
    if (recordReader.number(1) != 0x16)
        return hello;
    hello.recordVersion = static_cast<quint16>(recordReader.number(2));
    HelloReader handshake(recordReader.vector(2));
    if (!recordReader.ok() || !recordReader.atEnd() || handshake.number(1) != 1)
        return hello;
    HelloReader body(handshake.vector(3));
    if (!handshake.ok() || !handshake.atEnd())
        return hello;
    hello.clientVersion = static_cast<quint16>(body.number(2));
    hello.random = body.take(32);
    body.vector(1); // session id
    hello.cipherSuites = u16List(body.vector(2));
    hello.compression = body.vector(1);
    HelloReader extensions(body.vector(2));
    if (!body.ok() || !body.atEnd())
        return hello;
    while (extensions.ok() && !extensions.atEnd()) {
        const auto type = static_cast<quint16>(extensions.number(2));
        const QByteArray data = extensions.vector(2);
        hello.extensionTypes.append(type);
        HelloReader inner(data);
        if (type == 0x0000) { // server_name: list of (type, name)
            HelloReader list(inner.vector(2));
            if (list.number(1) == 0)
                hello.sniName = list.vector(2);
            if (!list.ok() || !list.atEnd())
                return hello;
        } else if (type == 0x000A) {
            hello.groups = u16List(inner.vector(2));
        } else if (type == 0x000B) {
            hello.pointFormats = inner.vector(1);
        } else {
            inner.take(data.size());
        }
        if (!inner.ok() || !inner.atEnd())
            return hello;
    }
    hello.valid = extensions.ok();
    return hello;
}
} // namespace

TEST_CASE("tls12: the hand-built ClientHello is well-formed and offers TLS 1.1 with suites old servers accept")
{
    const ParsedHello hello = parseHello(LegacyTlsSniffer::clientHello(QStringLiteral("entry.example.jp")));
    REQUIRE(hello.valid);
    CHECK(hello.recordVersion == 0x0301);
    CHECK(hello.clientVersion == 0x0302); // TLS 1.1: a server answers with the highest it has up to this
    for (const quint16 suite : std::initializer_list<quint16>{0x002F, 0x0035, 0xC013, 0xC014, 0xC009, 0xC00A, 0x000A, 0x00FF})
        CHECK(hello.cipherSuites.contains(suite));
    CHECK(hello.compression == QByteArray(1, '\0'));
    CHECK(hello.groups == QList<quint16>{0x001D, 0x0017, 0x0018});
    CHECK(hello.pointFormats == QByteArray(1, '\0'));
    CHECK(hello.extensionTypes.count(0x0000) <= 1);
    // A fresh random each time: a fixed one would let a middlebox or server fingerprint the check.
    CHECK(hello.random.size() == 32);
    CHECK(parseHello(LegacyTlsSniffer::clientHello(QStringLiteral("entry.example.jp"))).random != hello.random);
}

TEST_CASE("tls12: the ClientHello names a host in SNI, but never an IP address")
{
    const ParsedHello named = parseHello(LegacyTlsSniffer::clientHello(QStringLiteral("entry.example.jp")));
    REQUIRE(named.valid);
    CHECK(named.extensionTypes.contains(0x0000));
    CHECK(named.sniName == QByteArrayLiteral("entry.example.jp"));
    // RFC 6066: ASCII (A-labels) and no trailing dot.
    CHECK(parseHello(LegacyTlsSniffer::clientHello(QStringLiteral("entry.example.jp."))).sniName == QByteArrayLiteral("entry.example.jp"));
    CHECK(parseHello(LegacyTlsSniffer::clientHello(QStringLiteral("申請.example.jp"))).sniName == QByteArrayLiteral("xn--unyq47b.example.jp"));
    for (const QString &address : {QStringLiteral("127.0.0.1"), QStringLiteral("192.0.2.7"), QStringLiteral("::1"), QStringLiteral("2001:db8::1"), QString()}) {
        INFO(address.toStdString());
        const ParsedHello unnamed = parseHello(LegacyTlsSniffer::clientHello(address));
        REQUIRE(unnamed.valid);
        CHECK_FALSE(unnamed.extensionTypes.contains(0x0000));
        CHECK(unnamed.extensionTypes.contains(0x000A)); // the rest of the hello is unchanged
    }
}

TEST_CASE("tls12: an old server's protocol is read from its ServerHello, an alert or noise is not a version")
{
    auto serverHello = [](quint8 major, quint8 minor) -> QByteArray {
        return QByteArray::fromHex("1603020031") + QByteArray::fromHex("0200002d") + QByteArray(1, char(major)) + QByteArray(1, char(minor));
    };
    CHECK(LegacyTlsSniffer::serverVersion(serverHello(3, 2)) == QStringLiteral("TLS 1.1"));
    CHECK(LegacyTlsSniffer::serverVersion(serverHello(3, 1)) == QStringLiteral("TLS 1.0"));
    CHECK(LegacyTlsSniffer::serverVersion(QByteArray::fromHex("15030100020246")) == QStringLiteral("alert"));
    CHECK(LegacyTlsSniffer::serverVersion(QByteArrayLiteral("HTTP/1.1 400 Bad Request")).isEmpty());
    CHECK(LegacyTlsSniffer::serverVersion(QByteArray::fromHex("1603")).isEmpty());
}

TEST_CASE("The HTML report's IT vendor section lists hosts, ports, proxy exclusions and DNS names, flagging what failed")
{
    CheckReport report;
    report.profile.serviceHosts = {QStringLiteral("entry.example.jp"), QStringLiteral("api.example.jp")};
    report.profile.servicePort = 443;
    report.profile.vpnGateway = QStringLiteral("vpn.example.jp");
    report.profile.vpnPorts = {500, 4500};
    report.startedAt = QDateTime::currentDateTimeUtc();
    report.finishedAt = report.startedAt;

    CheckResult proxy;
    proxy.id = QStringLiteral("proxy");
    proxy.title = QStringLiteral("Proxy");
    proxy.status = CheckStatus::Warn;
    proxy.data.insert(QStringLiteral("proxiedHosts"), QJsonArray{QStringLiteral("api.example.jp")});
    CheckResult dns;
    dns.id = QStringLiteral("dns");
    dns.title = QStringLiteral("DNS");
    dns.status = CheckStatus::Fail;
    dns.evidence = {QStringLiteral("<script>alert(1)</script> & friends")};
    dns.data.insert(QStringLiteral("unresolved"), QJsonArray{QStringLiteral("vpn.example.jp")});
    CheckResult line;
    line.id = QStringLiteral("line");
    line.title = QStringLiteral("Line");
    line.status = CheckStatus::Unknown;
    report.results = {proxy, dns, line};

    const QString html = ReportWriter::toHtml(report);
    CHECK(html.contains(QStringLiteral("entry.example.jp")));
    CHECK(html.contains(QStringLiteral("TCP 443")));
    CHECK(html.contains(QStringLiteral("UDP 500, UDP 4500")));
    CHECK(html.contains(QStringLiteral("entry.example.jp, api.example.jp"))); // the proxy exclusions line
    CHECK(html.contains(QStringLiteral("<b>vpn.example.jp</b>")));            // DNS name that failed, in bold
    CHECK(html.contains(QStringLiteral("<b>Currently sent through a proxy.</b>")));
    CHECK(html.count(QStringLiteral("Currently sent through a proxy.")) == 1); // only for api.example.jp
    // Evidence is text, never markup.
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;")));
    // An unknown item never reads "nothing to do".
    CHECK(html.count(QStringLiteral("Nothing to do.")) == 0);
    CHECK(report.overall() == CheckStatus::Fail);
    CHECK(report.summaryJson().value(QStringLiteral("fail")).toInt() == 1);
}
