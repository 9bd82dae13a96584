#include "guiapp.h"

#include <QApplication>
#include <QTimer>
#include <QWizard>

namespace gtol {

std::unique_ptr<QCoreApplication> createGuiApplication(int &argc, char **argv)
{
    return std::make_unique<QApplication>(argc, argv);
}

int runWizard(QCoreApplication &app, const AppOptions &options)
{
    QWizard wizard;
    wizard.show();
    if (options.quitAfterShow)
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}

} // namespace gtol
