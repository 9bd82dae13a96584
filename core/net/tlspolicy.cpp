#include "tlspolicy.h"

#include "net/apierror.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslKey>

namespace gtol {

Result<TlsPolicy> TlsPolicy::create(const QString &caFile, const QString &publicKeyPinBase64)
{
    TlsPolicy policy;
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly))
            return ApiError::configError(QStringLiteral("net.config.caFile"),
                                         file.errorString() + QStringLiteral(": ") + caFile);
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (certificates.isEmpty())
            return ApiError::configError(QStringLiteral("net.config.caFile"),
                                         QStringLiteral("no PEM certificate in ") + caFile);
        policy.addCaCertificates(certificates);
    }
    if (!publicKeyPinBase64.isEmpty()) {
        QString pin = publicKeyPinBase64.trimmed();
        if (pin.startsWith(QStringLiteral("sha256/")))
            pin = pin.mid(7);
        const QByteArray raw = QByteArray::fromBase64(pin.toLatin1());
        if (raw.size() != 32)
            return ApiError::configError(QStringLiteral("net.config.pin"),
                                         QStringLiteral("the pin is not base64 of 32 bytes"));
        policy.setPublicKeyPin(raw);
    }
    return policy;
}

QSslConfiguration TlsPolicy::sslConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_extraCas.isEmpty())
        config.addCaCertificates(m_extraCas);
    return config;
}

void TlsPolicy::prepare(QNetworkRequest &request) const
{
    request.setSslConfiguration(sslConfiguration());
    // Each redirect is vetted in ApiJob (https only) before it is followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(MaxRedirects);
    request.setTransferTimeout(m_transferTimeoutMs);
}

bool TlsPolicy::isUrlAllowed(const QUrl &url)
{
    return url.isValid() && url.scheme() == QStringLiteral("https") && !url.host().isEmpty();
}

bool TlsPolicy::isRedirectAllowed(const QUrl &target)
{
    return isUrlAllowed(target);
}

QByteArray TlsPolicy::publicKeySha256(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    // For a public key QSslKey::toDer() is the SubjectPublicKeyInfo, the same bytes HPKP and
    // `openssl pkey -pubin -outform der` hash.
    return QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256).toBase64();
}

Status TlsPolicy::checkPeer(const QNetworkReply &reply) const
{
    if (m_pin.isEmpty())
        return {};
    const QSslCertificate peer = reply.sslConfiguration().peerCertificate();
    const QByteArray actual = QByteArray::fromBase64(publicKeySha256(peer));
    if (actual.isEmpty() || actual != m_pin)
        return ApiError::pinMismatch(QString::fromLatin1(actual.toBase64())).error;
    return {};
}

} // namespace gtol
