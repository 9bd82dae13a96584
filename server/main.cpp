// gtol-onboard-server: the reference backend (docs/api.md) and the officer's admin CLI.
#include "admin/admincommands.h"
#include "dev/devenvironment.h"
#include "http/onboardserver.h"
#include "service/serverconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTranslator>

#include <csignal>
#ifdef Q_OS_UNIX
#include <pthread.h>
#endif

#include <iostream>

namespace {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(gtol::server::main)
};

// The service speaks Japanese to its users; the English source strings are the fallback.
void installJapanese(QCoreApplication &app)
{
    for (const char *catalogue : {"server_ja", "core_rules_ja", "core_store_ja", "core_facility_ja"}) {
        auto *translator = new QTranslator(&app);
        if (translator->load(QStringLiteral(":/i18n/") + QLatin1String(catalogue)))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
}

bool parseListen(const QString &listen, gtol::server::ServerConfig &config)
{
    const qsizetype colon = listen.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    bool ok = false;
    const int port = listen.mid(colon + 1).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return false;
    QString host = listen.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    config.listenHost = host;
    config.port = port;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // SIGINT/SIGTERM are taken by sigwait() in main(); block them before any thread starts so
    // that the server's threads inherit the mask and a signal always ends in a clean stop.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gtol-onboard-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GTOL_VERSION));
    installJapanese(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(MainText::tr("GTOL onboarding reference backend (HTTPS) and admin commands."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    MainText::tr("Address and port to listen on (port 0: any free port)."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption cert(QStringLiteral("cert"), MainText::tr("Server certificate (PEM)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"), MainText::tr("Server private key (PEM)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption db(QStringLiteral("db"), MainText::tr("Server database (SQLite)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption mailDir(QStringLiteral("mail-dir"),
                                     MainText::tr("Folder for outgoing mail (RFC 5322 files)."), QStringLiteral("DIR"));
    const QCommandLineOption facilities(QStringLiteral("facilities"),
                                        MainText::tr("Facility master CSV (default: the bundled Nara list)."),
                                        QStringLiteral("CSV"));
    const QCommandLineOption terms(QStringLiteral("terms"),
                                   MainText::tr("Terms of use text (UTF-8; default: the bundled sample)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption dev(
        QStringLiteral("dev"), MainText::tr("Development mode: throw-away CA, certificate, database and mail in DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption publicUrl(QStringLiteral("public-url"), MainText::tr("Base URL of the links in mails."),
                                       QStringLiteral("URL"));
    const QCommandLineOption accessLog(QStringLiteral("access-log"),
                                       MainText::tr("Access log file (default: standard error; off: none)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    MainText::tr("admin reject: the reason mailed to the applicant."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption label(QStringLiteral("label"),
                                   MainText::tr("admin issue-token: a note on whom the token is for."),
                                   QStringLiteral("TEXT"));
    parser.addOptions({listen, cert, key, db, mailDir, facilities, terms, dev, publicUrl, accessLog, reason, label});
    parser.addPositionalArgument(QStringLiteral("admin"),
                                 MainText::tr("admin list|confirm ID|approve ID|reject ID|issue-token ROLE|tokens"),
                                 QStringLiteral("[admin ...]"));
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList positional = parser.positionalArguments();

    if (!positional.isEmpty()) {
        if (positional.first() != QLatin1String("admin")) {
            err << MainText::tr("Unknown command: %1").arg(positional.first()) << Qt::endl;
            return 2;
        }
        gtol::server::AdminOptions options;
        options.dbPath = parser.value(db);
        if (options.dbPath.isEmpty() && parser.isSet(dev))
            options.dbPath = parser.value(dev) + QStringLiteral("/server.sqlite");
        options.mailDir = parser.value(mailDir);
        options.reason = parser.value(reason);
        options.label = parser.value(label);
        return gtol::server::runAdmin(options, positional.mid(1), out, err);
    }

    gtol::server::ServerConfig config;
    if (!parseListen(parser.value(listen), config)) {
        err << MainText::tr("--listen expects HOST:PORT, e.g. 127.0.0.1:8443") << Qt::endl;
        return 2;
    }
    config.certPath = parser.value(cert);
    config.keyPath = parser.value(key);
    config.dbPath = parser.value(db);
    config.mailDir = parser.value(mailDir);
    config.facilitiesCsv = parser.value(facilities);
    config.termsPath = parser.value(terms);
    config.publicUrl = parser.value(publicUrl);
    config.accessLogPath = parser.value(accessLog);

    QString devCa;
    if (parser.isSet(dev)) {
        auto prepared = gtol::server::DevEnvironment::prepare(parser.value(dev), config);
        if (!prepared) {
            err << prepared.error().fullText() << Qt::endl;
            return 1;
        }
        devCa = *prepared;
    } else if (config.certPath.isEmpty() || config.keyPath.isEmpty() || config.dbPath.isEmpty()
               || config.mailDir.isEmpty()) {
        err << MainText::tr("--cert, --key, --db and --mail-dir are required (or --dev DIR).") << Qt::endl;
        return 2;
    }

    gtol::server::OnboardServer server(config);
    if (gtol::Status s = server.start(); !s) {
        err << s.error().fullText() << Qt::endl;
        return 1;
    }
    if (parser.isSet(dev)) {
        auto profile = gtol::server::DevEnvironment::writeProfile(parser.value(dev), server.baseUrl());
        if (!profile) {
            err << profile.error().fullText() << Qt::endl;
            return 1;
        }
        out << "ca=" << devCa << Qt::endl;
        out << "profile=" << *profile << Qt::endl;
    }
    // Scripts and tests read the port from this line.
    out << "listening on " << server.baseUrl() << Qt::endl;

#ifdef Q_OS_UNIX
    int signal = 0;
    sigwait(&stopSignals, &signal);
#else
    std::string line;
    while (std::getline(std::cin, line)) { }
#endif
    server.stop();
    return 0;
}
