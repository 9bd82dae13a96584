#include "probeset.h"

#include "adminprobe.h"
#include "batzipprobe.h"
#include "browserprobe.h"
#include "certsprobe.h"
#include "dnsprobe.h"
#include "firewallprobe.h"
#include "lineprobe.h"
#include "osprobe.h"
#include "othervpnprobe.h"
#include "proxyprobe.h"
#include "tls12probe.h"

namespace gtol {

QList<Probe *> createDefaultProbes()
{
    // The guide's order: line first (mandatory), then the PC, then the conditional items.
    return {new LineProbe, new OsProbe, new BrowserProbe, new FirewallProbe, new AdminProbe, new OtherVpnProbe,
            new DnsProbe, new CertsProbe, new ProxyProbe, new Tls12Probe, new BatZipProbe};
}

} // namespace gtol
