#pragma once

#include <QByteArray>
#include <QString>

namespace gtol {

// Names the protocol of a server that refused TLS 1.2+, so the evidence says "TLS 1.1" rather than
// "something old". It only builds a ClientHello offering TLS 1.0–1.1 (OpenSSL, in memory) and reads
// the version in the server's reply; no handshake is completed and nothing is ever trusted.
class LegacyTlsSniffer
{
public:
    static QByteArray clientHello(const QString &serverName);
    // "TLS 1.1", "TLS 1.0", "SSL 3.0"; "alert" when the server refused even those; empty when the
    // bytes are not (yet) a TLS reply.
    static QString serverVersion(const QByteArray &reply);
};

} // namespace gtol
