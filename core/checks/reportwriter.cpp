#include "reportwriter.h"

#include <QJsonArray>
#include <QLocale>

namespace gtol {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toVariant().toString());
    return list;
}

QString statusColour(CheckStatus status)
{
    // Colour only supports the words: every row also says OK / 注意 / NG / 未確認 in text.
    switch (status) {
    case CheckStatus::Pass: return QStringLiteral("#1b7f3b");
    case CheckStatus::Warn: return QStringLiteral("#9a6700");
    case CheckStatus::Fail: return QStringLiteral("#b42318");
    case CheckStatus::Manual: return QStringLiteral("#1f5fa8");
    case CheckStatus::Unknown: return QStringLiteral("#555555");
    }
    return QStringLiteral("#555555");
}

QString statusMark(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QStringLiteral("○");
    case CheckStatus::Warn: return QStringLiteral("△");
    case CheckStatus::Fail: return QStringLiteral("×");
    case CheckStatus::Manual: return QStringLiteral("？");
    case CheckStatus::Unknown: return QStringLiteral("－");
    }
    return QStringLiteral("－");
}

} // namespace

QJsonObject ReportWriter::toJson(const CheckReport &report)
{
    QJsonArray results;
    for (const CheckResult &result : report.results)
        results.append(result.toJson());
    return QJsonObject{
        {QStringLiteral("results"), results},
        {QStringLiteral("summary"), report.summaryJson()},
        {QStringLiteral("profile"), report.profile.toJson()},
    };
}

QString ReportWriter::toHtml(const CheckReport &report)
{
    const QLocale locale;
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">").arg(tr("en", "html lang"));
    html += QStringLiteral("<title>%1</title>").arg(esc(tr("GTOL requirements self-check report")));
    html += QStringLiteral(
        "<style>body{font-family:'Noto Sans CJK JP','Yu Gothic','Hiragino Sans',sans-serif;font-size:10.5pt;"
        "margin:1.5em;color:#111}h1{font-size:16pt}h2{font-size:13pt;border-bottom:1px solid #999;margin-top:1.4em}"
        "table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:4px 6px;vertical-align:top;"
        "text-align:left}th{background:#eee}.status{font-weight:bold;white-space:nowrap}ul{margin:0;padding-left:1.2em}"
        "tr{page-break-inside:avoid}.small{color:#444;font-size:9pt}</style></head><body>\n");

    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(tr("GTOL requirements self-check report")));
    html += QStringLiteral("<p class=\"small\">%1<br>%2<br>%3</p>\n")
                .arg(esc(tr("Checked: %1").arg(locale.toString(report.finishedAt.isValid() ? report.finishedAt.toLocalTime()
                                                                                              : report.startedAt.toLocalTime(),
                                                                QLocale::LongFormat))),
                     esc(tr("Computer: %1").arg(report.machine)),
                     esc(tr("Line contract (the clerk's answer): %1").arg(lineContractLabel(report.lineContract))));

    // Summary in words, so a print-out in black and white still says everything.
    html += QStringLiteral("<h2>%1</h2>\n<p>").arg(esc(tr("Summary")));
    html += esc(tr("Overall: %1").arg(statusLabel(report.overall())));
    html += QStringLiteral(" — ");
    QStringList counts;
    for (const CheckStatus status : {CheckStatus::Pass, CheckStatus::Warn, CheckStatus::Fail, CheckStatus::Manual,
                                     CheckStatus::Unknown})
        counts.append(QStringLiteral("%1 %2").arg(statusLabel(status)).arg(report.count(status)));
    html += esc(counts.join(QStringLiteral(" / "))) + QStringLiteral("</p>\n");
    if (!report.acknowledgedIds.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(esc(tr("The clerk chose to continue despite: %1")
                                                          .arg(report.acknowledgedIds.join(QStringLiteral(", ")))));

    html += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                .arg(esc(tr("Results")), esc(tr("Item")), esc(tr("Result")), esc(tr("What was measured")),
                     esc(tr("What to do / who")));
    for (const CheckResult &result : report.results) {
        QString evidence = QStringLiteral("<ul>");
        for (const QString &line : result.evidence)
            evidence += QStringLiteral("<li>%1</li>").arg(esc(line));
        evidence += QStringLiteral("</ul>");
        QString remedy = esc(result.remediation);
        if (!result.remediation.isEmpty() && result.actor != Actor::Nobody)
            remedy = QStringLiteral("<b>%1:</b> %2").arg(esc(actorLabel(result.actor)), remedy);
        if (remedy.isEmpty())
            remedy = result.status == CheckStatus::Pass ? esc(tr("Nothing to do."))
                                                        : esc(tr("Could not be checked on this PC; see what was measured."));
        html += QStringLiteral("<tr><td>%1<br><span class=\"small\">%2</span></td>"
                               "<td class=\"status\" style=\"color:%3\">%4 %5</td><td>%6</td><td>%7</td></tr>\n")
                    .arg(esc(result.title), esc(result.id), statusColour(result.status), statusMark(result.status),
                         esc(statusLabel(result.status)), evidence, remedy);
    }
    html += QStringLiteral("</table>\n");

    // For the IT vendor: exactly what to configure, whatever the results were.
    const DeploymentProfile &profile = report.profile;
    QStringList proxied;
    QStringList intercepted;
    QStringList unresolved;
    if (const CheckResult *proxy = report.find(QStringLiteral("proxy")))
        proxied = stringsOf(proxy->data.value(QStringLiteral("proxiedHosts")));
    if (const CheckResult *tls = report.find(QStringLiteral("tls12")))
        intercepted = stringsOf(tls->data.value(QStringLiteral("interceptedHosts")));
    if (const CheckResult *dns = report.find(QStringLiteral("dns")))
        unresolved = stringsOf(dns->data.value(QStringLiteral("unresolved")));
    auto flag = [](bool problem, const QString &text) {
        return problem ? QStringLiteral("<b>%1</b>").arg(esc(text)) : QString();
    };

    html += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                .arg(esc(tr("For the IT vendor: settings GTOL needs")),
                     esc(tr("Configure the facility's network so that this PC reaches the following. Items marked in "
                            "bold were found missing on this PC.")));
    html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                .arg(esc(tr("Purpose")), esc(tr("Host")), esc(tr("Protocol / port")), esc(tr("Setting")));
    for (const QString &host : profile.serviceHosts) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>TCP %3 (HTTPS, TLS 1.2+)</td><td>%4 %5 %6</td></tr>\n")
                    .arg(esc(tr("GTOL service")), esc(host))
                    .arg(profile.servicePort)
                    .arg(esc(tr("Allow outbound; exclude from the proxy; exclude from TLS/SSL inspection.")),
                         flag(proxied.contains(host), tr("Currently sent through a proxy.")),
                         flag(intercepted.contains(host), tr("Currently intercepted.")));
    }
    if (!profile.vpnGateway.isEmpty()) {
        QStringList ports;
        for (const quint16 port : profile.vpnPorts)
            ports.append(QStringLiteral("UDP %1").arg(port));
        const CheckResult *line = report.find(QStringLiteral("line"));
        const bool lineFailed = line && line->status == CheckStatus::Fail;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4 %5</td></tr>\n")
                    .arg(esc(tr("GTOL VPN (IPsec, IKEv2 with NAT traversal)")), esc(profile.vpnGateway),
                         esc(ports.join(QStringLiteral(", "))), esc(tr("Allow outbound and the replies (IPsec passthrough).")),
                         flag(lineFailed, tr("No IKE answer was received.")));
    }
    if (!profile.backendUrl.isEmpty()) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>TCP %3 (HTTPS)</td><td>%4</td></tr>\n")
                    .arg(esc(tr("Onboarding assistant backend")), esc(profile.backendUrl.host()))
                    .arg(profile.backendUrl.port(443))
                    .arg(esc(tr("Allow outbound.")));
    }
    html += QStringLiteral("</table>\n");

    html += QStringLiteral("<p><b>%1</b> %2</p>\n")
                .arg(esc(tr("Proxy exclusions (proxy settings and PAC):")),
                     esc(profile.serviceHosts.join(QStringLiteral(", "))));
    QStringList dnsLines;
    for (const QString &name : profile.fqdns())
        dnsLines.append(unresolved.contains(name) ? QStringLiteral("<b>%1</b> (%2)").arg(esc(name), esc(tr("does not resolve now")))
                                                  : esc(name));
    html += QStringLiteral("<p><b>%1</b> %2</p>\n")
                .arg(esc(tr("Names the internal DNS must resolve (forward to the internet):")),
                     dnsLines.isEmpty() ? esc(tr("(none: the profile uses addresses only)")) : dnsLines.join(QStringLiteral(", ")));
    html += QStringLiteral("<p class=\"small\">%1</p>\n")
                .arg(esc(tr("Produced by the GTOL Onboarding Assistant. Measurements are from this PC at the time above.")));
    html += QStringLiteral("</body></html>\n");
    return html;
}

} // namespace gtol
