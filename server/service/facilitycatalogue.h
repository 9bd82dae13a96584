#pragma once

#include "model/facility.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <mutex>

namespace gtol {
class LocalStore;
class FacilityIndex;
} // namespace gtol

namespace gtol::server {

// The server's facility master: core's FacilityIndex over a LocalStore file of its own, so the
// server matches exactly as the client does. The file is a cache rebuilt at every start from the
// CSV given (or the bundled Nara master), never edited in place. One connection behind a mutex.
class FacilityCatalogue
{
public:
    FacilityCatalogue();
    ~FacilityCatalogue();

    // Creates `storePath` afresh and loads `csvPath` into it (empty: the bundled master).
    Status open(const QString &storePath, const QString &csvPath);

    Result<QList<Facility>> search(const QString &prefectureCode, const QString &query, int limit);
    // The facility when it exists in that prefecture; "facility.unknown" otherwise.
    Result<Facility> facility(const QString &code, const QString &prefectureCode);

    struct Export
    {
        QByteArray json; // {"prefecture","count","facilities":[...]}
        QByteArray etag; // quoted, strong
    };
    // Built once per prefecture and kept: the master does not change while the server runs.
    Result<Export> exportPrefecture(const QString &prefectureCode);

    static QJsonObject toJson(const Facility &facility);

private:
    std::mutex m_mutex;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<FacilityIndex> m_index;
    QHash<QString, Export> m_exports;
};

} // namespace gtol::server
