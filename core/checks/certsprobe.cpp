#include "certsprobe.h"

namespace gtol {

QString CertsProbe::title() const
{
    return tr("Certificate store");
}

CheckResult CertsProbe::evaluate(const CertStoreFacts &facts)
{
    CheckResult result;
    if (!facts.writable.has_value()) {
        result.status = CheckStatus::Unknown;
        result.evidence.append(tr("The user certificate store could not be examined (%1). %2")
                                   .arg(facts.location, facts.why));
        return result;
    }
    if (*facts.writable) {
        result.status = CheckStatus::Pass;
        result.evidence.append(tr("The user certificate store %1 accepts imports.").arg(facts.location));
        return result;
    }
    result.status = CheckStatus::Fail;
    result.evidence.append(tr("The user certificate store %1 is read-only. %2").arg(facts.location, facts.why));
    result.remediation = tr("The GTOL certificate must be imported into this user's certificate store: ask your IT "
                            "vendor to allow it (policy or profile settings).");
    result.actor = Actor::ItVendor;
    return result;
}

void CertsProbe::run()
{
    const auto platform = context().platform;
    runOffThread<CertStoreFacts>([platform] { return platform->certStore(); },
                                 [this](CertStoreFacts facts) { finish(evaluate(facts)); });
}

} // namespace gtol
