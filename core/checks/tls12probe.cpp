#include "tls12probe.h"

#include "legacytlssniffer.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

#include <memory>

#include <algorithm>

namespace gtol {

namespace {

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2: return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3: return QStringLiteral("TLS 1.3");
    default: return QStringLiteral("TLS (%1)").arg(static_cast<int>(protocol));
    }
}

QString issuerOf(const QList<QSslCertificate> &chain)
{
    if (chain.isEmpty())
        return {};
    return chain.last().issuerDisplayName();
}

// Issuer names of common TLS inspection products (proxies, UTMs, endpoint security).
bool looksLikeInspectionCa(const QString &issuer)
{
    static const QRegularExpression inspection(
        QStringLiteral("fortinet|fortigate|zscaler|palo ?alto|sophos|blue ?coat|symantec web|trend ?micro|netskope|"
                       "forcepoint|websense|barracuda|cisco umbrella|check ?point|sonicwall|watchguard|kaspersky|eset ssl|"
                       "avast|avg web|bitdefender|mcafee web|skyhigh|i-?filter|interscan|inspection|proxy"),
        QRegularExpression::CaseInsensitiveOption);
    return inspection.match(issuer).hasMatch();
}

constexpr quint32 SecureProtocolsTls12 = 0x800;
constexpr quint32 SecureProtocolsTls13 = 0x2000;

} // namespace

QString Tls12Probe::title() const
{
    return tr("Encrypted connection (TLS 1.2 or later)");
}

Tls12Probe::Answer::State Tls12Probe::classify(const QList<QSslError> &errors, const QString &errorString)
{
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateSignatureFailed:
        case QSslError::CertificateRejected:
            return Answer::State::Interception;
        default:
            break;
        }
    }
    for (const QSslError &error : errors) {
        if (error.error() == QSslError::HostNameMismatch)
            return Answer::State::NameMismatch;
        if (error.error() == QSslError::CertificateExpired || error.error() == QSslError::CertificateNotYetValid)
            return Answer::State::Expired;
    }
    // OpenSSL's words for "we share no protocol version": an alert from the peer, or our own refusal.
    const QString text = errorString.toLower();
    if (text.contains(QStringLiteral("protocol version")) || text.contains(QStringLiteral("unsupported protocol"))
        || text.contains(QStringLiteral("wrong version number")) || text.contains(QStringLiteral("no protocols available"))
        || text.contains(QStringLiteral("version too low")))
        return Answer::State::ProtocolTooOld;
    return Answer::State::Failed;
}

void Tls12Probe::run()
{
    const DeploymentProfile &profile = context().profile;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_caGiven = !profile.serviceCaFile.isEmpty();
    if (m_caGiven) {
        const auto authorities = QSslCertificate::fromPath(profile.serviceCaFile, QSsl::Pem);
        if (authorities.isEmpty()) {
            CheckResult result;
            result.status = CheckStatus::Unknown;
            result.evidence.append(tr("The expected CA certificate %1 could not be read.").arg(profile.serviceCaFile));
            result.remediation = tr("Correct service.caFile in the deployment profile.");
            result.actor = Actor::ItVendor;
            finish(result);
            return;
        }
        // Only the expected CA: a chain that verifies against anything else is not the service's.
        configuration.setCaCertificates(authorities);
    }

    for (const QString &host : profile.serviceHosts)
        m_answers.append(Answer{host, profile.servicePort, Answer::State::Pending, {}, {}, {}});
    m_errors.resize(m_answers.size());
    for (qsizetype i = 0; i < m_answers.size(); ++i) {
        auto *socket = new QSslSocket(this);
        socket->setProxy(QNetworkProxy::NoProxy);
        socket->setSslConfiguration(configuration);
        m_sockets.append(socket);
        connect(socket, &QSslSocket::connected, this, [this, i] {
            if (m_answers.at(i).state == Answer::State::Pending)
                m_answers[i].state = Answer::State::TcpConnected;
        });
        connect(socket, &QSslSocket::encrypted, this, [this, i, socket] {
            m_answers[i].protocol = protocolName(socket->sessionProtocol());
            m_answers[i].issuer = issuerOf(socket->peerCertificateChain());
            settle(i, Answer::State::Ok, {});
        });
        connect(socket, &QSslSocket::sslErrors, this, [this, i, socket](const QList<QSslError> &errors) {
            m_errors[i] = errors;
            m_answers[i].issuer = issuerOf(socket->peerCertificateChain());
        });
        connect(socket, &QSslSocket::errorOccurred, this, [this, i, socket](QAbstractSocket::SocketError error) {
            const bool tcpUp = m_answers.at(i).state == Answer::State::TcpConnected;
            QString text = socket->errorString();
            QStringList sslTexts;
            for (const QSslError &sslError : std::as_const(m_errors.at(i)))
                sslTexts.append(sslError.errorString());
            if (!sslTexts.isEmpty())
                text = sslTexts.join(QStringLiteral("; "));
            if (!tcpUp && (error == QAbstractSocket::ConnectionRefusedError || error == QAbstractSocket::HostNotFoundError
                           || error == QAbstractSocket::SocketTimeoutError || error == QAbstractSocket::NetworkError))
                settle(i, Answer::State::Unreachable, text);
            else
                settle(i, classify(m_errors.at(i), socket->errorString()), text);
        });
        socket->connectToHostEncrypted(m_answers.at(i).host, m_answers.at(i).port);
    }

    const auto platform = context().platform;
    runOffThread<TlsSettingsFacts>([platform] { return platform->tlsSettings(); }, [this](TlsSettingsFacts settings) {
        m_settings = settings;
        maybeFinish();
    });
}

void Tls12Probe::settle(qsizetype index, Answer::State state, const QString &error)
{
    Answer &answer = m_answers[index];
    if (!isRunning() || (answer.state != Answer::State::Pending && answer.state != Answer::State::TcpConnected))
        return;
    answer.state = state;
    answer.error = error;
    m_sockets.at(index)->abort();
    if (state == Answer::State::ProtocolTooOld)
        sniffLegacyVersion(index);
    maybeFinish();
}

void Tls12Probe::sniffLegacyVersion(qsizetype index)
{
    // Which old protocol the server speaks: a ClientHello offering TLS 1.0-1.1, read the version
    // of its reply, hang up. Diagnostic only; nothing is sent after the hello.
    auto *socket = new QTcpSocket(this);
    socket->setProxy(QNetworkProxy::NoProxy);
    m_sniffSockets.append(socket);
    ++m_sniffing;
    auto reply = std::make_shared<QByteArray>();
    auto done = [this, socket, index](const QString &version) {
        if (socket->property("gtolDone").toBool())
            return;
        socket->setProperty("gtolDone", true);
        socket->abort();
        --m_sniffing;
        if (!version.isEmpty() && version != QStringLiteral("alert"))
            m_answers[index].protocol = version;
        maybeFinish();
    };
    connect(socket, &QTcpSocket::connected, this, [socket, index, this] {
        socket->write(LegacyTlsSniffer::clientHello(m_answers.at(index).host));
    });
    connect(socket, &QTcpSocket::readyRead, this, [socket, reply, done] {
        reply->append(socket->readAll());
        const QString version = LegacyTlsSniffer::serverVersion(*reply);
        if (!version.isEmpty() || reply->size() > 64)
            done(version);
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [done] { done({}); });
    socket->connectToHost(m_answers.at(index).host, m_answers.at(index).port);
}

void Tls12Probe::maybeFinish()
{
    if (!isRunning() || !m_settings || m_sniffing > 0)
        return;
    const bool allDone = std::none_of(m_answers.begin(), m_answers.end(), [](const Answer &a) {
        return a.state == Answer::State::Pending || a.state == Answer::State::TcpConnected;
    });
    if (allDone)
        finish(evaluate(m_answers, *m_settings, m_caGiven, context().timeoutMs));
}

void Tls12Probe::abort()
{
    for (QSslSocket *socket : std::as_const(m_sockets))
        socket->abort();
    for (QTcpSocket *socket : std::as_const(m_sniffSockets))
        socket->abort();
}

CheckResult Tls12Probe::partialResult()
{
    TlsSettingsFacts settings = m_settings.value_or(TlsSettingsFacts{});
    if (!m_settings) {
        settings.applicable = false;
        settings.why = tr("The Internet Options setting could not be read in time.");
    }
    return evaluate(m_answers, settings, m_caGiven, context().timeoutMs);
}

CheckResult Tls12Probe::evaluate(const QList<Answer> &answers, const TlsSettingsFacts &settings, bool expectedCaGiven,
                                 int timeoutMs)
{
    CheckResult result;
    CheckStatus status = CheckStatus::Pass;
    auto worsen = [&status](CheckStatus to) {
        if (severity(to) > severity(status))
            status = to;
    };
    QStringList remedies;
    Actor actor = Actor::Nobody;
    QJsonArray intercepted;

    for (const Answer &answer : answers) {
        const QString endpoint = QStringLiteral("%1:%2").arg(answer.host).arg(answer.port);
        switch (answer.state) {
        case Answer::State::Ok:
            result.evidence.append(expectedCaGiven
                                       ? tr("%1: %2, certificate chain leads to the expected CA (%3)").arg(endpoint, answer.protocol, answer.issuer)
                                       : tr("%1: %2, certificate trusted by this PC (issuer %3)").arg(endpoint, answer.protocol, answer.issuer));
            // Without an expected CA, an inspection appliance whose CA the IT vendor installed on
            // this PC verifies fine; its name in the issuer still gives it away.
            if (!expectedCaGiven && looksLikeInspectionCa(answer.issuer)) {
                worsen(CheckStatus::Warn);
                intercepted.append(answer.host);
                remedies.append(tr("The certificate for %1 was issued by %2, which looks like a TLS inspection product. "
                                   "The IT vendor should exclude this host from TLS/SSL inspection.").arg(answer.host, answer.issuer));
                actor = Actor::ItVendor;
            }
            break;
        case Answer::State::ProtocolTooOld:
            result.evidence.append(answer.protocol.isEmpty()
                                       ? tr("%1: no TLS 1.2 or later: the server refuses them (%2)").arg(endpoint, answer.error)
                                       : tr("%1: no TLS 1.2 or later: the server offers only %2 (%3)").arg(endpoint, answer.protocol, answer.error));
            worsen(CheckStatus::Fail);
            remedies.append(tr("Something answering for %1 does not speak TLS 1.2: the IT vendor must check the "
                               "proxy / security appliance in between (it must allow TLS 1.2 or later).").arg(endpoint));
            actor = Actor::ItVendor;
            break;
        case Answer::State::Interception:
            result.evidence.append(tr("%1: TLS interception suspected: the certificate chain does not lead to the "
                                      "expected CA (issuer: %2; %3)").arg(endpoint, answer.issuer.isEmpty() ? tr("unknown") : answer.issuer, answer.error));
            worsen(CheckStatus::Fail);
            intercepted.append(answer.host);
            remedies.append(tr("A proxy or security appliance re-encrypts the connection to %1. The IT vendor must exclude "
                               "this host from TLS/SSL inspection.").arg(answer.host));
            actor = Actor::ItVendor;
            break;
        case Answer::State::NameMismatch:
            result.evidence.append(tr("%1: the certificate is not issued for this host name (%2)").arg(endpoint, answer.error));
            worsen(CheckStatus::Fail);
            intercepted.append(answer.host);
            remedies.append(tr("The certificate presented for %1 is for another name, which usually means TLS "
                               "interception or a wrong DNS entry: the IT vendor must check both.").arg(answer.host));
            actor = Actor::ItVendor;
            break;
        case Answer::State::Expired:
            result.evidence.append(tr("%1: certificate expired or not yet valid (%2)").arg(endpoint, answer.error));
            worsen(CheckStatus::Fail);
            remedies.append(tr("Check that this PC's date and time are correct; if they are, report it to the GTOL help desk."));
            if (actor == Actor::Nobody)
                actor = Actor::Clerk;
            break;
        case Answer::State::Unreachable:
            result.evidence.append(tr("%1: not measured, no TCP connection (%2; see Firewall)").arg(endpoint, answer.error));
            worsen(CheckStatus::Unknown);
            break;
        case Answer::State::TcpConnected:
            result.evidence.append(tr("%1: connected, but the TLS handshake did not finish within %2 ms").arg(endpoint).arg(timeoutMs));
            worsen(CheckStatus::Fail);
            remedies.append(tr("%1 accepts the connection but never completes the encrypted handshake: a proxy or "
                               "firewall in between holds it. The IT vendor must allow TLS to this host.").arg(endpoint));
            actor = Actor::ItVendor;
            break;
        case Answer::State::Pending:
            result.evidence.append(tr("%1: not measured, no TCP connection within %2 ms (see Firewall)").arg(endpoint).arg(timeoutMs));
            worsen(CheckStatus::Unknown);
            break;
        case Answer::State::Failed:
            result.evidence.append(tr("%1: handshake failed (%2)").arg(endpoint, answer.error));
            worsen(CheckStatus::Fail);
            remedies.append(tr("The encrypted connection to %1 fails: the IT vendor should check the network path with "
                               "this report.").arg(endpoint));
            actor = Actor::ItVendor;
            break;
        }
    }
    if (answers.isEmpty()) {
        result.evidence.append(tr("The deployment profile names no service host."));
        worsen(CheckStatus::Unknown);
    }

    if (settings.applicable) {
        if (settings.secureProtocols) {
            const quint32 value = *settings.secureProtocols;
            const bool on = (value & (SecureProtocolsTls12 | SecureProtocolsTls13)) != 0;
            result.evidence.append(tr("Internet Options SecureProtocols = 0x%1 (%2): TLS 1.2 %3")
                                       .arg(value, 0, 16).arg(settings.source, on ? tr("on") : tr("off")));
            if (!on) {
                worsen(CheckStatus::Fail);
                remedies.append(tr("Turn on \"Use TLS 1.2\" in Internet Options > Advanced (or ask the IT vendor if a "
                                   "policy controls it)."));
                if (actor == Actor::Nobody)
                    actor = Actor::Clerk;
            }
        } else {
            result.evidence.append(tr("Internet Options SecureProtocols could not be read. %1").arg(settings.why));
            worsen(CheckStatus::Unknown);
        }
    }

    if (!intercepted.isEmpty())
        result.data.insert(QStringLiteral("interceptedHosts"), intercepted);
    result.status = status;
    result.remediation = remedies.join(u' ');
    result.actor = status == CheckStatus::Pass || status == CheckStatus::Unknown ? Actor::Nobody : actor;
    return result;
}

} // namespace gtol
