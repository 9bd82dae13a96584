#include "prefectures.h"

#include "japanesetext.h"

#include <QFile>
#include <QLoggingCategory>
#include <QStringList>

#include <iterator>

namespace gtol {

namespace {

Q_LOGGING_CATEGORY(lcPrefectures, "gtol.rules.prefectures")

// Romanised names for the English UI, in JIS code order (index 0 is code 01). They double as the
// translation source, so the Japanese catalogue maps "Nara" to 奈良県.
constexpr const char *kRomaji[] = {
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Hokkaido"), // 01 北海道
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Aomori"), // 02 青森県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Iwate"), // 03 岩手県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Miyagi"), // 04 宮城県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Akita"), // 05 秋田県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Yamagata"), // 06 山形県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Fukushima"), // 07 福島県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Ibaraki"), // 08 茨城県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Tochigi"), // 09 栃木県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Gunma"), // 10 群馬県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Saitama"), // 11 埼玉県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Chiba"), // 12 千葉県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Tokyo"), // 13 東京都
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Kanagawa"), // 14 神奈川県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Niigata"), // 15 新潟県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Toyama"), // 16 富山県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Ishikawa"), // 17 石川県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Fukui"), // 18 福井県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Yamanashi"), // 19 山梨県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Nagano"), // 20 長野県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Gifu"), // 21 岐阜県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Shizuoka"), // 22 静岡県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Aichi"), // 23 愛知県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Mie"), // 24 三重県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Shiga"), // 25 滋賀県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Kyoto"), // 26 京都府
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Osaka"), // 27 大阪府
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Hyogo"), // 28 兵庫県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Nara"), // 29 奈良県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Wakayama"), // 30 和歌山県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Tottori"), // 31 鳥取県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Shimane"), // 32 島根県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Okayama"), // 33 岡山県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Hiroshima"), // 34 広島県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Yamaguchi"), // 35 山口県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Tokushima"), // 36 徳島県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Kagawa"), // 37 香川県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Ehime"), // 38 愛媛県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Kochi"), // 39 高知県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Fukuoka"), // 40 福岡県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Saga"), // 41 佐賀県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Nagasaki"), // 42 長崎県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Kumamoto"), // 43 熊本県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Oita"), // 44 大分県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Miyazaki"), // 45 宮崎県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Kagoshima"), // 46 鹿児島県
    QT_TRANSLATE_NOOP("gtol::Prefectures", "Okinawa"), // 47 沖縄県
};
constexpr int kPrefectureCount = int(std::size(kRomaji));

QList<Prefecture> load()
{
    QList<Prefecture> result;
    QFile file(QStringLiteral(":/gtol/data/prefectures.csv"));
    if (!file.open(QIODevice::ReadOnly)) {
        // The file is compiled in; missing means a broken build, which the tests catch.
        qCCritical(lcPrefectures) << "cannot open the embedded prefecture list" << file.errorString();
        return result;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QStringList cells = lines.at(i).trimmed().split(u',');
        if (cells.size() < 4) {
            qCWarning(lcPrefectures) << "prefecture list line" << i + 1 << "has" << cells.size() << "cells";
            continue;
        }
        const int number = cells.at(0).toInt();
        if (number < 1 || number > kPrefectureCount || number != result.size() + 1) {
            qCWarning(lcPrefectures) << "prefecture list line" << i + 1 << "is out of order:" << cells.at(0);
            continue;
        }
        result.append(Prefecture{cells.at(0), cells.at(1), cells.at(2), cells.at(3),
                                 QString::fromLatin1(kRomaji[number - 1])});
    }
    if (result.size() != kPrefectureCount)
        qCCritical(lcPrefectures) << "the embedded prefecture list has" << result.size() << "entries, expected"
                                  << kPrefectureCount;
    return result;
}

// 奈良県 -> 奈良, 東京都 -> 東京, 大阪府 -> 大阪; 北海道 keeps its name (道 is part of it in use).
QString withoutSuffix(const QString &name)
{
    if (name == u"北海道")
        return name;
    if (name.endsWith(u'県') || name.endsWith(u'都') || name.endsWith(u'府'))
        return name.chopped(1);
    return name;
}

} // namespace

const QList<Prefecture> &Prefectures::all()
{
    static const QList<Prefecture> list = load();
    return list;
}

std::optional<Prefecture> Prefectures::byCode(const QString &code)
{
    QString text = japanese::fullWidthAsciiToAscii(code).trimmed();
    if (text.size() == 1)
        text.prepend(u'0');
    for (const Prefecture &p : all()) {
        if (p.code == text)
            return p;
    }
    return std::nullopt;
}

std::optional<Prefecture> Prefectures::byName(const QString &name)
{
    const QString text = japanese::foldSpacesToIdeographic(japanese::fullWidthAsciiToAscii(name));
    if (text.isEmpty())
        return std::nullopt;
    const QString kana = japanese::hiraganaToKatakana(japanese::halfWidthKatakanaToFullWidth(text));
    for (const Prefecture &p : all()) {
        if (text == p.name || text == withoutSuffix(p.name) || kana == p.kana
            || text.compare(p.romaji, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QString Prefectures::displayName(const Prefecture &prefecture)
{
    return QCoreApplication::translate("gtol::Prefectures", prefecture.romaji.toLatin1().constData());
}

} // namespace gtol
