#pragma once

#include "net/apierror.h"
#include "net/apirequest.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace gtol {

class TlsPolicy;

// One call in flight (model: Nextcloud AbstractNetworkJob): owns its QNetworkReply, enforces the
// overall deadline (the transfer timeout only notices inactivity, so a server that trickles one
// byte a second would otherwise hold the clerk forever), caps the response size, vets redirects
// and checks the TLS pin on every reply. Emits finished() exactly once, then deletes itself later.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    ApiJob(QNetworkReply *reply, const TlsPolicy &policy, int deadlineMs, qint64 maxBytes, QObject *parent = nullptr);
    // A job that fails on the next event-loop turn without touching the network (refused URL).
    ApiJob(ApiError error, const TlsPolicy &policy, QObject *parent = nullptr);
    ~ApiJob() override;

    const ApiResult<ApiResponse> &result() const { return m_result; }
    bool isFinished() const { return m_finished; }

    void abort(); // finishes with ApiError::cancelled()

Q_SIGNALS:
    void finished();

private:
    void onReadyRead();
    void onFinished();
    void fail(ApiError error);
    void complete(ApiResult<ApiResponse> result);

    QPointer<QNetworkReply> m_reply;
    const TlsPolicy &m_policy;
    QTimer m_deadline;
    qint64 m_maxBytes;
    QByteArray m_body;
    std::optional<ApiError> m_abortReason;
    ApiResult<ApiResponse> m_result {ApiError::cancelled()};
    bool m_finished = false;
};

} // namespace gtol
