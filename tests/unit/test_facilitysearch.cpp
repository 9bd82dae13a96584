// Facility master: folding, search on the real Nara list, ranking, scoping, import.
#include "catch.h"

#include "store/facilitycsvreader.h"
#include "store/facilityindex.h"
#include "store/facilitysearchkey.h"
#include "store/localstore.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <limits>
#include <memory>

using gtol::Facility;
using gtol::FacilityIndex;
using gtol::FacilitySearchKey;

namespace {

const QString kNaraCsv = QStringLiteral(GTOL_SOURCE_DIR "/resources/data/facilities-nara-202508.csv");

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A real store file in a temporary folder, with the facility index over it.
struct Store
{
    QTemporaryDir dir;
    gtol::LocalStore store;
    std::unique_ptr<FacilityIndex> index;

    Store()
    {
        REQUIRE(dir.isValid());
        auto opened = store.open(dir.filePath(QStringLiteral("drafts.sqlite")));
        REQUIRE(opened.ok());
        index = std::make_unique<FacilityIndex>(store);
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }
};

struct NaraStore : Store
{
    NaraStore()
    {
        auto report = index->importCsv(kNaraCsv);
        REQUIRE(report.ok());
        REQUIRE(report->imported == 1135);
    }
};

QStringList names(const QList<Facility> &facilities)
{
    QStringList result;
    for (const Facility &facility : facilities)
        result.append(facility.name);
    return result;
}

QStringList codes(const QList<Facility> &facilities)
{
    QStringList result;
    for (const Facility &facility : facilities)
        result.append(facility.code);
    return result;
}

QList<Facility> search(const FacilityIndex &index, const QString &prefecture, const QString &query, int limit = 5000)
{
    auto found = index.search(prefecture, query, limit);
    REQUIRE(found.ok());
    return found.value();
}

// The answer worked out the slow, obvious way from the CSV itself: every Nara name whose folded
// form contains the folded query, names starting with it first, then shorter, then by code.
QStringList expectedCodes(const QString &query)
{
    auto read = gtol::FacilityCsvReader::readFile(kNaraCsv);
    REQUIRE(read.ok());
    const QString key = FacilitySearchKey::fold(query);
    struct Candidate
    {
        bool notAtStart;
        qsizetype length;
        QString code;
    };
    std::vector<Candidate> hits;
    for (const Facility &facility : read->facilities) {
        const QString name = FacilitySearchKey::fold(facility.name);
        if (name.contains(key))
            hits.push_back({!name.startsWith(key), FacilitySearchKey::characters(name).size(), facility.code});
    }
    std::sort(hits.begin(), hits.end(), [](const Candidate &a, const Candidate &b) {
        return std::tie(a.notAtStart, a.length, a.code) < std::tie(b.notAtStart, b.length, b.code);
    });
    QStringList result;
    for (const Candidate &hit : hits)
        result.append(hit.code);
    return result;
}

} // namespace

TEST_CASE("Search keys fold width, kana, case, variant kanji and punctuation", "[facility]")
{
    CHECK(FacilitySearchKey::fold(s("ｸﾘﾆｯｸ")) == FacilitySearchKey::fold(s("クリニック")));
    CHECK(FacilitySearchKey::fold(s("くりにっく")) == FacilitySearchKey::fold(s("クリニック")));
    CHECK(FacilitySearchKey::fold(s("ガーデン")) == FacilitySearchKey::fold(s("ｶﾞｰﾃﾞﾝ")));
    // Older registrations write small kana large (クリニツク).
    CHECK(FacilitySearchKey::fold(s("クリニツク")) == FacilitySearchKey::fold(s("クリニック")));
    CHECK(FacilitySearchKey::fold(s("ＪＲ奈良")) == FacilitySearchKey::fold(s("jr奈良")));
    CHECK(FacilitySearchKey::fold(s("医療法人 明日香会・ＡＳＫＡ（本院）")) == FacilitySearchKey::fold(s("医療法人明日香会ASKA本院")));
    CHECK(FacilitySearchKey::fold(s("　 ・－")).isEmpty());
    // A dash after kana is the prolonged-sound mark; elsewhere it is punctuation.
    CHECK(FacilitySearchKey::fold(s("センタ-")) == FacilitySearchKey::fold(s("センター")));
    CHECK(FacilitySearchKey::fold(s("ユニリバ―ス")) == FacilitySearchKey::fold(s("ユニリバース")));
    CHECK(FacilitySearchKey::fold(s("ｾﾝﾀｰ")) == FacilitySearchKey::fold(s("せんたー")));
    CHECK(FacilitySearchKey::fold(s("3-1")) == QStringLiteral("31"));
    // Both members of each variant pair fold to the same key.
    const char *pairs[][2] = {
        {"髙", "高"}, {"﨑", "崎"}, {"嵜", "崎"}, {"邊", "辺"}, {"邉", "辺"}, {"齋", "斎"}, {"齊", "斎"},
        {"斉", "斎"}, {"澤", "沢"}, {"濵", "浜"}, {"濱", "浜"}, {"櫻", "桜"}, {"德", "徳"}, {"廣", "広"},
        {"國", "国"}, {"會", "会"}, {"關", "関"}, {"龍", "竜"}, {"槇", "槙"}, {"眞", "真"}, {"\xEF\xA8\x90", "塚"},
        {"曾", "曽"}, {"惠", "恵"}, {"靜", "静"}, {"榮", "栄"}, {"實", "実"}, {"壽", "寿"}, {"條", "条"},
        {"醫", "医"}, {"\xF0\xA0\xAE\xB7", "吉"}, {"ヶ", "ケ"},
    };
    for (const auto &[variant, common] : pairs) {
        INFO(variant);
        CHECK(FacilitySearchKey::fold(s(variant)) == FacilitySearchKey::fold(s(common)));
    }
    // Different characters stay different.
    CHECK(FacilitySearchKey::fold(s("藤")) != FacilitySearchKey::fold(s("籐")));
    CHECK(FacilitySearchKey::fold(s("埼")) != FacilitySearchKey::fold(s("崎")));
    // A surrogate pair is one character.
    CHECK(FacilitySearchKey::characters(s("\xF0\xA0\xAE\xB7田")).size() == 2);
}

TEST_CASE("Folding is idempotent on every Nara name", "[facility]")
{
    auto read = gtol::FacilityCsvReader::readFile(kNaraCsv);
    REQUIRE(read.ok());
    REQUIRE(read->facilities.size() == 1135);
    for (const Facility &facility : read->facilities) {
        const QString once = FacilitySearchKey::fold(facility.name);
        INFO(facility.name.toStdString());
        CHECK(FacilitySearchKey::fold(once) == once);
        CHECK_FALSE(once.isEmpty());
    }
}

TEST_CASE("This SQLite has FTS5 with the trigram tokenizer", "[facility]")
{
    // The start-up check (build options) and the real probe (an FTS5 table queried in Japanese)
    // must agree, or the fast check would let a store open that cannot search.
    const gtol::Status probed = FacilityIndex::probeSqliteFeatures();
    INFO((probed ? QString() : probed.error().fullText()).toStdString());
    CHECK(probed.ok());
    CHECK(FacilityIndex::checkSqliteFeatures().ok() == probed.ok());
}

TEST_CASE("奈良 finds the Nara city clinics, names starting with it first", "[facility]")
{
    NaraStore nara;
    const QList<Facility> found = search(*nara.index, QStringLiteral("29"), s("奈良"));
    REQUIRE(found.size() > 20);
    CHECK(names(found).contains(s("奈良市立柳生診療所")));
    CHECK(names(found).contains(s("医療法人 ＪＲ奈良駅前こころのクリニック")) == false); // not in the list as such
    CHECK(names(found).contains(s("ＪＲ奈良駅前こころのクリニック")));
    // Every name starting with 奈良 comes before every name that only contains it.
    const auto firstInner = std::find_if(found.begin(), found.end(),
                                         [](const Facility &f) { return !f.name.startsWith(s("奈良")); });
    REQUIRE(firstInner != found.begin());
    CHECK(std::all_of(firstInner, found.end(), [](const Facility &f) { return !f.name.startsWith(s("奈良")); }));
    // Among those starting with it, shorter names first.
    CHECK(found.at(0).name.size() <= found.at(1).name.size());
    CHECK(codes(found) == expectedCodes(s("奈良")));
    for (const Facility &facility : found)
        CHECK(facility.prefectureCode == QStringLiteral("29"));
}

TEST_CASE("Results equal a brute-force scan for 1, 2, 3, 4 and 6 character queries", "[facility]")
{
    NaraStore nara;
    const char *queries[] = {"医", "科", "ー", "眼科", "病院", "奈良", "やま", "クリニック", "整形外科", "内科クリ",
                             "総合医療セン", "市立柳生診療", "さくら", "ならやま"};
    for (const char *query : queries) {
        INFO(query);
        const QStringList expected = expectedCodes(s(query));
        CHECK_FALSE(expected.isEmpty());
        CHECK(codes(search(*nara.index, QStringLiteral("29"), s(query))) == expected);
        // A limit keeps the best ones, in the same order.
        CHECK(codes(search(*nara.index, QStringLiteral("29"), s(query), 3)) == expected.mid(0, 3));
        // The largest limit (the CLI's --limit accepts any int) is "all of them", not an overflow.
        CHECK(codes(search(*nara.index, QStringLiteral("29"), s(query), std::numeric_limits<int>::max()))
              == expected);
    }
}

TEST_CASE("Hiragana, katakana and half-width katakana queries give the same results", "[facility]")
{
    NaraStore nara;
    const QStringList katakana = codes(search(*nara.index, QStringLiteral("29"), s("クリニック")));
    REQUIRE(katakana.size() > 50);
    CHECK(codes(search(*nara.index, QStringLiteral("29"), s("くりにっく"))) == katakana);
    CHECK(codes(search(*nara.index, QStringLiteral("29"), s("ｸﾘﾆｯｸ"))) == katakana);
    // A hiragana name is found by katakana too (ならやま診療所).
    const QStringList hiragana = names(search(*nara.index, QStringLiteral("29"), s("ナラヤマ")));
    CHECK(hiragana.contains(s("ならやま診療所")));
    CHECK(names(search(*nara.index, QStringLiteral("29"), s("ﾅﾗﾔﾏ"))) == hiragana);
    // Full-width letters in names, ASCII in the query.
    CHECK(names(search(*nara.index, QStringLiteral("29"), QStringLiteral("aska"))).join(u'|').contains(s("ＡＳＫＡ")));
}

TEST_CASE("Variant kanji in real Nara names are found both ways", "[facility]")
{
    NaraStore nara;
    struct Case
    {
        const char *query;
        const char *name;
    };
    const Case cases[] = {
        {"高井レディース", "髙井レディースクリニック"}, {"髙井", "髙井レディースクリニック"},
        {"石崎", "医療法人俊英会 石﨑眼科医院"},           {"長崎医院", "長﨑医院"},
        {"斎藤", "齋藤医院"},                             {"斉藤医院", "齋藤医院"},
        {"渡辺", "医療法人 渡邉内科外科クリニック"},       {"渡邊内科", "医療法人 渡邉内科外科クリニック"},
        {"沢田", "医療法人 澤田医院"},                    {"白浜", "医療法人宣仁会白濱医院"},
        {"広瀬", "廣瀬メンタルクリニック"},               {"五条市立", "五條市立大塔診療所"},
        {"山内医院", "山内醫院"},                         {"寿康会", "医療法人壽康会美並医院"},
    };
    for (const Case &c : cases) {
        INFO(c.query);
        CHECK(names(search(*nara.index, QStringLiteral("29"), s(c.query))).contains(s(c.name)));
    }
    // And the other way: a common form in the list, the variant typed.
    CHECK(names(search(*nara.index, QStringLiteral("29"), s("髙井医院"))).contains(s("医療法人健秀会高井医院")));
    CHECK(names(search(*nara.index, QStringLiteral("29"), s("國"))) == names(search(*nara.index, QStringLiteral("29"), s("国"))));
}

TEST_CASE("Variants fold both ways in an imported list", "[facility]")
{
    Store store;
    const QString path = store.writeFile(QStringLiteral("variants.csv"), QByteArray(
        "130100001,0100001,髙橋クリニック,1000001,千代田区１\n"
        "130100002,0100002,高橋内科,1000001,千代田区２\n"
        "130100003,0100003,斉藤医院,1000001,千代田区３\n"
        "130100004,0100004,齋藤眼科,1000001,千代田区４\n"
        "130100005,0100005,渡邊整形外科,1000001,千代田区５\n"
        "130100006,0100006,医療法人 仁結会 東京ユニリバ―スクリニック,1000001,千代田区６\n"));
    REQUIRE(store.index->importCsv(path).ok());
    const QStringList takahashi{QStringLiteral("1310100002"), QStringLiteral("1310100001")};
    CHECK(codes(search(*store.index, QStringLiteral("13"), s("高橋"))) == takahashi);
    CHECK(codes(search(*store.index, QStringLiteral("13"), s("髙橋"))) == takahashi);
    CHECK(codes(search(*store.index, QStringLiteral("13"), s("齊藤"))).size() == 2);
    CHECK(codes(search(*store.index, QStringLiteral("13"), s("渡邉整形"))) == QStringList{QStringLiteral("1310100005")});
    CHECK(codes(search(*store.index, QStringLiteral("13"), s("わたなべ"))).isEmpty()); // no readings in the master
    CHECK(codes(search(*store.index, QStringLiteral("13"), s("ユニリバース"))) == QStringList{QStringLiteral("1310100006")});
    CHECK(codes(search(*store.index, QStringLiteral("13"), s("ゆにりば-す"))) == QStringList{QStringLiteral("1310100006")});
}

TEST_CASE("Spaces and punctuation are ignored in names and queries", "[facility]")
{
    NaraStore nara;
    CHECK(names(search(*nara.index, QStringLiteral("29"), s("内視鏡検査CT")))
              .contains(s("医療法人まつおかクリニック 内視鏡検査・ＣＴ検査クリニック")));
    CHECK(names(search(*nara.index, QStringLiteral("29"), s("東大寺 福祉")))
              .contains(s("社会福祉法人 東大寺福祉事業団 東大寺福祉療育病院")));
    CHECK(search(*nara.index, QStringLiteral("29"), s("・　")).isEmpty());
}

TEST_CASE("Search is scoped to one prefecture", "[facility]")
{
    Store store;
    const QString path = store.writeFile(QStringLiteral("two.csv"), QByteArray(
        "130100001,0100001,さくら病院,1000001,千代田区１\n"
        "290100001,0100001,さくら病院,6300001,奈良市１\n"
        "290100002,0100002,さくらクリニック,6300001,奈良市２\n"));
    REQUIRE(store.index->importCsv(path).ok());
    CHECK(codes(search(*store.index, QStringLiteral("13"), s("さくら"))) == QStringList{QStringLiteral("1310100001")});
    CHECK(codes(search(*store.index, QStringLiteral("29"), s("さくら")))
          == (QStringList{QStringLiteral("2910100001"), QStringLiteral("2910100002")}));
    CHECK(codes(search(*store.index, QStringLiteral("29"), s("病院"))) == QStringList{QStringLiteral("2910100001")});
    CHECK(search(*store.index, QStringLiteral("27"), s("さくら")).isEmpty());
    CHECK(store.index->count(QStringLiteral("29")).value() == 2);
    CHECK(store.index->count().value() == 3);

    auto bad = store.index->search(QStringLiteral("99"), s("さくら"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == QStringLiteral("facility.prefecture"));
    for (const char *code : {"2", "+9", " 9", "00", "48", "２９", "029"}) {
        INFO(code);
        CHECK_FALSE(store.index->search(QString::fromUtf8(code), s("さくら")).ok());
    }
}

TEST_CASE("Unknown names and empty queries find nothing", "[facility]")
{
    NaraStore nara;
    CHECK(search(*nara.index, QStringLiteral("29"), s("存在しない病院名")).isEmpty());
    CHECK(search(*nara.index, QStringLiteral("29"), s("鰻")).isEmpty());
    CHECK(search(*nara.index, QStringLiteral("29"), s("xq")).isEmpty());
    CHECK(search(*nara.index, QStringLiteral("29"), QString()).isEmpty());
    CHECK(search(*nara.index, QStringLiteral("13"), s("奈良")).isEmpty());
    CHECK(search(*nara.index, QStringLiteral("29"), s("奈良"), 0).isEmpty());
}

TEST_CASE("A facility is looked up by its code", "[facility]")
{
    NaraStore nara;
    auto found = nara.index->facility(QStringLiteral("2910101159"));
    REQUIRE(found.ok());
    CHECK(found->name == s("奈良市立柳生診療所"));
    CHECK(found->postalCode == QStringLiteral("6301233"));
    CHECK(found->address == s("奈良市邑地町２７８６－１"));
    CHECK(found->prefectureCode == QStringLiteral("29"));
    auto missing = nara.index->facility(QStringLiteral("2999999999"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("facility.unknown"));
}

TEST_CASE("Import counts rows, rejects bad ones with line numbers, reads RFC 4180 quoting", "[facility]")
{
    Store store;
    const QString path = store.writeFile(QStringLiteral("mixed.csv"), QByteArray(
        "130100001,0100001,\"山田クリニック, 本院\",1000001,千代田区１\r\n"       // 1 quoted comma
        "130100002,0100002,\"田中\"\"医院\"\"\",1000001,\"千代田区\n２丁目\"\r\n"  // 2-3 quote, line break
        "13010000X,010000X,悪いコード,1000001,千代田区\r\n"                        // 4 bad code
        "130100004,0100004,,1000001,千代田区\r\n"                                // 5 empty name
        "130100005,0100005,郵便番号違い,100-01,千代田区\r\n"                      // 6 bad postal
        "130100006,0100006,列が足りない\r\n"                                     // 7 field count
        "130100001,0100001,\"山田クリニック, 本院\",1000001,千代田区１\r\n"       // 8 exact repeat
        "130100002,0100002,別の名前,1000001,千代田区\r\n"                        // 9 conflicting code
        "\r\n"                                                                    // 10 blank
        "480100007,0100007,県コード違い,1000001,どこか\r\n"                      // 11 prefecture 48
        "130100008,0100008,全角郵便,１００－０００１,千代田区８\r\n"))           // 12 full-width postal ok
        ;
    auto report = store.index->importCsv(path);
    REQUIRE(report.ok());
    CHECK(report->rowsRead == 10);
    CHECK(report->imported == 3);
    CHECK(report->duplicates == 1);
    QList<qint64> lines;
    for (const auto &[line, reason] : report->rejected) {
        lines.append(line);
        CHECK_FALSE(reason.isEmpty());
    }
    CHECK(lines == (QList<qint64>{4, 5, 6, 7, 9, 11}));

    auto quoted = store.index->facility(QStringLiteral("1310100001"));
    REQUIRE(quoted.ok());
    CHECK(quoted->name == s("山田クリニック, 本院"));
    auto escaped = store.index->facility(QStringLiteral("1310100002"));
    REQUIRE(escaped.ok());
    CHECK(escaped->name == s("田中\"医院\""));
    CHECK(escaped->address == s("千代田区\n２丁目"));
    CHECK(store.index->facility(QStringLiteral("1310100008"))->postalCode == QStringLiteral("1000001"));
    CHECK(names(search(*store.index, QStringLiteral("13"), s("田中医院"))) == QStringList{s("田中\"医院\"")});
}

TEST_CASE("A file that cannot be read or parsed changes nothing", "[facility]")
{
    NaraStore nara;
    const QStringList before = codes(search(*nara.index, QStringLiteral("29"), s("病院")));
    REQUIRE_FALSE(before.isEmpty());

    struct Bad
    {
        const char *file;
        QByteArray content;
        const char *code;
    };
    const Bad bad[] = {
        {"unclosed.csv", QByteArray("130100001,0100001,\"閉じない,1000001,千代田区\n130100002,0100002,次,1000001,区\n"),
         "facility.import.format"},
        {"after-quote.csv", QByteArray("130100001,0100001,\"名前\"x,1000001,千代田区\n"), "facility.import.format"},
        {"latin1.csv", QByteArray("130100001,0100001,caf\xe9,1000001,x\n"), "facility.import.format"},
        {"empty.csv", QByteArray(), "facility.import.format"},
        {"header.csv", QByteArray("id,title\n1,x\n"), "facility.import.format"},
        {"all-bad.csv", QByteArray("130100001,0100001,,1000001,x\n1301,0100001,名前,1000001,x\n"), "facility.import.empty"},
        {"json.csv", QByteArray("{\"format\":\"gtol-onboard-draft\",\"version\":1}\n"), "facility.import.format"},
    };
    for (const Bad &b : bad) {
        INFO(b.file);
        auto report = nara.index->importCsv(nara.writeFile(QString::fromUtf8(b.file), b.content));
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().code == QString::fromUtf8(b.code));
        CHECK_FALSE(report.error().message.isEmpty());
    }
    auto missing = nara.index->importCsv(nara.dir.filePath(QStringLiteral("no-such-file.csv")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("facility.import.unreadable"));

    CHECK(nara.index->count().value() == 1135);
    CHECK(codes(search(*nara.index, QStringLiteral("29"), s("病院"))) == before);
}

TEST_CASE("A store failure at any step of an import rolls everything back", "[facility]")
{
    NaraStore nara;
    const QString path = nara.writeFile(QStringLiteral("small.csv"), QByteArray(
        "130100001,0100001,山田医院,1000001,千代田区\n130100002,0100002,田中クリニック,1000001,千代田区\n"));
    // Fail the first statement, then the second, ... until the import gets through: every failed
    // attempt must leave the Nara list exactly as it was.
    int failures = 0;
    for (int step = 0; step < 200; ++step) {
        nara.store.database().failAfter(step);
        auto report = nara.index->importCsv(path);
        nara.store.database().failAfter(-1);
        if (report.ok())
            break;
        ++failures;
        INFO(step);
        CHECK(report.error().code == QStringLiteral("store.io"));
        CHECK(nara.index->count().value() == 1135);
        CHECK(names(search(*nara.index, QStringLiteral("29"), s("奈良市立柳生"))) == QStringList{s("奈良市立柳生診療所")});
        CHECK(names(search(*nara.index, QStringLiteral("29"), s("柳生"))) == QStringList{s("奈良市立柳生診療所")});
    }
    CHECK(failures > 10); // the begin, the deletes, each insert, the index build, the commit
    CHECK(nara.index->count().value() == 2);
    CHECK(names(search(*nara.index, QStringLiteral("13"), s("田中"))) == QStringList{s("田中クリニック")});
}

TEST_CASE("Re-import replaces the master", "[facility]")
{
    NaraStore nara;
    const QString path = nara.writeFile(QStringLiteral("tokyo.csv"), QByteArray(
        "130100001,0100001,東京テスト病院,1000001,千代田区１\n"));
    auto report = nara.index->importCsv(path);
    REQUIRE(report.ok());
    CHECK(report->imported == 1);
    CHECK(nara.index->count().value() == 1);
    CHECK(search(*nara.index, QStringLiteral("29"), s("奈良")).isEmpty());
    CHECK(search(*nara.index, QStringLiteral("29"), s("奈良市立柳生")).isEmpty());
    CHECK(names(search(*nara.index, QStringLiteral("13"), s("テスト病院"))) == QStringList{s("東京テスト病院")});
    CHECK(names(search(*nara.index, QStringLiteral("13"), s("病院"))) == QStringList{s("東京テスト病院")});
}

TEST_CASE("The built-in Nara master loads into an empty store only", "[facility]")
{
    Store store;
    CHECK(store.index->count().value() == 0);
    REQUIRE(store.index->ensureBuiltInMaster().ok());
    CHECK(store.index->count(QStringLiteral("29")).value() == 1135);
    CHECK(names(search(*store.index, QStringLiteral("29"), s("柳生"))).contains(s("奈良市立柳生診療所")));

    const QString path = store.writeFile(QStringLiteral("one.csv"), QByteArray("130100001,0100001,山田医院,1000001,千代田区\n"));
    REQUIRE(store.index->importCsv(path).ok());
    REQUIRE(store.index->ensureBuiltInMaster().ok());
    CHECK(store.index->count().value() == 1);
}

TEST_CASE("The index survives closing and reopening the store", "[facility]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drafts.sqlite"));
    QStringList before;
    {
        gtol::LocalStore store;
        REQUIRE(store.open(path).ok());
        FacilityIndex index(store);
        REQUIRE(index.importCsv(kNaraCsv).ok());
        before = codes(search(index, QStringLiteral("29"), s("クリニック")));
    }
    gtol::LocalStore store;
    REQUIRE(store.open(path).ok());
    FacilityIndex index(store);
    CHECK(index.count().value() == 1135);
    CHECK(codes(search(index, QStringLiteral("29"), s("クリニック"))) == before);
}

TEST_CASE("The nationwide layout derives the same 10-digit codes as the Nara file", "[facility]")
{
    // Rewrite the real Nara rows in the nationwide layout (no header; code 9, code 7, name, postal
    // code, address) and check that the derived codes are the ones the Nara file states.
    QFile nara(kNaraCsv);
    REQUIRE(nara.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(nara.readAll()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 1136);
    QByteArray nationwide;
    for (const QString &line : lines.mid(1)) {
        const QStringList fields = line.split(u',');
        REQUIRE(fields.size() == 6);
        nationwide += fields.mid(1).join(u',').toUtf8() + '\n';
    }
    Store store;
    auto report = store.index->importCsv(store.writeFile(QStringLiteral("nationwide-layout.csv"), nationwide));
    REQUIRE(report.ok());
    CHECK(report->imported == 1135);
    CHECK(report->rejected.isEmpty());

    auto expected = gtol::FacilityCsvReader::readFile(kNaraCsv);
    REQUIRE(expected.ok());
    for (const Facility &facility : expected->facilities) {
        auto stored = store.index->facility(facility.code);
        REQUIRE(stored.ok());
        CHECK(stored.value() == facility);
    }
}

TEST_CASE("Mangled CSV input never crashes the reader and every row is accounted for", "[facility]")
{
    QFile nara(kNaraCsv);
    REQUIRE(nara.open(QIODevice::ReadOnly));
    const QByteArray original = nara.readAll().left(4000); // the header and about 40 rows
    const char alphabet[] = {',', '"', '\n', '\r', '1', 'x', ' ', '\xe3'};
    quint32 seed = 20250809; // a fixed sequence, so a failure repeats
    auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    for (int round = 0; round < 300; ++round) {
        QByteArray data = original;
        const int edits = 1 + int(next() % 6);
        for (int e = 0; e < edits; ++e) {
            const int at = int(next() % quint32(data.size()));
            switch (next() % 3) {
            case 0:
                data[at] = alphabet[next() % sizeof(alphabet)];
                break;
            case 1:
                data.insert(at, alphabet[next() % sizeof(alphabet)]);
                break;
            default:
                data.remove(at, 1 + int(next() % 8));
                break;
            }
        }
        INFO(round);
        auto read = gtol::FacilityCsvReader::readData(data, QStringLiteral("mangled.csv"));
        if (!read.ok()) {
            CHECK(read.error().code == QStringLiteral("facility.import.format"));
            continue;
        }
        CHECK(read->rowsRead == read->facilities.size() + read->duplicates + read->rejected.size());
        for (const Facility &facility : read->facilities) {
            CHECK(facility.code.size() == 10);
            CHECK_FALSE(facility.name.isEmpty());
            CHECK(facility.postalCode.size() == 7);
        }
    }
}
