#pragma once

#include "model/applicationform.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace gtol {

// One failing field: a stable machine-readable code (e.g. "phone.length") and a translated
// message that tells the clerk how to fix it (Japanese in the Japanese UI).
struct FieldIssue
{
    ApplicationForm::Field field;
    QString code;
    QString message;
};

// The field rules of DESIGN.md section 4 for the application form. Normalisation happens here and
// only here: the wizard, the draft importer and the server all call the same functions, so what
// is stored is the same wherever it was typed.
//
// normalize() never rejects: it returns what should be stored (e.g. full-width digits and hyphens
// removed from a phone number, hiragana readings turned into katakana). check() then says whether
// the stored value is acceptable. An empty value is "required" for every field of the form.
// normalize() is idempotent, so stored values can be normalised again on import.
//
// Issue codes by field (stable; scripts and the journal use them):
//   email             email.required .space .invalidChar .tooLong .at .localPart .domain
//                     (+ email.confirmationRequired / email.mismatch from checkEmailConfirmation)
//   prefectureCode    prefecture.required .invalid   (names such as 奈良県 normalise to "29")
//   facilityCode      facility.required .format      (+ facility.prefectureMismatch in validate)
//   managerName, applicantName            name.required .halfWidth .tooLong
//   managerNameKana, applicantNameKana    kana.required .invalidChar .tooLong
//   department        department.required .halfWidth .tooLong
//   position          position.required .halfWidth .tooLong
//   facilityPhone     phone.required .digits .length
//   applicantContact  contact.required .invalidChar .digits .tooLong
// Membership of the facility in the master ("facility.unknown") is checked by callers that hold
// the FacilityIndex (DraftFile::validate).
class FieldRules
{
    Q_DECLARE_TR_FUNCTIONS(gtol::FieldRules)

public:
    static QString normalize(ApplicationForm::Field field, const QString &typed);
    static std::optional<FieldIssue> check(ApplicationForm::Field field, const QString &normalized);

    // Normalises every field and returns the normalised form with all issues, in field order.
    struct Validation
    {
        ApplicationForm normalized;
        QList<FieldIssue> issues;
        // Advice that does not block (today only "email.mobileCarrier").
        QList<FieldIssue> warnings;
        bool isValid() const { return issues.isEmpty(); }
    };
    static Validation validate(const ApplicationForm &form);

    // E-mail confirmation: both equal after normalisation. Issue code "email.mismatch".
    static std::optional<FieldIssue> checkEmailConfirmation(const QString &email, const QString &confirmation);

    // A warning, not an error: the real service asks for a PC address, and mobile-carrier mail
    // often drops automated messages. True for docomo.ne.jp, ezweb.ne.jp, au.com, softbank.ne.jp,
    // i.softbank.jp, ymobile.ne.jp, and the like.
    static bool isMobileCarrierAddress(const QString &normalizedEmail);
    // The same as a warning with code "email.mobileCarrier" and a translated message; nullopt for
    // other addresses.
    static std::optional<FieldIssue> mobileCarrierWarning(const QString &normalizedEmail);

    // The translated label of a field as the real service shows it (施設管理者氏名 ...).
    static QString label(ApplicationForm::Field field);

    // The translated help text the real service shows beside the field ("数字のみ5～13桁" ...), for
    // tooltips and placeholders; empty when the service shows none.
    static QString hint(ApplicationForm::Field field);

    // Cross-field rule of validate(): a facility code starts with its prefecture's two digits.
    // Both values normalised; nullopt when they agree or either is not yet well-formed.
    static std::optional<FieldIssue> checkFacilityInPrefecture(const QString &facilityCode,
                                                               const QString &prefectureCode);
};

} // namespace gtol
