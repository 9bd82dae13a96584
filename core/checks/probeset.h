#pragma once

#include "probe.h"

#include <QList>

namespace gtol {

// The probes of the self-check, in the order they are shown: created fresh for each run.
// The caller owns them (CheckRunner parents them to itself).
QList<Probe *> createDefaultProbes();

} // namespace gtol
