#pragma once

#include <QWizardPage>

class QLabel;

namespace gtol {

class OnboardingController;

// Page 6 (Step 3): the application is in; what happens next (a confirmation call within a few
// days to about ten days, then the approval e-mail with the user ID). Safe to close and resume.
// Next (to the password change) opens once the application has been approved.
class SubmittedPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SubmittedPage(OnboardingController &controller, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    int nextId() const override;

private:
    // The widgets are made on the first visit: start-up builds only the first page.
    void build();
    bool m_built = false;
    void update();

    OnboardingController &m_controller;
    QLabel *m_status = nullptr;
    QLabel *m_next = nullptr;
};

} // namespace gtol
