#include "facilityschema.h"

namespace gtol {

QStringView facilitySchemaV1()
{
    return u"CREATE TABLE facilities ("
           u"  code TEXT PRIMARY KEY,"        // 10 digits
           u"  prefecture TEXT NOT NULL,"     // JIS X 0401
           u"  name TEXT NOT NULL,"
           u"  postal_code TEXT NOT NULL,"
           u"  address TEXT NOT NULL,"
           u"  search_key TEXT NOT NULL"      // folded name (width, kana, variant kanji)
           u");"
           u"CREATE INDEX facilities_by_prefecture ON facilities(prefecture);";
}

} // namespace gtol
