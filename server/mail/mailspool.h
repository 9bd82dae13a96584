#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>

namespace gtol::server {

struct MailMessage
{
    QString to;
    QString subject;
    QString body; // plain text, lines separated by \n
};

// The outgoing-mail spool: one RFC 5322 file per message in a folder (UTF-8 text/plain, 8bit,
// CRLF; the subject encoded per RFC 2047). A mail transfer agent or a test picks the files up.
// Files are written atomically (QSaveFile), so a reader never sees half a message. Safe to use
// from several threads (each message is its own file with a random name).
class MailSpool
{
public:
    explicit MailSpool(QString directory,
                       QString from = QStringLiteral("GTOL Onboarding <noreply@gtol-onboard.invalid>"));

    QString directory() const { return m_directory; }

    // Writes the message and returns the file's path.
    Result<QString> send(const MailMessage &message, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // The whole RFC 5322 text of a message (exposed for tests).
    QByteArray render(const MailMessage &message, const QDateTime &now, const QByteArray &messageId) const;
    // "=?UTF-8?B?...?=" words of at most 75 characters, folded with CRLF SP (RFC 2047 section 2).
    static QByteArray encodeHeaderWords(const QString &text);

private:
    QString m_directory;
    QString m_from;
};

} // namespace gtol::server
