// Linux (and other Unix without their own file): what a clerk's PC never runs, but IT staff and CI
// do. Everything measurable is measured; Windows-only facts say so.
#include "platformfacts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <vector>

namespace gtol {

namespace {

QStringList groupNames()
{
    QStringList names;
    const int count = getgroups(0, nullptr);
    if (count <= 0)
        return names;
    std::vector<gid_t> groups(static_cast<size_t>(count));
    const int got = getgroups(count, groups.data());
    for (int i = 0; i < got; ++i) {
        if (const group *entry = getgrgid(groups[static_cast<size_t>(i)]))
            names.append(QString::fromLocal8Bit(entry->gr_name));
    }
    return names;
}

class LinuxFacts final : public PlatformFacts
{
public:
    OsFacts os() const override
    {
        OsFacts facts;
        facts.family = QSysInfo::kernelType() == QStringLiteral("linux") ? OsFamily::Linux : OsFamily::Other;
        facts.prettyName = QSysInfo::prettyProductName();
        facts.version = QSysInfo::productVersion();
        facts.architecture = QSysInfo::currentCpuArchitecture();
        return facts;
    }

    BrowserFacts browsers() const override
    {
        BrowserFacts facts;
        facts.known = true;
        const struct { const char *exe; const char *name; } candidates[] = {
            {"microsoft-edge", "Microsoft Edge"}, {"microsoft-edge-stable", "Microsoft Edge"},
            {"google-chrome", "Google Chrome"},   {"google-chrome-stable", "Google Chrome"},
            {"chromium", "Chromium"},             {"firefox", "Firefox"},
        };
        for (const auto &candidate : candidates) {
            const QString path = QStandardPaths::findExecutable(QString::fromLatin1(candidate.exe));
            const QString name = QString::fromLatin1(candidate.name);
            const bool listed = std::any_of(facts.installed.begin(), facts.installed.end(),
                                            [&name](const BrowserInfo &b) { return b.name == name; });
            if (!path.isEmpty() && !listed)
                facts.installed.append(BrowserInfo{name, {}, path});
        }
        return facts;
    }

    AdminFacts admin() const override
    {
        AdminFacts facts;
        if (const passwd *user = getpwuid(geteuid()))
            facts.account = QString::fromLocal8Bit(user->pw_name);
        facts.isAdmin = geteuid() == 0;
        const QStringList groups = groupNames();
        facts.canElevate = *facts.isAdmin || groups.contains(QStringLiteral("sudo"))
            || groups.contains(QStringLiteral("wheel")) || groups.contains(QStringLiteral("admin"));
        return facts;
    }

    CertStoreFacts certStore() const override
    {
        // Chrome and other NSS users keep per-user certificates in ~/.pki/nssdb.
        CertStoreFacts facts;
        const QString home = QDir::homePath();
        const QString store = QDir(home).filePath(QStringLiteral(".pki/nssdb"));
        facts.location = store;
        const QFileInfo info(store);
        if (info.exists())
            facts.writable = info.isDir() && info.isWritable();
        else if (QFileInfo(home).isWritable())
            facts.writable = true; // it is created on first import
        else
            facts.writable = false;
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

    ProxyAnswer proxyFor(const QUrl &url) const override
    {
        // Qt's libproxy backend reads these too, but not in every desktop session: read them here
        // so the answer is the one curl, apt and the browsers started from this shell would use.
        QByteArray proxy = qgetenv("https_proxy");
        if (proxy.isEmpty())
            proxy = qgetenv("HTTPS_PROXY");
        if (proxy.isEmpty())
            proxy = qgetenv("all_proxy");
        if (proxy.isEmpty())
            proxy = qgetenv("ALL_PROXY");
        QByteArray noProxy = qgetenv("no_proxy");
        if (noProxy.isEmpty())
            noProxy = qgetenv("NO_PROXY");
        if (auto fromEnvironment = proxyFromEnvironment(url, proxy, noProxy))
            return *fromEnvironment;
        return proxyFromQt(url);
    }
};

} // namespace

std::shared_ptr<PlatformFacts> PlatformFacts::createSystem()
{
    return std::make_shared<LinuxFacts>();
}

} // namespace gtol
