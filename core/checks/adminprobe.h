#pragma once

#include "probe.h"

namespace gtol {

// Whether this user can install the VPN connection tool (administrator rights or elevation).
class AdminProbe final : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;
    QString id() const override { return QStringLiteral("admin"); }
    QString title() const override;

    // The verdict from the facts alone: table-tested with fake platform answers.
    static CheckResult evaluate(const AdminFacts &facts);

protected:
    void run() override;
};

} // namespace gtol
