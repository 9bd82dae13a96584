#pragma once

#include "probe.h"

namespace gtol {

// Supported browser installed: Edge or Chrome on Windows, Chrome on macOS.
class BrowserProbe final : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;
    QString id() const override { return QStringLiteral("browser"); }
    QString title() const override;

    // The verdict from the facts alone: table-tested with fake platform answers.
    static CheckResult evaluate(const OsFacts &os, const BrowserFacts &browsers);

protected:
    void run() override;
};

} // namespace gtol
