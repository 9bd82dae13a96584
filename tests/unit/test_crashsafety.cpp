#include "catch.h"

#include "store/draftstore.h"
#include "store/localstore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

using namespace gtol;

namespace {

const QString kChild = QStringLiteral(GTOL_CRASHCHILD);

// The highest N of the "saved N" lines, -1 when none.
qint64 lastSaved(const QByteArray &output)
{
    static const QRegularExpression line(QStringLiteral("^saved (\\d+)$"), QRegularExpression::MultilineOption);
    qint64 last = -1;
    for (const QRegularExpressionMatch &match : line.globalMatch(QString::fromUtf8(output)))
        last = std::max(last, match.captured(1).toLongLong());
    return last;
}

// Opens the store as the app would and checks that the draft noted `key` holds every edit up to
// `saved` (edit N wrote N into field N % FieldCount), and nothing the child never made. Returns
// the number of edits the store holds.
qint64 requireEditsKept(const QString &path, const QString &key, qint64 saved)
{
    LocalStore store;
    Result<LocalStore::OpenOutcome> outcome = store.open(path);
    INFO((outcome.ok() ? QString() : outcome.error().fullText()));
    REQUIRE(outcome.ok());
    REQUIRE_FALSE(outcome->damagedFileMovedTo.has_value()); // opens clean: nothing set aside
    REQUIRE(store.database().queryValue(u"PRAGMA integrity_check")->toString() == QStringLiteral("ok"));
    DraftStore drafts(store);
    Result<QList<DraftSummary>> list = drafts.list();
    REQUIRE(list.ok());
    std::optional<Draft> found;
    for (const DraftSummary &summary : list.value()) {
        Result<Draft> draft = drafts.load(summary.id);
        REQUIRE(draft.ok());
        if (draft->meta.value(QStringLiteral("note")).toString() == key)
            found = draft.value();
    }
    if (saved < 0)
        return 0; // the child may have died before its draft existed
    REQUIRE(found.has_value());
    qint64 highest = -1;
    int index = 0;
    for (ApplicationForm::Field field : ApplicationForm::allFields()) {
        INFO("field " << ApplicationForm::key(field).toStdString() << " saved " << saved);
        // The last edit reported saved for this field ...
        qint64 expected = saved
            - ((saved - index) % ApplicationForm::FieldCount + ApplicationForm::FieldCount)
                % ApplicationForm::FieldCount;
        const QString value = found->form.value(field);
        if (expected < 0) {
            ++index;
            continue;
        }
        REQUIRE_FALSE(value.isEmpty());
        const qint64 stored = value.toLongLong();
        CHECK(stored % ApplicationForm::FieldCount == index);
        CHECK(stored >= expected); // ... is there (or a later one),
        CHECK(stored <= saved + 1); // and at most the one edit in flight when killed.
        highest = std::max(highest, stored);
        ++index;
    }
    return highest + 1;
}

} // namespace

TEST_CASE("Edits reported saved survive SIGKILL at random moments", "[store][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drafts.sqlite"));
    const int iterations =
        qEnvironmentVariableIsSet("GTOL_CRASH_ITERATIONS") ? qEnvironmentVariableIntValue("GTOL_CRASH_ITERATIONS") : 50;
    qint64 saved = -1;
    int killedWhileEditing = 0;
    for (int i = 0; i < iterations; ++i) {
        QProcess child;
        child.start(kChild, {path, QStringLiteral("crash")});
        REQUIRE(child.waitForStarted());
        // Sometimes during start-up (opening, migrating); mostly once edits are under way, so a
        // slow machine does not turn every kill into a start-up kill.
        if (i % 5 != 0)
            child.waitForReadyRead(10000);
        QThread::msleep(QRandomGenerator::global()->bounded(i % 5 == 0 ? 40 : 100));
        child.kill(); // SIGKILL on Unix
        REQUIRE(child.waitForFinished(10000));
        INFO(child.readAllStandardError().toStdString());
        const qint64 reported = lastSaved(child.readAllStandardOutput());
        if (child.exitStatus() == QProcess::NormalExit)
            REQUIRE(child.exitCode() == 0); // never an error before the kill
        if (reported > saved) {
            saved = reported;
            ++killedWhileEditing;
        }
        const qint64 held = requireEditsKept(path, QStringLiteral("crash"), saved);
        saved = std::max(saved, held - 1);
    }
    CHECK(killedWhileEditing > iterations / 3); // the kills did land among edits
}

TEST_CASE("Two processes editing the same store at once both keep every edit", "[store][concurrency]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("drafts.sqlite"));
    constexpr int edits = 150;
    QProcess first;
    QProcess second;
    first.start(kChild, {path, QStringLiteral("first"), QString::number(edits)});
    second.start(kChild, {path, QStringLiteral("second"), QString::number(edits)});
    REQUIRE(first.waitForFinished(60000));
    REQUIRE(second.waitForFinished(60000));
    INFO(first.readAllStandardError().toStdString() << second.readAllStandardError().toStdString());
    REQUIRE(first.exitStatus() == QProcess::NormalExit);
    REQUIRE(first.exitCode() == 0);
    REQUIRE(second.exitStatus() == QProcess::NormalExit);
    REQUIRE(second.exitCode() == 0);
    CHECK(lastSaved(first.readAllStandardOutput()) == edits - 1);
    CHECK(lastSaved(second.readAllStandardOutput()) == edits - 1);
    CHECK(requireEditsKept(path, QStringLiteral("first"), edits - 1) == edits);
    CHECK(requireEditsKept(path, QStringLiteral("second"), edits - 1) == edits);
}

TEST_CASE("Processes creating the same new store at the same moment never set it aside", "[store][concurrency]")
{
    for (int round = 0; round < 8; ++round) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drafts.sqlite"));
        std::array<QProcess, 4> children;
        for (std::size_t i = 0; i < children.size(); ++i)
            children[i].start(kChild, {path, QStringLiteral("p%1").arg(i), QStringLiteral("3")});
        for (QProcess &child : children) {
            REQUIRE(child.waitForFinished(60000));
            INFO(child.readAllStandardError().toStdString()); // "store was set aside: ..." on failure
            CHECK(child.exitStatus() == QProcess::NormalExit);
            CHECK(child.exitCode() == 0);
        }
        for (std::size_t i = 0; i < children.size(); ++i)
            CHECK(requireEditsKept(path, QStringLiteral("p%1").arg(i), 2) == 3);
    }
}
