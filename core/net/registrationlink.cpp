#include "registrationlink.h"

#include <QRegularExpression>

namespace gtol {

bool RegistrationLink::isToken(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[A-Za-z0-9_-]{43}\\z"));
    return pattern.match(text).hasMatch();
}

std::optional<QString> RegistrationLink::tokenFrom(const QString &pasted)
{
    // Mail programs wrap long links and add <>, quotes or spaces: none of them belong to a token.
    QString text = pasted;
    text.remove(QRegularExpression(QStringLiteral("[\\s<>\"'\\x{3000}]")));
    if (isToken(text))
        return text;
    static const QRegularExpression link(QStringLiteral("/registrationForm/([A-Za-z0-9_-]{43})(?:[/?#]|\\z)"));
    const QRegularExpressionMatch match = link.match(text);
    if (match.hasMatch())
        return match.captured(1);
    return std::nullopt;
}

} // namespace gtol
