#include "legacytlssniffer.h"

#include <QHostAddress>
#include <QRandomGenerator>
#include <QUrl>

#include <array>

namespace gtol {

namespace {

// Cipher suites TLS 1.0/1.1 servers commonly accept (CBC with SHA-1; no AEAD before TLS 1.2).
// The hello is never followed by a key exchange, so their strength does not matter here; what
// matters is that an old server finds one it speaks and answers with a ServerHello.
constexpr quint16 kCipherSuites[] = {
    0xC013, // TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA
    0xC014, // TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA
    0xC009, // TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA
    0xC00A, // TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA
    0x002F, // TLS_RSA_WITH_AES_128_CBC_SHA
    0x0035, // TLS_RSA_WITH_AES_256_CBC_SHA
    0x000A, // TLS_RSA_WITH_3DES_EDE_CBC_SHA
    0x00FF, // TLS_EMPTY_RENEGOTIATION_INFO_SCSV (RFC 5746)
};
constexpr quint16 kSupportedGroups[] = {0x001D /* x25519 */, 0x0017 /* secp256r1 */, 0x0018 /* secp384r1 */};

constexpr quint8 kRecordHandshake = 0x16;
constexpr quint16 kRecordVersion = 0x0301; // what old servers expect on the first record
constexpr quint8 kHandshakeClientHello = 1;
constexpr quint16 kClientVersion = 0x0302; // TLS 1.1: the server answers with the highest it has up to this
constexpr quint16 kExtServerName = 0x0000;
constexpr quint16 kExtSupportedGroups = 0x000A;
constexpr quint16 kExtEcPointFormats = 0x000B;

void appendU8(QByteArray &out, quint8 value)
{
    out.append(static_cast<char>(value));
}

void appendU16(QByteArray &out, quint16 value)
{
    appendU8(out, static_cast<quint8>(value >> 8));
    appendU8(out, static_cast<quint8>(value & 0xFF));
}

void appendU24(QByteArray &out, quint32 value)
{
    appendU8(out, static_cast<quint8>((value >> 16) & 0xFF));
    appendU16(out, static_cast<quint16>(value & 0xFFFF));
}

// Every field here is far below its length limit (a host name is at most 253 bytes).
void appendWithU16Length(QByteArray &out, const QByteArray &body)
{
    appendU16(out, static_cast<quint16>(body.size()));
    out.append(body);
}

void appendExtension(QByteArray &out, quint16 type, const QByteArray &body)
{
    appendU16(out, type);
    appendWithU16Length(out, body);
}

// The DNS name to put in SNI (RFC 6066 §3: ASCII, A-labels for IDNs, no trailing dot), or empty
// when there is none to give: no name, an IP literal, or a name that is not a valid host name.
QByteArray sniHostName(const QString &serverName)
{
    if (serverName.isEmpty() || !QHostAddress(serverName).isNull())
        return {};
    QByteArray name = QUrl::toAce(serverName);
    if (name.endsWith('.'))
        name.chop(1);
    return name.size() <= 253 ? name : QByteArray();
}

QByteArray serverNameExtension(const QByteArray &hostName)
{
    QByteArray entry;
    appendU8(entry, 0); // name_type host_name
    appendWithU16Length(entry, hostName);
    QByteArray list;
    appendWithU16Length(list, entry);
    return list;
}

QByteArray supportedGroupsExtension()
{
    QByteArray groups;
    for (const quint16 group : kSupportedGroups)
        appendU16(groups, group);
    QByteArray body;
    appendWithU16Length(body, groups);
    return body;
}

QByteArray ecPointFormatsExtension()
{
    QByteArray body;
    appendU8(body, 1); // one format:
    appendU8(body, 0); // uncompressed
    return body;
}

QByteArray clientRandom()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.data()), sizeof words);
}

QByteArray clientHelloBody(const QString &serverName)
{
    QByteArray body;
    appendU16(body, kClientVersion);
    body.append(clientRandom());
    appendU8(body, 0); // empty session id: nothing to resume

    QByteArray suites;
    for (const quint16 suite : kCipherSuites)
        appendU16(suites, suite);
    appendWithU16Length(body, suites);

    appendU8(body, 1); // one compression method:
    appendU8(body, 0); // null

    QByteArray extensions;
    if (const QByteArray hostName = sniHostName(serverName); !hostName.isEmpty())
        appendExtension(extensions, kExtServerName, serverNameExtension(hostName));
    appendExtension(extensions, kExtSupportedGroups, supportedGroupsExtension());
    appendExtension(extensions, kExtEcPointFormats, ecPointFormatsExtension());
    appendWithU16Length(body, extensions);
    return body;
}

} // namespace

QByteArray LegacyTlsSniffer::clientHello(const QString &serverName)
{
    const QByteArray body = clientHelloBody(serverName);
    QByteArray handshake;
    appendU8(handshake, kHandshakeClientHello);
    appendU24(handshake, static_cast<quint32>(body.size()));
    handshake.append(body);

    QByteArray record;
    appendU8(record, kRecordHandshake);
    appendU16(record, kRecordVersion);
    appendWithU16Length(record, handshake);
    return record;
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
