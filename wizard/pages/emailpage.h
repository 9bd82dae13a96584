#pragma once

#include <QWizardPage>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gtol {

class OnboardingController;

// Page 2 (Step 1): the contact e-mail address, typed twice. A mismatch shows as you type; a
// mobile-carrier address is warned about but allowed. "Confirm" shows the address once more, and
// only "Send" (on that confirmation) asks the controller to send the link.
class EmailPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit EmailPage(OnboardingController &controller, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    // The widgets are made on the first visit: start-up builds only the first page.
    void build();
    bool m_built = false;
    void updateStatus();
    void setConfirming(bool confirming);
    void retranslate();

    OnboardingController &m_controller;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_confirmation = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLabel *m_confirmationLabel = nullptr;
    QLabel *m_emailHint = nullptr;
    QLabel *m_confirmationHint = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_mobileWarning = nullptr;
    QPushButton *m_toConfirm = nullptr;
    QGroupBox *m_confirmBox = nullptr;
    QLabel *m_confirmText = nullptr;
    QLabel *m_confirmAddress = nullptr;
    QPushButton *m_backToInput = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_sent = nullptr;
    bool m_confirming = false;
    QString m_sendError;
};

} // namespace gtol
