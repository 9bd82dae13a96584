#include "pages/submittedpage.h"

#include "onboardingcontroller.h"
#include "pageids.h"

#include <QLabel>
#include <QVBoxLayout>

namespace gtol {

SubmittedPage::SubmittedPage(OnboardingController &controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("submittedPage"));
}

void SubmittedPage::build()
{
    m_built = true;
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("submissionStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("submissionNextLabel"));
    m_next->setWordWrap(true);
    layout->addWidget(m_next);
    layout->addStretch(1);
    connect(&m_controller, &OnboardingController::stateChanged, this, [this] {
        if (isVisible())
            update();
    });
    setTitle(tr("Step 3: Application complete — waiting for the confirmation call"));
    setSubTitle(tr("Your application is complete. Please wait for the confirmation call."));
}

void SubmittedPage::initializePage()
{
    if (!m_built)
        build();
    update();
}

void SubmittedPage::update()
{
    const QString number = m_controller.state(OnboardingController::ApplicationNumberKey).toString();
    const QString status = m_controller.state(OnboardingController::SubmissionStatusKey).toString();
    if (status == u"approved")
        m_status->setText(tr("Your application %1 has been approved. The user ID is in the approval e-mail; the "
                             "initial password is given to you by phone.").arg(number));
    else if (!number.isEmpty())
        m_status->setText(tr("Your application has been received. Application number: %1").arg(number));
    else
        m_status->setText(tr("Your application is saved on this PC and will be sent as soon as the service can be "
                             "reached."));
    m_next->setText(tr("A completion e-mail is sent to the address you registered. Within a few days (up to about "
                       "ten days) the prefecture will call the applicant to confirm. After approval you will get an "
                       "e-mail with your user ID, and the initial password by phone.\n\nYou can close this "
                       "assistant now; it will open here again."));
    Q_EMIT completeChanged();
}

bool SubmittedPage::isComplete() const
{
    return m_controller.state(OnboardingController::SubmissionStatusKey).toString() == u"approved";
}

int SubmittedPage::nextId() const
{
    return PageId::PasswordChange;
}

} // namespace gtol
