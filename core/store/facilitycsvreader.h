#pragma once

#include "model/facility.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace gtol {

// Reads a facility master CSV (RFC 4180 quoting, UTF-8, LF or CRLF) into validated facilities,
// without touching any store, so that FacilityIndex can replace its master in one transaction or
// not at all. Two layouts, told apart by the first record:
//  - the nationwide file: no header; 9-digit code (prefecture 2 + code 7), 7-digit code, name,
//    postal code, address. The 10-digit code is derived as prefecture + "1" (医科) + code 7.
//  - the Nara file (or any file with a header): columns found by name (med_inst_cd10_derived or
//    med_inst_cd9 + med_inst_cd7, name, postal_code, address...).
// A file that cannot be read, is not UTF-8, breaks the quoting or has no known layout is an Error.
// Rows that fail validation (code, empty name, postal code, field count) are listed in `rejected`
// with their line numbers; exact repeats of an earlier row are counted and skipped.
class FacilityCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(gtol::FacilityCsvReader)

public:
    struct Outcome
    {
        QList<Facility> facilities;
        qint64 rowsRead = 0;   // data records, header and blank lines excluded
        qint64 duplicates = 0;
        QList<QPair<qint64, QString>> rejected; // (line number, translated reason)
    };

    static Result<Outcome> readFile(const QString &path);
    static Result<Outcome> readData(const QByteArray &data, const QString &sourceName);
};

} // namespace gtol
