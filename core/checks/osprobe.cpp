#include "osprobe.h"

namespace gtol {

QString OsProbe::title() const
{
    return tr("Operating system");
}

CheckResult OsProbe::evaluate(const OsFacts &facts)
{
    CheckResult result;
    const QString name = facts.prettyName.isEmpty() ? tr("unknown system") : facts.prettyName;
    switch (facts.family) {
    case OsFamily::Windows:
        if (facts.windowsBuild < 0) {
            result.status = CheckStatus::Unknown;
            result.evidence.append(tr("%1, build number could not be read.").arg(name));
            return result;
        }
        result.evidence.append(tr("%1 (build %2, %3)").arg(name).arg(facts.windowsBuild).arg(facts.architecture));
        if (facts.windowsBuild >= 22000) {
            result.status = CheckStatus::Pass;
        } else {
            result.status = CheckStatus::Fail;
            result.evidence.append(tr("Build %1 is Windows 10 or older; GTOL supports Windows 11 (build 22000 or later).")
                                       .arg(facts.windowsBuild));
            result.remediation = tr("Use a PC with Windows 11, or have it upgraded to Windows 11.");
            result.actor = Actor::ItVendor;
        }
        return result;
    case OsFamily::MacOS:
        result.evidence.append(tr("%1 (%2)").arg(name, facts.architecture));
        if (facts.macMajor < 0) {
            result.status = CheckStatus::Unknown;
            result.evidence.append(tr("The macOS version could not be read."));
        } else if (facts.macMajor >= 12 && facts.macMajor <= 14) {
            result.status = CheckStatus::Pass;
        } else if (facts.macMajor > 14) {
            result.status = CheckStatus::Warn;
            result.evidence.append(tr("macOS %1 is newer than the supported versions (macOS 12, 13, 14).").arg(facts.macMajor));
            result.remediation = tr("It probably works, but it is not on the supported list: ask the GTOL help desk "
                                    "before relying on it.");
            result.actor = Actor::Clerk;
        } else {
            result.status = CheckStatus::Fail;
            result.evidence.append(tr("macOS %1 is older than the supported versions (macOS 12, 13, 14).").arg(facts.macMajor));
            result.remediation = tr("Update macOS to version 12, 13 or 14, or use a supported PC.");
            result.actor = Actor::ItVendor;
        }
        return result;
    case OsFamily::Linux:
    case OsFamily::Other:
        break;
    }
    result.status = CheckStatus::Fail;
    result.evidence.append(tr("%1 is not a supported system for clerks (Windows 11 or macOS 12–14).").arg(name));
    result.remediation = tr("Use a PC with Windows 11 or macOS 12–14 for GTOL. (IT staff may run this check "
                            "here, but the clerk's PC must be a supported one.)");
    result.actor = Actor::ItVendor;
    return result;
}

void OsProbe::run()
{
    const auto platform = context().platform;
    runOffThread<OsFacts>([platform] { return platform->os(); }, [this](OsFacts facts) { finish(evaluate(facts)); });
}

} // namespace gtol
