#include "faultynetwork.h"

#include <QSslConfiguration>

namespace gtol::test {

FaultReply::FaultReply(Fault fault, QNetworkReply *real, const QNetworkRequest &request,
                       QNetworkAccessManager::Operation op, QObject *parent)
    : QNetworkReply(parent), m_fault(fault), m_real(real)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    open(QIODevice::ReadOnly);
    if (m_real) {
        m_real->setParent(this);
        connect(m_real, &QNetworkReply::finished, this, &FaultReply::onRealFinished);
        connect(m_real, &QNetworkReply::encrypted, this, &QNetworkReply::encrypted);
        connect(m_real, &QNetworkReply::sslErrors, this, &QNetworkReply::sslErrors);
    }
    if (fault == Fault::ResetBeforeSend)
        QTimer::singleShot(0, this, [this] {
            failWith(QNetworkReply::RemoteHostClosedError, QStringLiteral("Connection closed (injected)"));
        });
    m_trickle.setInterval(100);
    connect(&m_trickle, &QTimer::timeout, this, [this] {
        if (m_delivered >= m_full.size()) {
            m_trickle.stop();
            m_done = true;
            Q_EMIT finished();
            return;
        }
        m_data += m_full.at(m_delivered++);
        Q_EMIT readyRead();
    });
}

void FaultReply::copyMetaData()
{
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_real->attribute(QNetworkRequest::HttpStatusCodeAttribute));
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute,
                 m_real->attribute(QNetworkRequest::HttpReasonPhraseAttribute));
    for (const auto &pair : m_real->rawHeaderPairs())
        setRawHeader(pair.first, pair.second);
}

void FaultReply::onRealFinished()
{
    if (m_done || !m_real)
        return;
    const QByteArray body = m_real->readAll();
    switch (m_fault) {
    case Fault::None:
        copyMetaData();
        setError(m_real->error(), m_real->errorString());
        m_data = body;
        m_done = true;
        if (!body.isEmpty())
            Q_EMIT readyRead();
        if (m_real->error() != NoError)
            Q_EMIT errorOccurred(m_real->error());
        Q_EMIT finished();
        return;
    case Fault::ResetAfterSend:
        failWith(QNetworkReply::RemoteHostClosedError, QStringLiteral("Connection closed (injected)"));
        return;
    case Fault::Truncate:
        copyMetaData();
        m_data = body.left(body.size() / 2);
        if (!m_data.isEmpty())
            Q_EMIT readyRead();
        failWith(QNetworkReply::RemoteHostClosedError, QStringLiteral("Connection closed mid-answer (injected)"));
        return;
    case Fault::Trickle:
        copyMetaData();
        m_full = body;
        m_trickle.start();
        return;
    case Fault::Hang:
    case Fault::ResetBeforeSend:
        return; // the answer is dropped: for Hang nothing more ever happens
    }
}

void FaultReply::failWith(NetworkError error, const QString &text)
{
    if (m_done)
        return;
    m_done = true;
    m_trickle.stop();
    setError(error, text);
    Q_EMIT errorOccurred(error);
    Q_EMIT finished();
}

void FaultReply::abort()
{
    if (QNetworkReply *real = m_real.data())
        real->abort();
    failWith(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 FaultReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_pos);
    if (n <= 0)
        return m_done ? -1 : 0;
    memcpy(data, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    return n;
}

void FaultReply::sslConfigurationImplementation(QSslConfiguration &configuration) const
{
    if (m_real)
        configuration = m_real->sslConfiguration();
}

QNetworkReply *FaultyNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                         QIODevice *outgoingData)
{
    ++m_requests;
    QByteArray body;
    if (outgoingData)
        body = outgoingData->readAll();
    const QByteArray method = op == CustomOperation
        ? request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()
        : op == PostOperation ? QByteArrayLiteral("POST")
                              : QByteArrayLiteral("GET");
    const Fault fault = m_plan ? m_plan(method, request.url().path(), body) : Fault::None;
    QNetworkReply *real = nullptr;
    if (fault != Fault::ResetBeforeSend) {
        auto *buffer = new QBuffer;
        buffer->setData(body);
        buffer->open(QIODevice::ReadOnly);
        real = QNetworkAccessManager::createRequest(op, request, outgoingData ? buffer : nullptr);
        buffer->setParent(real);
    }
    return new FaultReply(fault, real, request, op, this);
}

} // namespace gtol::test
