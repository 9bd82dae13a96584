#include "ikepacket.h"

#include <QRandomGenerator>
#include <QtEndian>

namespace gtol {

namespace {

constexpr quint8 PayloadNone = 0;
constexpr quint8 PayloadSa = 33;
constexpr quint8 PayloadKe = 34;
constexpr quint8 PayloadNotify = 41;
constexpr quint8 PayloadNonce = 40;
constexpr quint8 ExchangeIkeSaInit = 34;
constexpr quint8 FlagInitiator = 0x08;
constexpr quint8 FlagResponse = 0x20;
constexpr int HeaderSize = 28;

void put8(QByteArray &out, quint8 value)
{
    out.append(static_cast<char>(value));
}

void put16(QByteArray &out, quint16 value)
{
    put8(out, static_cast<quint8>(value >> 8));
    put8(out, static_cast<quint8>(value & 0xff));
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, static_cast<quint16>(value >> 16));
    put16(out, static_cast<quint16>(value & 0xffff));
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (int i = 0; i < count; ++i)
        bytes[i] = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return bytes;
}

QByteArray transform(bool last, quint8 type, quint16 id, quint16 keyLength = 0)
{
    QByteArray out;
    put8(out, last ? 0 : 3);
    put8(out, 0);
    put16(out, keyLength ? 12 : 8);
    put8(out, type);
    put8(out, 0);
    put16(out, id);
    if (keyLength) {
        put16(out, 0x800e); // TV attribute: key length
        put16(out, keyLength);
    }
    return out;
}

QByteArray header(const QByteArray &spiI, const QByteArray &spiR, quint8 firstPayload, quint8 flags, quint32 length)
{
    QByteArray out = spiI.left(8).leftJustified(8, '\0');
    out.append(spiR.left(8).leftJustified(8, '\0'));
    put8(out, firstPayload);
    put8(out, 0x20); // IKEv2
    put8(out, ExchangeIkeSaInit);
    put8(out, flags);
    put32(out, 0); // message id
    put32(out, length);
    return out;
}

quint16 read16(const QByteArray &data, qsizetype at)
{
    return qFromBigEndian<quint16>(data.constData() + at);
}

} // namespace

QByteArray IkePacket::saInitRequest(const QByteArray &initiatorSpi, bool nonEspMarker)
{
    // One proposal the gateway may or may not accept: AES-CBC-256, SHA-256 PRF and integrity,
    // MODP 2048. Acceptance does not matter, only that IKE answers.
    QByteArray transforms = transform(false, 1, 12, 256) + transform(false, 2, 5) + transform(false, 3, 12)
        + transform(true, 4, 14);
    QByteArray proposal;
    put8(proposal, 0); // last proposal
    put8(proposal, 0);
    put16(proposal, static_cast<quint16>(8 + transforms.size()));
    put8(proposal, 1); // proposal number
    put8(proposal, 1); // protocol IKE
    put8(proposal, 0); // SPI size
    put8(proposal, 4); // transforms
    proposal += transforms;

    QByteArray sa;
    put8(sa, PayloadKe);
    put8(sa, 0);
    put16(sa, static_cast<quint16>(4 + proposal.size()));
    sa += proposal;

    QByteArray ke;
    put8(ke, PayloadNonce);
    put8(ke, 0);
    put16(ke, 8 + 256);
    put16(ke, 14); // DH group
    put16(ke, 0);
    ke += randomBytes(256);

    QByteArray nonce;
    put8(nonce, PayloadNone);
    put8(nonce, 0);
    put16(nonce, 4 + 32);
    nonce += randomBytes(32);

    const QByteArray body = sa + ke + nonce;
    QByteArray packet = header(initiatorSpi, QByteArray(8, '\0'), PayloadSa, FlagInitiator,
                               static_cast<quint32>(HeaderSize + body.size()))
        + body;
    if (nonEspMarker)
        packet.prepend(QByteArray(4, '\0'));
    return packet;
}

IkePacket::Reply IkePacket::parseReply(const QByteArray &datagram, const QByteArray &initiatorSpi, bool nonEspMarker)
{
    Reply reply;
    QByteArray data = datagram;
    if (nonEspMarker) {
        if (!data.startsWith(QByteArray(4, '\0')))
            return reply;
        data.remove(0, 4);
    }
    if (data.size() < HeaderSize || data.left(8) != initiatorSpi.left(8))
        return reply;
    const auto version = static_cast<quint8>(data.at(17));
    const auto exchange = static_cast<quint8>(data.at(18));
    const auto flags = static_cast<quint8>(data.at(19));
    if ((version >> 4) != 2 || exchange != ExchangeIkeSaInit || !(flags & FlagResponse))
        return reply;
    reply.isIke = true;
    // Walk the payload chain for a notify; bounded by the datagram.
    quint8 next = static_cast<quint8>(data.at(16));
    qsizetype at = HeaderSize;
    while (next != PayloadNone && at + 4 <= data.size()) {
        const quint16 length = read16(data, at + 2);
        if (length < 4 || at + length > data.size())
            break;
        if (next == PayloadNotify && length >= 8) {
            reply.notify = notifyName(read16(data, at + 6));
            break;
        }
        next = static_cast<quint8>(data.at(at));
        at += length;
    }
    return reply;
}

QByteArray IkePacket::notifyResponse(const QByteArray &request, quint16 notifyType, bool nonEspMarker)
{
    QByteArray data = request;
    if (nonEspMarker)
        data.remove(0, 4);
    QByteArray notify;
    put8(notify, PayloadNone);
    put8(notify, 0);
    put16(notify, 8);
    put8(notify, 0); // protocol id
    put8(notify, 0); // SPI size
    put16(notify, notifyType);
    QByteArray packet = header(data.left(8), QByteArray(8, '\0'), PayloadNotify, FlagResponse,
                               static_cast<quint32>(HeaderSize + notify.size()))
        + notify;
    if (nonEspMarker)
        packet.prepend(QByteArray(4, '\0'));
    return packet;
}

QString IkePacket::notifyName(quint16 type)
{
    switch (type) {
    case 7: return QStringLiteral("INVALID_SYNTAX");
    case 14: return QStringLiteral("NO_PROPOSAL_CHOSEN");
    case 17: return QStringLiteral("INVALID_KE_PAYLOAD");
    case 16390: return QStringLiteral("COOKIE");
    default: return QStringLiteral("notify %1").arg(type);
    }
}

} // namespace gtol
