#pragma once

#include "apiresponse.h"
#include "ratelimiter.h"
#include "serverconfig.h"
#include "termsdocument.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace gtol::server {

class FacilityCatalogue;
class MailSpool;
class ServerStorage;

// The API's behaviour, one method per endpoint, free of HTTP: the HTTP layer parses the request
// line and headers and hands over strings; this class checks shapes, applies the rules, talks to
// storage and the mail spool, and says what to answer (docs/api.md). It keeps no per-request
// state, so the HTTP layer's threads may call it at the same time. It never puts SQL, file
// paths or stack traces into an answer; those go to the log through `internalError`.
class OnboardingService
{
public:
    OnboardingService(const ServerConfig &config, ServerStorage &storage, FacilityCatalogue &facilities,
                      const MailSpool &mail, TermsDocument terms);

    // The base of links in mails, e.g. "https://127.0.0.1:8443" (set once the port is known).
    void setPublicUrl(const QString &url) { m_publicUrl = url; }

    // The general per-address limit, asked before any endpoint: the 429 answer when the client
    // is over it, nothing when it may go on.
    std::optional<ApiResponse> admit(const QString &remoteAddress);

    ApiResponse postRegistration(const QByteArray &body, const QString &remoteAddress);
    ApiResponse getRegistration(const QString &token);
    ApiResponse prefectures() const;
    ApiResponse searchFacilities(const QString &prefecture, const QString &query, const QString &limit);
    ApiResponse exportFacilities(const QString &prefecture, const QByteArray &ifNoneMatch);
    ApiResponse currentTerms() const;
    ApiResponse postApplication(const QByteArray &idempotencyKey, const QByteArray &body);
    ApiResponse getApplication(const QString &id, const QByteArray &authorization);

    // Logs a failure's detail (the server's log only) and returns the generic answer.
    static ApiResponse internalError(const Error &error);
    static ApiResponse badRequest(const QString &code, const QString &field, const QString &message);

private:
    ApiResponse replay(qint64 applicationId, const QByteArray &idempotencyKey);
    std::optional<ApiResponse> recordedAnswer(const QByteArray &idempotencyKey, const QByteArray &keyHash,
                                              const QByteArray &requestHash);
    ApiResponse applicationCreated(qint64 id, const QDateTime &receivedAt, const QString &statusToken) const;
    static QString statusTokenFor(const QByteArray &idempotencyKey, const QByteArray &salt);

    const ServerConfig &m_config;
    ServerStorage &m_storage;
    FacilityCatalogue &m_facilities;
    const MailSpool &m_mail;
    TermsDocument m_terms;
    QByteArray m_termsJson;
    QString m_publicUrl;
    RateLimiter m_requestsPerAddress;
    RateLimiter m_perAddress;
    RateLimiter m_perEmail;
};

} // namespace gtol::server
