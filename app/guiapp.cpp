#include "guiapp.h"

#include "checks/checkrunner.h"
#include "model/deploymentprofile.h"
#include "onboardingcontroller.h"
#include "onboardingwizard.h"
#include "store/facilityindex.h"
#include "store/localstore.h"
#include "sync/backendconnection.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace gtol {

namespace {

// Runs a callback once, after the first paint of a window has been processed. Watching the
// application catches the paint of whichever widget of the window is painted first.
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, std::function<void()> callback)
        : QObject(window)
        , m_window(window)
        , m_callback(std::move(callback))
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_fired && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_fired = true;
            qApp->removeEventFilter(this);
            // Queued: the rest of this paint pass completes first.
            QTimer::singleShot(0, m_window, m_callback);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    std::function<void()> m_callback;
    bool m_fired = false;
};

} // namespace

std::unique_ptr<QCoreApplication> createGuiApplication(int &argc, char **argv)
{
    return std::make_unique<QApplication>(argc, argv);
}

int runWizard(QCoreApplication &app, const AppOptions &options)
{
    if (options.language == u"ja") {
        // Name the platforms' Japanese UI fonts first: text is then laid out in one font instead
        // of a Latin default with a per-character fallback search, which looks uneven and was
        // most of the start-up time on Linux. Only installed families are named: for a missing
        // one Qt asks fontconfig for a sorted fallback list (for every weight and script), which
        // cost more than the rest of the font set-up.
        const QStringList installed = QFontDatabase::families();
        QStringList families;
        for (const QString &family : {QStringLiteral("Yu Gothic UI"), QStringLiteral("Meiryo UI"),
                                      QStringLiteral("Hiragino Sans"), QStringLiteral("Noto Sans CJK JP")}) {
            if (installed.contains(family, Qt::CaseInsensitive))
                families.append(family);
        }
        if (!families.isEmpty()) {
            QFont font = QApplication::font();
            families.append(font.family());
            font.setFamilies(families);
            QApplication::setFont(font);
        }
    }
    // The store's schema needs FTS5 (facility search); some SQLite builds lack it.
    if (Status features = FacilityIndex::checkSqliteFeatures(); !features) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("guiapp", "GTOL Onboarding Assistant"),
                              features.error().fullText());
        return 1;
    }
    const QString path = LocalStore::defaultPath(options.dataDir);
    QDir().mkpath(QFileInfo(path).absolutePath());
    LocalStore store;
    const auto opened = store.open(path);
    if (!opened.ok()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("guiapp", "GTOL Onboarding Assistant"),
                              QCoreApplication::translate("guiapp", "The draft store could not be opened: %1\n\n"
                                                                    "Ask your IT staff to check the folder %2.")
                                  .arg(opened.error().message, QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        return 1;
    }

    OnboardingController controller(store);
    controller.openLatestDraft();
    OnboardingWizard wizard(controller);
    // The self-check's hosts, gateway and CA come from the deployment profile, never from code.
    const auto profile = DeploymentProfile::load(options.profilePath);
    std::optional<QString> profileProblem;
    std::optional<QString> backendProblem;
    // The backend (Steps 1-3): made before the pages are restored, so their requests are answered.
    std::unique_ptr<BackendConnection> backend;
    if (profile.ok()) {
        const DeploymentProfile loaded = profile.value();
        wizard.useRequirementsCheck([loaded](QObject *parent) { return new CheckRunner(loaded, parent); });
        if (loaded.backendUrl.isValid()) {
            auto connection = BackendConnection::create(controller, store, loaded);
            if (connection.ok()) {
                backend = std::move(connection).value();
                backend->attach(wizard);
            } else {
                backendProblem = connection.error().fullText();
            }
        }
    } else {
        profileProblem = profile.error().fullText();
    }
    wizard.show();
    wizard.restoreSavedPage();

    if (options.quitAfterShow) {
        new FirstPaintWatcher(&wizard, [&app] { app.quit(); });
        // Never hang a measurement if no paint arrives (a platform without windows).
        QTimer::singleShot(10000, &app, &QCoreApplication::quit);
        return app.exec();
    }

    const LocalStore::OpenOutcome outcome = opened.value();
    BackendConnection *backendConnection = backend.get();
    new FirstPaintWatcher(&wizard, [&controller, &wizard, backendConnection, outcome, profileProblem, backendProblem] {
        if (backendProblem) {
            auto *box = new QMessageBox(QMessageBox::Warning,
                                        QCoreApplication::translate("guiapp", "Connection to the service"),
                                        QCoreApplication::translate("guiapp",
                                            "The connection to the service could not be set up: %1\n\n"
                                            "You can go on: everything is saved on this PC. Ask your IT staff to "
                                            "check the deployment profile.").arg(*backendProblem),
                                        QMessageBox::Ok, &wizard);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        if (profileProblem) {
            auto *box = new QMessageBox(QMessageBox::Warning,
                                        QCoreApplication::translate("guiapp", "Deployment profile"),
                                        QCoreApplication::translate("guiapp",
                                            "The deployment profile could not be read, so the requirements "
                                            "self-check is not available: %1").arg(*profileProblem),
                                        QMessageBox::Ok, &wizard);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        if (outcome.damagedFileMovedTo) {
            auto *box = new QMessageBox(QMessageBox::Warning,
                                        QCoreApplication::translate("guiapp", "Saved data was damaged"),
                                        QCoreApplication::translate("guiapp",
                                            "The file with your saved drafts was damaged and could not be used. "
                                            "It has been set aside, and a new empty store was created.\n\n"
                                            "Reason: %1\nThe damaged file is kept at: %2\n\n"
                                            "Your IT staff or the support desk may be able to recover it.")
                                            .arg(outcome.damageReason,
                                                 QDir::toNativeSeparators(*outcome.damagedFileMovedTo)),
                                        QMessageBox::Ok, &wizard);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        // The facility master is imported once, after the first page is on screen, then brought up
        // to date from the backend.
        QTimer::singleShot(0, &controller, [&controller, backendConnection] {
            controller.ensureFacilityMaster();
            if (backendConnection)
                backendConnection->refreshFacilityMasterOfDraft();
        });
    });
    return app.exec();
}

} // namespace gtol
