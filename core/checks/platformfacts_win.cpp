// Windows: the registry (through QSettings' native format), the process token and the user's
// certificate store. The only file that includes <windows.h>.
#include "platformfacts.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSysInfo>

#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#include <wincrypt.h>

namespace gtol {

namespace {

std::optional<int> registryInt(const QString &key, const QString &name)
{
    const QSettings settings(key, QSettings::NativeFormat);
    const QVariant value = settings.value(name);
    bool ok = false;
    const int number = value.toInt(&ok);
    return value.isValid() && ok ? std::optional<int>(number) : std::nullopt;
}

std::optional<QString> registryString(const QString &key, const QString &name)
{
    const QSettings settings(key, QSettings::NativeFormat);
    const QVariant value = settings.value(name);
    return value.isValid() ? std::optional<QString>(value.toString()) : std::nullopt;
}

// Policies first (they win), then the user's own setting.
template <typename T, typename Reader>
std::optional<T> policyOrUser(Reader reader, const QStringList &keys, const QString &name)
{
    for (const QString &key : keys) {
        if (auto value = reader(key, name))
            return value;
    }
    return std::nullopt;
}

class WindowsFacts final : public PlatformFacts
{
public:
    OsFacts os() const override
    {
        OsFacts facts;
        facts.family = OsFamily::Windows;
        facts.prettyName = QSysInfo::prettyProductName();
        facts.version = QSysInfo::productVersion();
        facts.architecture = QSysInfo::currentCpuArchitecture();
        // "10.0.22631": Windows 11 still calls itself 10.0; the build number tells them apart.
        bool ok = false;
        const int build = QSysInfo::kernelVersion().section(u'.', 2, 2).toInt(&ok);
        facts.windowsBuild = ok ? build : -1;
        if (facts.windowsBuild < 0) {
            if (auto fromRegistry = registryString(
                    QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion"),
                    QStringLiteral("CurrentBuildNumber")))
                facts.windowsBuild = fromRegistry->toInt();
        }
        return facts;
    }

    BrowserFacts browsers() const override
    {
        BrowserFacts facts;
        facts.known = true;
        const struct { const wchar_t *exe; const char *name; const char *beacon; } candidates[] = {
            {L"msedge.exe", "Microsoft Edge", "HKEY_CURRENT_USER\\Software\\Microsoft\\Edge\\BLBeacon"},
            {L"chrome.exe", "Google Chrome", "HKEY_CURRENT_USER\\Software\\Google\\Chrome\\BLBeacon"},
        };
        for (const auto &candidate : candidates) {
            const QString exe = QString::fromWCharArray(candidate.exe);
            QString location;
            for (const char *root : {"HKEY_LOCAL_MACHINE", "HKEY_CURRENT_USER"}) {
                const QString key = QString::fromLatin1(root)
                    + QStringLiteral("\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\") + exe;
                if (auto path = registryString(key, QStringLiteral("Default")); path && !path->isEmpty()) {
                    location = *path;
                    break;
                }
            }
            if (location.isEmpty())
                continue;
            const QString version = registryString(QString::fromLatin1(candidate.beacon), QStringLiteral("version"))
                                        .value_or(QString());
            facts.installed.append(BrowserInfo{QString::fromLatin1(candidate.name), version, location});
        }
        return facts;
    }

    AdminFacts admin() const override
    {
        AdminFacts facts;
        wchar_t name[256];
        DWORD length = 256;
        if (GetUserNameW(name, &length))
            facts.account = QString::fromWCharArray(name);
        HANDLE token = nullptr;
        if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) {
            facts.why = QStringLiteral("OpenProcessToken failed: %1").arg(GetLastError());
            return facts;
        }
        TOKEN_ELEVATION elevation{};
        DWORD size = 0;
        if (GetTokenInformation(token, TokenElevation, &elevation, sizeof elevation, &size))
            facts.isAdmin = elevation.TokenIsElevated != 0;
        TOKEN_ELEVATION_TYPE type{};
        if (GetTokenInformation(token, TokenElevationType, &type, sizeof type, &size)) {
            if (type == TokenElevationTypeLimited || type == TokenElevationTypeFull) {
                facts.canElevate = true; // a split token: an administrator running filtered
            } else {
                // UAC off or a standard user: membership of Administrators decides.
                BYTE sid[SECURITY_MAX_SID_SIZE];
                DWORD sidSize = sizeof sid;
                BOOL member = FALSE;
                if (CreateWellKnownSid(WinBuiltinAdministratorsSid, nullptr, sid, &sidSize)
                    && CheckTokenMembership(nullptr, sid, &member))
                    facts.canElevate = member != FALSE;
            }
        }
        CloseHandle(token);
        return facts;
    }

    CertStoreFacts certStore() const override
    {
        CertStoreFacts facts;
        facts.location = QStringLiteral("CurrentUser\\My");
        // Opening without CERT_STORE_READONLY_FLAG fails when policy or profile makes it read-only.
        HCERTSTORE store = CertOpenStore(CERT_STORE_PROV_SYSTEM_W, 0, 0,
                                         CERT_SYSTEM_STORE_CURRENT_USER | CERT_STORE_OPEN_EXISTING_FLAG, L"MY");
        if (store) {
            facts.writable = true;
            CertCloseStore(store, 0);
        } else {
            facts.writable = false;
            facts.why = QStringLiteral("CertOpenStore(CurrentUser\\My) failed: 0x%1").arg(GetLastError(), 0, 16);
        }
        return facts;
    }

    ScriptPolicyFacts scriptPolicy() const override
    {
        ScriptPolicyFacts facts;
        facts.applicable = true;
        facts.disableCmd = policyOrUser<int>(registryInt,
            {QStringLiteral("HKEY_CURRENT_USER\\Software\\Policies\\Microsoft\\Windows\\System"),
             QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Windows\\System")},
            QStringLiteral("DisableCMD"));
        facts.saferDefaultLevel = registryInt(
            QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\Safer\\CodeIdentifiers"),
            QStringLiteral("DefaultLevel"));
        facts.saveZoneInformation = policyOrUser<int>(registryInt,
            {QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Policies\\Attachments"),
             QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows\\CurrentVersion\\Policies\\Attachments")},
            QStringLiteral("SaveZoneInformation"));
        facts.lowRiskFileTypes = policyOrUser<QString>(registryString,
            {QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Policies\\Associations"),
             QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows\\CurrentVersion\\Policies\\Associations")},
            QStringLiteral("LowRiskFileTypes"));
        facts.executionPolicy = policyOrUser<QString>(registryString,
            {QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\PowerShell"),
             QStringLiteral("HKEY_CURRENT_USER\\SOFTWARE\\Microsoft\\PowerShell\\1\\ShellIds\\Microsoft.PowerShell")},
            QStringLiteral("ExecutionPolicy"));
        return facts;
    }

    TlsSettingsFacts tlsSettings() const override
    {
        TlsSettingsFacts facts;
        facts.applicable = true;
        const QStringList keys{
            QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\CurrentVersion\\Internet Settings"),
            QStringLiteral("HKEY_CURRENT_USER\\SOFTWARE\\Policies\\Microsoft\\Windows\\CurrentVersion\\Internet Settings"),
            QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings"),
        };
        for (const QString &key : keys) {
            if (auto value = registryInt(key, QStringLiteral("SecureProtocols"))) {
                facts.secureProtocols = static_cast<quint32>(*value);
                facts.source = key;
                return facts;
            }
        }
        facts.why = QCoreApplication::translate("gtol::PlatformFacts", "SecureProtocols is not set: the Windows default applies.");
        facts.secureProtocols = 0x0A80; // Windows 11 default: TLS 1.0 off in recent builds, 1.2 and 1.3 on
        facts.source = QCoreApplication::translate("gtol::PlatformFacts", "(Windows default)");
        return facts;
    }

    QList<NetworkAdapter> adapters() const override { return adaptersFromQt(); }
    ProxyAnswer proxyFor(const QUrl &url) const override { return proxyFromQt(url); } // WinHTTP, PAC and WPAD
};

} // namespace

std::shared_ptr<PlatformFacts> PlatformFacts::createSystem()
{
    return std::make_shared<WindowsFacts>();
}

} // namespace gtol
