#pragma once

#include "probe.h"

namespace gtol {

// Supported OS: Windows 11 (build 22000 or later) or macOS 12, 13, 14 (the guide's list).
class OsProbe final : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;
    QString id() const override { return QStringLiteral("os"); }
    QString title() const override;

    // The verdict from the facts alone: table-tested with fake platform answers.
    static CheckResult evaluate(const OsFacts &facts);

protected:
    void run() override;
};

} // namespace gtol
