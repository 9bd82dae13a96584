#pragma once

#include <QHash>
#include <QWizardPage>

class QGridLayout;
class QLabel;
class QPushButton;

namespace gtol {

class OnboardingController;

// Page 5: the read-only summary, laid out like the service's 利用申し込み内容確認 screen, as
// labels (a read-only line edit can still be changed through an input method before Qt 6.7).
// Back to the form, print, save as PDF; 申請確定 (the commit button) submits through the
// controller, after which Back is no longer offered.
class ConfirmPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConfirmPage(OnboardingController &controller, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    int nextId() const override;

    // Seams for tests: the file dialogs are skipped when a path is given.
    bool savePdf(const QString &path);
    QLabel *valueLabel(const QString &key) const { return m_values.value(key); }

Q_SIGNALS:
    void backToFormRequested();

private:
    // The widgets are made on the first visit: start-up builds only the first page.
    void build();
    bool m_built = false;
    void print();
    void retranslate();

    OnboardingController &m_controller;
    QGridLayout *m_grid = nullptr;
    QLabel *m_intro = nullptr;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QLabel *> m_values;
    QPushButton *m_backToForm = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_savePdf = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace gtol
