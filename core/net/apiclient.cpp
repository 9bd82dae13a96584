#include "apiclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace gtol {

ApiClient::ApiClient(QNetworkAccessManager &nam, Options options, QObject *parent)
    : QObject(parent), m_nam(nam), m_options(std::move(options))
{
}

ApiJob *ApiClient::send(const ApiRequest &request)
{
    QUrl url = m_options.baseUrl;
    // Tolerant: keeps the percent-encoding of path segments (a token) instead of encoding it twice.
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + request.path, QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    if (!TlsPolicy::isUrlAllowed(url))
        return new ApiJob(ApiError::badResponse(QStringLiteral("refused URL (https only): ") + url.scheme()
                                                + QStringLiteral("://") + url.host()),
                          m_options.tls, this);

    QNetworkRequest nr(url);
    m_options.tls.prepare(nr);
    nr.setRawHeader("Accept", "application/json");
    nr.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("gtol-onboard/" GTOL_VERSION));
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT")
        nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    if (!request.idempotencyKey.isEmpty())
        nr.setRawHeader("Idempotency-Key", request.idempotencyKey.toLatin1());
    if (!request.bearerToken.isEmpty())
        nr.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + request.bearerToken.toLatin1());
    if (!request.ifNoneMatch.isEmpty())
        nr.setRawHeader("If-None-Match", request.ifNoneMatch);
    // Our own cache decides; QNAM must not answer from its cache or store bearer answers.
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    QNetworkReply *reply = m_nam.sendCustomRequest(nr, request.method, request.body);
    const int deadline = request.deadlineMs > 0 ? request.deadlineMs : m_options.deadlineMs;
    const qint64 maxBytes = request.maxResponseBytes > 0 ? request.maxResponseBytes : m_options.maxResponseBytes;
    return new ApiJob(reply, m_options.tls, deadline, maxBytes, this);
}

template<typename T>
ApiJob *ApiClient::typed(const ApiRequest &request, QObject *context, Callback<T> done,
                         std::function<ApiResult<T>(const ApiResponse &)> decode)
{
    ApiJob *job = send(request);
    connect(job, &ApiJob::finished, context, [job, done = std::move(done), decode = std::move(decode)] {
        const ApiResult<ApiResponse> &r = job->result();
        if (!r)
            done(ApiResult<T>(r.error()));
        else
            done(decode(r.value()));
    });
    return job;
}

ApiRequest ApiClient::registrationRequest(const QString &email)
{
    ApiRequest r;
    r.method = QByteArrayLiteral("POST");
    r.path = QStringLiteral("/api/v1/registrations");
    r.body = QJsonDocument(QJsonObject {{QStringLiteral("email"), email}}).toJson(QJsonDocument::Compact);
    return r;
}

ApiRequest ApiClient::applicationRequest(const ApplicationForm &form, const Consent &consent)
{
    ApiRequest r;
    r.method = QByteArrayLiteral("POST");
    r.path = QStringLiteral("/api/v1/applications");
    r.body = QJsonDocument(QJsonObject {{QStringLiteral("application"), form.toJson()},
                                        {QStringLiteral("consent"), consent.toJson()}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

QByteArray ApiClient::withRegistrationToken(const QByteArray &applicationBody, const QString &token)
{
    QJsonObject o = QJsonDocument::fromJson(applicationBody).object();
    o.insert(QStringLiteral("registrationToken"), token);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ApiJob *ApiClient::requestRegistration(const QString &email, QObject *context, Callback<ApiResponse> done)
{
    return typed<ApiResponse>(registrationRequest(email), context, std::move(done),
                              [](const ApiResponse &r) { return ApiResult<ApiResponse>(r); });
}

ApiJob *ApiClient::checkRegistrationToken(const QString &token, QObject *context, Callback<RegistrationInfo> done)
{
    ApiRequest r;
    r.path = QStringLiteral("/api/v1/registrations/") + QString::fromLatin1(QUrl::toPercentEncoding(token));
    return typed<RegistrationInfo>(r, context, std::move(done),
                                   [](const ApiResponse &a) { return RegistrationInfo::fromJson(a.body); });
}

ApiJob *ApiClient::currentTerms(QObject *context, Callback<Terms> done)
{
    ApiRequest r;
    r.path = QStringLiteral("/api/v1/terms/current");
    return typed<Terms>(r, context, std::move(done), [](const ApiResponse &a) { return Terms::fromJson(a.body); });
}

ApiJob *ApiClient::submitApplication(const QString &registrationToken, const ApplicationForm &form,
                                     const Consent &consent, const QString &idempotencyKey, QObject *context,
                                     Callback<SubmissionReceipt> done)
{
    ApiRequest r = applicationRequest(form, consent);
    r.body = withRegistrationToken(r.body, registrationToken);
    r.idempotencyKey = idempotencyKey;
    return typed<SubmissionReceipt>(r, context, std::move(done),
                                    [](const ApiResponse &a) { return SubmissionReceipt::fromJson(a.body); });
}

ApiJob *ApiClient::applicationStatus(const QString &applicationId, const QString &statusToken, QObject *context,
                                     Callback<ApplicationStatus> done)
{
    ApiRequest r;
    r.path = QStringLiteral("/api/v1/applications/") + QString::fromLatin1(QUrl::toPercentEncoding(applicationId));
    r.bearerToken = statusToken;
    return typed<ApplicationStatus>(r, context, std::move(done),
                                    [](const ApiResponse &a) { return ApplicationStatus::fromJson(a.body); });
}

ApiJob *ApiClient::facilityExport(const QString &prefectureCode, const QByteArray &knownEtag, QObject *context,
                                  Callback<FacilityExport> done)
{
    ApiRequest r;
    r.path = QStringLiteral("/api/v1/facilities/export");
    r.query.addQueryItem(QStringLiteral("prefecture"), prefectureCode);
    r.ifNoneMatch = knownEtag;
    r.maxResponseBytes = m_options.maxExportBytes;
    r.deadlineMs = qMax(m_options.deadlineMs, 120'000);
    return typed<FacilityExport>(r, context, std::move(done), [knownEtag](const ApiResponse &a) {
        FacilityExport e;
        e.notModified = a.notModified();
        e.etag = a.notModified() && a.etag.isEmpty() ? knownEtag : a.etag;
        e.body = a.body;
        if (!e.notModified && e.body.isEmpty())
            return ApiResult<FacilityExport>(ApiError::badResponse(QStringLiteral("empty facility export")));
        return ApiResult<FacilityExport>(e);
    });
}

} // namespace gtol
