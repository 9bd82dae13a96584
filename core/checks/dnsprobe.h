#pragma once

#include "probe.h"

#include <QHostInfo>
#include <QList>

namespace gtol {

// Every FQDN of the deployment profile resolves (an internal DNS must forward them).
class DnsProbe final : public Probe
{
    Q_OBJECT
public:
    struct Answer
    {
        enum class State { Pending, Resolved, Failed };
        QString name;
        State state = State::Pending;
        QStringList addresses;
        QString error;
    };

    using Probe::Probe;
    QString id() const override { return QStringLiteral("dns"); }
    QString title() const override;

    static CheckResult evaluate(const QList<Answer> &answers, int timeoutMs);

protected:
    void run() override;
    void abort() override;
    CheckResult partialResult() override;

private:
    void onLookedUp(qsizetype index, const QHostInfo &info);

    QList<Answer> m_answers;
    QList<int> m_lookupIds;
};

} // namespace gtol
