#pragma once

#include "probe.h"

namespace gtol {

// Other VPN adapters that are up: they must be disconnected while GTOL is used.
class OtherVpnProbe final : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;
    QString id() const override { return QStringLiteral("other-vpn"); }
    QString title() const override;

    // The verdict from the facts alone: table-tested with fake platform answers.
    static CheckResult evaluate(const QList<NetworkAdapter> &adapters);
    static bool looksLikeVpn(const NetworkAdapter &adapter);

protected:
    void run() override;
};

} // namespace gtol
