#include "accountrules.h"

#include "japanesetext.h"

#include <algorithm>

namespace gtol {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isDigits(QStringView s, qsizetype count)
{
    return s.size() == count && std::all_of(s.begin(), s.end(), isAsciiDigit);
}

// Full-width to ASCII and every space removed: copied digits often carry spaces ("1234 5678").
QString digitsOnlyInput(const QString &typed)
{
    QString text = japanese::fullWidthAsciiToAscii(typed);
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text;
}

Error error(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message, QString()};
}

} // namespace

QString AccountRules::normalizeUserId(const QString &typed)
{
    return digitsOnlyInput(typed);
}

Status AccountRules::checkUserId(const QString &normalized)
{
    if (normalized.isEmpty())
        return error("userId.required", tr("Enter the user ID from the approval e-mail (8 digits)."));
    if (!isDigits(normalized, UserIdDigits))
        return error("userId.format",
            tr("The user ID is 8 digits, as written in the approval e-mail. Check it and enter digits only."));
    return {};
}

QString AccountRules::normalizeInitialPassword(const QString &typed)
{
    // Only the ends are trimmed: a space inside is a typing mistake that the format check reports.
    return japanese::fullWidthAsciiToAscii(typed).trimmed();
}

Status AccountRules::checkInitialPassword(const QString &normalized)
{
    if (normalized.isEmpty())
        return error("initialPassword.required",
            tr("Enter the initial password you were told by phone (6 digits followed by @G)."));
    const bool shape = normalized.size() == InitialPasswordDigits + 2
        && isDigits(QStringView(normalized).left(InitialPasswordDigits), InitialPasswordDigits)
        && QStringView(normalized).mid(InitialPasswordDigits) == u"@G";
    if (!shape)
        return error("initialPassword.format",
            tr("The initial password is 6 digits followed by @G with a capital G, for example 123456@G. "
               "Check what you were told by phone."));
    return {};
}

QString AccountRules::normalizeVerificationCode(const QString &typed)
{
    return digitsOnlyInput(typed);
}

Status AccountRules::checkVerificationCode(const QString &normalized)
{
    if (normalized.isEmpty())
        return error("verificationCode.required", tr("Enter the verification code from the e-mail (6 digits)."));
    if (!isDigits(normalized, VerificationCodeDigits))
        return error("verificationCode.format",
            tr("The verification code is 6 digits, as written in the e-mail. Check it and enter digits only."));
    return {};
}

} // namespace gtol
