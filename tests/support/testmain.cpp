// Our own Catch2 main: tests need a Qt application object (QCoreApplication for core and server
// tests, QApplication for widget tests). catch_discover_tests runs the binaries at build time
// with no display, so the offscreen platform is chosen here when none is set.
// v2 compiles its implementation into the one file that defines CATCH_CONFIG_RUNNER; v3 ignores it.
#define CATCH_CONFIG_RUNNER
#include "catch.h"

#ifdef GTOL_TEST_GUI
#include <QApplication>
#else
#include <QCoreApplication>
#endif
#include <QStandardPaths>

int main(int argc, char *argv[])
{
#ifdef GTOL_TEST_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("gtol-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("gtol-onboard-tests"));
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
