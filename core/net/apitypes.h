#pragma once

#include "model/applicationform.h"
#include "net/apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace gtol {

// The typed answers of the backend (docs/api.md). Each has a decoder that rejects a wrong shape
// with ApiError::Kind::BadResponse instead of guessing.

// GET /api/v1/registrations/{token}
struct RegistrationInfo
{
    QString email;
    QDateTime expiresAt;
    static ApiResult<RegistrationInfo> fromJson(const QByteArray &json);
};

// GET /api/v1/terms/current. The text's SHA-256 is checked against the one the server states:
// consent records the hash of what the clerk actually read.
struct Terms
{
    QString version;
    QString sha256; // lower-case hex of the UTF-8 text
    QString text;
    static ApiResult<Terms> fromJson(const QByteArray &json);
};

// The consent part of an application.
struct Consent
{
    QString termsVersion;
    QString termsSha256;
    QDateTime agreedAt; // UTC
    QJsonObject toJson() const;
    static Consent fromJson(const QJsonObject &object);
    bool isEmpty() const { return termsVersion.isEmpty(); }
};

// 201 of POST /api/v1/applications. The statusToken is a bearer secret for polling.
struct SubmissionReceipt
{
    QString applicationId;
    QString status;
    QString statusToken;
    static ApiResult<SubmissionReceipt> fromJson(const QByteArray &json);
};

// GET /api/v1/applications/{id}
struct ApplicationStatus
{
    enum class State { Received, Confirmed, Approved, Rejected };
    State state = State::Received;
    QString statusText; // as sent: "received" ...
    QString reason; // for a rejection, when the server gives one
    QString userId; // once approved, when the server gives it
    QDateTime updatedAt;
    static ApiResult<ApplicationStatus> fromJson(const QByteArray &json);
    static std::optional<State> parseState(const QString &text);
    // Translated one-line description for the clerk, with what happens next.
    static QString describe(State state);
};

// GET /api/v1/facilities/export
struct FacilityExport
{
    bool notModified = false; // 304: the cached copy is current
    QByteArray etag;
    QByteArray body; // the export as sent (CSV or JSON, see docs/api.md)
};

} // namespace gtol
