#pragma once

#include "net/apierror.h"

#include <QObject>
#include <QString>

#include <functional>

namespace gtol {

class ApiClient;
class FacilityIndex;

// Keeps the local facility master (FacilityIndex) in step with the backend's export of one
// prefecture, cheaply: the ETag of what was last imported is kept beside the cache, sent as
// If-None-Match, and a 304 costs one small request. A 200 is checked (shape, prefecture, count),
// written as a master CSV into the cache folder (atomically) and imported in one transaction, so a
// bad answer never replaces a good master. The ETag is saved only after the import succeeded.
// A local master that also holds other prefectures (the nationwide file) is left alone, because
// FacilityIndex::importCsv replaces the whole master.
class FacilityMasterSync : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool changed = false; // false: 304, the local master is current
        qint64 imported = 0;
        QByteArray etag;
    };
    using Callback = std::function<void(const ApiResult<Outcome> &)>;

    FacilityMasterSync(ApiClient &client, FacilityIndex &index, QString cacheDir, QObject *parent = nullptr);

    void refresh(const QString &prefectureCode, Callback done);

    QByteArray storedEtag(const QString &prefectureCode) const;
    // The export's JSON as a master CSV (the layout FacilityIndex::importCsv reads by header).
    static ApiResult<QByteArray> exportToCsv(const QByteArray &json, const QString &prefectureCode, qint64 *count);

private:
    QString etagPath(const QString &prefectureCode) const;
    QString csvPath(const QString &prefectureCode) const;

    ApiClient &m_client;
    FacilityIndex &m_index;
    QString m_cacheDir;
    QString m_latestRequested; // the prefecture of the last refresh(); older answers are dropped
};

} // namespace gtol
