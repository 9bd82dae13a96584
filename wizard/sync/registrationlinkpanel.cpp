#include "sync/registrationlinkpanel.h"

#include "net/synctexts.h"
#include "onboardingcontroller.h"
#include "sync/syncpresenter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gtol {

RegistrationLinkPanel::RegistrationLinkPanel(SyncPresenter &presenter, OnboardingController &controller,
                                             QWidget *parent)
    : QWidget(parent), m_presenter(presenter), m_controller(controller)
{
    setObjectName(QStringLiteral("registrationLinkPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    m_intro = new QLabel(SyncTexts::linkIntro(), this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *row = new QHBoxLayout;
    m_label = new QLabel(SyncTexts::linkLabel(), this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("registrationLinkEdit"));
    m_edit->setPlaceholderText(SyncTexts::linkPlaceholder());
    m_edit->setAccessibleName(QString(SyncTexts::linkLabel()).remove(u'&'));
    m_label->setBuddy(m_edit);
    m_use = new QPushButton(SyncTexts::linkButton(), this);
    m_use->setObjectName(QStringLiteral("registrationLinkButton"));
    m_use->setAutoDefault(false);
    row->addWidget(m_label);
    row->addWidget(m_edit, 1);
    row->addWidget(m_use);
    layout->addLayout(row);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("registrationLinkStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_status);
    m_resend = new QPushButton(SyncTexts::resendButton(), this);
    m_resend->setObjectName(QStringLiteral("registrationResendButton"));
    m_resend->setAutoDefault(false);
    layout->addWidget(m_resend, 0, Qt::AlignLeft);

    connect(m_use, &QPushButton::clicked, this, [this] { m_presenter.useLink(m_edit->text()); });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] { m_presenter.useLink(m_edit->text()); });
    connect(m_resend, &QPushButton::clicked, this, [this] { m_presenter.resendEmail(); });
    connect(&m_presenter, &SyncPresenter::linkChanged, this, &RegistrationLinkPanel::update);
    connect(&m_controller, &OnboardingController::stateChanged, this, &RegistrationLinkPanel::update);
    connect(&m_controller, &OnboardingController::emailSendFinished, this, &RegistrationLinkPanel::update);
    connect(&m_controller, &OnboardingController::draftOpened, this, &RegistrationLinkPanel::update);
    update();
}

void RegistrationLinkPanel::update()
{
    setVisible(m_controller.emailSent() || !m_presenter.linkMessage().isEmpty());
    m_status->setText(m_presenter.linkMessage());
    using S = SyncPresenter::LinkState;
    const S state = m_presenter.linkState();
    m_use->setEnabled(state != S::Checking);
    m_resend->setVisible(state == S::Expired || state == S::Unknown || state == S::WrongAddress);
}

} // namespace gtol
