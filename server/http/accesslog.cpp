#include "accesslog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace gtol::server {

AccessLog::AccessLog(const QString &path)
{
    if (path == QLatin1String("off") || path == QLatin1String("-")) {
        m_enabled = false;
    } else if (path.isEmpty()) {
        m_enabled = m_file.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    } else {
        m_file.setFileName(path);
        m_enabled = m_file.open(QIODevice::WriteOnly | QIODevice::Append);
    }
}

void AccessLog::write(const QString &remote, const QByteArray &method, const QString &route, int status, qint64 bytes,
                      qint64 milliseconds)
{
    if (!m_enabled)
        return;
    const QJsonObject line {{QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                            {QStringLiteral("remote"), remote},
                            {QStringLiteral("method"), QString::fromLatin1(method)},
                            {QStringLiteral("route"), route},
                            {QStringLiteral("status"), status},
                            {QStringLiteral("bytes"), bytes},
                            {QStringLiteral("ms"), milliseconds}};
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::lock_guard lock(m_mutex);
    m_file.write(text);
    m_file.flush();
}

} // namespace gtol::server
