#include "deploymentprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace gtol {

namespace {

// The first problem found, with the path of the key that holds it ("service.hosts[1]").
struct Problem
{
    QString path;
    QString what; // technical, English: goes to Error::detail
};

Error invalid(const Problem &problem)
{
    return Error{QStringLiteral("profile.invalid"),
                 QCoreApplication::translate("gtol::DeploymentProfile", "The deployment profile is wrong at “%1”.").arg(problem.path),
                 problem.path + QStringLiteral(": ") + problem.what};
}

// QtNetwork's QHostAddress is not linked into the model; a literal is recognised by its shape.
bool isLiteralAddress(const QString &host)
{
    static const QRegularExpression v4(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    static const QRegularExpression v6(QStringLiteral("^[0-9A-Fa-f:.]+$"));
    if (const auto match = v4.match(host); match.hasMatch()) {
        for (int i = 1; i <= 4; ++i) {
            if (match.captured(i).toInt() > 255)
                return false;
        }
        return true;
    }
    return host.contains(u':') && v6.match(host).hasMatch();
}

bool isHostName(const QString &text)
{
    if (isLiteralAddress(text))
        return true;
    static const QRegularExpression pattern(QStringLiteral(
        "^(?=.{1,253}$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?$"));
    return pattern.match(text).hasMatch();
}

// Small typed readers: each returns the problem, or fills `out`.
std::optional<Problem> checkKeys(const QJsonObject &object, const QString &path, const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return Problem{path.isEmpty() ? it.key() : path + u'.' + it.key(), QStringLiteral("unknown key")};
    }
    return std::nullopt;
}

std::optional<Problem> readPort(const QJsonValue &value, const QString &path, quint16 &out)
{
    const double number = value.toDouble(-1);
    // The range first: casting a double outside int's range (1e300) is undefined behaviour.
    if (!value.isDouble() || number < 1 || number > 65535 || number != static_cast<int>(number))
        return Problem{path, QStringLiteral("expected a port number 1-65535")};
    out = static_cast<quint16>(number);
    return std::nullopt;
}

std::optional<Problem> readTimeout(const QJsonValue &value, const QString &path, int &out)
{
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 50 || number > 600000 || number != static_cast<int>(number))
        return Problem{path, QStringLiteral("expected milliseconds 50-600000")};
    out = static_cast<int>(number);
    return std::nullopt;
}

std::optional<Problem> readFile(const QJsonValue &value, const QString &path, const QString &baseDir, QString &out)
{
    if (value.isNull() || value.isUndefined()) {
        out.clear();
        return std::nullopt;
    }
    if (!value.isString() || value.toString().isEmpty())
        return Problem{path, QStringLiteral("expected a file name or null")};
    const QString name = value.toString();
    out = QDir::isAbsolutePath(name) || baseDir.isEmpty() ? name : QDir(baseDir).filePath(name);
    return std::nullopt;
}

std::optional<Problem> parse(const QJsonObject &root, const QString &baseDir, DeploymentProfile &profile)
{
    if (auto p = checkKeys(root, {}, {QStringLiteral("service"), QStringLiteral("vpn"), QStringLiteral("timeouts"),
                                      QStringLiteral("backend")}))
        return p;

    const QJsonValue serviceValue = root.value(QStringLiteral("service"));
    if (!serviceValue.isObject())
        return Problem{QStringLiteral("service"), QStringLiteral("expected an object")};
    const QJsonObject service = serviceValue.toObject();
    if (auto p = checkKeys(service, QStringLiteral("service"),
                           {QStringLiteral("hosts"), QStringLiteral("port"), QStringLiteral("caFile")}))
        return p;
    const QJsonValue hosts = service.value(QStringLiteral("hosts"));
    if (!hosts.isArray() || hosts.toArray().isEmpty())
        return Problem{QStringLiteral("service.hosts"), QStringLiteral("expected a non-empty array of host names")};
    profile.serviceHosts.clear();
    const QJsonArray hostArray = hosts.toArray();
    for (qsizetype i = 0; i < hostArray.size(); ++i) {
        const QString host = hostArray.at(i).toString();
        if (!hostArray.at(i).isString() || !isHostName(host))
            return Problem{QStringLiteral("service.hosts[%1]").arg(i), QStringLiteral("expected a host name")};
        profile.serviceHosts.append(host);
    }
    if (service.contains(QStringLiteral("port"))) {
        if (auto p = readPort(service.value(QStringLiteral("port")), QStringLiteral("service.port"), profile.servicePort))
            return p;
    }
    if (auto p = readFile(service.value(QStringLiteral("caFile")), QStringLiteral("service.caFile"), baseDir,
                          profile.serviceCaFile))
        return p;

    if (root.contains(QStringLiteral("vpn"))) {
        const QJsonValue vpnValue = root.value(QStringLiteral("vpn"));
        if (!vpnValue.isObject())
            return Problem{QStringLiteral("vpn"), QStringLiteral("expected an object")};
        const QJsonObject vpn = vpnValue.toObject();
        if (auto p = checkKeys(vpn, QStringLiteral("vpn"), {QStringLiteral("gateway"), QStringLiteral("ports")}))
            return p;
        const QJsonValue gateway = vpn.value(QStringLiteral("gateway"));
        if (gateway.isNull() || gateway.isUndefined()) {
            profile.vpnGateway.clear();
        } else if (!gateway.isString() || !isHostName(gateway.toString())) {
            return Problem{QStringLiteral("vpn.gateway"), QStringLiteral("expected a host name, an address or null")};
        } else {
            profile.vpnGateway = gateway.toString();
        }
        if (vpn.contains(QStringLiteral("ports"))) {
            const QJsonValue ports = vpn.value(QStringLiteral("ports"));
            if (!ports.isArray() || ports.toArray().isEmpty())
                return Problem{QStringLiteral("vpn.ports"), QStringLiteral("expected a non-empty array of ports")};
            profile.vpnPorts.clear();
            const QJsonArray portArray = ports.toArray();
            for (qsizetype i = 0; i < portArray.size(); ++i) {
                quint16 port = 0;
                if (auto p = readPort(portArray.at(i), QStringLiteral("vpn.ports[%1]").arg(i), port))
                    return p;
                profile.vpnPorts.append(port);
            }
        }
    }

    if (root.contains(QStringLiteral("timeouts"))) {
        const QJsonValue timeoutsValue = root.value(QStringLiteral("timeouts"));
        if (!timeoutsValue.isObject())
            return Problem{QStringLiteral("timeouts"), QStringLiteral("expected an object")};
        const QJsonObject timeouts = timeoutsValue.toObject();
        if (auto p = checkKeys(timeouts, QStringLiteral("timeouts"), {QStringLiteral("probeMs"), QStringLiteral("probes")}))
            return p;
        if (timeouts.contains(QStringLiteral("probeMs"))) {
            if (auto p = readTimeout(timeouts.value(QStringLiteral("probeMs")), QStringLiteral("timeouts.probeMs"),
                                     profile.probeTimeoutMs))
                return p;
        }
        if (timeouts.contains(QStringLiteral("probes"))) {
            const QJsonValue probes = timeouts.value(QStringLiteral("probes"));
            if (!probes.isObject())
                return Problem{QStringLiteral("timeouts.probes"), QStringLiteral("expected an object of probe id -> ms")};
            const QJsonObject probeObject = probes.toObject();
            for (auto it = probeObject.begin(); it != probeObject.end(); ++it) {
                int ms = 0;
                if (auto p = readTimeout(it.value(), QStringLiteral("timeouts.probes.") + it.key(), ms))
                    return p;
                profile.probeTimeoutsMs.insert(it.key(), ms);
            }
        }
    }

    if (root.contains(QStringLiteral("backend"))) {
        const QJsonValue backendValue = root.value(QStringLiteral("backend"));
        if (!backendValue.isObject())
            return Problem{QStringLiteral("backend"), QStringLiteral("expected an object")};
        const QJsonObject backend = backendValue.toObject();
        if (auto p = checkKeys(backend, QStringLiteral("backend"), {QStringLiteral("url"), QStringLiteral("caFile")}))
            return p;
        const QJsonValue url = backend.value(QStringLiteral("url"));
        if (url.isNull() || url.isUndefined()) {
            profile.backendUrl.clear();
        } else {
            const QUrl parsed(url.toString(), QUrl::StrictMode);
            // The backend carries personal data: https only, never plain http.
            if (!url.isString() || !parsed.isValid() || parsed.scheme() != QStringLiteral("https") || parsed.host().isEmpty())
                return Problem{QStringLiteral("backend.url"), QStringLiteral("expected an https:// URL")};
            profile.backendUrl = parsed;
        }
        if (auto p = readFile(backend.value(QStringLiteral("caFile")), QStringLiteral("backend.caFile"), baseDir,
                              profile.backendCaFile))
            return p;
    }
    return std::nullopt;
}

} // namespace

int DeploymentProfile::largestTimeoutMs() const
{
    int largest = probeTimeoutMs;
    for (const int ms : probeTimeoutsMs)
        largest = std::max(largest, ms);
    return largest;
}

QStringList DeploymentProfile::fqdns() const
{
    QStringList names;
    auto add = [&names](const QString &host) {
        if (!host.isEmpty() && !isLiteralAddress(host) && !names.contains(host, Qt::CaseInsensitive))
            names.append(host);
    };
    for (const QString &host : serviceHosts)
        add(host);
    add(vpnGateway);
    add(backendUrl.host());
    return names;
}

Result<DeploymentProfile> DeploymentProfile::fromJson(const QByteArray &json, const QString &baseDir)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{QStringLiteral("profile.invalid"), QCoreApplication::translate("gtol::DeploymentProfile", "The deployment profile is not valid JSON."),
                     QStringLiteral("offset %1: %2").arg(parseError.offset).arg(parseError.errorString())};
    if (!document.isObject())
        return invalid(Problem{QStringLiteral("(root)"), QStringLiteral("expected an object")});
    DeploymentProfile profile;
    if (auto problem = parse(document.object(), baseDir, profile))
        return invalid(*problem);
    return profile;
}

Result<DeploymentProfile> DeploymentProfile::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("profile.unreadable"), QCoreApplication::translate("gtol::DeploymentProfile", "The deployment profile could not be read."),
                     path + QStringLiteral(": ") + file.errorString()};
    // A profile is a few hundred bytes; a huge file is a mistake, not a profile.
    const QByteArray data = file.read(1024 * 1024);
    const bool local = !path.startsWith(u':');
    return fromJson(data, local ? QFileInfo(path).absolutePath() : QString());
}

Result<DeploymentProfile> DeploymentProfile::builtIn()
{
    return fromFile(QStringLiteral(":/gtol/profile/default-profile.json"));
}

Result<DeploymentProfile> DeploymentProfile::load(const QString &overridePath)
{
    return overridePath.isEmpty() ? builtIn() : fromFile(overridePath);
}

QJsonObject DeploymentProfile::toJson() const
{
    auto fileValue = [](const QString &file) { return file.isEmpty() ? QJsonValue() : QJsonValue(file); };
    QJsonArray ports;
    for (const quint16 port : vpnPorts)
        ports.append(port);
    QJsonObject probes;
    for (auto it = probeTimeoutsMs.begin(); it != probeTimeoutsMs.end(); ++it)
        probes.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("service"), QJsonObject{{QStringLiteral("hosts"), QJsonArray::fromStringList(serviceHosts)},
                                                {QStringLiteral("port"), servicePort},
                                                {QStringLiteral("caFile"), fileValue(serviceCaFile)}}},
        {QStringLiteral("vpn"), QJsonObject{{QStringLiteral("gateway"), vpnGateway.isEmpty() ? QJsonValue() : QJsonValue(vpnGateway)},
                                            {QStringLiteral("ports"), ports}}},
        {QStringLiteral("timeouts"), QJsonObject{{QStringLiteral("probeMs"), probeTimeoutMs}, {QStringLiteral("probes"), probes}}},
        {QStringLiteral("backend"), QJsonObject{{QStringLiteral("url"), backendUrl.isEmpty() ? QJsonValue() : QJsonValue(backendUrl.toString())},
                                                {QStringLiteral("caFile"), fileValue(backendCaFile)}}},
    };
}

} // namespace gtol
