#include "lineprobe.h"

#include "ikepacket.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUdpSocket>

#include <algorithm>

namespace gtol {

QString LineProbe::title() const
{
    return tr("Internet line for the IPsec VPN");
}

bool LineProbe::isCarrierGradeNat(const QHostAddress &address)
{
    return address.isInSubnet(QHostAddress(QStringLiteral("100.64.0.0")), 10);
}

bool LineProbe::isDsLiteB4(const QHostAddress &address)
{
    return address.isInSubnet(QHostAddress(QStringLiteral("192.0.0.0")), 29);
}

void LineProbe::run()
{
    m_facts.contract = context().lineContract;
    m_facts.timeoutMs = context().timeoutMs;
    m_facts.gateway = context().profile.vpnGateway;

    // QNetworkInformation lives on this (the UI) thread; loading a backend is a quick local call
    // (NetworkManager over D-Bus, NLM on Windows) and may simply fail: then the medium is unknown.
    if (QNetworkInformation::instance() || QNetworkInformation::loadDefaultBackend()) {
        QNetworkInformation *information = QNetworkInformation::instance();
        if (information->supports(QNetworkInformation::Feature::TransportMedium)) {
            m_facts.mediumKnown = true;
            switch (information->transportMedium()) {
            case QNetworkInformation::TransportMedium::Ethernet: m_facts.medium = Medium::Ethernet; break;
            case QNetworkInformation::TransportMedium::Cellular: m_facts.medium = Medium::Cellular; break;
            case QNetworkInformation::TransportMedium::WiFi: m_facts.medium = Medium::WiFi; break;
            case QNetworkInformation::TransportMedium::Bluetooth: m_facts.medium = Medium::Bluetooth; break;
            default:
                m_facts.mediumKnown = false;
                m_facts.mediumWhy = tr("the %1 backend does not know the medium").arg(information->backendName());
                break;
            }
        } else {
            m_facts.mediumWhy = tr("the %1 backend does not report the medium").arg(information->backendName());
        }
    } else {
        m_facts.mediumWhy = tr("no network information backend could be loaded");
    }

    const auto platform = context().platform;
    runOffThread<QList<NetworkAdapter>>([platform] { return platform->adapters(); },
                                        [this](QList<NetworkAdapter> adapters) {
                                            static const QRegularExpression tunnel(
                                                QStringLiteral("ip6tnl|ip4ip6|dslite|ds-lite|map-?e|v6plus|transix"),
                                                QRegularExpression::CaseInsensitiveOption);
                                            for (const NetworkAdapter &adapter : adapters) {
                                                if (!adapter.up)
                                                    continue;
                                                if (tunnel.match(adapter.name).hasMatch() || tunnel.match(adapter.description).hasMatch())
                                                    m_facts.tunnelAdapters.append(adapter.name);
                                                for (const QString &text : adapter.addresses) {
                                                    const QHostAddress address(text);
                                                    if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
                                                        m_facts.localIPv4.append(text);
                                                    else if (address.protocol() == QAbstractSocket::IPv6Protocol && address.isGlobal()
                                                             && !address.isUniqueLocalUnicast())
                                                        m_facts.globalIPv6.append(text);
                                                }
                                            }
                                            m_localDone = true;
                                            maybeFinish();
                                        });

    if (m_facts.gateway.isEmpty())
        return;
    for (const quint16 port : context().profile.vpnPorts)
        m_facts.ike.append(IkeAnswer{port, IkeAnswer::State::Pending, {}});
    QHostAddress literal;
    if (literal.setAddress(m_facts.gateway)) {
        startIke(literal);
        return;
    }
    m_lookupId = QHostInfo::lookupHost(m_facts.gateway, this, [this](const QHostInfo &info) {
        if (!isRunning())
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            m_facts.gatewayError = info.errorString();
            m_facts.ike.clear(); // not measured: the name did not resolve, which is not "blocked"
            maybeFinish();
            return;
        }
        // IPv4 first: the gateway's IPsec service is reached over IPv4 by the connection tool.
        QHostAddress chosen = info.addresses().constFirst();
        for (const QHostAddress &address : info.addresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol) {
                chosen = address;
                break;
            }
        }
        startIke(chosen);
    });
}

void LineProbe::startIke(const QHostAddress &address)
{
    m_gateway = address;
    m_facts.gatewayAddress = address.toString();
    for (qsizetype i = 0; i < m_facts.ike.size(); ++i) {
        auto *socket = new QUdpSocket(this);
        const bool marker = m_facts.ike.at(i).port == 4500;
        QByteArray spi(8, Qt::Uninitialized);
        for (char &byte : spi)
            byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
        m_spis.append(spi);
        m_sockets.append(socket);
        socket->bind(address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(QHostAddress::AnyIPv6)
                                                                           : QHostAddress(QHostAddress::AnyIPv4), 0);
        connect(socket, &QUdpSocket::readyRead, this, [this, i, socket, marker] {
            while (socket->hasPendingDatagrams()) {
                QByteArray datagram(static_cast<qsizetype>(std::max<qint64>(socket->pendingDatagramSize(), 0)), Qt::Uninitialized);
                QHostAddress from;
                const qint64 got = socket->readDatagram(datagram.data(), datagram.size(), &from);
                if (got < 0 || !isRunning() || m_facts.ike.at(i).state != IkeAnswer::State::Pending)
                    continue;
                datagram.truncate(got);
                const IkePacket::Reply reply = IkePacket::parseReply(datagram, m_spis.at(i), marker);
                if (!reply.isIke)
                    continue;
                m_facts.ike[i].state = IkeAnswer::State::Replied;
                m_facts.ike[i].notify = reply.notify;
                maybeFinish();
            }
        });
    }
    // IKE retransmits; a lost first datagram must not read as "blocked".
    m_resend = new QTimer(this);
    m_resend->setInterval(std::max(300, context().timeoutMs / 4));
    connect(m_resend, &QTimer::timeout, this, &LineProbe::sendIke);
    m_resend->start();
    sendIke();
}

void LineProbe::sendIke()
{
    if (!isRunning() || ++m_sends > 3) {
        if (m_resend)
            m_resend->stop();
        return;
    }
    for (qsizetype i = 0; i < m_sockets.size(); ++i) {
        if (m_facts.ike.at(i).state != IkeAnswer::State::Pending)
            continue;
        const quint16 port = m_facts.ike.at(i).port;
        m_sockets.at(i)->writeDatagram(IkePacket::saInitRequest(m_spis.at(i), port == 4500), m_gateway, port);
    }
}

void LineProbe::maybeFinish()
{
    if (!isRunning() || !m_localDone)
        return;
    if (!m_facts.gateway.isEmpty() && m_facts.gatewayAddress.isEmpty() && m_facts.gatewayError.isEmpty())
        return; // still resolving
    const bool pending = std::any_of(m_facts.ike.begin(), m_facts.ike.end(),
                                     [](const IkeAnswer &a) { return a.state == IkeAnswer::State::Pending; });
    if (!pending)
        finish(evaluateNow());
}

void LineProbe::abort()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    if (m_resend)
        m_resend->stop();
    for (QUdpSocket *socket : std::as_const(m_sockets))
        socket->close();
}

CheckResult LineProbe::partialResult()
{
    for (IkeAnswer &answer : m_facts.ike) {
        if (answer.state == IkeAnswer::State::Pending)
            answer.state = IkeAnswer::State::Silent;
    }
    if (!m_facts.gateway.isEmpty() && m_facts.gatewayAddress.isEmpty() && m_facts.gatewayError.isEmpty()) {
        m_facts.gatewayError = tr("no answer within %1 ms").arg(context().timeoutMs);
        m_facts.ike.clear();
    }
    if (!m_localDone)
        m_facts.mediumWhy = m_facts.mediumWhy.isEmpty() ? tr("local addresses not read in time") : m_facts.mediumWhy;
    return evaluateNow();
}

CheckResult LineProbe::evaluateNow()
{
    return evaluate(m_facts);
}

CheckResult LineProbe::evaluate(const Facts &facts)
{
    CheckResult result;
    QStringList failReasons;
    QStringList warnReasons;
    Actor actor = Actor::Nobody;
    bool ikeMeasured = false;

    // The clerk's answer.
    const QString contract = lineContractLabel(facts.contract);
    if (lineContractRulesOutIpsec(facts.contract)) {
        failReasons.append(tr("The line contract (%1) cannot carry the IPsec VPN that GTOL uses.").arg(contract));
        actor = Actor::ItVendor;
    } else if (lineContractSupportsIpsec(facts.contract)) {
        result.evidence.append(tr("Line contract: %1 (IPsec VPN possible).").arg(contract));
    } else if (facts.contract == LineContract::DontKnow) {
        warnReasons.append(tr("The line contract is not known: ask the IT vendor or look at the provider's contract papers."));
    }

    // The medium.
    if (facts.mediumKnown) {
        switch (facts.medium) {
        case Medium::Cellular:
            failReasons.append(tr("This PC is connected through a mobile (cellular) network, which cannot be used for GTOL."));
            break;
        case Medium::Bluetooth:
            warnReasons.append(tr("This PC is connected over Bluetooth (tethering?): use the facility's fixed line."));
            break;
        case Medium::WiFi:
            result.evidence.append(tr("Network medium: Wi-Fi (fine if it is the facility's own fixed line, not public Wi-Fi)."));
            break;
        case Medium::Ethernet:
            result.evidence.append(tr("Network medium: wired Ethernet."));
            break;
        case Medium::Unknown:
            break;
        }
    } else {
        result.evidence.append(tr("Network medium: not known (%1).").arg(facts.mediumWhy));
    }

    // Addresses.
    QStringList cgnat;
    QStringList b4;
    for (const QString &text : facts.localIPv4) {
        const QHostAddress address(text);
        if (isCarrierGradeNat(address))
            cgnat.append(text);
        if (isDsLiteB4(address))
            b4.append(text);
    }
    if (!facts.localIPv4.isEmpty())
        result.evidence.append(tr("Local IPv4 addresses: %1").arg(facts.localIPv4.join(QStringLiteral(", "))));
    if (!cgnat.isEmpty())
        warnReasons.append(tr("Carrier-grade NAT address %1 (100.64.0.0/10): typical of mobile, CATV and some "
                              "providers; IPsec through it is unreliable.").arg(cgnat.join(QStringLiteral(", "))));
    if (!b4.isEmpty() || !facts.tunnelAdapters.isEmpty())
        warnReasons.append(tr("IPv4 over IPv6 (DS-Lite / MAP-E, e.g. v6プラス, transix) seems in use (%1): IPsec often "
                              "fails on it; the provider's fixed-IPv4 or PPPoE option helps.")
                               .arg((b4 + facts.tunnelAdapters).join(QStringLiteral(", "))));
    if (!facts.globalIPv6.isEmpty())
        result.evidence.append(tr("Global IPv6 address present (%1): the line offers IPv6, possibly IPv6 IPoE.")
                                   .arg(facts.globalIPv6.constFirst()));

    // IKE.
    if (facts.gateway.isEmpty()) {
        result.evidence.append(tr("VPN reachability not tested: the deployment profile names no VPN gateway."));
    } else if (!facts.gatewayError.isEmpty()) {
        result.evidence.append(tr("VPN reachability not tested: the gateway %1 did not resolve (%2).").arg(facts.gateway, facts.gatewayError));
    } else {
        QStringList silent;
        int replied = 0;
        const QString where = facts.gateway == facts.gatewayAddress
            ? facts.gateway
            : QStringLiteral("%1 (%2)").arg(facts.gateway, facts.gatewayAddress);
        for (const IkeAnswer &answer : facts.ike) {
            if (answer.state == IkeAnswer::State::Replied) {
                ++replied;
                result.evidence.append(tr("UDP %1 to %2: IKE answered%3 — reachable.")
                                           .arg(answer.port)
                                           .arg(where, answer.notify.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(answer.notify)));
            } else {
                silent.append(QString::number(answer.port));
                result.evidence.append(tr("UDP %1 to %2: no IKE answer within %3 ms.").arg(answer.port).arg(where).arg(facts.timeoutMs));
            }
        }
        ikeMeasured = !facts.ike.isEmpty();
        if (ikeMeasured && replied == 0) {
            failReasons.append(tr("The VPN gateway did not answer on UDP %1: outbound IPsec (IKE) is blocked by a "
                                  "firewall/router, or the line cannot carry it.").arg(silent.join(QStringLiteral("/"))));
            actor = Actor::ItVendor;
        } else if (!silent.isEmpty()) {
            warnReasons.append(tr("No IKE answer on UDP %1 (NAT traversal): the VPN may fail behind NAT.")
                                   .arg(silent.join(QStringLiteral("/"))));
        }
    }

    for (const QString &reason : std::as_const(failReasons))
        result.evidence.append(reason);
    for (const QString &reason : std::as_const(warnReasons))
        result.evidence.append(reason);

    QJsonArray ports;
    for (const IkeAnswer &answer : facts.ike)
        ports.append(answer.port);
    result.data.insert(QStringLiteral("vpnGateway"), facts.gateway);
    result.data.insert(QStringLiteral("vpnPorts"), ports);
    result.data.insert(QStringLiteral("lineContract"), lineContractKey(facts.contract));

    if (!failReasons.isEmpty()) {
        result.status = CheckStatus::Fail;
        result.remediation = lineContractRulesOutIpsec(facts.contract)
            ? tr("GTOL needs a fixed line that allows IPsec VPN (FLET'S Hikari or a Hikari Collabo service is "
                 "recommended). Consult the IT vendor about the line.")
            : tr("The IT vendor must allow outbound UDP 500 and 4500 (IPsec/IKE) to the VPN gateway, and check that "
                 "the line is a fixed line that allows IPsec VPN.");
        result.actor = actor == Actor::Nobody ? Actor::ItVendor : actor;
        return result;
    }
    if (facts.contract == LineContract::NotAnswered) {
        result.status = CheckStatus::Manual;
        result.remediation = tr("Choose your facility's internet line contract in the list (the provider's contract "
                                "papers name it).");
        result.actor = Actor::Clerk;
        return result;
    }
    if (!warnReasons.isEmpty()) {
        result.status = CheckStatus::Warn;
        result.remediation = tr("Show this report to the IT vendor: the line may not carry the IPsec VPN reliably.");
        result.actor = Actor::ItVendor;
        return result;
    }
    // The contract alone is an answer, not a measurement: without an IKE answer this is not a pass.
    result.status = ikeMeasured ? CheckStatus::Pass : CheckStatus::Unknown;
    return result;
}

} // namespace gtol
