// macOS: facts from QSysInfo, the application bundles, the admin group and the login keychain.
#include "platformfacts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSysInfo>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

#include <vector>

namespace gtol {

namespace {

bool inGroup(const char *name)
{
    const group *wanted = getgrnam(name);
    if (!wanted)
        return false;
    const int count = getgroups(0, nullptr);
    if (count <= 0)
        return false;
    std::vector<gid_t> groups(static_cast<size_t>(count));
    const int got = getgroups(count, groups.data());
    for (int i = 0; i < got; ++i) {
        if (groups[static_cast<size_t>(i)] == wanted->gr_gid)
            return true;
    }
    return false;
}

class MacFacts final : public PlatformFacts
{
public:
    OsFacts os() const override
    {
        OsFacts facts;
        facts.family = OsFamily::MacOS;
        facts.prettyName = QSysInfo::prettyProductName();
        facts.version = QSysInfo::productVersion();
        bool ok = false;
        const int major = facts.version.section(u'.', 0, 0).toInt(&ok);
        facts.macMajor = ok ? major : -1;
        facts.architecture = QSysInfo::currentCpuArchitecture();
        return facts;
    }

    BrowserFacts browsers() const override
    {
        BrowserFacts facts;
        facts.known = true;
        const QStringList roots{QStringLiteral("/Applications"), QDir::homePath() + QStringLiteral("/Applications")};
        const struct { const char *bundle; const char *name; } candidates[] = {
            {"Google Chrome.app", "Google Chrome"}, {"Microsoft Edge.app", "Microsoft Edge"}, {"Safari.app", "Safari"}};
        for (const auto &candidate : candidates) {
            for (const QString &root : roots) {
                const QString bundle = root + u'/' + QString::fromLatin1(candidate.bundle);
                if (!QFileInfo(bundle).isDir())
                    continue;
                const QSettings plist(bundle + QStringLiteral("/Contents/Info.plist"), QSettings::NativeFormat);
                facts.installed.append(BrowserInfo{QString::fromLatin1(candidate.name),
                                                   plist.value(QStringLiteral("CFBundleShortVersionString")).toString(),
                                                   bundle});
                break;
            }
        }
        return facts;
    }

    AdminFacts admin() const override
    {
        AdminFacts facts;
        if (const passwd *user = getpwuid(geteuid()))
            facts.account = QString::fromLocal8Bit(user->pw_name);
        facts.isAdmin = geteuid() == 0;
        facts.canElevate = *facts.isAdmin || inGroup("admin");
        return facts;
    }

    CertStoreFacts certStore() const override
    {
        CertStoreFacts facts;
        const QString keychain = QDir::homePath() + QStringLiteral("/Library/Keychains/login.keychain-db");
        facts.location = keychain;
        const QFileInfo info(keychain);
        if (info.exists())
            facts.writable = info.isWritable();
        else
            facts.why = QCoreApplication::translate("gtol::PlatformFacts", "The login keychain was not found.");
        return facts;
    }

    ScriptPolicyFacts scriptPolicy() const override
    {
        ScriptPolicyFacts facts;
        facts.why = QCoreApplication::translate("gtol::PlatformFacts", ".bat files and Windows script policies exist only on Windows.");
        return facts;
    }

    TlsSettingsFacts tlsSettings() const override
    {
        TlsSettingsFacts facts;
        facts.why = QCoreApplication::translate("gtol::PlatformFacts", "Internet Options exist only on Windows.");
        return facts;
    }

    QList<NetworkAdapter> adapters() const override { return adaptersFromQt(); }
    ProxyAnswer proxyFor(const QUrl &url) const override { return proxyFromQt(url); } // CFNetwork, PAC included
};

} // namespace

std::shared_ptr<PlatformFacts> PlatformFacts::createSystem()
{
    return std::make_shared<MacFacts>();
}

} // namespace gtol
