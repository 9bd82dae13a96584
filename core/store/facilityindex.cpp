#include "facilityindex.h"

#include "store/facilitycsvreader.h"
#include "store/facilitysearchkey.h"
#include "store/localstore.h"
#include "store/sqlitedatabase.h"

#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <tuple>
#include <vector>

namespace gtol {

namespace {

constexpr qint64 kPrefectureFactor = 100'000'000'000; // 10^11
constexpr qint64 kLengthFactor = 100'000'000;         // 10^8
constexpr qint64 kMaxRankedLength = 999;

// The facility id orders a prefecture's facilities the way search ranks them among equals:
// shorter folded name first, then code. Both search indexes return rows in id order, so a query
// stops after `limit` rows instead of sorting every match. (Key lengths above 999 share one rank.)
qint64 rankedId(const QString &code, qsizetype keyLength)
{
    const qint64 prefecture = code.left(2).toLongLong();
    const qint64 length = std::min<qint64>(keyLength, kMaxRankedLength);
    return prefecture * kPrefectureFactor + length * kLengthFactor + code.mid(2).toLongLong();
}

std::optional<int> prefectureNumber(const QString &code)
{
    auto ascii = [](QChar c) { return c >= u'0' && c <= u'9'; };
    if (code.size() != 2 || !ascii(code.at(0)) || !ascii(code.at(1)))
        return std::nullopt;
    const int number = code.toInt();
    if (number < 1 || number > 47)
        return std::nullopt;
    return number;
}

Error prefectureError(const QString &code)
{
    return Error{QStringLiteral("facility.prefecture"),
                 FacilityIndex::tr("\"%1\" is not a prefecture code (01 to 47, Nara is 29).").arg(code), code};
}

// FTS5 query for the folded key as one phrase, optionally anchored at the start of the name.
// Keys hold letters and digits only, but quotes are doubled anyway so no input is ever syntax.
QString ftsPhrase(const QString &key, bool atStart)
{
    QString escaped = key;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return (atStart ? QStringLiteral("^\"") : QStringLiteral("\"")) + escaped + u'"';
}

// One row of facility_grams, kept small: the import makes about twenty per facility.
struct GramRow
{
    int prefecture;
    char32_t first;
    char32_t second; // 0 for a one-character piece
    int innerPos;
    qint64 facilityId;

    // The table's key order (UTF-8 text order equals code point order, and "a" sorts before
    // "ab"), so the rows go in appended rather than scattered over the B-tree.
    friend bool operator<(const GramRow &a, const GramRow &b)
    {
        return std::tie(a.prefecture, a.first, a.second, a.innerPos, a.facilityId)
               < std::tie(b.prefecture, b.first, b.second, b.innerPos, b.facilityId);
    }
};

void appendGrams(std::vector<GramRow> &rows, int prefecture, const QString &key, qint64 id)
{
    const QStringList chars = FacilitySearchKey::characters(key);
    QSet<QPair<char32_t, char32_t>> seen;
    auto codePoint = [](const QString &one) {
        return one.size() == 2 ? QChar::surrogateToUcs4(one.at(0), one.at(1)) : char32_t(one.at(0).unicode());
    };
    // The first occurrence of a piece decides inner_pos (position 0 -> 0), later ones are skipped.
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const char32_t a = codePoint(chars.at(i));
        const int inner = i == 0 ? 0 : 1;
        if (!seen.contains({a, 0})) {
            seen.insert({a, 0});
            rows.push_back({prefecture, a, 0, inner, id});
        }
        if (i + 1 < chars.size()) {
            const char32_t b = codePoint(chars.at(i + 1));
            if (!seen.contains({a, b})) {
                seen.insert({a, b});
                rows.push_back({prefecture, a, b, inner, id});
            }
        }
    }
}

QString gramText(const GramRow &row)
{
    QString text;
    const char32_t both[2] = {row.first, row.second};
    text.append(QString::fromUcs4(both, row.second ? 2 : 1));
    return text;
}

Facility facilityFromRow(const SqliteStatement &stmt)
{
    Facility facility;
    facility.code = stmt.columnText(0);
    facility.prefectureCode = stmt.columnText(1);
    facility.name = stmt.columnText(2);
    facility.postalCode = stmt.columnText(3);
    facility.address = stmt.columnText(4);
    return facility;
}

// Runs a prepared statement to its end (or until `limit` rows), collecting facilities.
Status collectFacilities(SqliteStatement &stmt, QList<Facility> &out)
{
    Result<QList<Facility>> rows = stmt.collectRows(facilityFromRow);
    stmt.reset();
    if (!rows)
        return rows.error();
    out.append(rows.value());
    return {};
}

} // namespace

struct FacilityIndex::Statements
{
    // 1-2 character queries: the piece index is in ranking order, so LIMIT reads just that many.
    SqliteStatement byGram;
    // 3+ characters: FTS5 trigram phrase, limited to the prefecture's id range, in id order.
    SqliteStatement byTrigram;
    SqliteStatement byCode;
    SqliteStatement countIn;
    SqliteStatement countAll;
};

FacilityIndex::FacilityIndex(LocalStore &store) : m_store(store) {}

FacilityIndex::~FacilityIndex() = default;

Status FacilityIndex::checkSqliteFeatures()
{
    // Answered from how this SQLite was built when possible: FTS5 compiled in, and 3.34 or later
    // (the trigram tokenizer). The probe below builds an FTS5 table and cost ~0.7 ms of every
    // start; it still decides for builds that do not say (FTS5 loaded another way).
    if (sqlite3_libversion_number() >= 3034000 && sqlite3_compileoption_used("ENABLE_FTS5"))
        return {};
    return probeSqliteFeatures();
}

Status FacilityIndex::probeSqliteFeatures()
{
    // Probe the real thing on a throw-away in-memory database: an FTS5 trigram table, and a CJK
    // trigram query answered through it. SQLite builds without FTS5, or older than 3.34 (no
    // trigram tokenizer), fail here with a message instead of a broken search later.
    SqliteDatabase db;
    if (Status status = db.open(QStringLiteral(":memory:")); !status)
        return status;
    if (Status status = db.execute(u"CREATE VIRTUAL TABLE probe USING fts5(k, tokenize='trigram');"
                                   u"INSERT INTO probe(k) VALUES ('ならしりつびょういん');");
        !status) {
        return Error{QStringLiteral("facility.sqlite_features"),
                     tr("This SQLite library has no full-text search with the trigram tokenizer (FTS5, "
                        "SQLite 3.34 or later), which facility search needs. Install the application's "
                        "own SQLite or a newer system SQLite."),
                     status.error().detail};
    }
    Result<QVariant> hits = db.queryValue(u"SELECT count(*) FROM probe WHERE probe MATCH '\"しりつ\"'");
    if (!hits || hits.value().toInt() != 1) {
        return Error{QStringLiteral("facility.sqlite_features"),
                     tr("This SQLite library's full-text search does not match Japanese text correctly, "
                        "which facility search needs."),
                     hits ? QStringLiteral("trigram probe returned %1 rows").arg(hits.value().toInt())
                          : hits.error().detail};
    }
    return {};
}

Result<FacilityIndex::Statements *> FacilityIndex::statements() const
{
    if (m_statements)
        return m_statements.get();
    SqliteDatabase &db = m_store.database();
    auto statements = std::make_unique<Statements>();
    const std::pair<SqliteStatement *, QStringView> sql[] = {
        {&statements->byGram,
         u"SELECT f.code, f.prefecture, f.name, f.postal_code, f.address FROM facility_grams g "
         u"JOIN facilities f ON f.id = g.facility_id "
         u"WHERE g.prefecture = ?1 AND g.gram = ?2 ORDER BY g.inner_pos, g.facility_id LIMIT ?3"},
        {&statements->byTrigram,
         u"SELECT f.code, f.prefecture, f.name, f.postal_code, f.address, f.search_key FROM facility_trigrams t "
         u"JOIN facilities f ON f.id = t.rowid "
         u"WHERE facility_trigrams MATCH ?1 AND t.rowid BETWEEN ?2 AND ?3 ORDER BY t.rowid LIMIT ?4"},
        {&statements->byCode, u"SELECT code, prefecture, name, postal_code, address FROM facilities WHERE code = ?1"},
        {&statements->countIn, u"SELECT count(*) FROM facilities WHERE prefecture = ?1"},
        {&statements->countAll, u"SELECT count(*) FROM facilities"},
    };
    for (const auto &[target, text] : sql) {
        Result<SqliteStatement> prepared = db.prepare(text);
        if (!prepared)
            return prepared.error();
        *target = std::move(prepared.value());
    }
    m_statements = std::move(statements);
    return m_statements.get();
}

Result<QList<Facility>> FacilityIndex::searchTrigrams(int prefecture, const QString &key, int limit) const
{
    Result<Statements *> s = statements();
    if (!s)
        return s.error();
    SqliteStatement &stmt = s.value()->byTrigram;
    const qint64 low = prefecture * kPrefectureFactor;
    const qint64 high = low + kPrefectureFactor - 1;

    // Runs one FTS5 phrase query (anchored at the start of the name with "^", or anywhere) in
    // id order, i.e. shorter names first, then code; each row comes with its folded key.
    struct Hit
    {
        Facility facility;
        bool atStart;
    };
    // `wanted` is 64-bit: limit + 1 must not overflow when a caller asks for "everything" (INT_MAX).
    auto run = [&](bool anchored, qint64 wanted, QList<Hit> &hits) -> Status {
        stmt.bind(1, ftsPhrase(key, anchored));
        stmt.bind(2, low);
        stmt.bind(3, high);
        stmt.bind(4, wanted);
        Result<QList<Hit>> rows = stmt.collectRows([&key](SqliteStatement &row) {
            return Hit{facilityFromRow(row), row.columnText(5).startsWith(key)};
        });
        stmt.reset();
        if (!rows)
            return rows.error();
        hits.append(rows.value());
        return {};
    };

    // Every FTS5 query costs ~15 us before its first row, so the common case takes one: ask for
    // all matches anywhere, one more than the limit. If that is all of them, put the names that
    // start with the query first and stop.
    QList<Hit> anywhere;
    if (Status status = run(false, qint64(limit) + 1, anywhere); !status)
        return status.error();
    QList<Facility> found;
    auto take = [&](const QList<Hit> &hits, bool atStart) {
        for (const Hit &hit : hits) {
            if (hit.atStart == atStart && found.size() < limit)
                found.append(hit.facility);
        }
    };
    if (anywhere.size() <= limit) {
        take(anywhere, true);
        take(anywhere, false);
        return found;
    }
    // More matches than fit: the names starting with the query may lie beyond those fetched, so
    // they get their own (anchored) query. The fetched rows still hold enough of the others:
    // limit + 1 rows of which at most found.size() start with the query.
    QList<Hit> atStart;
    if (Status status = run(true, limit, atStart); !status)
        return status.error();
    take(atStart, true);
    take(anywhere, false);
    return found;
}

Result<QList<Facility>> FacilityIndex::search(const QString &prefectureCode, const QString &query, int limit) const
{
    const std::optional<int> prefecture = prefectureNumber(prefectureCode);
    if (!prefecture)
        return prefectureError(prefectureCode);
    const QString key = FacilitySearchKey::fold(query);
    QList<Facility> found;
    if (key.isEmpty() || limit <= 0)
        return found;
    Result<Statements *> s = statements();
    if (!s)
        return s.error();

    const qsizetype length = FacilitySearchKey::characters(key).size();
    if (length <= 2) {
        SqliteStatement &stmt = s.value()->byGram;
        stmt.bind(1, qint64(*prefecture));
        stmt.bind(2, key);
        stmt.bind(3, limit);
        if (Status status = collectFacilities(stmt, found); !status)
            return status.error();
        return found;
    }

    return searchTrigrams(*prefecture, key, limit);
}

Result<Facility> FacilityIndex::facility(const QString &code) const
{
    Result<Statements *> s = statements();
    if (!s)
        return s.error();
    SqliteStatement &stmt = s.value()->byCode;
    stmt.bind(1, code);
    QList<Facility> found;
    if (Status status = collectFacilities(stmt, found); !status)
        return status.error();
    if (found.isEmpty()) {
        return Error{QStringLiteral("facility.unknown"),
                     tr("No facility with the code %1 is in the facility list.").arg(code), code};
    }
    return found.first();
}

Result<qint64> FacilityIndex::count(const QString &prefectureCode) const
{
    Result<Statements *> s = statements();
    if (!s)
        return s.error();
    SqliteStatement *stmt = &s.value()->countAll;
    if (!prefectureCode.isEmpty()) {
        if (!prefectureNumber(prefectureCode))
            return prefectureError(prefectureCode);
        stmt = &s.value()->countIn;
        stmt->bind(1, prefectureCode);
    }
    Result<bool> row = stmt->step();
    const qint64 value = row && row.value() ? stmt->columnInt64(0) : 0;
    stmt->reset();
    if (!row)
        return row.error();
    return value;
}

Result<qint64> FacilityIndex::prefectureCount() const
{
    Result<QVariant> value = m_store.database().queryValue(u"SELECT count(DISTINCT prefecture) FROM facilities");
    if (!value)
        return value.error();
    return value.value().toLongLong();
}

Result<FacilityIndex::ImportReport> FacilityIndex::importCsv(const QString &path)
{
    // Read and validate the whole file before touching the store: a bad file changes nothing.
    Result<FacilityCsvReader::Outcome> read = FacilityCsvReader::readFile(path);
    if (!read)
        return read.error();
    FacilityCsvReader::Outcome &outcome = read.value();
    if (outcome.facilities.isEmpty()) {
        QString message =
            tr("The facility file \"%1\" has no valid rows; the facility list was left unchanged.").arg(path);
        // Without the reason, a person cannot tell a wrong file from a fixable one.
        if (!outcome.rejected.isEmpty()) {
            const auto &[line, reason] = outcome.rejected.constFirst();
            message += u' '
                + tr("Rows rejected: %1; the first is line %2: %3.").arg(outcome.rejected.size()).arg(line).arg(reason);
        }
        return Error{QStringLiteral("facility.import.empty"), message, path};
    }

    struct Prepared
    {
        qint64 id;
        const Facility *facility;
        QString key;
    };
    std::vector<Prepared> rows;
    rows.reserve(outcome.facilities.size());
    std::vector<GramRow> grams;
    grams.reserve(outcome.facilities.size() * 24);
    for (const Facility &facility : outcome.facilities) {
        QString key = FacilitySearchKey::fold(facility.name);
        const qint64 id = rankedId(facility.code, FacilitySearchKey::characters(key).size());
        appendGrams(grams, facility.prefectureCode.toInt(), key, id);
        rows.push_back({id, &facility, std::move(key)});
    }
    std::sort(rows.begin(), rows.end(), [](const Prepared &a, const Prepared &b) { return a.id < b.id; });
    std::sort(grams.begin(), grams.end());

    SqliteDatabase &db = m_store.database();
    SqliteTransaction transaction(db);
    if (!transaction.began())
        return transaction.began().error();
    // Re-import replaces the whole master. DELETE without WHERE is SQLite's fast truncate.
    if (Status status = db.execute(u"INSERT INTO facility_trigrams(facility_trigrams) VALUES ('delete-all');"
                                   u"DELETE FROM facility_grams; DELETE FROM facilities;");
        !status) {
        return status.error();
    }

    Result<SqliteStatement> insertFacility = db.prepare(
        u"INSERT INTO facilities(id, code, prefecture, name, postal_code, address, search_key) "
        u"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!insertFacility)
        return insertFacility.error();
    for (const Prepared &row : rows) {
        SqliteStatement &stmt = insertFacility.value();
        stmt.bind(1, row.id);
        stmt.bind(2, row.facility->code);
        stmt.bind(3, row.facility->prefectureCode);
        stmt.bind(4, row.facility->name);
        stmt.bind(5, row.facility->postalCode);
        stmt.bind(6, row.facility->address);
        stmt.bind(7, row.key);
        if (Status status = stmt.exec(); !status)
            return status.error();
    }

    Result<SqliteStatement> insertGram = db.prepare(
        u"INSERT INTO facility_grams(prefecture, gram, inner_pos, facility_id) VALUES (?1, ?2, ?3, ?4)");
    if (!insertGram)
        return insertGram.error();
    for (const GramRow &gram : grams) {
        SqliteStatement &stmt = insertGram.value();
        stmt.bind(1, qint64(gram.prefecture));
        stmt.bind(2, gramText(gram));
        stmt.bind(3, qint64(gram.innerPos));
        stmt.bind(4, gram.facilityId);
        if (Status status = stmt.exec(); !status)
            return status.error();
    }

    // One pass over the content table builds the trigram index faster than row-by-row inserts;
    // 'optimize' then merges it into a single segment, so each query term is one B-tree lookup.
    if (Status status = db.execute(u"INSERT INTO facility_trigrams(facility_trigrams) VALUES ('rebuild');"
                                   u"INSERT INTO facility_trigrams(facility_trigrams) VALUES ('optimize');");
        !status) {
        return status.error();
    }
    if (Status status = transaction.commit(); !status)
        return status.error();

    ImportReport report;
    report.rowsRead = outcome.rowsRead;
    report.imported = qint64(outcome.facilities.size());
    report.duplicates = outcome.duplicates;
    report.rejected = std::move(outcome.rejected);
    return report;
}

Status FacilityIndex::ensureBuiltInMaster()
{
    Result<qint64> existing = count();
    if (!existing)
        return existing.error();
    if (existing.value() > 0)
        return {};
    Result<ImportReport> report = importCsv(QString::fromLatin1(BuiltInMasterPath));
    if (!report)
        return report.error();
    return {};
}

} // namespace gtol
