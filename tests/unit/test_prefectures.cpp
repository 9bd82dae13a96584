#include "catch.h"

#include "rules/prefectures.h"

#include <QSet>

using gtol::Prefecture;
using gtol::Prefectures;

TEST_CASE("The 47 prefectures load from the embedded list in JIS order", "[rules][prefecture]")
{
    const QList<Prefecture> &all = Prefectures::all();
    REQUIRE(all.size() == 47);
    QSet<QString> names;
    for (int i = 0; i < all.size(); ++i) {
        const Prefecture &p = all.at(i);
        INFO(p.code << " " << p.name);
        CHECK(p.code == QStringLiteral("%1").arg(i + 1, 2, 10, QLatin1Char('0')));
        CHECK(p.lgCode.size() == 6);
        CHECK(p.lgCode.startsWith(p.code));
        CHECK_FALSE(p.kana.isEmpty());
        CHECK_FALSE(p.romaji.isEmpty());
        names.insert(p.name);
    }
    CHECK(names.size() == 47);
    CHECK(all.first().name == QStringLiteral("北海道"));
    CHECK(all.last().romaji == QStringLiteral("Okinawa"));
}

TEST_CASE("Prefecture lookup by code: full-width and one digit accepted, 00 and 48 not", "[rules][prefecture]")
{
    const auto nara = Prefectures::byCode(QStringLiteral("29"));
    REQUIRE(nara);
    CHECK(nara->name == QStringLiteral("奈良県"));
    CHECK(nara->kana == QStringLiteral("ナラケン"));
    CHECK(nara->lgCode == QStringLiteral("290009"));
    CHECK(nara->romaji == QStringLiteral("Nara"));
    CHECK(Prefectures::byCode(QStringLiteral("２９")) == nara);
    CHECK(Prefectures::byCode(QStringLiteral("1"))->name == QStringLiteral("北海道"));
    CHECK(Prefectures::byCode(QStringLiteral("47"))->name == QStringLiteral("沖縄県"));
    for (const char16_t *bad : {u"00", u"48", u"0", u"", u"2 9", u"nara", u"029"}) {
        INFO(QString::fromUtf16(bad));
        CHECK_FALSE(Prefectures::byCode(QString::fromUtf16(bad)));
    }
    CHECK(Prefectures::defaultCode() == QStringLiteral("29"));
    CHECK(Prefectures::byCode(Prefectures::defaultCode()));
}

TEST_CASE("Prefecture lookup by name as people write it", "[rules][prefecture]")
{
    struct Row { const char16_t *typed; const char *code; };
    for (const Row &row : {Row{u"奈良県", "29"}, Row{u"奈良", "29"}, Row{u"ナラケン", "29"}, Row{u"ﾅﾗｹﾝ", "29"},
                           Row{u"NARA", "29"}, Row{u"東京", "13"}, Row{u"京都", "26"}, Row{u"京都府", "26"},
                           Row{u"北海道", "01"}, Row{u"大阪", "27"}, Row{u" 沖縄県 ", "47"}}) {
        INFO(QString::fromUtf16(row.typed));
        const auto p = Prefectures::byName(QString::fromUtf16(row.typed));
        REQUIRE(p);
        CHECK(p->code == QLatin1String(row.code));
    }
    for (const char16_t *bad : {u"", u"北海", u"奈良市", u"Narita", u"県"}) {
        INFO(QString::fromUtf16(bad));
        CHECK_FALSE(Prefectures::byName(QString::fromUtf16(bad)));
    }
}

TEST_CASE("Prefecture display name is the romanised name without a Japanese catalogue", "[rules][prefecture]")
{
    CHECK(Prefectures::displayName(*Prefectures::byCode(QStringLiteral("29"))) == QStringLiteral("Nara"));
}
