#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace gtol {

// One HTTP call as a value (model: qBittorrent DownloadRequest): what to send, nothing about how.
struct ApiRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path; // below the base URL, e.g. "/api/v1/terms/current"
    QUrlQuery query;
    QByteArray body; // JSON when not empty
    QString idempotencyKey; // sent as Idempotency-Key
    QString bearerToken; // sent as Authorization: Bearer (never logged)
    QByteArray ifNoneMatch; // an ETag
    int deadlineMs = 0; // overall deadline; 0 = the client's default
    qint64 maxResponseBytes = 0; // 0 = the client's default
};

// A completed HTTP exchange with a 2xx or 304 status.
struct ApiResponse
{
    int httpStatus = 0;
    QByteArray body;
    QByteArray etag;
    QList<QPair<QByteArray, QByteArray>> headers;

    bool notModified() const { return httpStatus == 304; }
};

} // namespace gtol
