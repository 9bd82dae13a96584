#include "adminprobe.h"

namespace gtol {

QString AdminProbe::title() const
{
    return tr("Administrator rights");
}

CheckResult AdminProbe::evaluate(const AdminFacts &facts)
{
    CheckResult result;
    const QString account = facts.account.isEmpty() ? tr("this user") : facts.account;
    if (!facts.isAdmin.has_value() && !facts.canElevate.has_value()) {
        result.status = CheckStatus::Unknown;
        result.evidence.append(tr("The rights of %1 could not be read. %2").arg(account, facts.why));
        return result;
    }
    if (facts.isAdmin.value_or(false)) {
        result.status = CheckStatus::Pass;
        result.evidence.append(tr("%1 is running with administrator rights.").arg(account));
        return result;
    }
    if (facts.canElevate.value_or(false)) {
        result.status = CheckStatus::Pass;
        result.evidence.append(tr("%1 is an administrator (can confirm the installer's elevation prompt).").arg(account));
        return result;
    }
    result.status = facts.canElevate.has_value() ? CheckStatus::Warn : CheckStatus::Unknown;
    result.evidence.append(facts.canElevate.has_value()
                               ? tr("%1 is a standard user without administrator rights.").arg(account)
                               : tr("Whether %1 may become administrator could not be read.").arg(account));
    result.remediation = tr("Installing the VPN connection tool needs administrator rights: have someone with an "
                            "administrator account (usually the IT vendor) present for step 5.");
    result.actor = Actor::ItVendor;
    return result;
}

void AdminProbe::run()
{
    const auto platform = context().platform;
    runOffThread<AdminFacts>([platform] { return platform->admin(); },
                             [this](AdminFacts facts) { finish(evaluate(facts)); });
}

} // namespace gtol
