#pragma once

#include "../../unit/checks/fakeplatformfacts.h"

#include "checks/adminprobe.h"
#include "checks/batzipprobe.h"
#include "checks/browserprobe.h"
#include "checks/certsprobe.h"
#include "checks/checkrunner.h"
#include "checks/firewallprobe.h"
#include "checks/lineprobe.h"
#include "checks/osprobe.h"
#include "checks/othervpnprobe.h"
#include "checks/proxyprobe.h"

#include <QTcpServer>

namespace gtol::test {

// A clinic PC as the fake platform describes it (Windows 11, Edge, a standard user, an
// AnyConnect VPN up, default attachment policy), and a service "host" on 127.0.0.1 whose port is
// closed, so the firewall item is a real NG.
inline std::shared_ptr<FakePlatformFacts> clinicPc()
{
    auto facts = std::make_shared<FakePlatformFacts>();
    facts->osFacts.family = OsFamily::Windows;
    facts->osFacts.prettyName = QStringLiteral("Windows 11 Pro");
    facts->osFacts.windowsBuild = 22631;
    facts->osFacts.architecture = QStringLiteral("x86_64");
    facts->browserFacts.known = true;
    facts->browserFacts.installed = {BrowserInfo{QStringLiteral("Microsoft Edge"), QStringLiteral("131.0.2903.86"),
                                                 QStringLiteral("C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe")}};
    facts->adminFacts.account = QStringLiteral("clinic");
    facts->adminFacts.isAdmin = false;
    facts->adminFacts.canElevate = false;
    facts->certFacts.location = QStringLiteral("CurrentUser\\My");
    facts->certFacts.writable = true;
    facts->scriptFacts.applicable = true;
    facts->adapterList = {NetworkAdapter{QStringLiteral("Ethernet"), QStringLiteral("Intel(R) Ethernet Connection"), true, false,
                                         {QStringLiteral("192.168.10.23")}},
                          NetworkAdapter{QStringLiteral("Ethernet 2"),
                                         QStringLiteral("Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter"),
                                         true, true, {QStringLiteral("10.20.0.8")}}};
    return facts;
}

inline quint16 closedLocalPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

inline CheckRunner *clinicRunner(std::shared_ptr<FakePlatformFacts> facts, int timeoutMs = 3000,
                                 const QString &vpnGateway = {}, const QList<quint16> &vpnPorts = {})
{
    DeploymentProfile profile;
    profile.vpnGateway = vpnGateway;
    if (!vpnPorts.isEmpty())
        profile.vpnPorts = vpnPorts;
    profile.serviceHosts = {QStringLiteral("127.0.0.1")};
    profile.servicePort = closedLocalPort();
    profile.probeTimeoutMs = timeoutMs;
    return new CheckRunner(profile, std::move(facts), [] {
        return QList<Probe *>{new LineProbe,  new OsProbe,    new BrowserProbe, new FirewallProbe, new AdminProbe,
                              new OtherVpnProbe, new CertsProbe, new ProxyProbe, new BatZipProbe};
    });
}

} // namespace gtol::test
