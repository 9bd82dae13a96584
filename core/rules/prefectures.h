#pragma once

#include "model/prefecture.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace gtol {

// The 47 prefectures, read once from the embedded :/gtol/data/prefectures.csv (JIS X 0401 order).
// Thread-safe after the first call; the list never changes while the program runs.
class Prefectures
{
    Q_DECLARE_TR_FUNCTIONS(gtol::Prefectures)

public:
    static const QList<Prefecture> &all();
    // "29", "２９" and "9" (padded) are all Nara; nullopt for anything not one of the 47.
    static std::optional<Prefecture> byCode(const QString &code);
    // By name as people write it: 奈良県, 奈良, ナラケン, Nara (case-insensitive), 東京 / 東京都.
    static std::optional<Prefecture> byName(const QString &name);
    // Nara, the first deployment.
    static QString defaultCode() { return QStringLiteral("29"); }

    // The name to show in the current UI language: 奈良県 in Japanese (through the translation
    // catalogue), Nara in English.
    static QString displayName(const Prefecture &prefecture);
};

} // namespace gtol
