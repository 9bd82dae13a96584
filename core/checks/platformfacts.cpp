#include "platformfacts.h"

#include <QCoreApplication>
#include <QNetworkInterface>
#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>

namespace gtol {

QList<NetworkAdapter> PlatformFacts::adaptersFromQt()
{
    QList<NetworkAdapter> adapters;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        if (interface.type() == QNetworkInterface::Loopback)
            continue;
        NetworkAdapter adapter;
        adapter.name = interface.name();
        adapter.description = interface.humanReadableName();
        adapter.up = interface.flags().testFlag(QNetworkInterface::IsUp)
            && interface.flags().testFlag(QNetworkInterface::IsRunning);
        adapter.virtualOrPpp = interface.type() == QNetworkInterface::Virtual
            || interface.type() == QNetworkInterface::Ppp
            || interface.flags().testFlag(QNetworkInterface::IsPointToPoint);
        const auto entries = interface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            if (!entry.ip().isLinkLocal())
                adapter.addresses.append(entry.ip().toString());
        }
        adapters.append(adapter);
    }
    return adapters;
}

ProxyAnswer PlatformFacts::proxyFromQt(const QUrl &url)
{
    ProxyAnswer answer;
    answer.known = true;
    answer.source = QCoreApplication::translate("gtol::PlatformFacts", "system proxy settings");
    const auto proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    for (const QNetworkProxy &proxy : proxies) {
        if (proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::DefaultProxy)
            answer.proxies.append(proxy);
    }
    return answer;
}

std::optional<ProxyAnswer> PlatformFacts::proxyFromEnvironment(const QUrl &url, const QByteArray &httpsProxy,
                                                               const QByteArray &noProxy)
{
    if (httpsProxy.trimmed().isEmpty())
        return std::nullopt;
    ProxyAnswer answer;
    answer.known = true;
    answer.source = QCoreApplication::translate("gtol::PlatformFacts", "environment variable https_proxy");
    const QString host = url.host().toLower();
    const auto exclusions = QString::fromLocal8Bit(noProxy).split(u',', Qt::SkipEmptyParts);
    for (QString exclusion : exclusions) {
        exclusion = exclusion.trimmed().toLower();
        if (const qsizetype colon = exclusion.lastIndexOf(u':'); colon > 0 && !exclusion.contains(u']')
            && exclusion.count(u':') == 1)
            exclusion.truncate(colon); // "host:port": the port does not matter for this question
        if (exclusion == QStringLiteral("*")) {
            answer.source = QCoreApplication::translate("gtol::PlatformFacts", "https_proxy is set, but no_proxy=* excludes every host");
            return answer;
        }
        if (exclusion.startsWith(u'*'))
            exclusion.remove(0, 1);
        const QString bare = exclusion.startsWith(u'.') ? exclusion.mid(1) : exclusion;
        if (!bare.isEmpty() && (host == bare || host.endsWith(u'.' + bare))) {
            answer.source = QCoreApplication::translate("gtol::PlatformFacts", "https_proxy is set, but no_proxy excludes it with \"%1\"").arg(exclusion);
            return answer;
        }
    }
    QString proxyText = QString::fromLocal8Bit(httpsProxy.trimmed());
    if (!proxyText.contains(QStringLiteral("://")))
        proxyText.prepend(QStringLiteral("http://"));
    const QUrl proxyUrl(proxyText);
    const auto type = proxyUrl.scheme().startsWith(QStringLiteral("socks")) ? QNetworkProxy::Socks5Proxy
                                                                              : QNetworkProxy::HttpProxy;
    answer.proxies.append(QNetworkProxy(type, proxyUrl.host(), static_cast<quint16>(proxyUrl.port(8080))));
    return answer;
}

} // namespace gtol
