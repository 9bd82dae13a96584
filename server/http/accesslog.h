#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <mutex>

namespace gtol::server {

// The structured access log: one JSON object a line (time, remote, method, route, status,
// bytes, ms). `route` is the endpoint pattern, so tokens in paths never reach the log; query
// strings, headers and bodies are never logged.
class AccessLog
{
public:
    // Empty path: stderr; "off" or "-": nothing.
    explicit AccessLog(const QString &path);

    void write(const QString &remote, const QByteArray &method, const QString &route, int status, qint64 bytes,
               qint64 milliseconds);

private:
    std::mutex m_mutex;
    QFile m_file;
    bool m_enabled = true;
};

} // namespace gtol::server
