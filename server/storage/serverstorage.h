#pragma once

#include "model/applicationform.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gtol::server {

// One e-mail registration (Step 1). Only the token's hash is kept.
struct RegistrationRecord
{
    QString email;
    QDateTime createdAt;
    QDateTime expiresAt;
    std::optional<qint64> usedByApplication;
};

// One application and where it stands. statusTokenHash/statusSalt let the service check a bearer
// token and derive it again for an idempotent replay; userId and rejectionReason are set by the
// officer's transitions.
struct ApplicationRecord
{
    qint64 id = 0;
    QString status; // received | confirmed | approved | rejected
    ApplicationForm form;
    QJsonObject consent;
    QDateTime receivedAt;
    QDateTime updatedAt;
    QByteArray statusTokenHash;
    QByteArray statusSalt;
    QString rejectionReason;
    QString userId;
};

// The answer given to an Idempotency-Key: which request body (hash) it was made with and which
// application it created.
struct IdempotencyRecord
{
    QByteArray requestHash;
    qint64 applicationId = 0;
};

struct NewApplication
{
    QByteArray registrationTokenHash;
    QByteArray idempotencyKeyHash;
    QByteArray requestHash;
    QByteArray statusSalt;
    QByteArray statusTokenHash;
    ApplicationForm form;
    QJsonObject consent;
    QDateTime receivedAt;
};

// The officer's decision on an application (confirm, approve, reject).
struct ApplicationTransition
{
    QStringList fromStatuses;
    QString toStatus;
    QDateTime at;
    QString reason; // reject
    QString userId; // approve
    QByteArray passwordHash; // approve: hash of the initial password
};

struct RoleTokenRecord
{
    qint64 id = 0;
    QString role;
    QString label;
    QDateTime createdAt;
};

// Everything the backend keeps. An interface so that a shared SQL server can replace the
// embedded SQLite file when one machine is not enough; the service never sees SQL. Each call is
// atomic on its own and safe to call from several threads.
//
// Error codes beyond the store's own ("store.busy", "store.io", ...):
//  "registration.used"   createApplication: the token was used meanwhile (a lost race)
//  "idempotency.exists"  createApplication: the key was recorded meanwhile (a lost race)
//  "user_id.taken"       transition: the user ID exists already
class ServerStorage
{
public:
    virtual ~ServerStorage() = default;

    virtual Status addRegistration(const QByteArray &tokenHash, const QString &email, const QDateTime &createdAt,
                                   const QDateTime &expiresAt) = 0;
    virtual Result<std::optional<RegistrationRecord>> registration(const QByteArray &tokenHash) = 0;

    virtual Result<std::optional<IdempotencyRecord>> idempotency(const QByteArray &keyHash) = 0;
    // In one transaction: the registration must be unused; inserts the application, marks the
    // registration used by it and records the idempotency key. Returns the new application ID.
    virtual Result<qint64> createApplication(const NewApplication &application) = 0;
    virtual Result<std::optional<ApplicationRecord>> application(qint64 id) = 0;
    virtual Result<QList<ApplicationRecord>> applications() = 0;
    // Applies the transition when the application's status is one of fromStatuses; false when it
    // is not (or the application does not exist).
    virtual Result<bool> transition(qint64 id, const ApplicationTransition &transition) = 0;
    virtual Result<bool> userIdExists(const QString &userId) = 0;

    virtual Status addRoleToken(const QString &role, const QByteArray &tokenHash, const QString &label,
                                const QDateTime &createdAt) = 0;
    virtual Result<QList<RoleTokenRecord>> roleTokens() = 0;
    virtual Result<std::optional<QString>> roleForToken(const QByteArray &tokenHash) = 0;

    // Small named values shared by the server and the admin CLI (e.g. the mail directory).
    virtual Status setSetting(const QString &key, const QString &value) = 0;
    virtual Result<QString> setting(const QString &key) = 0;
};

} // namespace gtol::server
