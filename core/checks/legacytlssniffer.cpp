#include "legacytlssniffer.h"

#include <QHostAddress>

#include <openssl/bio.h>
#include <openssl/ssl.h>

namespace gtol {

QByteArray LegacyTlsSniffer::clientHello(const QString &serverName)
{
    QByteArray hello;
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (!ctx)
        return hello;
    // Security level 0 only lets OpenSSL 3 *offer* the old versions in this hello.
    SSL_CTX_set_security_level(ctx, 0);
    SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
    SSL_CTX_set_max_proto_version(ctx, TLS1_1_VERSION);
    SSL_CTX_set_cipher_list(ctx, "ALL:@SECLEVEL=0");
    if (SSL *ssl = SSL_new(ctx)) {
        BIO *in = BIO_new(BIO_s_mem());
        BIO *out = BIO_new(BIO_s_mem());
        SSL_set_bio(ssl, in, out); // ssl owns both now
        const QByteArray name = serverName.toUtf8();
        if (!name.isEmpty() && QHostAddress(serverName).isNull()) // SNI carries names, not addresses
            SSL_set_tlsext_host_name(ssl, name.constData());
        SSL_set_connect_state(ssl);
        SSL_do_handshake(ssl); // wants to read: the hello is in `out`
        char buffer[4096];
        int got = 0;
        while ((got = BIO_read(out, buffer, sizeof buffer)) > 0)
            hello.append(buffer, got);
        SSL_free(ssl);
    }
    SSL_CTX_free(ctx);
    return hello;
}

QString LegacyTlsSniffer::serverVersion(const QByteArray &reply)
{
    if (reply.size() < 5)
        return {};
    const auto type = static_cast<quint8>(reply.at(0));
    if (type == 0x15)
        return QStringLiteral("alert");
    // Handshake record, ServerHello (2), then its two version bytes.
    if (type != 0x16 || reply.size() < 11 || static_cast<quint8>(reply.at(5)) != 2)
        return {};
    const int version = (static_cast<quint8>(reply.at(9)) << 8) | static_cast<quint8>(reply.at(10));
    switch (version) {
    case 0x0300: return QStringLiteral("SSL 3.0");
    case 0x0301: return QStringLiteral("TLS 1.0");
    case 0x0302: return QStringLiteral("TLS 1.1");
    case 0x0303: return QStringLiteral("TLS 1.2");
    default: return QStringLiteral("0x%1").arg(version, 4, 16, QLatin1Char('0'));
    }
}

} // namespace gtol
