#pragma once

#include "checks/platformfacts.h"

#include <QThread>

namespace gtol::test {

// Any platform's answers on demand, so every verdict can be tested on Linux.
class FakePlatformFacts : public PlatformFacts
{
public:
    OsFacts osFacts;
    BrowserFacts browserFacts;
    AdminFacts adminFacts;
    CertStoreFacts certFacts;
    ScriptPolicyFacts scriptFacts;
    TlsSettingsFacts tlsFacts;
    QList<NetworkAdapter> adapterList;
    ProxyAnswer proxyAnswer{true, {}, QStringLiteral("fake"), {}};
    unsigned long blockMs = 0; // a platform call that hangs (Windows PAC lookup)

    OsFacts os() const override { block(); return osFacts; }
    BrowserFacts browsers() const override { block(); return browserFacts; }
    AdminFacts admin() const override { block(); return adminFacts; }
    CertStoreFacts certStore() const override { block(); return certFacts; }
    ScriptPolicyFacts scriptPolicy() const override { block(); return scriptFacts; }
    TlsSettingsFacts tlsSettings() const override { block(); return tlsFacts; }
    QList<NetworkAdapter> adapters() const override { block(); return adapterList; }
    ProxyAnswer proxyFor(const QUrl &) const override { block(); return proxyAnswer; }

private:
    void block() const
    {
        if (blockMs)
            QThread::msleep(blockMs);
    }
};

} // namespace gtol::test
