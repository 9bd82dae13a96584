#pragma once

#include "net/apierror.h"
#include "net/apijob.h"
#include "net/apirequest.h"
#include "net/apitypes.h"
#include "net/tlspolicy.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace gtol {

// The client of gtol-onboard-server (docs/api.md). One QNetworkAccessManager is passed in, never
// created here, so tests hand a fake one for faults a real server cannot make on demand. Every
// call is a request value -> ApiJob -> typed ApiResult (model: qBittorrent DownloadManager,
// Nextcloud AbstractNetworkJob); TLS, redirects, timeouts and size caps come from TlsPolicy and
// ApiJob only.
//
// Typed calls take a context object: the callback is not run once the context is gone. Writes
// (requestRegistration, submitApplication) are normally sent through SyncEngine, which keeps them
// in the outbox and retries; the direct calls here are what it uses.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl baseUrl; // https://host[:port]
        TlsPolicy tls;
        int deadlineMs = 30'000; // whole call, connect to last byte
        qint64 maxResponseBytes = 1 << 20; // JSON answers
        qint64 maxExportBytes = 64 << 20; // the facility export
    };

    template<typename T> using Callback = std::function<void(const ApiResult<T> &)>;

    ApiClient(QNetworkAccessManager &nam, Options options, QObject *parent = nullptr);

    const Options &options() const { return m_options; }
    QNetworkAccessManager &networkAccessManager() const { return m_nam; }

    // The low-level call: any method, path below the base URL. The job deletes itself after
    // finished(); read result() in the slot.
    ApiJob *send(const ApiRequest &request);

    // POST /api/v1/registrations: the server mails a link with a token (202).
    ApiJob *requestRegistration(const QString &email, QObject *context, Callback<ApiResponse> done);
    // GET /api/v1/registrations/{token}: is the link still good, and for which address.
    ApiJob *checkRegistrationToken(const QString &token, QObject *context, Callback<RegistrationInfo> done);
    // GET /api/v1/terms/current
    ApiJob *currentTerms(QObject *context, Callback<Terms> done);
    // POST /api/v1/applications with Idempotency-Key (from the outbox).
    ApiJob *submitApplication(const QString &registrationToken, const ApplicationForm &form, const Consent &consent,
                              const QString &idempotencyKey, QObject *context, Callback<SubmissionReceipt> done);
    // GET /api/v1/applications/{id} with the status token as bearer.
    ApiJob *applicationStatus(const QString &applicationId, const QString &statusToken, QObject *context,
                              Callback<ApplicationStatus> done);
    // GET /api/v1/facilities/export?prefecture=NN with If-None-Match.
    ApiJob *facilityExport(const QString &prefectureCode, const QByteArray &knownEtag, QObject *context,
                           Callback<FacilityExport> done);

    // Request values, shared with the outbox (which stores them before the first attempt).
    static ApiRequest registrationRequest(const QString &email);
    // The application body WITHOUT the registration token: the token is a secret and never goes
    // to disk; SyncEngine adds it in memory just before sending (withRegistrationToken).
    static ApiRequest applicationRequest(const ApplicationForm &form, const Consent &consent);
    static QByteArray withRegistrationToken(const QByteArray &applicationBody, const QString &token);

private:
    template<typename T>
    ApiJob *typed(const ApiRequest &request, QObject *context, Callback<T> done,
                  std::function<ApiResult<T>(const ApiResponse &)> decode);

    QNetworkAccessManager &m_nam;
    Options m_options;
};

} // namespace gtol
