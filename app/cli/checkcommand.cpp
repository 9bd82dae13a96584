// gtol-onboard check: the requirements self-check for IT staff.
//
//   check [--profile FILE] [--json] [--report FILE.html] [--line CONTRACT]
//
// Prints one row a requirement (or, with --json, {"results":[…],"summary":{…},"profile":{…}}).
// Exit codes: 0 nothing failed, 1 something failed (NG), 2 bad profile or usage error.
#include "commands.h"
#include "console.h"

#include "checks/checkrunner.h"
#include "checks/reportwriter.h"
#include "model/deploymentprofile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSaveFile>

namespace gtol::cli {

namespace {

constexpr int kExitNothingFailed = 0;
constexpr int kExitFailed = 1;
constexpr int kExitBadInput = 2;


QString usageText()
{
    QStringList contracts;
    for (const LineContract contract : allLineContracts())
        contracts.append(lineContractKey(contract));
    return QCoreApplication::translate("gtol::cli::check", "Usage: gtol-onboard check [--profile FILE] [--json] [--report FILE.html] [--line CONTRACT]\n"
              "Runs every requirement probe against the hosts of the deployment profile.\n"
              "CONTRACT (the internet line contract): %1\n"
              "Exit codes: 0 nothing failed, 1 something failed (NG), 2 bad profile or usage error.")
        .arg(contracts.join(QStringLiteral(", ")));
}

void printTable(const CheckReport &report)
{
    for (const CheckResult &result : report.results) {
        out() << QStringLiteral("[%1] %2 (%3, %4 ms)")
                     .arg(statusLabel(result.status), result.title, result.id)
                     .arg(result.durationMs)
              << Qt::endl;
        for (const QString &line : result.evidence)
            out() << QStringLiteral("      - ") << line << Qt::endl;
        if (!result.remediation.isEmpty()) {
            const QString who = actorLabel(result.actor);
            out() << QStringLiteral("      → ") << (who.isEmpty() ? QString() : who + QStringLiteral(": "))
                  << result.remediation << Qt::endl;
        }
    }
    QStringList counts;
    for (const CheckStatus status : {CheckStatus::Pass, CheckStatus::Warn, CheckStatus::Fail, CheckStatus::Manual,
                                     CheckStatus::Unknown})
        counts.append(QStringLiteral("%1 %2").arg(statusLabel(status)).arg(report.count(status)));
    out() << QCoreApplication::translate("gtol::cli::check", "Overall: %1 (%2)").arg(statusLabel(report.overall()), counts.join(QStringLiteral(", "))) << Qt::endl;
}

} // namespace

int runCheck(const AppOptions &options, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption profileOption(QStringLiteral("profile"), QCoreApplication::translate("gtol::cli::check", "Deployment profile (JSON)."), QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QCoreApplication::translate("gtol::cli::check", "Print JSON instead of a table."));
    const QCommandLineOption reportOption(QStringLiteral("report"), QCoreApplication::translate("gtol::cli::check", "Also write the HTML report to FILE."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption lineOption(QStringLiteral("line"), QCoreApplication::translate("gtol::cli::check", "The internet line contract (see below)."),
                                        QStringLiteral("CONTRACT"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QCoreApplication::translate("gtol::cli::check", "Show this help."));
    parser.addOptions({profileOption, jsonOption, reportOption, lineOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("check")} + args)) {
        err() << parser.errorText() << Qt::endl << usageText() << Qt::endl;
        return kExitBadInput;
    }
    if (parser.isSet(helpOption)) {
        out() << usageText() << Qt::endl;
        return kExitNothingFailed;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << QCoreApplication::translate("gtol::cli::check", "Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()) << Qt::endl
              << usageText() << Qt::endl;
        return kExitBadInput;
    }
    LineContract contract = LineContract::NotAnswered;
    if (parser.isSet(lineOption)) {
        contract = lineContractForKey(parser.value(lineOption));
        if (contract == LineContract::NotAnswered && parser.value(lineOption) != lineContractKey(LineContract::NotAnswered)) {
            err() << QCoreApplication::translate("gtol::cli::check", "Unknown line contract \"%1\".").arg(parser.value(lineOption)) << Qt::endl << usageText() << Qt::endl;
            return kExitBadInput;
        }
    }

    const QString profilePath = parser.isSet(profileOption) ? parser.value(profileOption) : options.profilePath;
    Result<DeploymentProfile> profile = DeploymentProfile::load(profilePath);
    if (!profile) {
        err() << profile.error().fullText() << Qt::endl;
        return kExitBadInput;
    }

    CheckRunner runner(profile.value());
    runner.setLineContract(contract);
    QEventLoop loop;
    QObject::connect(&runner, &CheckRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    if (runner.state() == CheckRunner::State::Running)
        loop.exec();
    const CheckReport report = runner.report();

    if (parser.isSet(reportOption)) {
        QSaveFile file(parser.value(reportOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(ReportWriter::toHtml(report).toUtf8()) < 0 || !file.commit()) {
            err() << QCoreApplication::translate("gtol::cli::check", "The report could not be written: %1").arg(file.errorString()) << Qt::endl;
            return kExitBadInput;
        }
    }
    if (parser.isSet(jsonOption))
        out() << QString::fromUtf8(QJsonDocument(ReportWriter::toJson(report)).toJson(QJsonDocument::Indented));
    else
        printTable(report);
    out().flush();
    return report.anyFailed() ? kExitFailed : kExitNothingFailed;
}

} // namespace gtol::cli
