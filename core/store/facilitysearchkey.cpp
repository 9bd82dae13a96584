#include "facilitysearchkey.h"

#include "rules/japanesetext.h"

#include <QHash>

#include <utility>

namespace gtol {

namespace {

// Variant (old, itaiji, compatibility) kanji that appear in facility and person names, each folded
// to the form most people type. Both sides of a search are folded, so a query with 高 finds 髙 and
// the other way round. Only true variants are listed (藤/籐 or 埼/崎 are different characters).
// No target is itself a source, so folding twice gives the same key (a unit test checks this).
// NFKC runs first, so compatibility ideographs with a canonical mapping (U+FA10 塚, U+F9DC 隆) are
// already unified; U+FA11 﨑 has none, so it is listed here.
constexpr std::pair<char32_t, char32_t> kVariants[] = {
    {U'髙', U'高'}, {U'\uFA11', U'崎'}, {U'嵜', U'崎'}, {U'碕', U'崎'}, {U'邊', U'辺'}, {U'邉', U'辺'},
    {U'齋', U'斎'}, {U'齊', U'斎'}, {U'斉', U'斎'}, {U'澤', U'沢'}, {U'濵', U'浜'}, {U'濱', U'浜'},
    {U'櫻', U'桜'}, {U'德', U'徳'}, {U'廣', U'広'}, {U'國', U'国'}, {U'會', U'会'}, {U'關', U'関'},
    {U'龍', U'竜'}, {U'槇', U'槙'}, {U'眞', U'真'}, {U'\uFA10', U'塚'}, {U'曾', U'曽'}, {U'惠', U'恵'},
    {U'靜', U'静'}, {U'榮', U'栄'}, {U'實', U'実'}, {U'壽', U'寿'}, {U'條', U'条'}, {U'醫', U'医'},
    {U'圓', U'円'}, {U'藏', U'蔵'}, {U'應', U'応'}, {U'澁', U'渋'}, {U'濟', U'済'}, {U'縣', U'県'},
    {U'學', U'学'}, {U'營', U'営'}, {U'佛', U'仏'}, {U'來', U'来'}, {U'驛', U'駅'}, {U'鷗', U'鴎'},
    {U'冨', U'富'}, {U'嶋', U'島'}, {U'嶌', U'島'}, {U'峯', U'峰'}, {U'舘', U'館'}, {U'淵', U'渕'},
    {U'桒', U'桑'}, {U'藪', U'薮'}, {U'兒', U'児'}, {U'聰', U'聡'}, {U'瀨', U'瀬'}, {U'彌', U'弥'},
    {U'禮', U'礼'}, {U'黑', U'黒'}, {U'\U00020BB7', U'吉'}, {U'舩', U'船'}, {U'嶽', U'岳'}, {U'凜', U'凛'},
    {U'檜', U'桧'}, {U'濤', U'涛'}, {U'臺', U'台'}, {U'豐', U'豊'}, {U'鐵', U'鉄'}, {U'禰', U'祢'},
    {U'礪', U'砺'}, {U'蘆', U'芦'},
    // Small kana fold to large: older registrations write クリニツク for クリニック. Runs after
    // katakana -> hiragana, so only the hiragana forms are needed (ヶ became ゖ).
    {U'ぁ', U'あ'}, {U'ぃ', U'い'}, {U'ぅ', U'う'}, {U'ぇ', U'え'}, {U'ぉ', U'お'}, {U'っ', U'つ'},
    {U'ゃ', U'や'}, {U'ゅ', U'ゆ'}, {U'ょ', U'よ'}, {U'ゎ', U'わ'}, {U'ゕ', U'か'}, {U'ゖ', U'け'},
};

const QHash<char32_t, char32_t> &variantTable()
{
    static const QHash<char32_t, char32_t> table = [] {
        QHash<char32_t, char32_t> map;
        for (const auto &[from, to] : kVariants)
            map.insert(from, to);
        return map;
    }();
    return table;
}

bool isKept(char32_t c)
{
    // Letters (kanji, kana, the prolonged-sound mark ー, 々) and numbers; spaces, punctuation and
    // symbols (・, （）, ＆, -) are ignored on both sides.
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return true;
    default:
        return false;
    }
}

bool isKana(char32_t c)
{
    return (c >= 0x3041 && c <= 0x309F) || (c >= 0x30A1 && c <= 0x30FF);
}

// Dashes typed (or registered: ユニリバ―ス) where the prolonged-sound mark ー belongs.
bool isDash(char32_t c)
{
    return c == U'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

template <typename Visit>
void forEachCodePoint(const QString &text, Visit visit)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            visit(QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else {
            visit(char32_t(c.unicode()));
        }
    }
}

void appendCodePoint(QString &text, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        text.append(QChar(QChar::highSurrogate(c)));
        text.append(QChar(QChar::lowSurrogate(c)));
    } else {
        text.append(QChar(char16_t(c)));
    }
}

} // namespace

QString FacilitySearchKey::fold(const QString &text)
{
    // Half-width katakana first: its own conversion composes ｶﾞ -> ガ. NFKC then maps full-width
    // ASCII to ASCII and compatibility ideographs to unified ones. It is safe here because the key
    // is only compared, never shown (NFKC also turns ㈱ into (株), which is what a searcher expects).
    QString wide = japanese::halfWidthKatakanaToFullWidth(text).normalized(QString::NormalizationForm_KC);
    wide = japanese::katakanaToHiragana(wide);

    const QHash<char32_t, char32_t> &variants = variantTable();
    QString key;
    key.reserve(wide.size());
    char32_t previous = 0;
    forEachCodePoint(wide, [&](char32_t c) {
        c = QChar::toCaseFolded(c);
        c = variants.value(c, c);
        if (isDash(c) && isKana(previous))
            c = U'ー';
        if (isKept(c)) {
            appendCodePoint(key, c);
            previous = c;
        }
    });
    return key;
}

QStringList FacilitySearchKey::characters(const QString &key)
{
    QStringList result;
    result.reserve(key.size());
    forEachCodePoint(key, [&](char32_t c) {
        QString one;
        appendCodePoint(one, c);
        result.append(one);
    });
    return result;
}

} // namespace gtol
