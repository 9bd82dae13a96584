#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QTextBrowser;

namespace gtol {

class OnboardingController;

// Page 4: the terms of use and the consent checkbox 「利用規約に同意して、施設申請を行います。」.
// The box can be ticked once the text has been scrolled to its end. Consent is recorded by the
// controller with the terms' version, the SHA-256 of the text and the time; if the terms change,
// the old consent no longer counts.
class TermsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit TermsPage(OnboardingController &controller, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The widgets are made on the first visit: start-up builds only the first page.
    void build();
    bool m_built = false;
    void showTerms();
    void updateReadState();
    void retranslate();

    OnboardingController &m_controller;
    QLabel *m_sampleNotice = nullptr;
    QLabel *m_termsLabel = nullptr;
    QTextBrowser *m_text = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_scrollHint = nullptr;
    QCheckBox *m_consent = nullptr;
    bool m_readToEnd = false;
};

} // namespace gtol
