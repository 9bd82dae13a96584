// gtol-onboard facility search|import: the facility master for IT staff and scripted checks.
//
//   facility search --prefecture NN [--limit N] QUERY   one match a line: CODE10<TAB>NAME<TAB>ADDRESS
//   facility import FILE                                replaces the master with a CSV
//
// Exit codes: 0 done (search: at least one match), 1 search found nothing / import file refused
// (nothing changed), 2 usage error, 3 the store or SQLite failed.
#include "commands.h"
#include "console.h"

#include "store/facilityindex.h"
#include "store/localstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace gtol::cli {

namespace {

constexpr int kExitFound = 0;
constexpr int kExitNone = 1;
constexpr int kExitUsage = 2;
constexpr int kExitFailure = 3;

QString usageText()
{
    return QCoreApplication::translate("gtol::cli::facility",
                                       "Usage: gtol-onboard [--data-dir DIR] facility search --prefecture NN [--limit N] QUERY\n"
                                       "       gtol-onboard [--data-dir DIR] facility import FILE\n"
                                       "search prints one match a line (code, name, address; tab-separated), best first.\n"
                                       "Exit codes: 0 matches found or import done, 1 no match or file refused "
                                       "(nothing changed), 2 usage error, 3 store error.");
}

int usageError(const QString &message)
{
    err() << message << Qt::endl << usageText() << Qt::endl;
    return kExitUsage;
}

int failure(const Error &error)
{
    err() << error.fullText() << Qt::endl;
    return kExitFailure;
}

// Opens the store (running the schema) after making sure this SQLite can search at all.
std::optional<int> openStore(const AppOptions &options, LocalStore &store)
{
    if (Status features = FacilityIndex::checkSqliteFeatures(); !features)
        return failure(features.error());
    Result<LocalStore::OpenOutcome> opened = store.open(LocalStore::defaultPath(options.dataDir));
    if (!opened)
        return failure(opened.error());
    if (const QString note = LocalStore::describe(opened.value()); !note.isEmpty())
        err() << note << Qt::endl;
    return std::nullopt;
}

int runSearch(const AppOptions &options, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption prefectureOption(
        QStringList{QStringLiteral("p"), QStringLiteral("prefecture")},
        QCoreApplication::translate("gtol::cli::facility", "Prefecture code, 01 to 47 (Nara is 29)."), QStringLiteral("NN"));
    const QCommandLineOption limitOption(
        QStringList{QStringLiteral("n"), QStringLiteral("limit")},
        QCoreApplication::translate("gtol::cli::facility", "At most N matches (default 20)."), QStringLiteral("N"),
        QStringLiteral("20"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        QCoreApplication::translate("gtol::cli::facility", "Show this help."));
    parser.addOptions({prefectureOption, limitOption, helpOption});
    parser.addPositionalArgument(QStringLiteral("QUERY"),
                                 QCoreApplication::translate("gtol::cli::facility", "Part of the facility name."));
    if (!parser.parse(QStringList{QStringLiteral("facility search")} + args))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        out() << usageText() << Qt::endl;
        return kExitFound;
    }
    const QString prefecture = parser.value(prefectureOption);
    if (prefecture.isEmpty())
        return usageError(QCoreApplication::translate("gtol::cli::facility", "--prefecture is required."));
    bool limitOk = false;
    const int limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limit < 1)
        return usageError(QCoreApplication::translate("gtol::cli::facility", "--limit must be a whole number of at least 1."));
    const QString query = parser.positionalArguments().join(u' ');
    if (query.trimmed().isEmpty())
        return usageError(QCoreApplication::translate("gtol::cli::facility", "Give part of a facility name to search for."));

    LocalStore store;
    if (std::optional<int> failed = openStore(options, store))
        return *failed;
    FacilityIndex index(store);
    if (Status builtIn = index.ensureBuiltInMaster(); !builtIn)
        return failure(builtIn.error());
    Result<QList<Facility>> found = index.search(prefecture, query, limit);
    if (!found) {
        if (found.error().code == u"facility.prefecture")
            return usageError(found.error().message);
        return failure(found.error());
    }
    for (const Facility &facility : found.value())
        out() << facility.code << u'\t' << oneField(facility.name) << u'\t' << oneField(facility.address) << u'\n';
    out().flush();
    if (!found->isEmpty())
        return kExitFound;
    // Nothing found because the list has no facility of that prefecture at all (only Nara is
    // built in) is not the same answer as no match: say what would help.
    if (Result<qint64> held = index.count(prefecture); held && held.value() == 0) {
        err() << QCoreApplication::translate("gtol::cli::facility",
                                             "The facility list holds no facility of prefecture %1. Import the "
                                             "nationwide list first: gtol-onboard facility import FILE")
                     .arg(prefecture)
              << Qt::endl;
    }
    return kExitNone;
}

int runImport(const AppOptions &options, const QStringList &args)
{
    if (args.size() == 1 && (args.first() == u"--help" || args.first() == u"-h")) {
        out() << usageText() << Qt::endl;
        return kExitFound;
    }
    if (args.size() != 1 || args.first().startsWith(u'-'))
        return usageError(QCoreApplication::translate("gtol::cli::facility", "facility import takes exactly one file."));

    LocalStore store;
    if (std::optional<int> failed = openStore(options, store))
        return *failed;
    FacilityIndex index(store);
    Result<FacilityIndex::ImportReport> report = index.importCsv(args.first());
    if (!report) {
        const Error &error = report.error();
        if (error.code.startsWith(u"facility.import")) {
            err() << error.message << Qt::endl
                  << QCoreApplication::translate("gtol::cli::facility", "Nothing was changed.") << Qt::endl;
            return kExitNone;
        }
        return failure(error);
    }
    const FacilityIndex::ImportReport &r = report.value();
    out() << QCoreApplication::translate("gtol::cli::facility", "Rows read: %1").arg(r.rowsRead) << u'\n'
          << QCoreApplication::translate("gtol::cli::facility", "Imported: %1").arg(r.imported) << u'\n'
          << QCoreApplication::translate("gtol::cli::facility", "Repeated rows skipped: %1").arg(r.duplicates) << u'\n'
          << QCoreApplication::translate("gtol::cli::facility", "Rejected: %1").arg(r.rejected.size()) << u'\n';
    for (const auto &[line, reason] : r.rejected)
        out() << QCoreApplication::translate("gtol::cli::facility", "  line %1: %2").arg(line).arg(reason) << u'\n';
    out().flush();
    return kExitFound;
}

} // namespace

int runFacility(const AppOptions &options, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"search")
        return runSearch(options, args.mid(1));
    if (sub == u"import")
        return runImport(options, args.mid(1));
    if (sub == u"--help" || sub == u"-h" || sub == u"help") {
        out() << usageText() << Qt::endl;
        return kExitFound;
    }
    return usageError(sub.isEmpty() ? QCoreApplication::translate("gtol::cli::facility", "Say what to do: search or import.")
                                    : QCoreApplication::translate("gtol::cli::facility", "Unknown facility command \"%1\".").arg(sub));
}

} // namespace gtol::cli
