#pragma once

#include "result.h"
#include "storage/serverstorage.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace gtol::server {

class MailSpool;

// The prefecture officer's work on applications: confirm after the phone call, approve (a new
// user ID and initial password), reject with a reason. Used by the admin CLI; mails the applicant
// about approval and rejection. The initial password is returned once for the officer to phone
// and only its hash is stored; it is never mailed or logged.
class ApplicationOfficer
{
public:
    ApplicationOfficer(ServerStorage &storage, const MailSpool &mail, std::function<QDateTime()> clock = {});

    struct Approval
    {
        QString userId; // 8 digits, unique
        QString initialPassword; // 6 digits + "@G"
        // Set when the approval is committed but the mail to the applicant could not be written:
        // the approval stands (and the password must still be phoned), only the mail is missing.
        std::optional<Error> mailError;
    };

    Result<QList<ApplicationRecord>> list();
    Status confirm(qint64 id);
    Result<Approval> approve(qint64 id);
    // Like an approval, a committed rejection stands when its mail cannot be written; the
    // answer then says the applicant was not told.
    struct Rejection
    {
        std::optional<Error> mailError;
    };
    Result<Rejection> reject(qint64 id, const QString &reason);

    // Random digits from OpenSSL (rejection sampling, so every digit is equally likely).
    static QString randomDigits(int count);

private:
    Status apply(qint64 id, const ApplicationTransition &transition);
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    ServerStorage &m_storage;
    const MailSpool &m_mail;
    std::function<QDateTime()> m_clock;
};

} // namespace gtol::server
