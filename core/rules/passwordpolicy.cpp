#include "passwordpolicy.h"

#include <array>

namespace gtol {

namespace {

// Seed: ~!@#$%^&* _+=` (){}[];:"'<>.,/?   Azure AD B2C adds - | \ ; both allow the space.
constexpr char16_t kSymbols[] = u"@#$%^&*-_!+=[]{}|\\:',.?/`~\"();<> ";

bool isUpper(char16_t c) { return c >= u'A' && c <= u'Z'; }
bool isLower(char16_t c) { return c >= u'a' && c <= u'z'; }
bool isDigit(char16_t c) { return c >= u'0' && c <= u'9'; }

QString describe(char32_t ucs4)
{
    const auto category = QChar::category(ucs4);
    if (ucs4 < 0x20 || QChar::isSpace(ucs4) || category == QChar::Other_Control || category == QChar::Other_Format
        || category == QChar::Mark_NonSpacing)
        return QStringLiteral("U+%1").arg(uint(ucs4), 4, 16, QLatin1Char('0')).toUpper();
    return QString::fromUcs4(&ucs4, 1);
}

Error issue(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message, QString()};
}

} // namespace

QString PasswordPolicy::symbols()
{
    return QString::fromUtf16(kSymbols);
}

bool PasswordPolicy::isSymbol(QChar c)
{
    return QStringView(kSymbols).contains(c);
}

PasswordPolicy::Evaluation PasswordPolicy::evaluate(const QString &newPassword, const QString &confirmation,
                                                    const QString &currentPassword)
{
    Evaluation e;
    const QList<uint> codePoints = newPassword.toUcs4();
    e.length = int(codePoints.size());
    e.lengthOk = e.length >= MinLength && e.length <= MaxLength;
    for (uint cp : codePoints) {
        const bool ascii = cp < 0x80;
        const char16_t c = ascii ? char16_t(cp) : 0;
        if (ascii && isUpper(c))
            e.hasUpper = true;
        else if (ascii && isLower(c))
            e.hasLower = true;
        else if (ascii && isDigit(c))
            e.hasDigit = true;
        else if (ascii && isSymbol(QChar(c)))
            e.hasSymbol = true;
        else if (e.allowedCharactersOnly) {
            e.allowedCharactersOnly = false;
            e.firstDisallowed = describe(char32_t(cp));
        }
    }
    e.classCount = int(e.hasUpper) + int(e.hasLower) + int(e.hasDigit) + int(e.hasSymbol);
    e.enoughClasses = e.classCount >= RequiredClasses;
    e.differsFromCurrent = currentPassword.isEmpty() || newPassword != currentPassword;
    e.confirmationMatches = !confirmation.isEmpty() && confirmation == newPassword;

    if (newPassword.isEmpty()) {
        e.issues.append(issue("password.required", tr("Enter a new password.")));
    } else {
        if (e.length < MinLength)
            e.issues.append(issue("password.tooShort",
                tr("The password has %1 characters; use at least %2.").arg(e.length).arg(MinLength)));
        else if (e.length > MaxLength)
            e.issues.append(issue("password.tooLong",
                tr("The password has %1 characters; use at most %2.").arg(e.length).arg(MaxLength)));
        if (!e.enoughClasses)
            e.issues.append(issue("password.classes",
                tr("Use at least %1 of these 4 kinds: upper-case letters (A-Z), lower-case letters (a-z), "
                   "digits (0-9) and symbols. The password has %2.")
                    .arg(RequiredClasses)
                    .arg(e.classCount)));
        if (!e.allowedCharactersOnly)
            e.issues.append(issue("password.invalidChar",
                tr("\"%1\" cannot be used in a password. Use half-width letters, digits and the symbols %2 "
                   "only; if you typed in Japanese input mode, switch it off.")
                    .arg(e.firstDisallowed, symbols().trimmed())));
        if (!e.differsFromCurrent)
            e.issues.append(issue("password.sameAsCurrent",
                tr("The new password is the same as the current one. Choose a different password.")));
    }
    if (confirmation.isEmpty())
        e.issues.append(issue("password.confirmationRequired", tr("Enter the new password again to confirm it.")));
    else if (!e.confirmationMatches)
        e.issues.append(issue("password.mismatch",
            tr("The two new passwords differ. Enter the same password in both boxes.")));
    return e;
}

bool PasswordPolicy::Evaluation::met(Criterion criterion) const
{
    switch (criterion) {
    case Criterion::Length:
        return lengthOk;
    case Criterion::Classes:
        return enoughClasses;
    case Criterion::Upper:
        return hasUpper;
    case Criterion::Lower:
        return hasLower;
    case Criterion::Digit:
        return hasDigit;
    case Criterion::Symbol:
        return hasSymbol;
    case Criterion::AllowedCharacters:
        return allowedCharactersOnly;
    case Criterion::DiffersFromCurrent:
        return differsFromCurrent;
    case Criterion::ConfirmationMatches:
        return confirmationMatches;
    }
    return false;
}

QList<PasswordPolicy::ChecklistItem> PasswordPolicy::Evaluation::checklist() const
{
    static constexpr std::array kOrder{Criterion::Length, Criterion::Classes, Criterion::Upper, Criterion::Lower,
                                       Criterion::Digit, Criterion::Symbol, Criterion::AllowedCharacters,
                                       Criterion::DiffersFromCurrent, Criterion::ConfirmationMatches};
    QList<ChecklistItem> items;
    items.reserve(qsizetype(kOrder.size()));
    for (Criterion c : kOrder)
        items.append(ChecklistItem{c, criterionLabel(c), met(c)});
    return items;
}

QString PasswordPolicy::criterionLabel(Criterion criterion)
{
    switch (criterion) {
    case Criterion::Length:
        return tr("%1 to %2 characters").arg(MinLength).arg(MaxLength);
    case Criterion::Classes:
        return tr("At least %1 of the 4 kinds below").arg(RequiredClasses);
    case Criterion::Upper:
        return tr("Upper-case letter (A-Z)");
    case Criterion::Lower:
        return tr("Lower-case letter (a-z)");
    case Criterion::Digit:
        return tr("Digit (0-9)");
    case Criterion::Symbol:
        return tr("Symbol (%1 or space)").arg(symbols().trimmed());
    case Criterion::AllowedCharacters:
        return tr("No other characters (no full-width characters, no tabs)");
    case Criterion::DiffersFromCurrent:
        return tr("Different from the current password");
    case Criterion::ConfirmationMatches:
        return tr("Confirmation matches");
    }
    return QString();
}

QString PasswordPolicy::description()
{
    return tr("Use %1 to %2 characters with at least %3 of: upper-case letters (A-Z), lower-case letters (a-z), "
              "digits (0-9) and symbols (%4 or space).")
        .arg(MinLength)
        .arg(MaxLength)
        .arg(RequiredClasses)
        .arg(symbols().trimmed());
}

QString PasswordPolicy::journalSummary(const QString &password)
{
    const Evaluation e = evaluate(password, QString());
    QString classes;
    classes += e.hasUpper ? u'U' : u'-';
    classes += e.hasLower ? u'L' : u'-';
    classes += e.hasDigit ? u'D' : u'-';
    classes += e.hasSymbol ? u'S' : u'-';
    if (!e.allowedCharactersOnly)
        classes += u'X';
    return QStringLiteral("length=%1 classes=%2").arg(e.length).arg(classes);
}

} // namespace gtol
