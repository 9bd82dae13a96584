#pragma once

#include "probe.h"

#include <QList>

class QTcpSocket;

namespace gtol {

// Outbound TCP to every service host:port of the profile (direct, no proxy), as the VPN tool and
// a browser without proxy would connect.
class FirewallProbe final : public Probe
{
    Q_OBJECT
public:
    struct Answer
    {
        enum class State { Pending, Connected, Refused, HostNotFound, Failed };
        QString host;
        quint16 port = 0;
        State state = State::Pending;
        QString error;
    };

    using Probe::Probe;
    QString id() const override { return QStringLiteral("firewall"); }
    QString title() const override;

    static CheckResult evaluate(const QList<Answer> &answers, int timeoutMs);

protected:
    void run() override;
    void abort() override;
    CheckResult partialResult() override;

private:
    void settle(qsizetype index, Answer::State state, const QString &error);

    QList<Answer> m_answers;
    QList<QTcpSocket *> m_sockets;
};

} // namespace gtol
