#include "proxyprobe.h"

#include <QJsonArray>

namespace gtol {

QString ProxyProbe::title() const
{
    return tr("Proxy");
}

void ProxyProbe::run()
{
    const auto platform = context().platform;
    const QStringList hosts = context().profile.serviceHosts;
    const quint16 port = context().profile.servicePort;
    runOffThread<QList<Answer>>(
        [platform, hosts, port] {
            QList<Answer> answers;
            for (const QString &host : hosts) {
                QUrl url;
                url.setScheme(QStringLiteral("https"));
                url.setHost(host);
                url.setPort(port);
                answers.append(Answer{host, platform->proxyFor(url)});
            }
            return answers;
        },
        [this](QList<Answer> answers) { finish(evaluate(answers)); });
}

CheckResult ProxyProbe::evaluate(const QList<Answer> &answers)
{
    CheckResult result;
    QStringList proxied;
    bool unknown = answers.isEmpty();
    for (const Answer &answer : answers) {
        if (!answer.proxy.known) {
            unknown = true;
            result.evidence.append(tr("%1: the proxy setting could not be read (%2)").arg(answer.host, answer.proxy.why));
            continue;
        }
        if (answer.proxy.proxies.isEmpty()) {
            result.evidence.append(tr("%1: direct, no proxy (%2)").arg(answer.host, answer.proxy.source));
            continue;
        }
        QStringList via;
        for (const QNetworkProxy &proxy : answer.proxy.proxies)
            via.append(QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port()));
        result.evidence.append(tr("%1: through proxy %2 (%3)").arg(answer.host, via.join(QStringLiteral(", ")), answer.proxy.source));
        proxied.append(answer.host);
    }
    if (answers.isEmpty())
        result.evidence.append(tr("The deployment profile names no service host."));
    result.data.insert(QStringLiteral("proxiedHosts"), QJsonArray::fromStringList(proxied));
    if (!proxied.isEmpty()) {
        result.status = CheckStatus::Warn;
        result.remediation = tr("This PC sends %1 through a proxy. The IT vendor must add these hosts to the proxy "
                                "exclusions (proxy settings and PAC file).").arg(proxied.join(QStringLiteral(", ")));
        result.actor = Actor::ItVendor;
        return result;
    }
    result.status = unknown ? CheckStatus::Unknown : CheckStatus::Pass;
    return result;
}

} // namespace gtol
