#include "mailspool.h"

#include "security/secrettoken.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <atomic>

namespace gtol::server {

namespace {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct MailText
{
    Q_DECLARE_TR_FUNCTIONS(gtol::server::MailSpool)
};

bool isAscii(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() > 0x7e || c.unicode() < 0x20)
            return false;
    return true;
}

// An address header: "Name <addr>" with a non-ASCII display name encoded.
QByteArray addressHeader(const QString &value)
{
    const qsizetype open = value.indexOf(u'<');
    if (open <= 0 || isAscii(value))
        return value.toUtf8();
    const QString name = value.left(open).trimmed();
    return MailSpool::encodeHeaderWords(name) + ' ' + value.mid(open).toUtf8();
}

} // namespace

MailSpool::MailSpool(QString directory, QString from) : m_directory(std::move(directory)), m_from(std::move(from)) { }

QByteArray MailSpool::encodeHeaderWords(const QString &text)
{
    // 45 bytes of UTF-8 become 60 base64 characters; with "=?UTF-8?B?" and "?=" a word stays
    // within 75. Words end on character boundaries, as RFC 2047 requires.
    constexpr int MaxBytes = 45;
    QList<QByteArray> words;
    QByteArray chunk;
    const QByteArray utf8 = text.toUtf8();
    for (qsizetype i = 0; i < utf8.size();) {
        qsizetype length = 1;
        const auto lead = static_cast<unsigned char>(utf8[i]);
        if (lead >= 0xf0)
            length = 4;
        else if (lead >= 0xe0)
            length = 3;
        else if (lead >= 0xc0)
            length = 2;
        if (chunk.size() + length > MaxBytes) {
            words << chunk;
            chunk.clear();
        }
        chunk += utf8.mid(i, length);
        i += length;
    }
    if (!chunk.isEmpty())
        words << chunk;
    QByteArray out;
    for (const QByteArray &word : words) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + word.toBase64() + "?=";
    }
    return out;
}

QByteArray MailSpool::render(const MailMessage &message, const QDateTime &now, const QByteArray &messageId) const
{
    QByteArray mail;
    mail += "From: " + addressHeader(m_from) + "\r\n";
    mail += "To: " + addressHeader(message.to) + "\r\n";
    mail += "Subject: " + (isAscii(message.subject) ? message.subject.toUtf8() : encodeHeaderWords(message.subject))
        + "\r\n";
    mail += "Date: " + now.toUTC().toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    mail += "Message-ID: <" + messageId + "@gtol-onboard.invalid>\r\n";
    mail += "MIME-Version: 1.0\r\n";
    mail += "Content-Type: text/plain; charset=UTF-8\r\n";
    mail += "Content-Transfer-Encoding: 8bit\r\n";
    mail += "\r\n";
    QString body = message.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = body.split(u'\n');
    for (const QString &line : lines)
        mail += line.toUtf8() + "\r\n";
    return mail;
}

Result<QString> MailSpool::send(const MailMessage &message, const QDateTime &now) const
{
    // CR or LF in a header value would let a caller add headers of its own.
    if (message.to.contains(u'\r') || message.to.contains(u'\n') || message.subject.contains(u'\n')
        || message.subject.contains(u'\r'))
        return Error {QStringLiteral("mail.bad_header"), MailText::tr("The message could not be sent."),
                      QStringLiteral("line break in a header")};
    if (!QDir().mkpath(m_directory))
        return Error {QStringLiteral("mail.write"), MailText::tr("The message could not be sent."),
                      QStringLiteral("cannot create ") + m_directory};
    // Names sort in sending order: time, then a counter for messages within the same millisecond.
    static std::atomic<quint32> sequence {0};
    const QByteArray id = SecretToken::randomBytes(8).toHex();
    const QString name = now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z-'"))
        + QStringLiteral("%1-").arg(sequence++ % 1000000, 6, 10, QLatin1Char('0')) + QString::fromLatin1(id)
        + QStringLiteral(".eml");
    const QString path = QDir(m_directory).absoluteFilePath(name);
    QSaveFile file(path);
    const QByteArray text = render(message, now, id);
    // A registration mail holds a live token and every mail personal data: readable by the
    // server's user only, like its database.
    const bool written = file.open(QIODevice::WriteOnly)
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) && file.write(text) == text.size()
        && file.commit();
    if (!written)
        return Error {QStringLiteral("mail.write"), MailText::tr("The message could not be sent."),
                      path + QStringLiteral(": ") + file.errorString()};
    return path;
}

} // namespace gtol::server
