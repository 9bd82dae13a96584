#include "firewallprobe.h"

#include <QJsonArray>

#include <algorithm>
#include <QNetworkProxy>
#include <QTcpSocket>

namespace gtol {

QString FirewallProbe::title() const
{
    return tr("Firewall (outbound TCP)");
}

void FirewallProbe::run()
{
    const DeploymentProfile &profile = context().profile;
    for (const QString &host : profile.serviceHosts)
        m_answers.append(Answer{host, profile.servicePort, Answer::State::Pending, {}});
    if (m_answers.isEmpty()) {
        finish(evaluate(m_answers, context().timeoutMs));
        return;
    }
    for (qsizetype i = 0; i < m_answers.size(); ++i) {
        auto *socket = new QTcpSocket(this);
        socket->setProxy(QNetworkProxy::NoProxy); // measure the direct path; the proxy probe covers proxies
        m_sockets.append(socket);
        connect(socket, &QTcpSocket::connected, this, [this, i] { settle(i, Answer::State::Connected, {}); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, i, socket](QAbstractSocket::SocketError error) {
            const auto state = error == QAbstractSocket::ConnectionRefusedError ? Answer::State::Refused
                : error == QAbstractSocket::HostNotFoundError                  ? Answer::State::HostNotFound
                                                                                : Answer::State::Failed;
            settle(i, state, socket->errorString());
        });
        socket->connectToHost(m_answers.at(i).host, m_answers.at(i).port);
    }
}

void FirewallProbe::settle(qsizetype index, Answer::State state, const QString &error)
{
    if (!isRunning() || m_answers.at(index).state != Answer::State::Pending)
        return;
    m_answers[index].state = state;
    m_answers[index].error = error;
    m_sockets.at(index)->abort();
    const bool allDone = std::none_of(m_answers.begin(), m_answers.end(),
                                      [](const Answer &a) { return a.state == Answer::State::Pending; });
    if (allDone)
        finish(evaluate(m_answers, context().timeoutMs));
}

void FirewallProbe::abort()
{
    for (QTcpSocket *socket : std::as_const(m_sockets))
        socket->abort();
}

CheckResult FirewallProbe::partialResult()
{
    return evaluate(m_answers, context().timeoutMs);
}

CheckResult FirewallProbe::evaluate(const QList<Answer> &answers, int timeoutMs)
{
    CheckResult result;
    QStringList blocked;
    int unresolved = 0;
    QJsonArray endpoints;
    for (const Answer &answer : answers) {
        const QString endpoint = QStringLiteral("%1:%2").arg(answer.host).arg(answer.port);
        endpoints.append(endpoint);
        switch (answer.state) {
        case Answer::State::Connected:
            result.evidence.append(tr("TCP %1: connected").arg(endpoint));
            break;
        case Answer::State::Refused:
            result.evidence.append(tr("TCP %1: connection refused").arg(endpoint));
            blocked.append(endpoint);
            break;
        case Answer::State::HostNotFound:
            result.evidence.append(tr("TCP %1: not tried, the name does not resolve (see DNS)").arg(endpoint));
            ++unresolved;
            break;
        case Answer::State::Failed:
            result.evidence.append(tr("TCP %1: failed (%2)").arg(endpoint, answer.error));
            blocked.append(endpoint);
            break;
        case Answer::State::Pending:
            result.evidence.append(tr("TCP %1: no answer within %2 ms (dropped by a firewall?)").arg(endpoint).arg(timeoutMs));
            blocked.append(endpoint);
            break;
        }
    }
    result.data.insert(QStringLiteral("endpoints"), endpoints);
    result.data.insert(QStringLiteral("blocked"), QJsonArray::fromStringList(blocked));
    if (answers.isEmpty()) {
        result.status = CheckStatus::Unknown;
        result.evidence.append(tr("The deployment profile names no service host."));
        return result;
    }
    if (!blocked.isEmpty()) {
        result.status = CheckStatus::Fail;
        result.remediation = tr("Outbound connections to %1 do not get through. The IT vendor must allow them in the "
                                "firewall / UTM (TCP, outbound).").arg(blocked.join(QStringLiteral(", ")));
        result.actor = Actor::ItVendor;
        return result;
    }
    result.status = unresolved > 0 ? CheckStatus::Unknown : CheckStatus::Pass;
    return result;
}

} // namespace gtol
