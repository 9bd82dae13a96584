#include "catch.h"
#include "storetesthelpers.h"

#include "session/draftfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace gtol;
using namespace gtol::test;
using Field = ApplicationForm::Field;

namespace {

// A complete application as a clerk might type it: full-width digits, hiragana reading, hyphens.
QByteArray completeDraft()
{
    return QStringLiteral(R"({
  "format": "gtol-onboard-draft",
  "version": 1,
  "application": {
    "email": "ｔａｒｏ@example.jp",
    "prefectureCode": "29",
    "facilityCode": "2919801833",
    "managerName": "院長　太郎",
    "managerNameKana": "いんちょう　たろう",
    "applicantName": "築地　花子",
    "applicantNameKana": "ツキジ　ハナコ",
    "department": "医事課",
    "position": "主任",
    "facilityPhone": "０７４２－２２－１１０１",
    "applicantContact": "0742-22-1101"
  },
  "meta": {"createdBy": "情報システム課", "createdAt": "2026-11-01T09:00:00+09:00", "note": "本院"}
})")
        .toUtf8();
}

Result<DraftDocument> parse(const QByteArray &bytes)
{
    return DraftFile::parse(bytes, QStringLiteral("test.gtoldraft"));
}

Error parseError(const QByteArray &bytes)
{
    Result<DraftDocument> document = parse(bytes);
    REQUIRE_FALSE(document.ok());
    return document.error();
}

} // namespace

TEST_CASE("A complete draft file is read, normalised and valid", "[draftfile]")
{
    Result<DraftDocument> document = parse(completeDraft());
    REQUIRE(document.ok());
    CHECK(document->application.value(Field::Email) == QStringLiteral("ｔａｒｏ@example.jp")); // as written
    CHECK(document->meta.value(QStringLiteral("note")).toString() == QStringLiteral("本院"));
    const FieldRules::Validation validation = DraftFile::validate(document.value());
    INFO((validation.issues.isEmpty() ? QString()
                                      : validation.issues.first().code + u' ' + validation.issues.first().message));
    CHECK(validation.isValid());
    CHECK(validation.normalized.value(Field::Email) == QStringLiteral("taro@example.jp"));
    CHECK(validation.normalized.value(Field::ManagerNameKana) == QStringLiteral("インチョウ　タロウ"));
    CHECK(validation.normalized.value(Field::FacilityPhone) == QStringLiteral("0742221101"));

    const QJsonObject report = DraftFile::validationReport(validation);
    CHECK(report.value(QStringLiteral("valid")).toBool());
    CHECK(report.value(QStringLiteral("errors")).toArray().isEmpty());
    CHECK(report.value(QStringLiteral("normalized")).toObject().value(QStringLiteral("email")).toString()
          == QStringLiteral("taro@example.jp"));
}

TEST_CASE("Missing fields are allowed in a draft file and reported by validation", "[draftfile]")
{
    Result<DraftDocument> document = parse(R"({"format":"gtol-onboard-draft","version":1,
        "application":{"prefectureCode":"29","facilityPhone":null}})");
    REQUIRE(document.ok());
    CHECK(document->application.value(Field::PrefectureCode) == QStringLiteral("29"));
    const FieldRules::Validation validation = DraftFile::validate(document.value());
    CHECK_FALSE(validation.isValid());
    QStringList fields;
    for (const FieldIssue &issue : validation.issues)
        fields.append(ApplicationForm::key(issue.field));
    CHECK(fields.contains(QStringLiteral("email")));
    CHECK(fields.contains(QStringLiteral("facilityPhone")));
    CHECK_FALSE(fields.contains(QStringLiteral("prefectureCode")));
    const QJsonArray errors = DraftFile::validationReport(validation).value(QStringLiteral("errors")).toArray();
    REQUIRE(errors.size() == validation.issues.size());
    const QJsonObject first = errors.first().toObject();
    CHECK(first.value(QStringLiteral("field")).toString() == QStringLiteral("email"));
    CHECK_FALSE(first.value(QStringLiteral("code")).toString().isEmpty());
    CHECK_FALSE(first.value(QStringLiteral("message")).toString().isEmpty());

    CHECK(parse(R"({"format":"gtol-onboard-draft","version":1})").ok()); // nothing at all yet
}

TEST_CASE("Broken JSON is reported with the file name, line and column", "[draftfile]")
{
    const Error error = parseError(
        "{\n  \"format\": \"gtol-onboard-draft\",\n  \"version\": 1,\n  \"application\": {\"email\" \"x\"}\n}\n");
    CHECK(error.code == QStringLiteral("draftfile.syntax"));
    CHECK(error.message.contains(QStringLiteral("test.gtoldraft")));
    INFO(error.message);
    CHECK(error.message.contains(QStringLiteral("line 4")));
    CHECK(error.message.contains(QStringLiteral("column 27")));
}

TEST_CASE("Columns count characters, not bytes, on lines with Japanese", "[draftfile]")
{
    const Error error = parseError(QStringLiteral("{\"note\": \"日本語\" x}").toUtf8());
    INFO(error.message);
    CHECK(error.message.contains(QStringLiteral("line 1")));
    CHECK(error.message.contains(QStringLiteral("column 16")));
}

TEST_CASE("A value of the wrong type is reported with its JSON path", "[draftfile]")
{
    Error error =
        parseError(R"({"format":"gtol-onboard-draft","version":1,"application":{"facilityPhone":742221101}})");
    CHECK(error.code == QStringLiteral("draftfile.shape"));
    CHECK(error.message.contains(QStringLiteral("test.gtoldraft")));
    CHECK(error.message.contains(QStringLiteral("application.facilityPhone: expected a string")));

    error = parseError(R"({"format":"gtol-onboard-draft","version":1,"application":[]})");
    CHECK(error.message.contains(QStringLiteral("application: expected an object")));
    error = parseError(R"({"format":"gtol-onboard-draft","version":1,"meta":{"note":["a"]}})");
    CHECK(error.message.contains(QStringLiteral("meta.note: expected a string")));
    error = parseError(R"({"format":"gtol-onboard-draft","version":"1"})");
    CHECK(error.message.contains(QStringLiteral("version: expected a whole number")));
    error = parseError(R"(["gtol-onboard-draft"])");
    CHECK(error.code == QStringLiteral("draftfile.shape"));
}

TEST_CASE("A misspelt field name is reported with its path, not dropped", "[draftfile]")
{
    // Dropped, the field would only show up as "required" and the typo would stay hidden.
    Error error = parseError(
        R"({"format":"gtol-onboard-draft","version":1,"application":{"managername":"院長　太郎"}})");
    CHECK(error.code == QStringLiteral("draftfile.shape"));
    CHECK(error.message.contains(QStringLiteral("application.managername")));
    CHECK(error.message.contains(QStringLiteral("\"managerName\"")));

    error = parseError(R"({"format":"gtol-onboard-draft","version":1,"application":{"emial":"a@b.jp"}})");
    CHECK(error.message.contains(QStringLiteral("application.emial")));
    CHECK(error.message.contains(QStringLiteral("email, prefectureCode")));

    // Keys of "meta" are the writer's own and stay free.
    CHECK(parse(R"({"format":"gtol-onboard-draft","version":1,"meta":{"ticket":"IT-42"}})").ok());
}

TEST_CASE("Other files and newer versions are refused", "[draftfile]")
{
    CHECK(parseError(R"({"format":"gtol-onboard-session","version":1})").code == QStringLiteral("draftfile.format"));
    CHECK(parseError(R"({"version":1})").code == QStringLiteral("draftfile.format"));
    CHECK(parseError(R"({"format":"gtol-onboard-draft","version":2})").code == QStringLiteral("draftfile.version"));
    CHECK(parseError("").code == QStringLiteral("draftfile.syntax"));
}

TEST_CASE("A byte order mark from a Windows editor is accepted", "[draftfile]")
{
    CHECK(parse(QByteArray("\xEF\xBB\xBF") + completeDraft()).ok());
}

TEST_CASE("Unreadable and oversized files are reported with their name", "[draftfile]")
{
    QTemporaryDir dir;
    Result<DraftDocument> missing = DraftFile::read(dir.filePath(QStringLiteral("nothere.gtoldraft")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == QStringLiteral("draftfile.unreadable"));
    CHECK(missing.error().message.contains(QStringLiteral("nothere.gtoldraft")));

    const QString big = dir.filePath(QStringLiteral("big.gtoldraft"));
    REQUIRE(writeFile(big, QByteArray(DraftFile::MaxFileSize + 10, ' ')));
    CHECK(DraftFile::read(big).error().code == QStringLiteral("draftfile.tooLarge"));
}

TEST_CASE("A written draft file reads back the same and replaces the old file whole", "[draftfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.gtoldraft"));
    REQUIRE(writeFile(path, "old content that is longer than nothing"));
    DraftDocument document = parse(completeDraft()).value();
    REQUIRE(DraftFile::write(path, document).ok());
    Result<DraftDocument> back = DraftFile::read(path);
    REQUIRE(back.ok());
    CHECK(back->application == document.application);
    CHECK(back->meta == document.meta);
    const QJsonObject root = QJsonDocument::fromJson(fileBytes(path)).object();
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("gtol-onboard-draft"));
    CHECK(root.value(QStringLiteral("version")).toInt() == 1);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList {QStringLiteral("out.gtoldraft")}); // no temp left

    Status failed = DraftFile::write(dir.filePath(QStringLiteral("no/such/folder/x.gtoldraft")), document);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.contains(QStringLiteral("x.gtoldraft")));
}

TEST_CASE("A facility code the master does not know is an error when a master is given", "[draftfile]")
{
    const DraftDocument document = parse(completeDraft()).value();
    int asked = 0;
    const DraftFile::FacilityLookup unknown = [&asked](const QString &code) -> Result<Facility> {
        ++asked;
        return Error {QStringLiteral("facility.unknown"), QString(), code};
    };
    FieldRules::Validation validation = DraftFile::validate(document, unknown);
    CHECK(asked == 1);
    REQUIRE(validation.issues.size() == 1);
    CHECK(validation.issues.first().field == Field::FacilityCode);
    CHECK(validation.issues.first().code == QStringLiteral("facility.unknown"));
    CHECK(validation.issues.first().message.contains(QStringLiteral("2919801833")));

    const DraftFile::FacilityLookup known = [](const QString &code) -> Result<Facility> {
        return Facility {code, QStringLiteral("29"), QStringLiteral("奈良県立医科大学附属病院"), {}, {}};
    };
    CHECK(DraftFile::validate(document, known).isValid());
    const DraftFile::FacilityLookup cannotTell = [](const QString &code) -> Result<Facility> {
        return Error {QStringLiteral("facility.masterMissing"), QString(), code};
    };
    CHECK(DraftFile::validate(document, cannotTell).isValid());
}
