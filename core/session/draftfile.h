#pragma once

#include "model/applicationform.h"
#include "model/facility.h"
#include "result.h"
#include "rules/fieldrules.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace gtol {

// What a .gtoldraft file holds. Fields may be missing (empty): a draft is work in progress.
struct DraftDocument
{
    ApplicationForm application; // as written in the file, not yet normalised
    QJsonObject meta; // createdBy, createdAt, note (strings)
};

// The draft file (.gtoldraft): versioned JSON that IT staff prepare, hand around and import.
//
//   {"format":"gtol-onboard-draft","version":1,
//    "application":{"email":…,"prefectureCode":"29","facilityCode":"2919801833",…},
//    "meta":{"createdBy":…,"createdAt":…,"note":…}}
//
// Reading checks the shape and says where a file broke: the JSON parser's position as line and
// column, or the JSON path of a value of the wrong type ("application.facilityPhone: expected a
// string"). Field contents are judged by validate(), which uses the same FieldRules as the wizard.
class DraftFile
{
    Q_DECLARE_TR_FUNCTIONS(gtol::DraftFile)

public:
    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxFileSize = 1024 * 1024; // a draft is a few hundred bytes
    static QString formatName(); // "gtol-onboard-draft"

    // Errors: "draftfile.unreadable", "draftfile.tooLarge", "draftfile.syntax", "draftfile.shape",
    // "draftfile.format", "draftfile.version". The message names the file and the place.
    static Result<DraftDocument> read(const QString &path);
    static Result<DraftDocument> parse(const QByteArray &bytes, const QString &fileName);

    static QByteArray toJson(const DraftDocument &document);
    // Atomic (QSaveFile): the old file stays whole if writing fails half-way.
    static Status write(const QString &path, const DraftDocument &document);

    // Whether a facility code is in the master: the facility, an Error with code
    // "facility.unknown" when it is not, or any other Error when the master cannot tell (not
    // loaded for that prefecture), in which case the check is skipped.
    using FacilityLookup = std::function<Result<Facility>(const QString &code)>;

    // FieldRules::validate plus, when a lookup is given, "facility.unknown" for a well-formed code
    // that the facility master does not know.
    static FieldRules::Validation validate(const DraftDocument &document, const FacilityLookup &lookup = {});

    // {"valid":bool,"normalized":{…application…},"errors":[{"field","code","message"}]}
    static QJsonObject validationReport(const FieldRules::Validation &validation);
};

} // namespace gtol
