#pragma once

#include <QString>

namespace gtol {

// One of the 47 prefectures (JIS X 0401), as listed in resources/data/prefectures.csv. Names are
// data, not UI text: `name` is what the real service shows (奈良県); `romaji` is for the English
// user interface (Nara). Prefectures (rules/prefectures.h) holds the list.
struct Prefecture
{
    QString code;   // "01".."47"
    QString name;   // 奈良県
    QString kana;   // ナラケン
    QString lgCode; // 6-digit local-government code, 290009
    QString romaji; // Nara

    friend bool operator==(const Prefecture &, const Prefecture &) = default;
};

} // namespace gtol
