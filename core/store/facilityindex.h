#pragma once

#include "model/facility.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace gtol {

class LocalStore;

// The facility master in the local store with a search index. Search is a partial match anywhere
// in the name, insensitive to width, hiragana/katakana and common variant kanji, scoped to one
// prefecture, ranked: names starting with the query first, then shorter names, then code.
// Borrows the LocalStore (which must be open and outlive it); prepares its statements on first use.
// Only importCsv() writes the facility tables: the search indexes are rebuilt there, in the same
// transaction, so anything else writing to them would leave the indexes stale.
//
// Typical use: at start-up call checkSqliteFeatures() before LocalStore::open() (the schema itself
// needs FTS5), then ensureBuiltInMaster(); the facility picker calls search() on every keystroke
// (tens of microseconds, see bench-facility-search) and facility() for the chosen code.
class FacilityIndex
{
    Q_DECLARE_TR_FUNCTIONS(gtol::FacilityIndex)

public:
    explicit FacilityIndex(LocalStore &store);
    ~FacilityIndex();

    // Fails with a clear message (code "facility.sqlite_features") when this SQLite has no FTS5
    // with the trigram tokenizer (some platform builds lack it; it needs SQLite 3.34+).
    // Answers from the library's build options when they say enough, else runs probeSqliteFeatures().
    static Status checkSqliteFeatures();
    // Builds a throw-away FTS5 trigram table in memory and queries it with Japanese text.
    static Status probeSqliteFeatures();

    // Best first, at most `limit`. An empty list when nothing matches or the query has no letters
    // or digits; error "facility.prefecture" when prefectureCode is not "01".."47".
    Result<QList<Facility>> search(const QString &prefectureCode, const QString &query, int limit = 50) const;
    Result<Facility> facility(const QString &code) const;  // error code "facility.unknown" if absent
    Result<qint64> count(const QString &prefectureCode = {}) const;
    // How many prefectures the master covers: 1 for the built-in list or one prefecture's export,
    // 46 for the nationwide file.
    Result<qint64> prefectureCount() const;

    struct ImportReport
    {
        qint64 rowsRead = 0;
        qint64 imported = 0;
        qint64 duplicates = 0; // rows repeating an earlier row exactly (the nationwide file has some)
        QList<QPair<qint64, QString>> rejected; // (line number, reason)
    };
    // The nationwide CSV of shared/data (no header; 9-digit code, 7-digit code, name, postal code,
    // address) or the Nara file (header, 10-digit code first). All or nothing: a file that cannot
    // be read or parsed changes nothing. Rows that fail validation are rejected and reported.
    // Replaces the whole master. Errors: "facility.import.unreadable", "facility.import.format",
    // "facility.import.empty" (no valid row; nothing changed), or a store error.
    Result<ImportReport> importCsv(const QString &path);
    // Loads the bundled Nara master (resources) when the store has no facilities yet.
    Status ensureBuiltInMaster();

    static constexpr const char *BuiltInMasterPath = ":/gtol/data/facilities-nara-202508.csv";

private:
    struct Statements;
    Result<Statements *> statements() const;
    Result<QList<Facility>> searchTrigrams(int prefecture, const QString &key, int limit) const;

    LocalStore &m_store;
    mutable std::unique_ptr<Statements> m_statements; // prepared on first use, kept for the store's life
};

} // namespace gtol
