#pragma once

#include <QString>

namespace gtol {

// One medical institution from the facility master (地方厚生局 コード内容別医療機関一覧表).
struct Facility
{
    QString code;            // 10 digits: prefecture (2) + "1" (医科) + institution code (7)
    QString prefectureCode;  // JIS X 0401, "29" for Nara
    QString name;
    QString postalCode;      // 7 digits
    QString address;         // without the prefecture name, as the master has it

    bool isValid() const { return !code.isEmpty(); }
    friend bool operator==(const Facility &, const Facility &) = default;
};

// An address as the service's screens write it: "〒630-8373 奈良県奈良市…". The prefecture is its
// Japanese name (the address is Japanese in every UI language); no postal code, no "〒".
inline QString postalAddress(const QString &postalCode, const QString &prefectureName, const QString &address)
{
    const QString code = postalCode.size() == 7 ? postalCode.left(3) + u'-' + postalCode.mid(3) : postalCode;
    const QString rest = prefectureName + address;
    return code.isEmpty() ? rest : u'〒' + code + u' ' + rest;
}

} // namespace gtol
