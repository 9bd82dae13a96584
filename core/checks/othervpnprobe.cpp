#include "othervpnprobe.h"

#include <QRegularExpression>

namespace gtol {

QString OtherVpnProbe::title() const
{
    return tr("Other VPN connections");
}

bool OtherVpnProbe::looksLikeVpn(const NetworkAdapter &adapter)
{
    // Names of the tunnel devices and the VPN products clinics meet most.
    static const QRegularExpression vpnName(
        QStringLiteral("^(tun|tap|utun|ppp|wg|ipsec|gpd|nordlynx|tailscale|zt)\\d*|vpn|anyconnect|forti|globalprotect|"
                       "pangp|juniper|pulse|openvpn|wireguard|tap-windows|wintun|sonicwall|checkpoint|f5 "),
        QRegularExpression::CaseInsensitiveOption);
    return vpnName.match(adapter.name).hasMatch() || vpnName.match(adapter.description).hasMatch();
}

CheckResult OtherVpnProbe::evaluate(const QList<NetworkAdapter> &adapters)
{
    CheckResult result;
    QStringList active;
    for (const NetworkAdapter &adapter : adapters) {
        if (!looksLikeVpn(adapter))
            continue;
        const QString label = adapter.description.isEmpty() || adapter.description == adapter.name
            ? adapter.name
            : QStringLiteral("%1 (%2)").arg(adapter.name, adapter.description);
        // macOS keeps idle utun devices up without addresses for its own services: only an
        // adapter that is up and carries an address is a connected VPN.
        if (adapter.up && !adapter.addresses.isEmpty()) {
            active.append(label);
            result.evidence.append(tr("VPN adapter connected: %1, addresses %2").arg(label, adapter.addresses.join(QStringLiteral(", "))));
        } else {
            result.evidence.append(tr("VPN adapter present but not connected: %1").arg(label));
        }
    }
    if (active.isEmpty()) {
        result.status = CheckStatus::Pass;
        if (result.evidence.isEmpty())
            result.evidence.append(tr("No VPN adapter found among %n network adapters.", nullptr, int(adapters.size())));
        return result;
    }
    result.status = CheckStatus::Warn;
    result.remediation = tr("Disconnect the other VPN (%1) before using GTOL, and reconnect it afterwards. If you do "
                            "not know how, ask your IT vendor.").arg(active.join(QStringLiteral(", ")));
    result.actor = Actor::Clerk;
    return result;
}

void OtherVpnProbe::run()
{
    const auto platform = context().platform;
    runOffThread<QList<NetworkAdapter>>([platform] { return platform->adapters(); },
                                        [this](QList<NetworkAdapter> adapters) { finish(evaluate(adapters)); });
}

} // namespace gtol
