#include "apijob.h"

#include "net/tlspolicy.h"

#include <QNetworkReply>
#include <QSslError>

namespace gtol {

namespace {

// Qt's error strings quote the URL, and a URL may hold a secret (the registration token is a
// path segment): details keep the host only, since they reach logs and support staff.
QString redacted(QString text, const QUrl &url)
{
    if (!url.isEmpty()) {
        text.replace(url.toString(), url.host() + QStringLiteral("/…"));
        text.replace(url.toString(QUrl::FullyEncoded), url.host() + QStringLiteral("/…"));
        if (url.path().size() > 1)
            text.replace(url.path(), QStringLiteral("/…"));
    }
    return text;
}

ApiError pinError(const Error &error)
{
    ApiError e = ApiError::certificate({});
    e.error = error; // code net.pin, its own message, the key actually seen as detail
    return e;
}

} // namespace

ApiJob::ApiJob(QNetworkReply *reply, const TlsPolicy &policy, int deadlineMs, qint64 maxBytes, QObject *parent)
    : QObject(parent), m_reply(reply), m_policy(policy), m_maxBytes(maxBytes)
{
    reply->setParent(this);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { fail(ApiError::timeout(QStringLiteral("no complete answer within the deadline"))); });
    m_deadline.start(deadlineMs);

    connect(reply, &QNetworkReply::readyRead, this, &ApiJob::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onFinished);
    // Checked at the handshake so that nothing is sent to a server with the wrong key; checked
    // again in onFinished because a reused connection never emits encrypted() again.
    connect(reply, &QNetworkReply::encrypted, this, [this] {
        if (Status pin = m_policy.checkPeer(*m_reply); !pin)
            fail(pinError(pin.error()));
    });
    connect(reply, &QNetworkReply::redirected, this, [this](const QUrl &target) {
        if (TlsPolicy::isRedirectAllowed(target))
            Q_EMIT m_reply->redirectAllowed();
        else
            fail(ApiError::badResponse(QStringLiteral("refused redirect (https only) to ") + target.scheme()
                                       + QStringLiteral("://") + target.host()));
    });
    // SSL errors are never ignored: the reply fails with SslHandshakeFailedError on its own. We
    // only keep the reasons for the detail text.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList reasons;
        for (const QSslError &error : errors)
            reasons << error.errorString();
        m_abortReason = ApiError::certificate(reasons.join(QStringLiteral("; ")));
    });
}

ApiJob::ApiJob(ApiError error, const TlsPolicy &policy, QObject *parent)
    : QObject(parent), m_policy(policy), m_maxBytes(0)
{
    QTimer::singleShot(0, this, [this, error] { complete(error); });
}

ApiJob::~ApiJob()
{
    if (QNetworkReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->abort();
    }
}

void ApiJob::abort()
{
    fail(ApiError::cancelled());
}

void ApiJob::onReadyRead()
{
    if (m_finished || !m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxBytes) {
        fail(ApiError::badResponse(QStringLiteral("answer larger than ") + QString::number(m_maxBytes)
                                   + QStringLiteral(" bytes")));
        return;
    }
    m_body += m_reply->readAll();
    if (m_body.size() > m_maxBytes)
        fail(ApiError::badResponse(QStringLiteral("answer larger than ") + QString::number(m_maxBytes)
                                   + QStringLiteral(" bytes")));
}

void ApiJob::fail(ApiError error)
{
    if (m_finished)
        return;
    m_abortReason = error;
    if (QNetworkReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->abort();
    }
    complete(std::move(error));
}

void ApiJob::complete(ApiResult<ApiResponse> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_result = std::move(result);
    Q_EMIT finished();
    deleteLater();
}

void ApiJob::onFinished()
{
    if (m_finished || !m_reply)
        return;
    onReadyRead();
    if (m_finished)
        return;
    QNetworkReply &reply = *m_reply;
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply.error();

    // Every reply that carried data over TLS is checked against the pin.
    if (status != 0) {
        if (Status pin = m_policy.checkPeer(reply); !pin) {
            complete(pinError(pin.error()));
            return;
        }
    }

    if (status == 0 || (netError != QNetworkReply::NoError && netError < QNetworkReply::ContentAccessDenied)) {
        // No HTTP answer: a transport problem.
        const QString detail = redacted(reply.errorString(), reply.url());
        switch (netError) {
        case QNetworkReply::SslHandshakeFailedError:
            complete(m_abortReason && m_abortReason->kind == ApiError::Kind::Certificate
                         ? *m_abortReason
                         : ApiError::certificate(detail));
            return;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
            complete(ApiError::timeout(detail));
            return;
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::TooManyRedirectsError:
        case QNetworkReply::InsecureRedirectError:
            complete(ApiError::badResponse(detail));
            return;
        default:
            complete(ApiError::offline(detail));
            return;
        }
    }

    // A body cut short is a transport error even though a status line arrived.
    if (netError == QNetworkReply::RemoteHostClosedError || netError == QNetworkReply::UnknownNetworkError
        || netError == QNetworkReply::TemporaryNetworkFailureError) {
        complete(ApiError::offline(redacted(reply.errorString(), reply.url())));
        return;
    }

    if ((status >= 200 && status < 300) || status == 304) {
        const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
        if (status != 304 && length.isValid() && length.toLongLong() != m_body.size()) {
            complete(ApiError::offline(QStringLiteral("answer cut short")));
            return;
        }
        ApiResponse response;
        response.httpStatus = status;
        response.body = m_body;
        response.etag = reply.rawHeader("ETag");
        response.headers = reply.rawHeaderPairs();
        complete(std::move(response));
        return;
    }
    complete(ApiError::fromHttp(status, m_body, reply.rawHeader("Retry-After")));
}

} // namespace gtol
