#pragma once

#include <QList>
#include <QNetworkProxy>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace gtol {

// Facts about this machine that only the operating system knows. Each platform has its own
// implementation file (platformfacts_win.cpp, _mac.cpp, _linux.cpp; CMake picks one), so the
// probes' verdict logic stays platform-free and is tested on Linux with a fake that returns any
// Windows or macOS answer. A fact that cannot be known here is std::nullopt with `why` filled:
// the probe then says Unknown, never Pass.
//
// Methods may block (registry, keychain, PAC download): probes call them off the UI thread.

enum class OsFamily { Windows, MacOS, Linux, Other };

struct OsFacts
{
    OsFamily family = OsFamily::Other;
    QString prettyName;     // "Windows 11 Pro", "macOS 14.5" (evidence)
    QString version;        // product version: "11", "14.5"
    int windowsBuild = -1;  // 22631 on Windows 11 23H2; -1 when not Windows or unknown
    int macMajor = -1;      // 14 for macOS 14.x
    QString architecture;   // "x86_64", "arm64"
};

struct BrowserInfo
{
    QString name;    // "Microsoft Edge", "Google Chrome"
    QString version; // empty when installed but the version could not be read
    QString location;
};

struct BrowserFacts
{
    bool known = false; // false: the installed browsers could not be listed (see why)
    QList<BrowserInfo> installed;
    QString why;
};

struct AdminFacts
{
    std::optional<bool> isAdmin;    // running with administrator rights now
    std::optional<bool> canElevate; // member of the administrators group (UAC / sudo possible)
    QString account;
    QString why;
};

struct CertStoreFacts
{
    std::optional<bool> writable; // the user certificate store accepts imports
    QString location;
    QString why;
};

// Windows only: what decides whether a .bat from a downloaded zip runs.
struct ScriptPolicyFacts
{
    bool applicable = false;            // false off Windows
    std::optional<int> disableCmd;      // Policies\System\DisableCMD: 0/none, 1 cmd+scripts off, 2 cmd off
    std::optional<int> saferDefaultLevel; // Safer\CodeIdentifiers\DefaultLevel: 0 disallowed, 0x40000 unrestricted
    std::optional<int> saveZoneInformation; // Attachments\SaveZoneInformation: 1 do not keep MotW, 2 keep
    std::optional<QString> lowRiskFileTypes; // Associations\LowRiskFileTypes
    std::optional<QString> executionPolicy;  // PowerShell policy (evidence; .bat does not depend on it)
    QString why;
};

// Windows only: Internet Options > Advanced > "Use TLS 1.2" (SecureProtocols bit field).
struct TlsSettingsFacts
{
    bool applicable = false;
    std::optional<quint32> secureProtocols;
    QString source; // registry path read
    QString why;
};

struct NetworkAdapter
{
    QString name;        // "utun3", "tun0", "Ethernet 2"
    QString description; // human name ("Cisco AnyConnect Secure Mobility Client Virtual Miniport")
    bool up = false;
    bool virtualOrPpp = false;
    QStringList addresses; // without link-local
};

// How a request to a URL would leave this machine: the system proxy (settings, PAC, on Linux
// the https_proxy/no_proxy variables). Empty list or only NoProxy: direct.
struct ProxyAnswer
{
    bool known = false;
    QList<QNetworkProxy> proxies;
    QString source; // "environment https_proxy", "system settings"
    QString why;
};

class PlatformFacts
{
public:
    virtual ~PlatformFacts() = default;

    virtual OsFacts os() const = 0;
    virtual BrowserFacts browsers() const = 0;
    virtual AdminFacts admin() const = 0;
    virtual CertStoreFacts certStore() const = 0;
    virtual ScriptPolicyFacts scriptPolicy() const = 0;
    virtual TlsSettingsFacts tlsSettings() const = 0;
    virtual QList<NetworkAdapter> adapters() const = 0;
    virtual ProxyAnswer proxyFor(const QUrl &url) const = 0;

    // The implementation for the platform this was built for.
    static std::shared_ptr<PlatformFacts> createSystem();

    // Shared helpers the platform files use.
    static QList<NetworkAdapter> adaptersFromQt();
    static ProxyAnswer proxyFromQt(const QUrl &url);
    // The curl/wget convention: https_proxy (or HTTPS_PROXY, all_proxy) unless the host matches
    // no_proxy (exact, suffix ".example.jp" or "example.jp" for subdomains too, "*" for all).
    static std::optional<ProxyAnswer> proxyFromEnvironment(const QUrl &url, const QByteArray &httpsProxy,
                                                           const QByteArray &noProxy);
};

} // namespace gtol
