#include "facilityschema.h"

namespace gtol {

// Search is served by two indexes over the folded name (FacilitySearchKey), chosen by query length
// (see FacilityIndex::search):
//  - facility_grams: every distinct 1- and 2-character piece of each key, for 1-2 character
//    queries (the FTS5 trigram tokenizer cannot answer those). Its primary key is the ranking order
//    (prefecture, piece, not-at-start, id), so a query reads exactly `limit` index entries, already
//    ranked, however common the piece is (病院 in Tokyo: thousands of names).
//    Chosen over an in-memory list of each prefecture's keys scanned per keystroke: measured with
//    bench-facility-search on the nationwide list (97k names), the scan costs ~0.3 ms a query in
//    Tokyo (14k names) before any row is fetched, needs loading first and grows with the list;
//    the table answers in ~20 us whatever the prefecture. Price: ~20 rows a facility (~40 MB for
//    the nationwide list, under 1 MB for the built-in Nara list).
//  - facility_trigrams: FTS5 trigram over the key, for 3+ characters (optimized into one segment
//    after each import).
// The facility id is built so that its order is the ranking order within a prefecture:
// prefecture * 10^11 + key length * 10^8 + last 8 code digits. Both indexes can then stop after
// `limit` rows instead of sorting every match (see FacilityIndex::rankedId).
QStringView facilitySchemaV1()
{
    return u"CREATE TABLE facilities ("
           u"  id INTEGER PRIMARY KEY,"       // ranking order, see above
           u"  code TEXT NOT NULL UNIQUE,"    // 10 digits
           u"  prefecture TEXT NOT NULL,"     // JIS X 0401
           u"  name TEXT NOT NULL,"
           u"  postal_code TEXT NOT NULL,"
           u"  address TEXT NOT NULL,"
           u"  search_key TEXT NOT NULL"      // folded name (width, kana, variant kanji)
           u");"
           u"CREATE INDEX facilities_by_prefecture ON facilities(prefecture);"
           u"CREATE TABLE facility_grams ("
           u"  prefecture INTEGER NOT NULL,"
           u"  gram TEXT NOT NULL,"           // 1 or 2 characters of search_key
           u"  inner_pos INTEGER NOT NULL,"   // 0: the key starts with it, 1: only further in
           u"  facility_id INTEGER NOT NULL,"
           u"  PRIMARY KEY (prefecture, gram, inner_pos, facility_id)"
           u") WITHOUT ROWID;"
           u"CREATE VIRTUAL TABLE facility_trigrams USING fts5("
           u"  search_key, content='facilities', content_rowid='id', tokenize='trigram');";
}

} // namespace gtol
