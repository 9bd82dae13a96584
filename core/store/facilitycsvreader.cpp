#include "facilitycsvreader.h"

#include "rules/japanesetext.h"

#include <QFile>
#include <QHash>
#include <QStringDecoder>

#include <optional>
#include <variant>

namespace gtol {

namespace {

struct Record
{
    qint64 line = 0; // where the record starts (a quoted field may span lines)
    QStringList fields;
};

struct ParseFailure
{
    qint64 line = 0;
    QString reason;
};

// RFC 4180: fields separated by commas, optionally quoted; "" inside quotes is one quote; quoted
// fields may hold commas and line breaks. Blank lines are skipped.
std::variant<QList<Record>, ParseFailure> parseCsv(const QString &text)
{
    QList<Record> records;
    Record record;
    QString field;
    qint64 line = 1;
    record.line = 1;
    bool inQuotes = false;
    bool afterQuote = false; // just closed a quoted field: only , or a line break may follow
    bool fieldStarted = false;
    qint64 quoteStartLine = 0;

    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldStarted = false;
        afterQuote = false;
    };
    auto endRecord = [&] {
        const bool blank = record.fields.isEmpty() && field.isEmpty() && !fieldStarted;
        if (!blank) {
            endField();
            records.append(std::move(record));
        }
        record = Record{};
        afterQuote = false;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u',') {
            endField();
            fieldStarted = true; // a trailing comma means one more (empty) field
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            record.line = line;
            continue;
        }
        if (afterQuote) {
            return ParseFailure{line, FacilityCsvReader::tr("Line %1: unexpected text after a closing quote.").arg(line)};
        }
        if (c == u'"' && field.isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
            quoteStartLine = line;
            continue;
        }
        fieldStarted = true;
        field.append(c);
    }
    if (inQuotes) {
        return ParseFailure{quoteStartLine,
                            FacilityCsvReader::tr("Line %1: a quoted field is not closed.").arg(quoteStartLine)};
    }
    endRecord();
    return records;
}

bool isDigits(const QString &text, qsizetype length)
{
    if (text.size() != length)
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isPrefecture(const QString &code)
{
    const int number = code.toInt();
    return isDigits(code, 2) && number >= 1 && number <= 47;
}

// Where each value sits in a record of one layout.
struct Layout
{
    int fieldCount = 0;
    int code10 = -1; // either this...
    int code9 = -1;  // ...or these two
    int code7 = -1;
    int name = -1;
    int postal = -1;
    int address = -1;
};

std::optional<Layout> layoutFromHeader(const QStringList &header)
{
    Layout layout;
    layout.fieldCount = int(header.size());
    for (int i = 0; i < header.size(); ++i) {
        const QString column = header.at(i).trimmed().toLower();
        if (column.contains(u"cd10"))
            layout.code10 = i;
        else if (column.contains(u"cd9"))
            layout.code9 = i;
        else if (column.contains(u"cd7"))
            layout.code7 = i;
        else if (column == u"name")
            layout.name = i;
        else if (column.startsWith(u"postal"))
            layout.postal = i;
        else if (column.startsWith(u"address"))
            layout.address = i;
    }
    const bool hasCode = layout.code10 >= 0 || (layout.code9 >= 0 && layout.code7 >= 0);
    if (!hasCode || layout.name < 0 || layout.postal < 0 || layout.address < 0)
        return std::nullopt;
    return layout;
}

QString validatedPostal(const QString &raw)
{
    QString postal = japanese::fullWidthAsciiToAscii(raw).trimmed();
    postal.remove(u'-');
    return isDigits(postal, 7) ? postal : QString();
}

// A facility from one record, or the translated reason it is rejected.
std::variant<Facility, QString> facilityFromRecord(const Record &record, const Layout &layout)
{
    const QStringList &f = record.fields;
    if (f.size() != layout.fieldCount)
        return FacilityCsvReader::tr("expected %1 fields, found %2").arg(layout.fieldCount).arg(f.size());

    Facility facility;
    if (layout.code10 >= 0) {
        const QString code = f.at(layout.code10).trimmed();
        if (!isDigits(code, 10) || !isPrefecture(code.left(2)))
            return FacilityCsvReader::tr("facility code \"%1\" is not 10 digits starting with a prefecture code").arg(code);
        facility.code = code;
    } else {
        const QString code9 = f.at(layout.code9).trimmed();
        const QString code7 = f.at(layout.code7).trimmed();
        if (!isDigits(code9, 9) || !isPrefecture(code9.left(2)))
            return FacilityCsvReader::tr("facility code \"%1\" is not 9 digits starting with a prefecture code").arg(code9);
        if (!isDigits(code7, 7) || code9.mid(2) != code7)
            return FacilityCsvReader::tr("institution code \"%1\" is not the last 7 digits of \"%2\"").arg(code7, code9);
        facility.code = code9.left(2) + u'1' + code7; // 1: 医科 (medical), as the Nara file derives it
    }
    facility.prefectureCode = facility.code.left(2);
    facility.name = f.at(layout.name).trimmed();
    if (facility.name.isEmpty())
        return FacilityCsvReader::tr("the name is empty");
    facility.postalCode = validatedPostal(f.at(layout.postal));
    if (facility.postalCode.isEmpty())
        return FacilityCsvReader::tr("postal code \"%1\" is not 7 digits").arg(f.at(layout.postal).trimmed());
    facility.address = f.at(layout.address).trimmed();
    return facility;
}

} // namespace

Result<FacilityCsvReader::Outcome> FacilityCsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("facility.import.unreadable"),
                     tr("The facility file \"%1\" could not be read.").arg(path), file.errorString()};
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Error{QStringLiteral("facility.import.unreadable"),
                     tr("The facility file \"%1\" could not be read.").arg(path), file.errorString()};
    }
    return readData(data, path);
}

Result<FacilityCsvReader::Outcome> FacilityCsvReader::readData(const QByteArray &data, const QString &sourceName)
{
    auto formatError = [&](const QString &why) {
        return Error{QStringLiteral("facility.import.format"),
                     tr("The facility file \"%1\" is not a facility list in the expected CSV format: %2")
                         .arg(sourceName, why),
                     sourceName};
    };

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return formatError(tr("it is not UTF-8 text."));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    auto parsed = parseCsv(text);
    if (const auto *failure = std::get_if<ParseFailure>(&parsed))
        return formatError(failure->reason);
    const QList<Record> &records = std::get<QList<Record>>(parsed);
    if (records.isEmpty())
        return formatError(tr("it holds no rows."));

    // Layout from the first record: a header names its columns; the known files without one are
    // told apart by their field count.
    Layout layout;
    qsizetype first = 0;
    const QStringList &head = records.first().fields;
    if (!head.isEmpty() && !isDigits(head.first().trimmed(), head.first().trimmed().size())) {
        const std::optional<Layout> fromHeader = layoutFromHeader(head);
        if (!fromHeader)
            return formatError(tr("line 1 is not a known header."));
        layout = *fromHeader;
        first = 1;
    } else if (head.size() == 5) {
        layout = Layout{5, -1, 0, 1, 2, 3, 4};
    } else if (head.size() == 6) {
        layout = Layout{6, 0, -1, -1, 3, 4, 5};
    } else {
        return formatError(tr("line 1 has %1 fields; the nationwide list has 5.").arg(head.size()));
    }

    Outcome outcome;
    QHash<QString, qsizetype> byCode; // code -> index in outcome.facilities
    QHash<QString, qint64> lineOfCode;
    for (qsizetype i = first; i < records.size(); ++i) {
        const Record &record = records.at(i);
        ++outcome.rowsRead;
        auto result = facilityFromRecord(record, layout);
        if (const QString *reason = std::get_if<QString>(&result)) {
            outcome.rejected.append({record.line, *reason});
            continue;
        }
        Facility facility = std::get<Facility>(std::move(result));
        if (const auto it = byCode.constFind(facility.code); it != byCode.constEnd()) {
            if (outcome.facilities.at(*it) == facility) {
                ++outcome.duplicates;
            } else {
                outcome.rejected.append(
                    {record.line, tr("facility code %1 already appears on line %2 with other details")
                                      .arg(facility.code)
                                      .arg(lineOfCode.value(facility.code))});
            }
            continue;
        }
        byCode.insert(facility.code, outcome.facilities.size());
        lineOfCode.insert(facility.code, record.line);
        outcome.facilities.append(std::move(facility));
    }
    return outcome;
}

} // namespace gtol
