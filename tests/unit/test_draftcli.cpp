#include "catch.h"
#include "storetesthelpers.h"

#include "store/localstore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace gtol;
using namespace gtol::test;

namespace {

const QString kBinary = QStringLiteral(GTOL_BINARY_DIR "/app/gtol-onboard");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs gtol-onboard in English with its store in `dataDir`.
Run run(const QString &dataDir, const QStringList &args)
{
    QProcess process;
    process.start(kBinary,
                  QStringList {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"), dataDir}
                      + args);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return Run {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
}

QByteArray draftJson(const QString &facilityCode, const QString &phone = QStringLiteral("０７４２－２２－１１０１"))
{
    return QStringLiteral(R"({"format":"gtol-onboard-draft","version":1,"application":{
        "email":"taro@example.jp","prefectureCode":"29","facilityCode":"%1",
        "managerName":"院長　太郎","managerNameKana":"いんちょう　たろう",
        "applicantName":"築地　花子","applicantNameKana":"ツキジ　ハナコ",
        "department":"医事課","position":"主任","facilityPhone":"%2","applicantContact":"0742-22-1101"},
        "meta":{"createdBy":"情報システム課","note":"本院"}})")
        .arg(facilityCode, phone)
        .toUtf8();
}

struct Fixture
{
    QTemporaryDir dir;
    QString data() const { return dir.filePath(QStringLiteral("data")); }
    QString file(const QString &name, const QByteArray &bytes) const
    {
        const QString path = dir.filePath(name);
        REQUIRE(writeFile(path, bytes));
        return path;
    }
};

QStringList listLines(const Run &result)
{
    return result.out.split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("draft validate prints the normalised application and exits 0 for a valid file", "[cli][draft]")
{
    Fixture f;
    const Run result = run(f.data(),
                           {QStringLiteral("draft"), QStringLiteral("validate"),
                            f.file(QStringLiteral("ok.gtoldraft"), draftJson(QStringLiteral("2919801833")))});
    INFO(result.err);
    CHECK(result.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("valid")).toBool());
    CHECK(report.value(QStringLiteral("errors")).toArray().isEmpty());
    const QJsonObject normalized = report.value(QStringLiteral("normalized")).toObject();
    CHECK(normalized.value(QStringLiteral("facilityPhone")).toString() == QStringLiteral("0742221101"));
    CHECK(normalized.value(QStringLiteral("managerNameKana")).toString() == QStringLiteral("インチョウ　タロウ"));
}

TEST_CASE("draft validate warns about a mobile-carrier address without calling the draft invalid", "[cli][draft]")
{
    Fixture f;
    QByteArray json = draftJson(QStringLiteral("2919801833"));
    json.replace("taro@example.jp", "taro@docomo.ne.jp");
    const Run result = run(f.data(), {QStringLiteral("draft"), QStringLiteral("validate"),
                                      f.file(QStringLiteral("mobile.gtoldraft"), json)});
    CHECK(result.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("valid")).toBool());
    const QJsonArray warnings = report.value(QStringLiteral("warnings")).toArray();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first()[QStringLiteral("field")].toString() == QStringLiteral("email"));
    CHECK(warnings.first()[QStringLiteral("code")].toString() == QStringLiteral("email.mobileCarrier"));
    CHECK_FALSE(warnings.first()[QStringLiteral("message")].toString().isEmpty());
}

TEST_CASE("draft validate lists every problem and exits 1 for an invalid file", "[cli][draft]")
{
    Fixture f;
    const Run result =
        run(f.data(),
            {QStringLiteral("draft"), QStringLiteral("validate"),
             f.file(QStringLiteral("bad.gtoldraft"), draftJson(QStringLiteral("2919801833"), QStringLiteral("12")))});
    CHECK(result.exitCode == 1);
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    CHECK_FALSE(report.value(QStringLiteral("valid")).toBool());
    const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().toObject().value(QStringLiteral("field")).toString() == QStringLiteral("facilityPhone"));
    CHECK(errors.first().toObject().value(QStringLiteral("code")).toString().startsWith(QStringLiteral("phone.")));
    CHECK_FALSE(errors.first().toObject().value(QStringLiteral("message")).toString().isEmpty());
}

TEST_CASE("draft validate checks the facility against the master in the store", "[cli][draft]")
{
    Fixture f;
    {
        LocalStore store;
        REQUIRE(store.open(LocalStore::defaultPath(f.data())).ok());
        REQUIRE(
            store.database()
                .execute(
                    u"INSERT INTO facilities(code, prefecture, name, postal_code, address, search_key)"
                    u" VALUES ('2919801833', '29', '奈良県立医科大学附属病院', '6348522', '橿原市四条町８４０', 'x')")
                .ok());
    }
    const Run known = run(f.data(),
                          {QStringLiteral("draft"), QStringLiteral("validate"),
                           f.file(QStringLiteral("a.gtoldraft"), draftJson(QStringLiteral("2919801833")))});
    CHECK(known.exitCode == 0);
    const Run unknown = run(f.data(),
                            {QStringLiteral("draft"), QStringLiteral("validate"),
                             f.file(QStringLiteral("b.gtoldraft"), draftJson(QStringLiteral("2919999999")))});
    CHECK(unknown.exitCode == 1);
    const QJsonArray errors =
        QJsonDocument::fromJson(unknown.out.toUtf8()).object().value(QStringLiteral("errors")).toArray();
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().toObject().value(QStringLiteral("code")).toString() == QStringLiteral("facility.unknown"));
}

TEST_CASE("draft validate knows the built-in Nara master", "[cli][draft]")
{
    Fixture f;
    const Run result = run(f.data(),
                           {QStringLiteral("draft"), QStringLiteral("validate"),
                            f.file(QStringLiteral("c.gtoldraft"), draftJson(QStringLiteral("2919999998")))});
    CHECK(result.exitCode == 1);
    const QJsonArray errors =
        QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("errors")).toArray();
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().toObject().value(QStringLiteral("code")).toString() == QStringLiteral("facility.unknown"));
    // Another prefecture: the master holds nothing for it, so the code cannot be judged unknown.
    QByteArray tokyo = draftJson(QStringLiteral("1319999998"));
    tokyo.replace("\"prefectureCode\":\"29\"", "\"prefectureCode\":\"13\"");
    const Run other = run(
        f.data(), {QStringLiteral("draft"), QStringLiteral("validate"), f.file(QStringLiteral("d.gtoldraft"), tokyo)});
    INFO(other.out);
    CHECK(other.exitCode == 0);
}

TEST_CASE("draft validate exits 2 for an unreadable file and names the file and the place", "[cli][draft]")
{
    Fixture f;
    const QString broken = f.file(QStringLiteral("broken.gtoldraft"),
                                  "{\"format\": \"gtol-onboard-draft\",\n\"version\": 1,\n\"application\": {\n");
    Run result = run(f.data(), {QStringLiteral("draft"), QStringLiteral("validate"), broken});
    CHECK(result.exitCode == 2);
    CHECK(result.out.isEmpty());
    CHECK(result.err.contains(QStringLiteral("broken.gtoldraft")));
    CHECK(result.err.contains(QStringLiteral("line 3")));

    const QString typed =
        f.file(QStringLiteral("typed.gtoldraft"),
               R"({"format":"gtol-onboard-draft","version":1,"application":{"facilityPhone":742221101}})");
    result = run(f.data(), {QStringLiteral("draft"), QStringLiteral("validate"), typed});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("typed.gtoldraft")));
    CHECK(result.err.contains(QStringLiteral("application.facilityPhone: expected a string")));

    result =
        run(f.data(),
            {QStringLiteral("draft"), QStringLiteral("validate"), f.dir.filePath(QStringLiteral("missing.gtoldraft"))});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("missing.gtoldraft")));
}

TEST_CASE("draft import makes a new draft each time and list and export show it", "[cli][draft]")
{
    Fixture f;
    const QString source = f.file(QStringLiteral("in.gtoldraft"), draftJson(QStringLiteral("2919801833")));
    const Run first = run(f.data(), {QStringLiteral("draft"), QStringLiteral("import"), source});
    INFO(first.err);
    REQUIRE(first.exitCode == 0);
    const Run second = run(f.data(), {QStringLiteral("draft"), QStringLiteral("import"), source});
    REQUIRE(second.exitCode == 0);
    const qint64 firstId = first.out.trimmed().toLongLong();
    const qint64 secondId = second.out.trimmed().toLongLong();
    CHECK(firstId > 0);
    CHECK(secondId > firstId);

    const Run list = run(f.data(), {QStringLiteral("draft"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    const QStringList lines = listLines(list);
    REQUIRE(lines.size() == 2);
    const QStringList columns = lines.first().split(u'\t');
    REQUIRE(columns.size() == 3);
    CHECK(columns[0].toLongLong() == secondId); // most recently updated first
    CHECK(QDateTime::fromString(columns[1], Qt::ISODate).isValid());
    CHECK(columns[2] == QStringLiteral("奈良県立医科大学附属病院")); // from the built-in Nara master

    const QString exported = f.dir.filePath(QStringLiteral("out.gtoldraft"));
    const Run exportRun =
        run(f.data(), {QStringLiteral("draft"), QStringLiteral("export"), QString::number(firstId), exported});
    INFO(exportRun.err);
    REQUIRE(exportRun.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(fileBytes(exported)).object();
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("gtol-onboard-draft"));
    CHECK(root.value(QStringLiteral("version")).toInt() == 1);
    const QJsonObject application = root.value(QStringLiteral("application")).toObject();
    CHECK(application.value(QStringLiteral("facilityPhone")).toString()
          == QStringLiteral("0742221101")); // stored normalised
    CHECK(application.value(QStringLiteral("managerNameKana")).toString() == QStringLiteral("インチョウ　タロウ"));
    CHECK(root.value(QStringLiteral("meta")).toObject().value(QStringLiteral("note")).toString()
          == QStringLiteral("本院"));

    // The exported file is valid and imports again.
    CHECK(run(f.data(), {QStringLiteral("draft"), QStringLiteral("validate"), exported}).exitCode == 0);
    CHECK(run(f.data(), {QStringLiteral("draft"), QStringLiteral("import"), exported}).exitCode == 0);
    CHECK(listLines(run(f.data(), {QStringLiteral("draft"), QStringLiteral("list")})).size() == 3);
}

TEST_CASE("draft import of an incomplete file imports it and says what is left to do", "[cli][draft]")
{
    Fixture f;
    const Run result =
        run(f.data(),
            {QStringLiteral("draft"), QStringLiteral("import"),
             f.file(QStringLiteral("part.gtoldraft"),
                    R"({"format":"gtol-onboard-draft","version":1,"application":{"prefectureCode":"２９"}})")});
    CHECK(result.exitCode == 0);
    const qint64 id = result.out.trimmed().toLongLong();
    CHECK(id > 0);
    CHECK(result.err.contains(QStringLiteral("Imported as draft %1").arg(id)));
    CHECK(result.err.contains(QStringLiteral("facilityCode: ")));
    CHECK_FALSE(result.err.contains(QStringLiteral("prefectureCode: ")));
}

TEST_CASE("draft --help prints the usage and exits 0", "[cli][draft]")
{
    Fixture f;
    const Run help = run(f.data(), {QStringLiteral("draft"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("draft validate FILE")));
    CHECK(help.out.contains(QStringLiteral("draft list")));
}

TEST_CASE("draft import of a bad file changes nothing", "[cli][draft]")
{
    Fixture f;
    const Run result = run(f.data(),
                           {QStringLiteral("draft"), QStringLiteral("import"),
                            f.file(QStringLiteral("x.gtoldraft"),
                                   R"({"format":"gtol-onboard-draft","version":1,"application":{"email":1}})")});
    CHECK(result.exitCode == 2);
    CHECK(result.out.isEmpty());
    CHECK(result.err.contains(QStringLiteral("application.email")));
    const Run list = run(f.data(), {QStringLiteral("draft"), QStringLiteral("list")});
    CHECK(list.exitCode == 0);
    CHECK(list.out.isEmpty());
}

TEST_CASE("draft export of an unknown or malformed id fails clearly", "[cli][draft]")
{
    Fixture f;
    const QString target = f.dir.filePath(QStringLiteral("out.gtoldraft"));
    Run result = run(f.data(), {QStringLiteral("draft"), QStringLiteral("export"), QStringLiteral("7"), target});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("7")));
    CHECK_FALSE(QFileInfo::exists(target));
    result = run(f.data(), {QStringLiteral("draft"), QStringLiteral("export"), QStringLiteral("seven"), target});
    CHECK(result.exitCode == 2);
    result = run(f.data(), {QStringLiteral("draft"), QStringLiteral("frobnicate")});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("draft validate")));
}

TEST_CASE("A damaged store is reported on stderr, set aside, and the command carries on", "[cli][draft]")
{
    Fixture f;
    REQUIRE(QDir().mkpath(f.data()));
    const QString storePath = LocalStore::defaultPath(f.data());
    REQUIRE(writeFile(storePath, "this is not a database, just text\n"));
    const Run result = run(f.data(), {QStringLiteral("draft"), QStringLiteral("list")});
    CHECK(result.exitCode == 0);
    CHECK(result.err.contains(QStringLiteral("drafts.sqlite.damaged-")));
    const QStringList setAside = QDir(f.data()).entryList({QStringLiteral("drafts.sqlite.damaged-*")});
    REQUIRE(setAside.size() == 1);
    CHECK(result.err.contains(setAside.first()));
    CHECK(fileBytes(QDir(f.data()).filePath(setAside.first())) == "this is not a database, just text\n");
    // The fresh store works.
    const Run imported = run(f.data(),
                             {QStringLiteral("draft"), QStringLiteral("import"),
                              f.file(QStringLiteral("in.gtoldraft"), draftJson(QStringLiteral("2919801833")))});
    CHECK(imported.exitCode == 0);
    CHECK(imported.err.isEmpty());
}

TEST_CASE("gtol-onboard --help is in Japanese by default and in English with --lang en", "[cli]")
{
    QTemporaryDir config; // no remembered language from the wizard's menu
    auto help = [&config](const QStringList &args) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        process.setProcessEnvironment(env);
        process.start(kBinary, args);
        REQUIRE(process.waitForFinished(30000));
        CHECK(process.exitCode() == 0);
        return QString::fromUtf8(process.readAllStandardOutput());
    };
    const QString japanese = help({QStringLiteral("--help")});
    CHECK(japanese.contains(QString::fromUtf8("GTOL 利用準備アシスタント")));
    CHECK_FALSE(japanese.contains(QStringLiteral("User interface language")));
    const QString japaneseAgain = help({QStringLiteral("--lang=ja"), QStringLiteral("--help")});
    CHECK(japaneseAgain == japanese);
    const QString english = help({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    CHECK(english.contains(QStringLiteral("GTOL Onboarding Assistant")));
    CHECK(english.contains(QStringLiteral("User interface language")));
}

TEST_CASE("An unknown option is reported on a machine without a display, not a crash", "[cli]")
{
    // Over SSH there is no display; a mistyped option must get the usage error, not Qt's abort
    // for a missing window system.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(kBinary, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dri"),
                            QStringLiteral("/tmp")});
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 1);
    CHECK(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("data-dri")));
}

TEST_CASE("draft validate of a piped file over the size limit says it is too large", "[cli][draft]")
{
    // A pipe has no size to check up front: the limit must hold for what is read, too.
    Fixture f;
    QProcess process;
    process.start(kBinary, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"), f.data(),
                            QStringLiteral("draft"), QStringLiteral("validate"), QStringLiteral("/dev/stdin")});
    REQUIRE(process.waitForStarted());
    process.write(QByteArray(2 * 1024 * 1024, ' ') + draftJson(QStringLiteral("2919801833")));
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(30000));
    CHECK(process.exitCode() == 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    INFO(err.toStdString());
    CHECK(err.contains(QStringLiteral("too large")));
}
