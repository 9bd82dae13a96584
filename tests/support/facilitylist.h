#pragma once

// A facility list made up for a test: the header of the Nara file, then `rows` (lines of
// "CODE10,NAME,POSTAL,ADDRESS"), written into `folder` and imported as the whole master.
#include "store/facilityindex.h"

#include <QDir>
#include <QFile>

namespace gtol::test {

inline bool importFacilityRows(FacilityIndex &index, const QString &folder, const QByteArray &rows)
{
    const QString path = QDir(folder).filePath(QStringLiteral("facilities-for-test.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write("med_inst_cd10_derived,name,postal_code,address_without_pref\n" + rows);
    file.close();
    return index.importCsv(path).ok();
}

// One Tokyo clinic: a master of one prefecture other than Nara.
inline constexpr const char *kOneTokyoClinic = "1310100001,東京テスト診療所,1000001,千代田区千代田１\n";

} // namespace gtol::test
