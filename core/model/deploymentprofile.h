#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace gtol {

// Where this installation talks to: the GTOL service hosts, the VPN gateway, the backend, the CA
// each must chain to, and how long a requirement probe may take. Nothing of this is in code: it
// comes from the built-in default (resources/profile/default-profile.json), a file given with
// --profile, or the backend, so IT staff and tests can point the product elsewhere.
//
// JSON shape (every key optional except service.hosts):
//   {"service":{"hosts":["entry.gtol.ncc.go.jp"],"port":443,"caFile":null},
//    "vpn":{"gateway":"…","ports":[500,4500]},
//    "timeouts":{"probeMs":5000,"probes":{"tls12":8000}},
//    "backend":{"url":"https://…","caFile":null}}
// A relative caFile is resolved against the profile file's folder.
class DeploymentProfile
{
public:
    QStringList serviceHosts;
    quint16 servicePort = 443;
    QString serviceCaFile; // empty: the system's trusted CAs
    QString vpnGateway;    // host name or address; empty: the VPN reachability test is not run
    QList<quint16> vpnPorts{500, 4500};
    int probeTimeoutMs = 5000;
    QHash<QString, int> probeTimeoutsMs; // per probe id, overriding probeTimeoutMs
    QUrl backendUrl;
    QString backendCaFile;

    int timeoutFor(const QString &probeId) const { return probeTimeoutsMs.value(probeId, probeTimeoutMs); }
    int largestTimeoutMs() const;

    // Every name that must resolve: service hosts, the VPN gateway and the backend host, without
    // literal addresses and without duplicates, in that order.
    QStringList fqdns() const;

    // Errors: code "profile.invalid" with the key path that is wrong in `detail`'s first word
    // (e.g. "service.hosts[1]: expected a host name"), or "profile.unreadable".
    static Result<DeploymentProfile> fromJson(const QByteArray &json, const QString &baseDir = {});
    static Result<DeploymentProfile> fromFile(const QString &path);
    static Result<DeploymentProfile> builtIn();
    static Result<DeploymentProfile> load(const QString &overridePath); // file if given, else built in

    QJsonObject toJson() const;
};

} // namespace gtol
