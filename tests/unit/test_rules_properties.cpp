#include "catch.h"

#include "rules/fieldrules.h"
#include "rules/prefectures.h"

#include <QRandomGenerator>

#include <algorithm>

using gtol::ApplicationForm;
using gtol::FieldRules;
using Field = ApplicationForm::Field;

// Bounded, seeded random inputs built from the characters that cause trouble in practice, to check
// properties that must hold for every input, not only for the rows of the table tests.

namespace {

constexpr int kRounds = 3000;

// Awkward characters: kana of every width, marks, dashes, spaces, digits of both widths, ASCII
// that e-mail and contacts use, kanji, an accented letter, an emoji, an invisible space.
const QString &pool()
{
    static const QString characters = QStringLiteral(
        "あいうかがぱゔゝゞアイウカガパヴヵヶヽヾｱｲｶﾞﾊﾟｰﾞﾟ･ー・-－‐—−ｰ \t　\u00a0"
        "0129０１９aZａＺ@＠.．。#＃♯()_+山髙é\u200b") + QString::fromUcs4(U"😀", 1);
    return characters;
}

QString randomText(QRandomGenerator &random, const QString &characters, int maxLength)
{
    const int length = int(random.bounded(maxLength + 1));
    QString text;
    for (int i = 0; i < length; ++i) {
        // Keep surrogate pairs whole.
        qsizetype at = random.bounded(int(characters.size()));
        if (characters.at(at).isLowSurrogate())
            --at;
        text.append(characters.at(at));
        if (characters.at(at).isHighSurrogate())
            text.append(characters.at(at + 1));
    }
    return text;
}

bool hasLooseSpace(const QString &text)
{
    return text.startsWith(u'\u3000') || text.endsWith(u'\u3000') || text.contains(QStringLiteral("\u3000\u3000"));
}

} // namespace

TEST_CASE("Property: normalisation is idempotent and accepted values have the documented shape", "[rules][property]")
{
    QRandomGenerator random(20260401);
    for (int round = 0; round < kRounds; ++round) {
        for (Field field : ApplicationForm::allFields()) {
            const QString typed = randomText(random, pool(), 16);
            const QString stored = FieldRules::normalize(field, typed);
            INFO(ApplicationForm::key(field) << " typed \"" << typed << "\" stored \"" << stored << "\"");
            REQUIRE(FieldRules::normalize(field, stored) == stored);
            const auto problem = FieldRules::check(field, stored);
            if (problem) {
                REQUIRE(problem->field == field);
                REQUIRE_FALSE(problem->code.isEmpty());
                REQUIRE_FALSE(problem->message.isEmpty());
                continue;
            }
            switch (field) {
            case Field::Email:
                REQUIRE(stored.count(u'@') == 1);
                REQUIRE(std::all_of(stored.begin(), stored.end(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; }));
                break;
            case Field::PrefectureCode:
                REQUIRE(gtol::Prefectures::byCode(stored));
                break;
            case Field::FacilityCode:
                REQUIRE(stored.size() == 10);
                break;
            case Field::ManagerNameKana:
            case Field::ApplicantNameKana:
                REQUIRE_FALSE(hasLooseSpace(stored));
                REQUIRE(std::all_of(stored.begin(), stored.end(), [](QChar c) {
                    const char16_t u = c.unicode();
                    return (u >= 0x30A1 && u <= 0x30F6) || u == 0x30FC || u == 0x30FB || u == 0x3000;
                }));
                break;
            case Field::ManagerName:
            case Field::ApplicantName:
            case Field::Department:
            case Field::Position:
                REQUIRE_FALSE(stored.isEmpty());
                REQUIRE_FALSE(hasLooseSpace(stored));
                REQUIRE(std::none_of(stored.begin(), stored.end(), [](QChar c) { return c.unicode() < 0x7F; }));
                break;
            case Field::FacilityPhone:
                REQUIRE(stored.size() >= 5);
                REQUIRE(stored.size() <= 13);
                REQUIRE(std::all_of(stored.begin(), stored.end(), [](QChar c) { return c.isDigit() && c.unicode() < 0x7F; }));
                break;
            case Field::ApplicantContact:
                REQUIRE(stored.size() <= 13);
                REQUIRE(std::all_of(stored.begin(), stored.end(), [](QChar c) {
                    return (c.unicode() >= u'0' && c.unicode() <= u'9') || c == u'#' || c == u'-';
                }));
                break;
            }
        }
    }
}

TEST_CASE("Property: readings typed in any kana are converted, never rejected", "[rules][property]")
{
    // Hiragana, katakana and half-width katakana letters (voicing marks only where they attach),
    // the prolonged-sound mark in three widths and spaces of every kind.
    const QString kana = QStringLiteral("あいうえおかがさざぱゃゔゕゖアイウエオカガサザパャヴヵヶｱｲｳｶｻﾀﾅﾊﾏﾔﾗﾜｦﾝｧｯｬ　 ・･");
    QRandomGenerator random(4711);
    for (int round = 0; round < kRounds; ++round) {
        QString typed = randomText(random, kana, 12);
        // Half-width voiced letters as a keyboard sends them: letter then mark.
        if (random.bounded(2))
            typed.append(QStringLiteral("ｶﾞﾊﾟｰ"));
        if (typed.trimmed().isEmpty())
            typed.append(u'ア');
        const QString stored = FieldRules::normalize(Field::ManagerNameKana, typed);
        INFO("typed \"" << typed << "\" stored \"" << stored << "\"");
        const auto problem = FieldRules::check(Field::ManagerNameKana, stored);
        REQUIRE((problem ? problem->code : QString()) == QString());
    }
}
