#include "draftfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

#include <algorithm>

namespace gtol {

namespace {

const QStringList kMetaKeys {QStringLiteral("createdBy"), QStringLiteral("createdAt"), QStringLiteral("note")};

// Line and column (1-based, columns in characters) of a byte offset into UTF-8 text.
QPair<int, int> lineAndColumn(const QByteArray &utf8, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, utf8.size());
    const QByteArray before = utf8.left(offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return {line, column};
}

} // namespace

QString DraftFile::formatName()
{
    return QStringLiteral("gtol-onboard-draft");
}

Result<DraftDocument> DraftFile::read(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {QStringLiteral("draftfile.unreadable"),
                      tr("%1: the file could not be opened (%2).").arg(shown, file.errorString()), path};
    }
    auto tooLarge = [&shown](qint64 size) {
        return Error {QStringLiteral("draftfile.tooLarge"),
                      tr("%1: the file is too large to be a draft file.").arg(shown),
                      QStringLiteral("%1 bytes").arg(size)};
    };
    if (file.size() > MaxFileSize)
        return tooLarge(file.size());
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        return Error {QStringLiteral("draftfile.unreadable"),
                      tr("%1: the file could not be read (%2).").arg(shown, file.errorString()), path};
    }
    // A pipe or device reports no size up front (0): the limit holds for what was read.
    if (bytes.size() > MaxFileSize)
        return tooLarge(bytes.size());
    return parse(bytes, shown);
}

Result<DraftDocument> DraftFile::parse(const QByteArray &rawBytes, const QString &fileName)
{
    // Windows editors like to start UTF-8 files with a byte order mark; JSON does not allow one.
    QByteArray bytes = rawBytes;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);

    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports the position just after the character that broke the parse.
        const auto [line, column] = lineAndColumn(bytes, parseError.offset - 1);
        return Error {QStringLiteral("draftfile.syntax"),
                      tr("%1, line %2, column %3: the file is not valid JSON (%4).")
                          .arg(fileName)
                          .arg(line)
                          .arg(column)
                          .arg(parseError.errorString()),
                      QStringLiteral("offset %1").arg(parseError.offset)};
    }
    auto shapeError = [&fileName](const QString &message) {
        return Error {QStringLiteral("draftfile.shape"), message, fileName};
    };
    if (!json.isObject())
        return shapeError(tr("%1: the file is not a draft file (expected a JSON object at the top).").arg(fileName));
    const QJsonObject root = json.object();

    const QJsonValue format = root.value(QStringLiteral("format"));
    if (!format.isString() || format.toString() != formatName()) {
        return Error {QStringLiteral("draftfile.format"),
                      tr("%1: format: expected \"%2\"; this is not a draft file.").arg(fileName, formatName()),
                      fileName};
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return shapeError(tr("%1: version: expected a whole number.").arg(fileName));
    if (version.toInt() > FormatVersion) {
        return Error {
            QStringLiteral("draftfile.version"),
            tr("%1: version %2 was written by a newer version of this application, which this one cannot read.")
                .arg(fileName)
                .arg(version.toInt()),
            fileName};
    }

    DraftDocument document;
    const QJsonValue application = root.value(QStringLiteral("application"));
    if (!application.isUndefined()) {
        if (!application.isObject())
            return shapeError(tr("%1: application: expected an object.").arg(fileName));
        const QJsonObject fields = application.toObject();
        // A misspelt key ("managername") would otherwise be dropped without a word and the field
        // reported as missing, which hides the typo from the IT staff who wrote the file.
        QStringList known;
        for (ApplicationForm::Field field : ApplicationForm::allFields())
            known.append(ApplicationForm::key(field));
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (known.contains(it.key()))
                continue;
            const auto likely = std::find_if(known.cbegin(), known.cend(), [&it](const QString &key) {
                return key.compare(it.key(), Qt::CaseInsensitive) == 0;
            });
            const QString path = QStringLiteral("application.") + it.key();
            return shapeError(likely != known.cend()
                                  ? tr("%1: %2: not a field of the application; did you mean \"%3\"?")
                                        .arg(fileName, path, *likely)
                                  : tr("%1: %2: not a field of the application. The fields are: %3.")
                                        .arg(fileName, path, known.join(QStringLiteral(", "))));
        }
        for (ApplicationForm::Field field : ApplicationForm::allFields()) {
            const QString key = ApplicationForm::key(field);
            const QJsonValue value = fields.value(key);
            if (value.isUndefined() || value.isNull())
                continue; // missing fields are allowed in a draft
            if (!value.isString()) {
                return shapeError(tr("%1: %2: expected a string.").arg(fileName, QStringLiteral("application.") + key));
            }
            document.application.setValue(field, value.toString());
        }
    }
    const QJsonValue meta = root.value(QStringLiteral("meta"));
    if (!meta.isUndefined()) {
        if (!meta.isObject())
            return shapeError(tr("%1: meta: expected an object.").arg(fileName));
        document.meta = meta.toObject();
        for (const QString &key : kMetaKeys) {
            const QJsonValue value = document.meta.value(key);
            if (!value.isUndefined() && !value.isString())
                return shapeError(tr("%1: %2: expected a string.").arg(fileName, QStringLiteral("meta.") + key));
        }
    }
    return document;
}

QByteArray DraftFile::toJson(const DraftDocument &document)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), formatName());
    root.insert(QStringLiteral("version"), FormatVersion);
    root.insert(QStringLiteral("application"), document.application.toJson());
    root.insert(QStringLiteral("meta"), document.meta);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status DraftFile::write(const QString &path, const DraftDocument &document)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error {QStringLiteral("draftfile.write"),
                      tr("%1 could not be written (%2).").arg(shown, file.errorString()), path};
    }
    const QByteArray bytes = toJson(document);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return Error {QStringLiteral("draftfile.write"),
                      tr("%1 could not be written (%2).").arg(shown, file.errorString()), path};
    }
    return {};
}

FieldRules::Validation DraftFile::validate(const DraftDocument &document, const FacilityLookup &lookup)
{
    using Field = ApplicationForm::Field;
    FieldRules::Validation validation = FieldRules::validate(document.application);
    if (!lookup)
        return validation;
    const bool facilityWellFormed =
        std::none_of(validation.issues.cbegin(), validation.issues.cend(), [](const FieldIssue &i) {
            return i.field == Field::FacilityCode || i.field == Field::PrefectureCode;
        });
    if (!facilityWellFormed)
        return validation;
    const QString code = validation.normalized.value(Field::FacilityCode);
    const Result<Facility> facility = lookup(code);
    if (!facility && facility.error().code == u"facility.unknown") {
        validation.issues.append(FieldIssue {
            Field::FacilityCode, QStringLiteral("facility.unknown"),
            tr("No hospital or clinic with the code %1 is in the facility master. Choose the facility from the list.")
                .arg(code)});
        std::stable_sort(validation.issues.begin(), validation.issues.end(),
                         [](const FieldIssue &a, const FieldIssue &b) { return a.field < b.field; });
    }
    return validation;
}

QJsonObject DraftFile::validationReport(const FieldRules::Validation &validation)
{
    auto list = [](const QList<FieldIssue> &issues) {
        QJsonArray out;
        for (const FieldIssue &issue : issues) {
            out.append(QJsonObject {{QStringLiteral("field"), ApplicationForm::key(issue.field)},
                                    {QStringLiteral("code"), issue.code},
                                    {QStringLiteral("message"), issue.message}});
        }
        return out;
    };
    // "warnings" is advice that does not make the draft invalid (a mobile-carrier address), the
    // same the wizard shows as the clerk types.
    return QJsonObject {{QStringLiteral("valid"), validation.isValid()},
                        {QStringLiteral("normalized"), validation.normalized.toJson()},
                        {QStringLiteral("errors"), list(validation.issues)},
                        {QStringLiteral("warnings"), list(validation.warnings)}};
}

} // namespace gtol
