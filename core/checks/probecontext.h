#pragma once

#include "model/deploymentprofile.h"
#include "linecontract.h"
#include "platformfacts.h"

#include <memory>

namespace gtol {

// Everything a probe may use: the profile (hosts, ports, CA — never from code), the clerk's
// answers, the platform facts (real or a test's fake) and the time it has.
struct ProbeContext
{
    DeploymentProfile profile;
    LineContract lineContract = LineContract::NotAnswered;
    std::shared_ptr<PlatformFacts> platform;
    int timeoutMs = 5000;
};

} // namespace gtol
