#include "pages/termspage.h"

#include "onboardingcontroller.h"
#include "pageids.h"

#include <QCheckBox>
#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gtol {

TermsPage::TermsPage(OnboardingController &controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("termsPage"));
}

void TermsPage::build()
{
    m_built = true;
    auto *layout = new QVBoxLayout(this);
    m_sampleNotice = new QLabel(this);
    m_sampleNotice->setObjectName(QStringLiteral("termsSampleNotice"));
    m_sampleNotice->setWordWrap(true);
    m_sampleNotice->setFrameShape(QFrame::Box);
    m_sampleNotice->setMargin(6);
    layout->addWidget(m_sampleNotice);
    m_termsLabel = new QLabel(this);
    layout->addWidget(m_termsLabel);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("termsView"));
    m_text->setOpenLinks(false);
    m_termsLabel->setBuddy(m_text);
    layout->addWidget(m_text, 1);
    m_version = new QLabel(this);
    m_version->setObjectName(QStringLiteral("termsVersionLabel"));
    layout->addWidget(m_version);
    m_scrollHint = new QLabel(this);
    m_scrollHint->setObjectName(QStringLiteral("termsScrollHint"));
    m_scrollHint->setWordWrap(true);
    layout->addWidget(m_scrollHint);
    m_consent = new QCheckBox(this);
    m_consent->setObjectName(QStringLiteral("consentCheck"));
    layout->addWidget(m_consent);
    setTabOrder(m_text, m_consent);

    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this, &TermsPage::updateReadState);
    connect(m_text->verticalScrollBar(), &QScrollBar::rangeChanged, this, &TermsPage::updateReadState);
    connect(m_consent, &QCheckBox::toggled, this, [this](bool checked) {
        if (checked != m_controller.hasValidConsent())
            static_cast<void>(m_controller.setConsent(checked)); // failures reported by storageFailed
        Q_EMIT completeChanged();
    });
    connect(&m_controller, &OnboardingController::termsChanged, this, &TermsPage::showTerms);
    retranslate();
}

void TermsPage::retranslate()
{
    setTitle(tr("Step 2: Terms of use"));
    setSubTitle(tr("Read the terms of use. If you agree, tick the box below."));
    m_termsLabel->setText(tr("Terms of use"));
    m_text->setAccessibleName(tr("Terms of use"));
    m_consent->setText(tr("I agree to the terms of use and apply for the facility."));
    m_consent->setAccessibleName(m_consent->text());
}

void TermsPage::showTerms()
{
    const auto &terms = m_controller.terms();
    m_sampleNotice->setVisible(terms.sample);
    m_sampleNotice->setText(tr("SAMPLE: these are placeholder terms bundled with this assistant, not the service's "
                               "real terms. The current terms are loaded from the service when it is connected."));
    m_text->setPlainText(terms.text);
    m_version->setText(tr("Version: %1").arg(terms.version));
    m_readToEnd = false;
    {
        const QSignalBlocker blocker(m_consent);
        m_consent->setChecked(m_controller.hasValidConsent());
    }
    // Consent given earlier to exactly this text stays valid; the text was read then.
    if (m_controller.hasValidConsent())
        m_readToEnd = true;
    updateReadState();
    Q_EMIT completeChanged();
}

void TermsPage::initializePage()
{
    if (!m_built)
        build();
    m_controller.requestTerms();
    showTerms();
}

void TermsPage::cleanupPage()
{
    // Going back keeps the consent record; it lives in the draft.
}

void TermsPage::showEvent(QShowEvent *event)
{
    QWizardPage::showEvent(event);
    updateReadState();
}

void TermsPage::resizeEvent(QResizeEvent *event)
{
    QWizardPage::resizeEvent(event);
    updateReadState();
}

void TermsPage::updateReadState()
{
    if (!m_built)
        return; // a resize or show can come before the first visit made the widgets
    const QScrollBar *bar = m_text->verticalScrollBar();
    // Only a visible text can have been read; a text that fits needs no scrolling.
    if (m_text->isVisible() && bar->value() >= bar->maximum())
        m_readToEnd = true;
    m_consent->setEnabled(m_readToEnd);
    m_scrollHint->setText(m_readToEnd ? tr("You have reached the end of the terms.")
                                      : tr("Scroll to the end of the terms to enable the checkbox."));
}

bool TermsPage::isComplete() const
{
    return m_controller.hasValidConsent();
}

bool TermsPage::validatePage()
{
    return m_controller.hasValidConsent();
}

int TermsPage::nextId() const
{
    return PageId::Confirm;
}

} // namespace gtol
