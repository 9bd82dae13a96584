#pragma once

#include "probe.h"

#include <QList>

namespace gtol {

// Whether the system proxy (settings, PAC; on Linux the https_proxy/no_proxy variables) applies
// to the service hosts: if it does, those hosts must be in the proxy's exclusions. The query runs
// off the UI thread (on Windows a PAC/WPAD lookup can take seconds).
class ProxyProbe final : public Probe
{
    Q_OBJECT
public:
    struct Answer
    {
        QString host;
        ProxyAnswer proxy;
    };

    using Probe::Probe;
    QString id() const override { return QStringLiteral("proxy"); }
    QString title() const override;

    static CheckResult evaluate(const QList<Answer> &answers);

protected:
    void run() override;
};

} // namespace gtol
