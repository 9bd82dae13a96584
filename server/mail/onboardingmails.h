#pragma once

#include "mailspool.h"

#include <QDateTime>
#include <QString>

namespace gtol::server {

// The texts of the mails the service sends to an applicant. They are in Japanese only, like the
// real service's notices (the applicants are Japanese clinics and the subjects are the ones the
// clerk knows from the prefecture's guide), so they are fixed texts here, not UI strings.
// Secrets: the registration mail carries its token (that is its purpose); the approval mail
// carries the user ID and never the initial password, which the officer phones.
class OnboardingMails
{
public:
    static MailMessage registration(const QString &email, const QString &formUrl, const QDateTime &expiresAt);
    static MailMessage receipt(const QString &email, qint64 applicationId, const QString &facilityName,
                               const QDateTime &receivedAt);
    static MailMessage approval(const QString &email, qint64 applicationId, const QString &userId);
    static MailMessage rejection(const QString &email, qint64 applicationId, const QString &reason);
};

} // namespace gtol::server
