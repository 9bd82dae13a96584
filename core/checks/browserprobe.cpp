#include "browserprobe.h"

namespace gtol {

QString BrowserProbe::title() const
{
    return tr("Web browser");
}

CheckResult BrowserProbe::evaluate(const OsFacts &os, const BrowserFacts &browsers)
{
    CheckResult result;
    if (!browsers.known) {
        result.status = CheckStatus::Unknown;
        result.evidence.append(tr("The installed browsers could not be listed: %1").arg(browsers.why));
        return result;
    }
    QStringList supported;
    if (os.family == OsFamily::Windows)
        supported = {QStringLiteral("Microsoft Edge"), QStringLiteral("Google Chrome")};
    else if (os.family == OsFamily::MacOS)
        supported = {QStringLiteral("Google Chrome")};

    bool found = false;
    for (const BrowserInfo &browser : browsers.installed) {
        const QString version = browser.version.isEmpty() ? tr("version not readable") : browser.version;
        result.evidence.append(tr("%1 %2 (%3)").arg(browser.name, version, browser.location));
        if (supported.contains(browser.name))
            found = true;
    }
    if (browsers.installed.isEmpty())
        result.evidence.append(tr("No browser found."));

    if (supported.isEmpty()) {
        result.status = CheckStatus::Unknown;
        result.evidence.append(tr("GTOL names supported browsers only for Windows 11 and macOS 12–14."));
        return result;
    }
    if (found) {
        result.status = CheckStatus::Pass;
        return result;
    }
    result.status = CheckStatus::Fail;
    result.actor = Actor::Clerk;
    result.remediation = os.family == OsFamily::Windows
        ? tr("Use Microsoft Edge (part of Windows 11) or install Google Chrome. If installing is not allowed, "
             "ask your IT vendor.")
        : tr("Install Google Chrome (GTOL supports only Chrome on macOS). If installing is not allowed, ask your "
             "IT vendor.");
    return result;
}

void BrowserProbe::run()
{
    const auto platform = context().platform;
    using Facts = std::pair<OsFacts, BrowserFacts>;
    runOffThread<Facts>([platform] { return Facts{platform->os(), platform->browsers()}; },
                        [this](Facts facts) { finish(evaluate(facts.first, facts.second)); });
}

} // namespace gtol
