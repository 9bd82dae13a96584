#pragma once

#include <QWizard>

class QAction;

namespace gtol {

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

    // Draft menu actions (also reachable by shortcuts). The paths are seams for tests.
    void newApplication();
    bool openDraftFile(const QString &path = {});
    bool saveDraftFile(const QString &path = {});

public Q_SLOTS:
    void done(int result) override;

private:
    void onCurrentIdChanged(int id);
    void goToPage(int target);
    void buildDraftMenu();
    void retranslate();

    OnboardingController &m_controller;
    StepProgress *m_steps = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    int m_previousId = -1;
    int m_restoreTarget = -1; // the page the open draft was left on, until restored
    bool m_restoring = false;
};

} // namespace gtol
