#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace gtol {

// What createDevPki() makes. Paths are absolute; the PEM of the CA is also kept in memory so a
// test can hand it to QSslConfiguration without reading the file back.
struct DevPki
{
    QString caCertPath; // <dir>/ca.pem
    QString serverCertPath; // <dir>/server.pem (leaf only; the CA is not appended)
    QString serverKeyPath; // <dir>/server-key.pem (PKCS#8, unencrypted, mode 0600)
    QByteArray caCertPem;
    QByteArray serverCertPem;
    QByteArray serverKeyPem;
};

struct DevPkiOptions
{
    enum class KeyType { EcP256, Rsa2048 };

    // A different CA common name gives an unrelated CA: tests of TLS interception make a second
    // PKI with another name and check that the client refuses its server certificate.
    QString caCommonName = QStringLiteral("GTOL Development CA (not for production)");
    QString serverCommonName = QStringLiteral("localhost");
    QStringList dnsNames {QStringLiteral("localhost")}; // subjectAltName DNS entries
    QStringList ipAddresses {QStringLiteral("127.0.0.1")}; // subjectAltName IP entries (v4 or v6)
    KeyType keyType = KeyType::EcP256; // for both the CA and the server

    // Validity of the server certificate. Unset means "from an hour ago" (clock skew) and
    // serverValidityDays from then. Set both to the past to make an expired certificate.
    QDateTime serverNotBefore;
    QDateTime serverNotAfter;
    int serverValidityDays = 30;
    int caValidityDays = 365;
};

// Makes a throw-away PKI at run time (OpenSSL 3): a self-signed CA and a server certificate
// signed by it, written as PEM files into `dir` (created if missing; existing files of the same
// names are replaced). For development servers (--dev) and tests only: the CA key is never
// written anywhere, so nothing else can ever be signed by this CA.
Result<DevPki> createDevPki(const QString &dir, const DevPkiOptions &options = {});

} // namespace gtol
