#pragma once

#include "probe.h"

namespace gtol {

// Whether the user's certificate store accepts the GTOL client certificate.
class CertsProbe final : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;
    QString id() const override { return QStringLiteral("certs"); }
    QString title() const override;

    // The verdict from the facts alone: table-tested with fake platform answers.
    static CheckResult evaluate(const CertStoreFacts &facts);

protected:
    void run() override;
};

} // namespace gtol
