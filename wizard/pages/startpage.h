#pragma once

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace gtol {

class OnboardingController;

// Page 0: what the clerk wants to do. A new application, resuming a saved draft (listed with the
// facility and the last edit), importing a draft file from IT (button or drag-and-drop of a
// .gtoldraft), or "I already have a user ID" which jumps to the password change (page 7).
class StartPage : public QWizardPage
{
    Q_OBJECT
public:
    enum class Choice { New, Resume, Import, HaveUserId };

    explicit StartPage(OnboardingController &controller, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    bool isComplete() const override;
    int nextId() const override;

    Choice choice() const;
    void setChoice(Choice choice);
    void setImportPath(const QString &path);
    // Lists the drafts again and selects the open one (the wizard calls it on every return here,
    // as QWizard calls initializePage only on the way forward).
    void reloadDrafts();

Q_SIGNALS:
    // A draft with a saved position was opened: the wizard moves on to where it was left.
    void draftResumed();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFile();
    void retranslate();

    OnboardingController &m_controller;
    QButtonGroup *m_group = nullptr;
    QRadioButton *m_new = nullptr;
    QRadioButton *m_resume = nullptr;
    QListWidget *m_draftList = nullptr;
    QLabel *m_noDrafts = nullptr;
    QRadioButton *m_import = nullptr;
    QPushButton *m_chooseFile = nullptr;
    QLabel *m_importPathLabel = nullptr;
    QLabel *m_dropHint = nullptr;
    QRadioButton *m_haveUserId = nullptr;
    QLabel *m_error = nullptr;
    QString m_importPath;
};

} // namespace gtol
