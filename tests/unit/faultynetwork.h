#pragma once

// A QNetworkAccessManager that forwards to the real network (the real test server) and injects the
// faults a real server cannot make on demand (model: Nextcloud test/syncenginetestutils.h):
// hanging, trickling, cutting the answer short and resetting the connection before or after the
// request reached the server. Everything else goes through untouched, real TLS included.
#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace gtol::test {

enum class Fault {
    None,
    ResetBeforeSend, // the connection drops before the request reaches the server
    ResetAfterSend, // the server handled the request; the answer is lost
    Truncate, // the server handled it; the answer stops half-way, then the connection drops
    Hang, // nothing ever comes back (until the client gives up)
    Trickle, // the server handled it; the answer arrives one byte every 100 ms
};

class FaultReply : public QNetworkReply
{
    Q_OBJECT
public:
    FaultReply(Fault fault, QNetworkReply *real, const QNetworkRequest &request, QNetworkAccessManager::Operation op,
               QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QNetworkReply::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    void sslConfigurationImplementation(QSslConfiguration &configuration) const override;

private:
    void onRealFinished();
    void failWith(NetworkError error, const QString &text);
    void copyMetaData();

    Fault m_fault;
    QPointer<QNetworkReply> m_real;
    QByteArray m_data;
    qint64 m_pos = 0;
    qint64 m_delivered = 0;
    QByteArray m_full;
    QTimer m_trickle;
    bool m_done = false;
};

class FaultyNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    // Decides the fault of each request: (method, path, body) -> fault.
    using Plan = std::function<Fault(const QByteArray &method, const QString &path, const QByteArray &body)>;

    void setPlan(Plan plan) { m_plan = std::move(plan); }
    int requestCount() const { return m_requests; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    Plan m_plan;
    int m_requests = 0;
};

} // namespace gtol::test
