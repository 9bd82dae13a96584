#include "facilitycatalogue.h"

#include "security/secrettoken.h"
#include "store/facilityindex.h"
#include "store/localstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gtol::server {

namespace {

// The rows of "SELECT code, prefecture, name, postal_code, address FROM facilities ...".
Result<QList<Facility>> readFacilities(SqliteStatement &stmt)
{
    return stmt.collectRows([](SqliteStatement &row) {
        return Facility {row.columnText(0), row.columnText(1), row.columnText(2), row.columnText(3), row.columnText(4)};
    });
}

} // namespace

FacilityCatalogue::FacilityCatalogue() = default;

FacilityCatalogue::~FacilityCatalogue()
{
    m_index.reset();
    m_store.reset();
}

Status FacilityCatalogue::open(const QString &storePath, const QString &csvPath)
{
    std::lock_guard lock(m_mutex);
    m_index.reset();
    m_store.reset();
    m_exports.clear();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(storePath + suffix);

    m_store = std::make_unique<LocalStore>();
    auto opened = m_store->open(storePath);
    if (!opened)
        return opened.error();
    m_index = std::make_unique<FacilityIndex>(*m_store);
    if (csvPath.isEmpty())
        return m_index->ensureBuiltInMaster();
    auto report = m_index->importCsv(csvPath);
    if (!report)
        return report.error();
    return {};
}

QJsonObject FacilityCatalogue::toJson(const Facility &facility)
{
    return QJsonObject {{QStringLiteral("code"), facility.code},
                        {QStringLiteral("prefectureCode"), facility.prefectureCode},
                        {QStringLiteral("name"), facility.name},
                        {QStringLiteral("postalCode"), facility.postalCode},
                        {QStringLiteral("address"), facility.address}};
}

Result<QList<Facility>> FacilityCatalogue::search(const QString &prefectureCode, const QString &query, int limit)
{
    std::lock_guard lock(m_mutex);
    if (!query.trimmed().isEmpty())
        return m_index->search(prefectureCode, query, limit);
    // No query: the first facilities in code order (FacilityIndex matches text only).
    auto prepared = m_store->database().prepare(u"SELECT code, prefecture, name, postal_code, address FROM facilities "
                                                u"WHERE prefecture = ? ORDER BY code LIMIT ?");
    if (!prepared)
        return prepared.error();
    SqliteStatement &stmt = prepared.value();
    stmt.bind(1, prefectureCode);
    stmt.bind(2, limit);
    return readFacilities(stmt);
}

Result<Facility> FacilityCatalogue::facility(const QString &code, const QString &prefectureCode)
{
    std::lock_guard lock(m_mutex);
    auto found = m_index->facility(code);
    if (found && found->prefectureCode != prefectureCode)
        return Error {QStringLiteral("facility.unknown"), {}, {}};
    return found;
}

Result<FacilityCatalogue::Export> FacilityCatalogue::exportPrefecture(const QString &prefectureCode)
{
    std::lock_guard lock(m_mutex);
    if (const auto it = m_exports.constFind(prefectureCode); it != m_exports.constEnd())
        return *it;

    // The whole master of a prefecture in code order; read directly because FacilityIndex is a
    // search (ranked, limited), not a listing.
    auto prepared = m_store->database().prepare(
        u"SELECT code, prefecture, name, postal_code, address FROM facilities WHERE prefecture = ? ORDER BY code");
    if (!prepared)
        return prepared.error();
    SqliteStatement &stmt = prepared.value();
    stmt.bind(1, prefectureCode);
    auto rows = readFacilities(stmt);
    if (!rows)
        return rows.error();
    QJsonArray facilities;
    for (const Facility &facility : *rows)
        facilities.append(toJson(facility));
    Export result;
    result.json = QJsonDocument(QJsonObject {{QStringLiteral("prefecture"), prefectureCode},
                                             {QStringLiteral("count"), facilities.size()},
                                             {QStringLiteral("facilities"), facilities}})
                      .toJson(QJsonDocument::Compact);
    result.etag = '"' + SecretToken::sha256(result.json).toHex().left(32) + '"';
    m_exports.insert(prefectureCode, result);
    return result;
}

} // namespace gtol::server
