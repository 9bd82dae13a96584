// gtol-onboard draft validate|import|export|list: draft files and the drafts in the store, for IT
// staff who prepare applications for several facilities and for scripted checks.
#include "commands.h"
#include "console.h"

#include "session/draftfile.h"
#include "store/draftstore.h"
#include "store/facilityindex.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

namespace gtol::cli {

namespace {

QString trDraft(const char *text)
{
    return QCoreApplication::translate("gtol::cli::DraftCommands", text);
}

QString usageText()
{
    return trDraft(
        QT_TRANSLATE_NOOP("gtol::cli::DraftCommands",
                          "Usage:\n"
                          "  gtol-onboard draft validate FILE     check a draft file; prints JSON; exit 0 valid, 1 "
                          "invalid, 2 unreadable\n"
                          "  gtol-onboard draft import FILE       import a draft file as a new draft; prints its id\n"
                          "  gtol-onboard draft export ID FILE    write a draft to a file\n"
                          "  gtol-onboard draft list              one draft a line: ID, last saved (UTC), facility"));
}

int usage()
{
    err() << usageText() << Qt::endl;
    return 2;
}

// Opens the profile's store. A damaged store is reported and set aside, and work goes on with a
// fresh one: the person is told where the old file is.
bool openStore(const AppOptions &options, LocalStore &store)
{
    const QString path = LocalStore::defaultPath(options.dataDir);
    Result<LocalStore::OpenOutcome> outcome = store.open(path);
    if (!outcome) {
        err() << outcome.error().fullText() << Qt::endl;
        return false;
    }
    if (outcome->damagedFileMovedTo)
        err() << LocalStore::describe(outcome.value()) << Qt::endl;
    return true;
}

// The facility master as a lookup for DraftFile::validate. A prefecture the master holds nothing
// for (only the Nara sample is built in) cannot be checked, which is not the same as "unknown".
DraftFile::FacilityLookup facilityLookup(FacilityIndex &index)
{
    return [&index](const QString &code) -> Result<Facility> {
        Result<qint64> count = index.count(code.left(2));
        if (!count)
            return count.error();
        if (count.value() == 0)
            return Error {QStringLiteral("facility.masterMissing"), QString(), code.left(2)};
        return index.facility(code);
    };
}

int validate(const AppOptions &options, const QString &file)
{
    Result<DraftDocument> document = DraftFile::read(file);
    if (!document) {
        err() << document.error().message << Qt::endl;
        return 2;
    }
    LocalStore store;
    FieldRules::Validation validation;
    if (openStore(options, store)) {
        FacilityIndex index(store);
        (void)index.ensureBuiltInMaster(); // without a master the facility check is skipped
        validation = DraftFile::validate(document.value(), facilityLookup(index));
    } else {
        validation = DraftFile::validate(document.value());
    }
    out() << QString::fromUtf8(QJsonDocument(DraftFile::validationReport(validation)).toJson(QJsonDocument::Indented));
    out().flush();
    return validation.isValid() ? 0 : 1;
}

int import(const AppOptions &options, const QString &file)
{
    Result<DraftDocument> document = DraftFile::read(file);
    if (!document) {
        err() << document.error().message << Qt::endl;
        return 2;
    }
    LocalStore store;
    if (!openStore(options, store))
        return 2;
    // Stored values are always the normalised ones, as if typed into the wizard. An incomplete or
    // invalid draft is still imported (finishing it is what the wizard is for); the problems are listed.
    const FieldRules::Validation validation = DraftFile::validate(document.value());
    DraftStore drafts(store);
    Result<qint64> id = drafts.create(validation.normalized, document->meta); // one transaction
    if (!id) {
        err() << id.error().fullText() << Qt::endl;
        return 2;
    }
    out() << id.value() << Qt::endl;
    if (!validation.issues.isEmpty()) {
        err() << trDraft(QT_TRANSLATE_NOOP("gtol::cli::DraftCommands",
                                           "Imported as draft %1. Still to complete or correct:"))
                     .arg(id.value())
              << Qt::endl;
        for (const FieldIssue &issue : validation.issues)
            err() << QStringLiteral("  ") << ApplicationForm::key(issue.field) << QStringLiteral(": ") << issue.message
                  << Qt::endl;
    }
    return 0;
}

int exportDraft(const AppOptions &options, const QString &idText, const QString &file)
{
    bool isNumber = false;
    const qint64 id = idText.toLongLong(&isNumber);
    if (!isNumber || id <= 0) {
        err() << trDraft(QT_TRANSLATE_NOOP("gtol::cli::DraftCommands",
                                           "\"%1\" is not a draft id: use a number from \"draft list\"."))
                     .arg(idText)
              << Qt::endl;
        return 2;
    }
    LocalStore store;
    if (!openStore(options, store))
        return 2;
    DraftStore drafts(store);
    Result<Draft> draft = drafts.load(id);
    if (!draft) {
        if (draft.error().code == u"draft.unknown") {
            err() << trDraft(QT_TRANSLATE_NOOP("gtol::cli::DraftCommands",
                                               "There is no draft %1. \"draft list\" shows the drafts."))
                         .arg(id)
                  << Qt::endl;
            return 1;
        }
        err() << draft.error().fullText() << Qt::endl;
        return 2;
    }
    DraftDocument document {draft->form, draft->meta};
    if (!document.meta.contains(QStringLiteral("createdAt")))
        document.meta.insert(QStringLiteral("createdAt"), draft->created.toString(Qt::ISODate));
    if (Status written = DraftFile::write(file, document); !written) {
        err() << written.error().message << Qt::endl;
        return 2;
    }
    return 0;
}

int list(const AppOptions &options)
{
    LocalStore store;
    if (!openStore(options, store))
        return 2;
    // Facility names come from the master; the built-in one is loaded on first use.
    (void)FacilityIndex(store).ensureBuiltInMaster();
    DraftStore drafts(store);
    Result<QList<DraftSummary>> summaries = drafts.list();
    if (!summaries) {
        err() << summaries.error().fullText() << Qt::endl;
        return 2;
    }
    for (const DraftSummary &summary : summaries.value()) {
        const QString facility = summary.facilityName.isEmpty() ? summary.facilityCode : summary.facilityName;
        out() << summary.id << u'\t' << summary.updated.toUTC().toString(Qt::ISODate) << u'\t' << oneField(facility) << u'\n';
    }
    out().flush();
    return 0;
}

} // namespace

int runDraft(const AppOptions &options, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"--help" || sub == u"-h" || sub == u"help") {
        out() << usageText() << Qt::endl;
        return 0;
    }
    if (sub == u"validate" && args.size() == 2)
        return validate(options, args.at(1));
    if (sub == u"import" && args.size() == 2)
        return import(options, args.at(1));
    if (sub == u"export" && args.size() == 3)
        return exportDraft(options, args.at(1), args.at(2));
    if (sub == u"list" && args.size() == 1)
        return list(options);
    return usage();
}

} // namespace gtol::cli
