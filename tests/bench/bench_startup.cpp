// Start-up of gtol-onboard against the bare-QWizard floor, measured in one run so the ratio is
// meaningful on a shared machine: both are started alternately N times (default 15) with
// --quit-after-show and their wall-clock medians compared. Goal: ratio <= 1.3.
//
//   bench-startup [--runs N] [GTOL_ONBOARD BENCH_BARE_WIZARD]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace {
double runOnceMs(const QString &program, const QStringList &args)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        QTextStream(stderr) << program << " failed: " << process.readAllStandardError() << Qt::endl;
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 15;
    if (args.size() >= 2 && args.first() == u"--runs") {
        runs = args.at(1).toInt();
        args = args.mid(2);
    }
    const QString dir = QCoreApplication::applicationDirPath();
    const QString gtol = args.value(0, dir + QStringLiteral("/../../app/gtol-onboard"));
    const QString bare = args.value(1, dir + QStringLiteral("/bench-bare-wizard"));
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QTemporaryDir data;
    const QStringList gtolArgs{QStringLiteral("--quit-after-show"), QStringLiteral("--data-dir"), data.path()};
    const QStringList bareArgs{QStringLiteral("--quit-after-show")};
    // Warm-up: the first start creates the store. A clerk's first start then loads the bundled
    // facility master after its first paint, which --quit-after-show does not wait for; a facility
    // search does it here, so every measured start opens (and checks) a store of the real size.
    const QStringList loadMaster{QStringLiteral("--data-dir"), data.path(), QStringLiteral("facility"),
                                 QStringLiteral("search"), QStringLiteral("--prefecture"), QStringLiteral("29"),
                                 QStringLiteral("奈良")};
    if (runOnceMs(gtol, gtolArgs) < 0 || runOnceMs(gtol, loadMaster) < 0 || runOnceMs(bare, bareArgs) < 0)
        return 1;

    // A second reference: the bare wizard showing a little Japanese in the Japanese UI font, to
    // tell the cost of any Japanese first page from gtol-onboard's own (see bench_bare_wizard.cpp).
    const QStringList japaneseArgs{QStringLiteral("--quit-after-show"), QStringLiteral("--japanese")};
    QList<double> gtolTimes, bareTimes, japaneseTimes;
    for (int i = 0; i < runs; ++i) {
        bareTimes.append(runOnceMs(bare, bareArgs));
        gtolTimes.append(runOnceMs(gtol, gtolArgs));
        japaneseTimes.append(runOnceMs(bare, japaneseArgs));
    }
    const double bareMs = median(bareTimes);
    const double gtolMs = median(gtolTimes);
    const double japaneseMs = median(japaneseTimes);
    std::printf("BENCH startup.bare_wizard_ms %.1f ms\n", bareMs);
    std::printf("BENCH startup.bare_wizard_japanese_ms %.1f ms\n", japaneseMs);
    std::printf("BENCH startup.gtol_onboard_ms %.1f ms\n", gtolMs);
    std::printf("BENCH startup.ratio %.2f x\n", bareMs > 0 ? gtolMs / bareMs : 0.0);
    std::printf("BENCH startup.ratio_to_japanese_wizard %.2f x\n", japaneseMs > 0 ? gtolMs / japaneseMs : 0.0);
    return 0;
}
