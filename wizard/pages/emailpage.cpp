#include "pages/emailpage.h"

#include "onboardingcontroller.h"
#include "pageids.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputMethod>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gtol {

using Field = ApplicationForm::Field;

EmailPage::EmailPage(OnboardingController &controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("emailPage"));
}

void EmailPage::build()
{
    m_built = true;
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);

    m_emailLabel = new QLabel(this);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_emailLabel->setBuddy(m_email);
    m_emailHint = new QLabel(this);
    m_emailHint->setWordWrap(true);
    m_confirmationLabel = new QLabel(this);
    m_confirmation = new QLineEdit(this);
    m_confirmation->setObjectName(QStringLiteral("emailConfirmEdit"));
    m_confirmation->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_confirmationLabel->setBuddy(m_confirmation);
    m_confirmationHint = new QLabel(this);
    m_confirmationHint->setWordWrap(true);
    grid->addWidget(m_emailLabel, 0, 0);
    grid->addWidget(m_email, 0, 1);
    grid->addWidget(m_emailHint, 1, 1);
    grid->addWidget(m_confirmationLabel, 2, 0);
    grid->addWidget(m_confirmation, 2, 1);
    grid->addWidget(m_confirmationHint, 3, 1);
    layout->addLayout(grid);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("emailStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_mobileWarning = new QLabel(this);
    m_mobileWarning->setObjectName(QStringLiteral("emailMobileWarning"));
    m_mobileWarning->setWordWrap(true);
    layout->addWidget(m_mobileWarning);

    m_toConfirm = new QPushButton(this);
    m_toConfirm->setObjectName(QStringLiteral("emailToConfirmButton"));
    m_toConfirm->setAutoDefault(false);
    auto *toConfirmRow = new QHBoxLayout;
    toConfirmRow->addStretch(1);
    toConfirmRow->addWidget(m_toConfirm);
    layout->addLayout(toConfirmRow);

    m_confirmBox = new QGroupBox(this);
    m_confirmBox->setObjectName(QStringLiteral("emailConfirmBox"));
    auto *confirmLayout = new QVBoxLayout(m_confirmBox);
    m_confirmText = new QLabel(m_confirmBox);
    m_confirmText->setWordWrap(true);
    confirmLayout->addWidget(m_confirmText);
    m_confirmAddress = new QLabel(m_confirmBox);
    m_confirmAddress->setObjectName(QStringLiteral("emailConfirmAddressLabel"));
    m_confirmAddress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_confirmAddress->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_confirmAddress->setFont(big);
    confirmLayout->addWidget(m_confirmAddress);
    auto *buttons = new QHBoxLayout;
    m_backToInput = new QPushButton(m_confirmBox);
    m_backToInput->setObjectName(QStringLiteral("emailBackToInputButton"));
    m_backToInput->setAutoDefault(false);
    m_send = new QPushButton(m_confirmBox);
    m_send->setObjectName(QStringLiteral("emailSendButton"));
    m_send->setAutoDefault(false);
    buttons->addStretch(1);
    buttons->addWidget(m_backToInput);
    buttons->addWidget(m_send);
    confirmLayout->addLayout(buttons);
    layout->addWidget(m_confirmBox);

    m_sent = new QLabel(this);
    m_sent->setObjectName(QStringLiteral("emailSentLabel"));
    m_sent->setWordWrap(true);
    layout->addWidget(m_sent);
    layout->addStretch(1);

    setTabOrder(m_email, m_confirmation);
    setTabOrder(m_confirmation, m_toConfirm);
    setTabOrder(m_toConfirm, m_backToInput);
    setTabOrder(m_backToInput, m_send);

    connect(m_email, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_sendError.clear();
        m_controller.editField(Field::Email, text);
        updateStatus();
    });
    connect(m_confirmation, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_controller.editEmailConfirmation(text);
        updateStatus();
    });
    connect(m_email, &QLineEdit::editingFinished, this, [this] {
        const QString stored = m_controller.leaveField(Field::Email, m_email->text());
        if (stored != m_email->text())
            m_email->setText(stored);
    });
    connect(m_confirmation, &QLineEdit::editingFinished, this, [this] {
        m_controller.leaveEmailConfirmation(m_confirmation->text());
        const QString stored = m_controller.emailConfirmation();
        if (stored != m_confirmation->text())
            m_confirmation->setText(stored);
    });
    connect(m_toConfirm, &QPushButton::clicked, this, [this] {
        QGuiApplication::inputMethod()->commit();
        m_controller.buttonPressed(QStringLiteral("email.toConfirm"));
        if (!m_controller.emailIssue())
            setConfirming(true);
    });
    connect(m_backToInput, &QPushButton::clicked, this, [this] {
        m_controller.buttonPressed(QStringLiteral("email.backToInput"));
        setConfirming(false);
        m_email->setFocus();
    });
    connect(m_send, &QPushButton::clicked, this, [this] { m_controller.sendEmail(); });
    connect(&m_controller, &OnboardingController::emailSendFinished, this, [this](const Status &status) {
        m_sendError = status.ok() ? QString() : status.error().message;
        if (status.ok())
            setConfirming(false);
        else
            m_controller.errorShown(PageId::Email, status.error().code, m_sendError);
        updateStatus();
        Q_EMIT completeChanged();
    });
    retranslate();
    setConfirming(false);
}

void EmailPage::retranslate()
{
    setTitle(tr("Step 1: Enter your e-mail address"));
    setSubTitle(tr("We will send you the address (URL) of the application form. Enter your e-mail address below."));
    m_emailLabel->setText(tr("E-mail address"));
    m_email->setAccessibleName(tr("E-mail address"));
    m_emailHint->setText(tr("Please give the e-mail address of a PC."));
    m_confirmationLabel->setText(tr("E-mail address (confirm)"));
    m_confirmation->setAccessibleName(tr("E-mail address (confirm)"));
    m_confirmationHint->setText(tr("Please enter it again to confirm."));
    m_toConfirm->setText(tr("Go to confirmation"));
    m_confirmBox->setTitle(tr("Step 1: Confirm your e-mail address"));
    m_confirmText->setText(tr("Please check the e-mail address. When you press \"Send\", an e-mail with the URL of the "
                              "application form is sent to this address."));
    m_backToInput->setText(tr("Back to input"));
    m_send->setText(tr("Send"));
}

void EmailPage::initializePage()
{
    if (!m_built)
        build();
    m_email->setText(m_controller.value(Field::Email));
    m_confirmation->setText(m_controller.emailConfirmation());
    setConfirming(false);
    updateStatus();
}

void EmailPage::cleanupPage()
{
    // Going back keeps everything: the values live in the controller's draft, not in QWizard fields.
}

void EmailPage::setConfirming(bool confirming)
{
    m_confirming = confirming;
    m_email->setReadOnly(confirming);
    m_confirmation->setReadOnly(confirming);
    m_confirmBox->setVisible(confirming);
    m_confirmAddress->setText(m_controller.value(Field::Email));
    m_toConfirm->setVisible(!confirming);
    if (confirming)
        m_send->setFocus();
    updateStatus();
}

void EmailPage::updateStatus()
{
    const QString email = m_controller.value(Field::Email);
    const QString confirmation = m_controller.emailConfirmation();
    const auto issue = m_controller.emailIssue();
    if (email.isEmpty() && confirmation.isEmpty()) {
        m_status->setText(tr("Enter the same e-mail address twice."));
    } else if (issue) {
        // Shown as you type: before the confirmation is complete, a mismatch is only "not yet".
        if (issue->code == u"email.mismatch" && email.startsWith(confirmation) && confirmation.size() < email.size())
            m_status->setText(tr("※ Keep typing: the confirmation does not match the address yet."));
        else
            m_status->setText(QStringLiteral("※ ") + issue->message);
    } else {
        m_status->setText(tr("✓ Both addresses match."));
    }
    m_mobileWarning->setVisible(m_controller.isMobileCarrierEmail());
    m_mobileWarning->setText(tr("Note: this looks like a mobile phone address. The service asks for a PC address; "
                                "mobile mail often rejects automatic messages. You can still continue."));
    m_toConfirm->setEnabled(!issue);

    if (m_controller.emailSent()) {
        const QString at = m_controller.state(OnboardingController::EmailSentAtKey).toString();
        const QDateTime when = QDateTime::fromString(at, Qt::ISODateWithMs);
        m_sent->setText(tr("✓ Sent to %1 (%2). Open the link in that e-mail within 30 minutes. Press Next to continue.")
                            .arg(email, QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)));
        m_sent->show();
    } else if (!m_sendError.isEmpty()) {
        m_sent->setText(tr("The e-mail could not be sent: %1").arg(m_sendError));
        m_sent->show();
    } else {
        m_sent->setText(tr("Not sent yet: go to confirmation and press \"Send\"."));
        m_sent->setVisible(!m_confirming);
    }
    Q_EMIT completeChanged();
}

bool EmailPage::isComplete() const
{
    return m_controller.emailSent();
}

bool EmailPage::validatePage()
{
    QGuiApplication::inputMethod()->commit();
    return m_controller.emailSent();
}

int EmailPage::nextId() const
{
    return PageId::Application;
}

} // namespace gtol
