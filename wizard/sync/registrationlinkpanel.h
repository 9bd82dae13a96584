#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace gtol {

class OnboardingController;
class SyncPresenter;

// Step 1, after the e-mail is sent: the clerk pastes the link (or the code) from the mail, the
// presenter checks it with the server; an expired or used link offers a new e-mail. Shown only
// once the e-mail has been sent to the current address.
class RegistrationLinkPanel : public QWidget
{
    Q_OBJECT
public:
    RegistrationLinkPanel(SyncPresenter &presenter, OnboardingController &controller, QWidget *parent = nullptr);

private:
    void update();

    SyncPresenter &m_presenter;
    OnboardingController &m_controller;
    QLabel *m_intro = nullptr;
    QLabel *m_label = nullptr;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_use = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_resend = nullptr;
};

} // namespace gtol
