#pragma once

#include "probe.h"

namespace gtol {

// Whether a .bat from a downloaded zip (the connection tool's installer) may run: Windows policies.
class BatZipProbe final : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;
    QString id() const override { return QStringLiteral("bat-zip"); }
    QString title() const override;

    // The verdict from the facts alone: table-tested with fake platform answers.
    static CheckResult evaluate(const ScriptPolicyFacts &facts);

protected:
    void run() override;
};

} // namespace gtol
