// gtol-onboard: the wizard, and a few commands for IT staff and scripted checks.
//
//   gtol-onboard [--lang ja|en] [--data-dir DIR] [--profile FILE] [--quit-after-show]
//   gtol-onboard [global options] facility|draft|check ...
//
// Commands run under QCoreApplication, so they work over SSH without a display.
#include "appoptions.h"
#include "cli/commands.h"
#include "cli/console.h"
#include "guiapp.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>

#include <memory>

namespace {

const QStringList kCommands{QStringLiteral("facility"), QStringLiteral("draft"), QStringLiteral("check")};

// --help and --version print and exit: no window, so no display needed either.
const QStringList kInfoOptions{QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--help-all"),
                               QStringLiteral("--version"), QStringLiteral("-v")};
const QStringList kOptionsWithValue{QStringLiteral("--lang"), QStringLiteral("--data-dir"), QStringLiteral("--profile")};

// An option the wizard itself takes (with its value attached by "=", or standing alone).
bool isKnownGuiOption(const QString &arg)
{
    for (const QString &option : kOptionsWithValue) {
        if (arg.startsWith(option + u'='))
            return true;
    }
    return arg == u"--quit-after-show";
}

// What the global options before the first positional argument say, read before the parser
// exists: whether a command runs (decided before any QCoreApplication, because a command must not
// need a display) and the --lang value (the parser's option descriptions, --help, are translated
// when they are made). A command is the first argument that names one; its own arguments are not
// global options. "--lang en" or "--lang=en"; the last one wins.
struct GlobalArguments
{
    bool command = false;
    QString language; // empty when not given
};

GlobalArguments scanGlobalArguments(int argc, char *argv[])
{
    GlobalArguments scanned;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (kCommands.contains(arg)) {
            scanned.command = true;
            break;
        }
        if (kInfoOptions.contains(arg))
            scanned.command = true;
        else if (arg.startsWith(QStringLiteral("--lang=")))
            scanned.language = arg.mid(7);
        else if (arg == u"--lang" && i + 1 < argc)
            scanned.language = QString::fromLocal8Bit(argv[++i]);
        else if (!arg.startsWith(u'-'))
            break;
        else if (kOptionsWithValue.contains(arg))
            ++i; // skip the option's value
        else if (!isKnownGuiOption(arg))
            scanned.command = true; // the parser reports it: no window, so no display needed
    }
    return scanned;
}

} // namespace

int main(int argc, char *argv[])
{
    gtol::hardenProcess();
    const GlobalArguments global = scanGlobalArguments(argc, argv);
    std::unique_ptr<QCoreApplication> app = global.command ? std::make_unique<QCoreApplication>(argc, argv)
                                                    : gtol::createGuiApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GTOL"));
    QCoreApplication::setApplicationName(QStringLiteral("gtol-onboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GTOL_VERSION));

    // --lang wins; otherwise the language chosen in the wizard's menu (QSettings), else Japanese.
    // Installed before the options are described, so that --help speaks it too.
    QString language = global.language;
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("ja")).toString();
    if (language == u"ja" || language == u"en")
        gtol::installTranslations(*app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "GTOL Onboarding Assistant: prepares a facility for the cancer registry online system.\n"
                "Commands for IT staff: facility search|import, draft validate|import|export|list, check."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("main", "User interface language: ja (default) or en."),
        QStringLiteral("ja|en"), QStringLiteral("ja"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Folder of the draft store (default: the platform's application data folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QCoreApplication::translate("main", "Deployment profile (JSON) to use instead of the built-in one."),
        QStringLiteral("FILE"));
    const QCommandLineOption quitAfterShowOption(QStringLiteral("quit-after-show"),
        QCoreApplication::translate("main", "Exit as soon as the first page has been painted (start-up measurement)."));
    parser.addOptions({langOption, dataDirOption, profileOption, quitAfterShowOption});
    parser.addPositionalArgument(QStringLiteral("command"),
        QCoreApplication::translate("main", "Optional command: facility, draft or check (see their --help)."),
        QStringLiteral("[command [args...]]"));
    // Everything after the command name belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(*app);

    gtol::AppOptions options;
    options.language = language;
    if (options.language != u"ja" && options.language != u"en") {
        gtol::cli::err() << QCoreApplication::translate("main", "Unknown language \"%1\": use ja or en.")
                                .arg(options.language)
                         << Qt::endl;
        return 2;
    }
    options.dataDir = parser.value(dataDirOption);
    options.profilePath = parser.value(profileOption);
    options.quitAfterShow = parser.isSet(quitAfterShowOption);
    options.commandArgs = parser.positionalArguments();

    if (!options.commandArgs.isEmpty()) {
        const QString name = options.commandArgs.takeFirst();
        if (name == u"facility")
            return gtol::cli::runFacility(options, options.commandArgs);
        if (name == u"draft")
            return gtol::cli::runDraft(options, options.commandArgs);
        if (name == u"check")
            return gtol::cli::runCheck(options, options.commandArgs);
        gtol::cli::err() << QCoreApplication::translate("main", "Unknown command \"%1\". See --help.").arg(name)
                         << Qt::endl;
        return 2;
    }
    return gtol::runWizard(*app, options);
}
