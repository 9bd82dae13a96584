#pragma once

#include <QByteArray>
#include <QString>

namespace gtol {

// Names the protocol of a server that refused TLS 1.2+, so the evidence says "TLS 1.1" rather than
// "something old". It sends a ClientHello offering TLS 1.0–1.1 and reads the version in the
// server's reply; no handshake is completed and nothing is ever trusted.
// The hello is built by hand (RFC 4346 §7.4.1.2, RFC 6066 SNI, RFC 8422 groups and point formats)
// rather than by OpenSSL so the clerk's app does not link libssl/libcrypto: loading them at start
// costs measurable start-up time, while Qt's own TLS loads its OpenSSL backend only on first use.
class LegacyTlsSniffer
{
public:
    // One TLS record holding a ClientHello: client_version TLS 1.1, CBC suites old servers accept,
    // SNI only when serverName is a host name (SNI carries names, never addresses).
    static QByteArray clientHello(const QString &serverName);
    // "TLS 1.1", "TLS 1.0", "SSL 3.0"; "alert" when the server refused even those; empty when the
    // bytes are not (yet) a TLS reply.
    static QString serverVersion(const QByteArray &reply);
};

} // namespace gtol
