#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

class QNetworkReply;
class QNetworkRequest;

namespace gtol {

// Everything about HTTPS hygiene lives here, so no other file has an opinion on it (model:
// qBittorrent downloadhandlerimpl, "strict scheme whitelist"):
//  - TLS 1.2 or later, set explicitly (Qt 6.4's default still allows TLS 1.0);
//  - the system CAs plus the deployment's CA; peer verification always on, SSL errors are reported
//    and never ignored;
//  - an optional SHA-256 pin of the server's public key (SubjectPublicKeyInfo, as HPKP), checked on
//    EVERY reply: encrypted() fires once per connection, so a reply on a reused connection would
//    otherwise never be checked;
//  - redirects only to https, at most MaxRedirects; inactivity timeout on every request.
class TlsPolicy
{
public:
    static constexpr int MaxRedirects = 3;
    static constexpr int DefaultTransferTimeoutMs = 20'000;

    TlsPolicy() = default;

    // The deployment's CA file (PEM, may hold several certificates) and the pin as base64 of the
    // SHA-256 of the public key ("sha256/..." prefix accepted). Both optional.
    static Result<TlsPolicy> create(const QString &caFile = {}, const QString &publicKeyPinBase64 = {});

    void addCaCertificates(const QList<QSslCertificate> &certificates) { m_extraCas += certificates; }
    void setPublicKeyPin(const QByteArray &sha256) { m_pin = sha256; }
    QByteArray publicKeyPin() const { return m_pin; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    int transferTimeoutMs() const { return m_transferTimeoutMs; }

    QSslConfiguration sslConfiguration() const;
    // Sets TLS, redirect and timeout attributes on a request about to be sent.
    void prepare(QNetworkRequest &request) const;

    // Whether a redirect target is acceptable (https only; the count is capped by prepare()).
    static bool isRedirectAllowed(const QUrl &target);
    // Whether a URL may be used at all (https only).
    static bool isUrlAllowed(const QUrl &url);

    // Checks a reply whose TLS handshake has completed: the pin, when one is set. Call on
    // encrypted() (before any user data goes out) and again when every reply finishes.
    Status checkPeer(const QNetworkReply &reply) const;

    // base64(SHA-256(SubjectPublicKeyInfo DER)) of a certificate's key, for pins in profiles.
    static QByteArray publicKeySha256(const QSslCertificate &certificate);

private:
    QList<QSslCertificate> m_extraCas;
    QByteArray m_pin; // raw 32 bytes; empty = no pin
    int m_transferTimeoutMs = DefaultTransferTimeoutMs;
};

} // namespace gtol
