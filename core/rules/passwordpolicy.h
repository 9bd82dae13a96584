#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gtol {

// The new-password rule of the first sign-in (DESIGN.md section 4): 8 to 64 characters, at least
// three of upper-case A-Z, lower-case a-z, digits and symbols, nothing else; different from the
// current password; typed twice alike. The symbols are the seed's list joined with those of the
// identity provider the real service uses (Azure AD B2C), space included.
//
// evaluate() is cheap and pure, so the password page calls it on every keystroke and shows the
// checklist live. Nothing here keeps or logs a password; journalSummary() is the only form of a
// password that may be written anywhere.
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(gtol::PasswordPolicy)

public:
    static constexpr int MinLength = 8;
    static constexpr int MaxLength = 64;
    static constexpr int RequiredClasses = 3;

    // One line of the live checklist. Ids are stable (tests, UI objectNames).
    enum class Criterion {
        Length,            // 8..64 characters
        Classes,           // at least 3 of the 4 kinds below
        Upper,             // A-Z present
        Lower,             // a-z present
        Digit,             // 0-9 present
        Symbol,            // a listed symbol present
        AllowedCharacters, // nothing outside letters, digits and the listed symbols
        DiffersFromCurrent,
        ConfirmationMatches,
    };

    struct ChecklistItem
    {
        Criterion criterion;
        QString label; // translated, e.g. "8 to 64 characters"
        bool met;
    };

    struct Evaluation
    {
        int length = 0; // in characters (code points)
        bool lengthOk = false;
        bool hasUpper = false;
        bool hasLower = false;
        bool hasDigit = false;
        bool hasSymbol = false;
        int classCount = 0;
        bool enoughClasses = false;
        bool allowedCharactersOnly = true;
        QString firstDisallowed; // the first rejected character as shown to a person ("あ", "U+0009")
        bool differsFromCurrent = true;
        bool confirmationMatches = false;
        // Every failing rule, in checklist order, with codes password.required, password.tooShort,
        // password.tooLong, password.classes, password.invalidChar, password.sameAsCurrent,
        // password.confirmationRequired, password.mismatch.
        QList<Error> issues;

        bool isAcceptable() const { return issues.isEmpty(); }
        bool met(Criterion criterion) const;
        // The checklist in display order with translated labels.
        QList<ChecklistItem> checklist() const;
    };

    // currentPassword may be empty when it is unknown (then "differs" counts as met).
    static Evaluation evaluate(const QString &newPassword, const QString &confirmation,
                               const QString &currentPassword = QString());

    // The allowed symbols, space included, in the order the help text shows them.
    static QString symbols();
    static bool isSymbol(QChar c);

    // The translated rule as one sentence for the page's help text.
    static QString description();
    static QString criterionLabel(Criterion criterion);

    // What the journal may record about a password: its length and which kinds it contains,
    // e.g. "length=12 classes=ULD-". Never the characters.
    static QString journalSummary(const QString &password);
};

} // namespace gtol
