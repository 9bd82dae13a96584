#pragma once

#include <QPointer>
#include <QWizard>

#include <functional>

class QAction;
class QMessageBox;

namespace gtol {

class CheckRunner;
class OnboardingController;
class StepProgress;

// The clerk's wizard: one page class per step (ids in pageids.h, stable forever), the six GTOL
// steps beside them, and a 下書き menu (new, open a draft file, save as a draft file). It owns no
// data: the OnboardingController holds the form and saves every edit, so the wizard can be closed
// at any moment and opens again on the page where it was left, with the history behind it so Back
// works as before.
class OnboardingWizard : public QWizard
{
    Q_OBJECT
public:
    explicit OnboardingWizard(OnboardingController &controller, QWidget *parent = nullptr);
    ~OnboardingWizard() override;

    // Goes to the page the current draft was left on, passing through the pages before it (so
    // Back works), stopping early at a page that is not complete.
    void restoreSavedPage();

    StepProgress *stepProgress() const { return m_steps; }

    // Puts the real requirements self-check (page 1) in place of its placeholder. The app does
    // this with a runner on the deployment profile; tests of other pages leave the placeholder,
    // so they run no probes. The clerk's answers (line contract, NG acknowledgement) go to the
    // draft through the controller and come back with it.
    // The page is made when the clerk first goes there (start-up stays light); `makeRunner` is
    // called then, with the wizard as the parent to use.
    void useRequirementsCheck(std::function<CheckRunner *(QObject *parent)> makeRunner);

    // Draft menu actions (also reachable by shortcuts). The paths are seams for tests.
    void newApplication();
    bool openDraftFile(const QString &path = {});
    bool saveDraftFile(const QString &path = {});

public Q_SLOTS:
    void done(int result) override;

protected:
    bool validateCurrentPage() override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onCurrentIdChanged(int id);
    void moveFocusOntoPage();
    void goToPage(int target);
    void buildDraftMenu();
    void installRequirementsPage();
    void chooseLanguage(const QString &language);
    void retranslate();

    OnboardingController &m_controller;
    StepProgress *m_steps = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_japaneseAction = nullptr;
    QAction *m_englishAction = nullptr;
    std::function<CheckRunner *(QObject *)> m_makeRunner;
    QPointer<QMessageBox> m_saveErrorBox;
    int m_previousId = -1;
    int m_restoreTarget = -1; // the page the open draft was left on, until restored
    bool m_restoring = false;
};

} // namespace gtol
