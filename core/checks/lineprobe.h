#pragma once

#include "probe.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>

#include <optional>

class QUdpSocket;
class QTimer;

namespace gtol {

// Whether the internet line can carry the IPsec VPN. Measured: the transport medium
// (QNetworkInformation, when a backend loads), carrier-grade NAT addresses (100.64.0.0/10),
// IPv4-over-IPv6 hints (DS-Lite / MAP-E break IPsec on many "fibre" lines), and an IKEv2
// IKE_SA_INIT to the gateway's UDP ports. Asked: the line contract. One verdict with reasons.
class LineProbe final : public Probe
{
    Q_OBJECT
public:
    enum class Medium { Unknown, Ethernet, Cellular, WiFi, Bluetooth };

    struct IkeAnswer
    {
        enum class State { Pending, Replied, Silent };
        quint16 port = 0;
        State state = State::Pending;
        QString notify;
    };

    struct Facts
    {
        LineContract contract = LineContract::NotAnswered;
        bool mediumKnown = false;
        Medium medium = Medium::Unknown;
        QString mediumWhy; // when not known
        QStringList localIPv4;
        QStringList globalIPv6;
        QStringList tunnelAdapters; // ip6tnl, dslite, map-e … that are up
        QString gateway;            // empty: not in the profile
        QString gatewayAddress;     // resolved
        QString gatewayError;       // resolution failed
        QList<IkeAnswer> ike;
        int timeoutMs = 0;
    };

    using Probe::Probe;
    QString id() const override { return QStringLiteral("line"); }
    QString title() const override;

    static CheckResult evaluate(const Facts &facts);
    static bool isCarrierGradeNat(const QHostAddress &address);
    static bool isDsLiteB4(const QHostAddress &address); // 192.0.0.0/29 (RFC 6333)

protected:
    void run() override;
    void abort() override;
    CheckResult partialResult() override;

private:
    void readLocalFacts();
    void startIke(const QHostAddress &address);
    void sendIke();
    void maybeFinish();
    CheckResult evaluateNow();

    Facts m_facts;
    QHostAddress m_gateway;
    QList<QUdpSocket *> m_sockets;
    QList<QByteArray> m_spis;
    QTimer *m_resend = nullptr;
    int m_sends = 0;
    int m_lookupId = -1;
    bool m_localDone = false;
};

} // namespace gtol
