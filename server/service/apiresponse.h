#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace gtol::server {

// One answer of the API, independent of the HTTP library: status, JSON body, extra headers.
struct ApiResponse
{
    int status = 200;
    QByteArray body; // JSON, or empty (304)
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse json(int status, const QJsonObject &object)
    {
        return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
    }
    // {"error":{"code","message", ...extra}}
    static ApiResponse error(int status, const QString &code, const QString &message, const QJsonObject &extra = {})
    {
        QJsonObject error = extra;
        error.insert(QStringLiteral("code"), code);
        error.insert(QStringLiteral("message"), message);
        return json(status, QJsonObject {{QStringLiteral("error"), error}});
    }
    ApiResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};

} // namespace gtol::server
