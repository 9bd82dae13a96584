#include "termsdocument.h"

#include "security/secrettoken.h"

#include <QCoreApplication>
#include <QFile>

namespace gtol::server {

TermsDocument TermsDocument::fromText(const QString &fileText)
{
    TermsDocument terms;
    QString text = fileText;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (text.startsWith(QStringLiteral("Version:"))) {
        const qsizetype end = text.indexOf(u'\n');
        terms.version = text.mid(8, end < 0 ? -1 : end - 8).trimmed();
        text = end < 0 ? QString() : text.mid(end + 1);
    }
    terms.text = text;
    terms.sha256 = QString::fromLatin1(SecretToken::sha256(text.toUtf8()).toHex());
    if (terms.version.isEmpty())
        terms.version = terms.sha256.left(12);
    return terms;
}

Result<TermsDocument> TermsDocument::load(const QString &path)
{
    QFile file(path.isEmpty() ? QStringLiteral(":/gtol-server/terms/terms-sample-ja.txt") : path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("terms.unreadable"),
                      QCoreApplication::translate("gtol::server::TermsDocument", "The terms of use could not be read."),
                      file.fileName() + QStringLiteral(": ") + file.errorString()};
    return fromText(QString::fromUtf8(file.readAll()));
}

} // namespace gtol::server
