// Bounded, seeded mutation tests of everything that reads outside input on the client: draft
// files and facility CSVs. Whatever the bytes, the reader must answer with a value or a located
// error and never crash, hang or half-import. The seed is printed on failure and can be set with
// GTOL_FUZZ_SEED; GTOL_FUZZ_ITERATIONS scales the work (CI keeps it short).
#include "catch.h"

#include "session/draftfile.h"
#include "store/facilityindex.h"
#include "store/localstore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

namespace {

quint32 fuzzSeed()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("GTOL_FUZZ_SEED").toUInt(&ok);
    return ok ? seed : 20261128u;
}

int iterations(int defaultCount)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("GTOL_FUZZ_ITERATIONS", &ok);
    return ok && n > 0 ? n : defaultCount;
}

// One random edit of the kinds that break parsers: flip a bit, cut the tail, duplicate a slice,
// insert structural bytes or multi-byte UTF-8 (possibly split), delete a slice.
QByteArray mutate(QByteArray bytes, QRandomGenerator &rng)
{
    static const QList<QByteArray> inserts{
        "{", "}", "[", "]", "\"", ",", ":", "\\", "\\u00", "null", "1e999", "-0", "\xe3\x81",
        "\xe3\x81\x82", "\xff\xfe", QByteArray(1, '\0'), "\r\n", "\"version\":2", "\"application\":[]",
        "\"format\":\"x\"", "\xef\xbc\x91", "\xf0\x9f\x98\x80"};
    if (bytes.isEmpty())
        return inserts.at(rng.bounded(inserts.size()));
    const qsizetype at = rng.bounded(bytes.size());
    switch (rng.bounded(6)) {
    case 0:
        bytes[at] = char(bytes.at(at) ^ (1 << rng.bounded(8)));
        break;
    case 1:
        bytes.truncate(at);
        break;
    case 2:
        bytes.insert(at, bytes.mid(rng.bounded(bytes.size()), rng.bounded(32)));
        break;
    case 3:
        bytes.insert(at, inserts.at(rng.bounded(inserts.size())));
        break;
    case 4:
        bytes.remove(at, rng.bounded(16));
        break;
    default:
        bytes.replace(at, 1, QByteArray(1, char(rng.bounded(256))));
        break;
    }
    return bytes;
}

QByteArray validDraft()
{
    gtol::DraftDocument document;
    using F = gtol::ApplicationForm::Field;
    document.application.setValue(F::Email, QStringLiteral("jimu@clinic.example.jp"));
    document.application.setValue(F::PrefectureCode, QStringLiteral("29"));
    document.application.setValue(F::FacilityCode, QStringLiteral("2910101043"));
    document.application.setValue(F::ManagerName, QStringLiteral("坪村　太郎"));
    document.application.setValue(F::ManagerNameKana, QStringLiteral("ツボムラ　タロウ"));
    document.application.setValue(F::FacilityPhone, QStringLiteral("0742123456"));
    document.meta.insert(QStringLiteral("note"), QStringLiteral("IT 担当が作成"));
    return gtol::DraftFile::toJson(document);
}

} // namespace

TEST_CASE("Mutated draft files are accepted or rejected with a located message, never a crash", "[fuzz]")
{
    const quint32 seed = fuzzSeed();
    INFO("GTOL_FUZZ_SEED=" << seed);
    QRandomGenerator rng(seed);
    const QByteArray original = validDraft();
    REQUIRE(gtol::DraftFile::parse(original, QStringLiteral("seed.gtoldraft")).ok());

    int rejected = 0;
    const int count = iterations(3000);
    for (int i = 0; i < count; ++i) {
        QByteArray bytes = original;
        const int edits = 1 + int(rng.bounded(4));
        for (int e = 0; e < edits; ++e)
            bytes = mutate(bytes, rng);
        const auto result = gtol::DraftFile::parse(bytes, QStringLiteral("case.gtoldraft"));
        if (result.ok()) {
            // Whatever was accepted can be validated and written back to the same content.
            const auto validation = gtol::DraftFile::validate(result.value());
            const auto again = gtol::DraftFile::parse(gtol::DraftFile::toJson(result.value()), QStringLiteral("again"));
            REQUIRE(again.ok());
            CHECK(again.value().application == result.value().application);
            (void)validation;
        } else {
            ++rejected;
            INFO("input: " << bytes.toStdString());
            REQUIRE_FALSE(result.error().code.isEmpty());
            // The message names the file, so a clerk with several files knows which one broke.
            REQUIRE(result.error().fullText().contains(QStringLiteral("case.gtoldraft")));
        }
    }
    // The mutations must actually reach the error paths, or this test proves nothing.
    CHECK(rejected > count / 4);
}

TEST_CASE("A mutated facility CSV is imported whole or not at all", "[fuzz]")
{
    const quint32 seed = fuzzSeed();
    INFO("GTOL_FUZZ_SEED=" << seed);
    QRandomGenerator rng(seed);

    QFile nara(QStringLiteral(":/gtol/data/facilities-nara-202508.csv"));
    REQUIRE(nara.open(QIODevice::ReadOnly));
    // A small slice keeps each import fast; the mutations land anywhere in it.
    const QList<QByteArray> lines = nara.readAll().split('\n').mid(0, 41);
    const QByteArray original = lines.join('\n') + '\n';

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    gtol::LocalStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("fuzz.sqlite"))).ok());
    gtol::FacilityIndex index(store);

    const QString csvPath = dir.filePath(QStringLiteral("master.csv"));
    auto writeCsv = [&csvPath](const QByteArray &bytes) {
        QFile file(csvPath);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    };
    writeCsv(original);
    const auto first = index.importCsv(csvPath);
    REQUIRE(first.ok());
    REQUIRE(first.value().imported == 40);

    const int count = iterations(3000) / 15;
    for (int i = 0; i < count; ++i) {
        const qint64 before = index.count().value();
        QByteArray bytes = original;
        const int edits = 1 + int(rng.bounded(3));
        for (int e = 0; e < edits; ++e)
            bytes = mutate(bytes, rng);
        writeCsv(bytes);
        const auto report = index.importCsv(csvPath);
        const qint64 after = index.count().value();
        INFO("input: " << bytes.toStdString());
        if (report.ok()) {
            // Every line is either imported or rejected with its line number; nothing vanishes.
            CHECK(report.value().imported + report.value().rejected.size() <= report.value().rowsRead);
            CHECK(after >= 0);
        } else {
            CHECK_FALSE(report.error().message.isEmpty());
            CHECK(after == before); // a failed import changes nothing
        }
    }
}
