#pragma once

#include "probe.h"

#include <QList>
#include <QSslError>

#include <optional>

class QSslSocket;
class QTcpSocket;

namespace gtol {

// A TLS 1.2+ handshake to every service host, the negotiated version, and the chain checked
// against the profile's CA: a chain that does not lead there means something between this PC and
// the service re-signs the traffic (TLS interception by a proxy or security appliance). On Windows
// also Internet Options' "Use TLS 1.2". Errors are inspected to classify them, never ignored.
class Tls12Probe final : public Probe
{
    Q_OBJECT
public:
    struct Answer
    {
        enum class State {
            Pending,        // nothing yet
            TcpConnected,   // TCP up, handshake not finished
            Ok,             // handshake done, chain verified
            ProtocolTooOld, // the server does not speak TLS 1.2 or later
            Interception,   // chain does not lead to the expected CA
            NameMismatch,
            Expired,
            Unreachable,    // no TCP connection (the firewall probe says why)
            Failed,         // anything else
        };
        QString host;
        quint16 port = 0;
        State state = State::Pending;
        QString protocol;  // "TLS 1.3" once negotiated; for ProtocolTooOld what the server offered ("TLS 1.1")
        QString issuer;    // issuer of the top certificate the server sent
        QString error;
    };

    using Probe::Probe;
    QString id() const override { return QStringLiteral("tls12"); }
    QString title() const override;

    static CheckResult evaluate(const QList<Answer> &answers, const TlsSettingsFacts &settings, bool expectedCaGiven,
                                int timeoutMs);
    // Classification of a failed handshake from what the socket reported.
    static Answer::State classify(const QList<QSslError> &errors, const QString &errorString);

protected:
    void run() override;
    void abort() override;
    CheckResult partialResult() override;

private:
    void settle(qsizetype index, Answer::State state, const QString &error);
    void maybeFinish();
    void sniffLegacyVersion(qsizetype index);

    QList<Answer> m_answers;
    QList<QSslSocket *> m_sockets;
    QList<QTcpSocket *> m_sniffSockets;
    QList<QList<QSslError>> m_errors;
    std::optional<TlsSettingsFacts> m_settings;
    bool m_caGiven = false;
    int m_sniffing = 0;
};

} // namespace gtol
