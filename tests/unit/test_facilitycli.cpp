// `gtol-onboard facility search|import`, run as the real binary with its own data folder.
#include "catch.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

struct Cli
{
    QTemporaryDir dir;

    Run run(const QStringList &args) const
    {
        QProcess process;
        process.setProgram(QStringLiteral(GTOL_BINARY_DIR "/app/gtol-onboard"));
        process.setArguments(QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"),
                                         dir.path(), QStringLiteral("facility")}
                             + args);
        process.start();
        REQUIRE(process.waitForFinished(60000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }
};

QStringList lines(const QString &text)
{
    QStringList result = text.split(u'\n');
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

} // namespace

TEST_CASE("facility search prints code, name and address a line, best first, exit 0", "[facility][cli]")
{
    Cli cli;
    REQUIRE(cli.dir.isValid());
    // A fresh store gets the built-in Nara list.
    const Run run = cli.run({QStringLiteral("search"), QStringLiteral("--prefecture"), QStringLiteral("29"),
                             QStringLiteral("--limit"), QStringLiteral("5"), s("柳生")});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    const QStringList out = lines(run.out);
    REQUIRE_FALSE(out.isEmpty());
    CHECK(out.size() <= 5);
    CHECK(out.first() == s("2910101159\t奈良市立柳生診療所\t奈良市邑地町２７８６－１"));
    for (const QString &line : out)
        CHECK(line.split(u'\t').size() == 3);

    const Run limited = cli.run({QStringLiteral("search"), QStringLiteral("--prefecture"), QStringLiteral("29"),
                                 QStringLiteral("--limit"), QStringLiteral("3"), s("くりにっく")});
    CHECK(limited.exitCode == 0);
    CHECK(lines(limited.out).size() == 3);
}

TEST_CASE("facility search exits 1 with no match and 2 on usage errors", "[facility][cli]")
{
    Cli cli;
    const Run none = cli.run({QStringLiteral("search"), QStringLiteral("--prefecture"), QStringLiteral("29"), s("存在しない病院名")});
    CHECK(none.exitCode == 1);
    CHECK(none.out.isEmpty());

    const Run otherPrefecture = cli.run({QStringLiteral("search"), QStringLiteral("--prefecture"), QStringLiteral("13"), s("奈良")});
    CHECK(otherPrefecture.exitCode == 1);

    const QList<QStringList> usage{
        {QStringLiteral("search"), s("奈良")},                                                   // no prefecture
        {QStringLiteral("search"), QStringLiteral("--prefecture"), QStringLiteral("29")},       // no query
        {QStringLiteral("search"), QStringLiteral("--prefecture"), QStringLiteral("99"), s("奈良")},
        {QStringLiteral("search"), QStringLiteral("--prefecture"), QStringLiteral("29"), QStringLiteral("--limit"),
         QStringLiteral("0"), s("奈良")},
        {QStringLiteral("search"), QStringLiteral("--bogus"), s("奈良")},
        {QStringLiteral("frobnicate")},
        {},
        {QStringLiteral("import")},
    };
    for (const QStringList &args : usage) {
        INFO(args.join(u' ').toStdString());
        const Run run = cli.run(args);
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.isEmpty());
    }
}

TEST_CASE("facility import reports rows read, imported and rejected lines, search then uses it", "[facility][cli]")
{
    Cli cli;
    const QString path = cli.writeFile(QStringLiteral("list.csv"), QByteArray(
        "130100001,0100001,山田クリニック,1000001,千代田区１\n"
        "13010000X,010000X,悪いコード,1000001,千代田区\n"
        "130100003,0100003,田中医院,1000001,千代田区３\n"
        "130100004,0100004,,1000001,千代田区\n"));
    const Run run = cli.run({QStringLiteral("import"), path});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Rows read: 4")));
    CHECK(run.out.contains(QStringLiteral("Imported: 2")));
    CHECK(run.out.contains(QStringLiteral("Rejected: 2")));
    CHECK(run.out.contains(QStringLiteral("line 2:")));
    CHECK(run.out.contains(QStringLiteral("line 4:")));

    const Run found = cli.run({QStringLiteral("search"), QStringLiteral("--prefecture"), QStringLiteral("13"), s("やまだ")});
    CHECK(found.exitCode == 1); // no readings: kana does not find kanji
    const Run kanji = cli.run({QStringLiteral("search"), QStringLiteral("--prefecture"), QStringLiteral("13"), s("山田")});
    CHECK(kanji.exitCode == 0);
    CHECK(lines(kanji.out) == QStringList{s("1310100001\t山田クリニック\t千代田区１")});
    // The import replaced the built-in list instead of adding to it.
    const Run nara = cli.run({QStringLiteral("search"), QStringLiteral("--prefecture"), QStringLiteral("29"), s("奈良")});
    CHECK(nara.exitCode == 1);
}

TEST_CASE("facility import of a bad file changes nothing and says so", "[facility][cli]")
{
    Cli cli;
    const Run before = cli.run({QStringLiteral("search"), QStringLiteral("--prefecture"), QStringLiteral("29"), s("病院")});
    REQUIRE(before.exitCode == 0);

    const QString broken = cli.writeFile(QStringLiteral("broken.csv"),
                                         QByteArray("130100001,0100001,\"閉じない,1000001,千代田区\n"));
    const Run run = cli.run({QStringLiteral("import"), broken});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("broken.csv")));
    CHECK(run.out.isEmpty());

    const Run missing = cli.run({QStringLiteral("import"), cli.dir.filePath(QStringLiteral("missing.csv"))});
    CHECK(missing.exitCode == 1);

    const Run after = cli.run({QStringLiteral("search"), QStringLiteral("--prefecture"), QStringLiteral("29"), s("病院")});
    CHECK(after.exitCode == 0);
    CHECK(after.out == before.out);
}

TEST_CASE("facility import of a file without one valid row says which lines were rejected and why", "[facility][cli]")
{
    Cli cli;
    const QString path = cli.writeFile(QStringLiteral("all-bad.csv"), QByteArray(
        "1301000,0100001,山田クリニック,1000001,千代田区１\n"
        "130100002,0100002,,1000001,千代田区２\n"));
    const Run run = cli.run({QStringLiteral("import"), path});
    CHECK(run.exitCode == 1);
    INFO(run.err.toStdString());
    // The IT vendor must learn why nothing could be taken, not only that nothing was.
    CHECK(run.err.contains(QStringLiteral("line 1")));
    CHECK(run.err.contains(QStringLiteral("\"1301000\"")));
    CHECK(run.err.contains(QStringLiteral("Nothing was changed.")));
}

TEST_CASE("facility search keeps one match a line when the imported list has line breaks or tabs in a field",
          "[facility][cli]")
{
    Cli cli;
    // RFC 4180 allows a line break inside a quoted field; a spreadsheet writes one for a wrapped cell.
    const QString path = cli.writeFile(QStringLiteral("wrapped.csv"), QByteArray(
        "130100001,0100001,\"山田\r\nクリニック\",1000001,\"千代田区１\n２階\"\n"
        "130100002,0100002,\"山田\t医院\",1000001,千代田区２\n"));
    const Run imported = cli.run({QStringLiteral("import"), path});
    REQUIRE(imported.exitCode == 0);
    const Run found = cli.run({QStringLiteral("search"), QStringLiteral("--prefecture"), QStringLiteral("13"), s("山田")});
    CHECK(found.exitCode == 0);
    CHECK(lines(found.out) == QStringList{s("1310100002\t山田 医院\t千代田区２"),
                                          s("1310100001\t山田 クリニック\t千代田区１ ２階")});

    // "draft list" shows the facility's name from the same list: one draft a line there too.
    const QString draft = cli.writeFile(QStringLiteral("draft.json"), QByteArray(
        R"({"format":"gtol-onboard-draft","version":1,"application":{"facilityCode":"1310100001"}})"));
    QProcess process;
    process.start(QStringLiteral(GTOL_BINARY_DIR "/app/gtol-onboard"),
                  {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"), cli.dir.path(),
                   QStringLiteral("draft"), QStringLiteral("import"), draft});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    process.start(QStringLiteral(GTOL_BINARY_DIR "/app/gtol-onboard"),
                  {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"), cli.dir.path(),
                   QStringLiteral("draft"), QStringLiteral("list")});
    REQUIRE(process.waitForFinished(60000));
    const QStringList listed = lines(QString::fromUtf8(process.readAllStandardOutput()));
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().endsWith(s("\t山田 クリニック")));
}

TEST_CASE("facility search in a prefecture the list does not cover says so instead of just finding nothing",
          "[facility][cli]")
{
    Cli cli;
    // A fresh store holds the built-in Nara list only: Tokyo is not "no match", it is not loaded.
    const Run tokyo = cli.run({QStringLiteral("search"), QStringLiteral("--prefecture"), QStringLiteral("13"), s("山田")});
    CHECK(tokyo.exitCode == 1);
    CHECK(tokyo.out.isEmpty());
    INFO(tokyo.err.toStdString());
    CHECK(tokyo.err.contains(QStringLiteral("facility import")));
    // A real "no match" in a covered prefecture stays quiet.
    const Run nara = cli.run({QStringLiteral("search"), QStringLiteral("--prefecture"), QStringLiteral("29"), s("存在しない病院名")});
    CHECK(nara.exitCode == 1);
    CHECK(nara.err.isEmpty());
}
