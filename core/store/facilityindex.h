#pragma once

#include "model/facility.h"
#include "result.h"

#include <QList>
#include <QString>

#include <memory>

namespace gtol {

class LocalStore;

// The facility master in the local store with a search index. Search is a partial match anywhere
// in the name, insensitive to width, hiragana/katakana and common variant kanji, scoped to one
// prefecture, ranked: names starting with the query first, then shorter names.
class FacilityIndex
{
public:
    explicit FacilityIndex(LocalStore &store);
    ~FacilityIndex();

    // Fails with a clear message when this SQLite has no FTS5 (some platform builds lack it).
    static Status checkSqliteFeatures();

    Result<QList<Facility>> search(const QString &prefectureCode, const QString &query, int limit = 50) const;
    Result<Facility> facility(const QString &code) const;  // error code "facility.unknown" if absent
    Result<qint64> count(const QString &prefectureCode = {}) const;

    struct ImportReport
    {
        qint64 rowsRead = 0;
        qint64 imported = 0;
        QList<QPair<qint64, QString>> rejected; // (line number, reason)
    };
    // The nationwide CSV of shared/data (no header; 9-digit code, 7-digit code, name, postal code,
    // address) or the Nara file (header, 10-digit code first). All or nothing: a file that cannot
    // be read or parsed changes nothing. Rows that fail validation are rejected and reported.
    Result<ImportReport> importCsv(const QString &path);
    // Loads the bundled Nara master (resources) when the store has no facilities yet.
    Status ensureBuiltInMaster();

private:
    struct Statements;
    LocalStore &m_store;
    std::unique_ptr<Statements> m_statements;
};

} // namespace gtol
