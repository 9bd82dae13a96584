#pragma once

#include <QString>
#include <QStringList>

namespace gtol {

// The one folding used by facility search, applied to every name at import and to every query, so
// that both sides meet in the same form: half-width katakana to full width, NFKC (full-width ASCII,
// compatibility ideographs), katakana to hiragana, small kana to large, ASCII case, common variant
// kanji to one form (髙->高, 﨑->崎, 邊/邉->辺, 齋/齊/斉->斎, ...), a dash after kana to the
// prolonged-sound mark ー, and spaces and punctuation dropped. The result is meant for matching only; it is never shown.
//
// Changing the folding changes stored keys: the facility master must then be re-indexed (a schema
// migration that re-imports or rebuilds the keys).
class FacilitySearchKey
{
public:
    static QString fold(const QString &text);
    // The characters (Unicode code points, so a surrogate pair stays whole) of a folded key.
    static QStringList characters(const QString &key);
};

} // namespace gtol
