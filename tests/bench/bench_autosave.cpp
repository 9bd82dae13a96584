// bench-autosave [DIR] [COUNT]: the time of one field edit committed to a real store file
// (DraftStore::saveField: BEGIN IMMEDIATE, update, revision, prune, COMMIT with synchronous=FULL),
// the wizard's autosave hot path. Prints p50/p99/max in microseconds. DIR: where the temporary
// store goes (default: the system temp folder; it must be a real disk, not tmpfs, to mean much).
#include "store/draftstore.h"
#include "store/localstore.h"
#include "store/sqlitedatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace gtol;

namespace {

double percentile(const std::vector<qint64> &sorted, double p)
{
    const std::size_t index = std::min(sorted.size() - 1, std::size_t(p * double(sorted.size() - 1) + 0.5));
    return double(sorted[index]) / 1000.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString base = args.size() > 1 ? args.at(1) : QDir::tempPath();
    const int count = args.size() > 2 ? args.at(2).toInt() : 2000;

    QTemporaryDir dir(QDir(base).filePath(QStringLiteral("bench-autosave-XXXXXX")));
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a folder in %s\n", qPrintable(base));
        return 2;
    }
    LocalStore store;
    if (auto opened = store.open(dir.filePath(QStringLiteral("drafts.sqlite"))); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().fullText()));
        return 2;
    }
    DraftStore drafts(store);
    Result<qint64> id = drafts.create();
    if (!id) {
        std::fprintf(stderr, "%s\n", qPrintable(id.error().fullText()));
        return 2;
    }

    const QString typed = QStringLiteral("築地　花子　医事課主任　奈良県立医科大学附属病院");
    const auto &fields = ApplicationForm::allFields();
    // Typing: one character more each time, 20 edits a field, round the fields.
    auto measure = [&](std::vector<qint64> &out) -> bool {
        out.reserve(std::size_t(count));
        QElapsedTimer timer;
        for (int i = -50; i < count; ++i) { // the first 50 warm up (statements, page cache)
            const ApplicationForm::Field field = fields[std::size_t((i + 50) / 20 % ApplicationForm::FieldCount)];
            const QString value = typed.left(1 + (i + 50) % typed.size());
            timer.start();
            Status saved = drafts.saveField(id.value(), field, value);
            const qint64 elapsed = timer.nsecsElapsed();
            if (!saved) {
                std::fprintf(stderr, "%s\n", qPrintable(saved.error().fullText()));
                return false;
            }
            if (i >= 0)
                out.push_back(elapsed);
        }
        std::sort(out.begin(), out.end());
        return true;
    };
    std::vector<qint64> samples;
    if (!measure(samples))
        return 1;
    // Our own work without the disk flush, for comparison only (never how the app runs).
    std::vector<qint64> noSync;
    if (!store.database().execute(u"PRAGMA synchronous=OFF").ok() || !measure(noSync))
        return 1;
    (void)store.database().execute(u"PRAGMA synchronous=FULL");
    QElapsedTimer timer;

    // The floor on this disk: the smallest durable commit SQLite can make (one integer updated in
    // a one-row table, same PRAGMAs). The difference to the figures above is our own cost.
    SqliteDatabase floorDb;
    std::vector<qint64> floor;
    floor.reserve(samples.size());
    if (floorDb.open(dir.filePath(QStringLiteral("floor.sqlite"))).ok()
        && floorDb.queryValue(u"PRAGMA journal_mode=WAL").ok()
        && floorDb.execute(u"PRAGMA synchronous=FULL; CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (0);").ok()) {
        Result<SqliteStatement> update = floorDb.prepare(u"UPDATE t SET x = x + 1");
        for (int i = -50; update && i < count; ++i) {
            timer.start();
            SqliteTransaction transaction(floorDb);
            if (!update.value().exec() || !transaction.commit())
                break;
            if (i >= 0)
                floor.push_back(timer.nsecsElapsed());
        }
    }
    std::sort(floor.begin(), floor.end());

    std::printf("BENCH autosave.p50_us %.1f us\n", percentile(samples, 0.50));
    std::printf("BENCH autosave.p99_us %.1f us\n", percentile(samples, 0.99));
    std::printf("BENCH autosave.max_us %.1f us\n", double(samples.back()) / 1000.0);
    if (!floor.empty()) {
        std::printf("BENCH autosave.floor_commit_p50_us %.1f us\n", percentile(floor, 0.50));
        std::printf("BENCH autosave.floor_commit_p99_us %.1f us\n", percentile(floor, 0.99));
    }
    std::printf("BENCH autosave.nosync_p50_us %.1f us\n", percentile(noSync, 0.50));
    std::printf("BENCH autosave.nosync_p99_us %.1f us\n", percentile(noSync, 0.99));
    std::printf("BENCH autosave.samples %d count\n", count);
    return 0;
}
