#include "batzipprobe.h"

namespace gtol {

QString BatZipProbe::title() const
{
    return tr(".bat files in downloaded zip files");
}

CheckResult BatZipProbe::evaluate(const ScriptPolicyFacts &facts)
{
    CheckResult result;
    if (!facts.applicable) {
        result.status = CheckStatus::Unknown;
        result.evidence.append(facts.why.isEmpty() ? tr("Not applicable on this system.") : facts.why);
        return result;
    }
    CheckStatus status = CheckStatus::Pass;
    QStringList remedies;

    if (facts.disableCmd.has_value()) {
        result.evidence.append(tr("DisableCMD policy = %1").arg(*facts.disableCmd));
        if (*facts.disableCmd == 1) {
            status = CheckStatus::Fail;
            remedies.append(tr("The policy \"Prevent access to the command prompt\" also blocks batch files: the IT "
                               "vendor must allow script processing (DisableCMD = 2 or off) for this user."));
        }
    } else {
        result.evidence.append(tr("DisableCMD policy: not set"));
    }

    if (facts.saferDefaultLevel.has_value()) {
        result.evidence.append(tr("Software Restriction Policy default level = 0x%1").arg(*facts.saferDefaultLevel, 0, 16));
        if (*facts.saferDefaultLevel == 0) {
            status = CheckStatus::Fail;
            remedies.append(tr("Software Restriction Policies disallow programs by default: the IT vendor must add a "
                               "rule for the GTOL connection tool."));
        }
    }

    const bool batLowRisk = facts.lowRiskFileTypes.has_value()
        && facts.lowRiskFileTypes->contains(QStringLiteral(".bat"), Qt::CaseInsensitive);
    if (facts.saveZoneInformation.has_value())
        result.evidence.append(tr("Attachment policy SaveZoneInformation = %1").arg(*facts.saveZoneInformation));
    if (facts.lowRiskFileTypes.has_value())
        result.evidence.append(tr("Low-risk file types = %1").arg(*facts.lowRiskFileTypes));
    const bool keepsMark = facts.saveZoneInformation.value_or(2) != 1;
    if (keepsMark && !batLowRisk) {
        // The Mark of the Web makes Windows ask before running; that works but surprises clerks.
        result.evidence.append(tr("Downloaded files keep the Mark of the Web: Windows asks before running the .bat."));
        if (status == CheckStatus::Pass) {
            status = CheckStatus::Warn;
            remedies.append(tr("When Windows asks \"Do you want to run this file?\", choose Run. If the zip's files "
                               "are blocked, open the zip's Properties and tick Unblock before extracting."));
        }
    }
    if (facts.executionPolicy.has_value())
        result.evidence.append(tr("PowerShell execution policy = %1 (does not affect .bat files)").arg(*facts.executionPolicy));

    result.status = status;
    result.remediation = remedies.join(u' ');
    result.actor = status == CheckStatus::Fail ? Actor::ItVendor : (status == CheckStatus::Warn ? Actor::Clerk : Actor::Nobody);
    return result;
}

void BatZipProbe::run()
{
    const auto platform = context().platform;
    runOffThread<ScriptPolicyFacts>([platform] { return platform->scriptPolicy(); },
                                    [this](ScriptPolicyFacts facts) { finish(evaluate(facts)); });
}

} // namespace gtol
