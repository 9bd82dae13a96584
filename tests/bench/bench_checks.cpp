// How long the whole self-check takes when the network is dead: peers that accept TCP and never
// speak, a silent IKE gateway. The runner's promise is "the largest timeout plus a little".
//   BENCH checks_dead_network_ms <median> ms
//   BENCH checks_dead_network_over_timeout_ms <median - largest timeout> ms
//   BENCH checks_local_quick_ms <median> ms  (every peer answers at once: a refused port, no gateway)
#include "checks/checkrunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpServer>
#include <QTextStream>
#include <QUdpSocket>

#include <algorithm>
#include <vector>

using namespace gtol;

namespace {

qint64 runOnce(const DeploymentProfile &profile)
{
    CheckRunner runner(profile);
    QEventLoop loop;
    QObject::connect(&runner, &CheckRunner::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    runner.start();
    if (runner.state() == CheckRunner::State::Running)
        loop.exec();
    return clock.elapsed();
}

qint64 median(std::vector<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTcpServer silentTcp; // the kernel accepts; nobody ever answers
    silentTcp.listen(QHostAddress::LocalHost, 0);
    QUdpSocket silentUdp;
    silentUdp.bind(QHostAddress::LocalHost, 0);

    DeploymentProfile dead;
    dead.serviceHosts = {QStringLiteral("127.0.0.1")};
    dead.servicePort = silentTcp.serverPort();
    dead.vpnGateway = QStringLiteral("127.0.0.1");
    dead.vpnPorts = {silentUdp.localPort()};
    dead.probeTimeoutMs = 1000;

    QTcpServer closedFinder;
    closedFinder.listen(QHostAddress::LocalHost, 0);
    DeploymentProfile quick = dead;
    quick.servicePort = closedFinder.serverPort();
    closedFinder.close();
    quick.vpnGateway.clear();

    std::vector<qint64> deadRuns;
    std::vector<qint64> quickRuns;
    for (int i = 0; i < 5; ++i) {
        deadRuns.push_back(runOnce(dead));
        quickRuns.push_back(runOnce(quick));
    }
    QTextStream out(stdout);
    out << "BENCH checks_dead_network_ms " << median(deadRuns) << " ms" << Qt::endl;
    out << "BENCH checks_dead_network_over_timeout_ms " << median(deadRuns) - dead.largestTimeoutMs() << " ms" << Qt::endl;
    out << "BENCH checks_local_quick_ms " << median(quickRuns) << " ms" << Qt::endl;
    return 0;
}
