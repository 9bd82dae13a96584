#pragma once

#include <QByteArray>
#include <QString>

namespace gtol {

// A minimal IKEv2 IKE_SA_INIT request (RFC 7296) and the reading of a reply. The line probe only
// wants to know whether IKE gets through: any answer that carries our SPI proves it, including an
// error notify such as NO_PROPOSAL_CHOSEN or INVALID_KE_PAYLOAD.
class IkePacket
{
public:
    struct Reply
    {
        bool isIke = false;     // an IKEv2 IKE_SA_INIT response to our SPI
        QString notify;         // "NO_PROPOSAL_CHOSEN", "INVALID_KE_PAYLOAD", "COOKIE", "notify 24", or empty
    };

    // `initiatorSpi`: 8 random bytes. With `nonEspMarker` (UDP 4500, RFC 3948) four zero bytes lead.
    static QByteArray saInitRequest(const QByteArray &initiatorSpi, bool nonEspMarker);
    static Reply parseReply(const QByteArray &datagram, const QByteArray &initiatorSpi, bool nonEspMarker);

    // For test peers: an IKE_SA_INIT response carrying only a notify (e.g. 14, NO_PROPOSAL_CHOSEN).
    static QByteArray notifyResponse(const QByteArray &request, quint16 notifyType, bool nonEspMarker);

    static QString notifyName(quint16 type);
};

} // namespace gtol
