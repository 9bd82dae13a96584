#include "pages/confirmpage.h"

#include "applicationsummary.h"
#include "onboardingcontroller.h"
#include "pageids.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputMethod>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace gtol {

ConfirmPage::ConfirmPage(OnboardingController &controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("confirmPage"));
    setCommitPage(true);
}

void ConfirmPage::build()
{
    m_built = true;
    auto *layout = new QVBoxLayout(this);
    // The summary scrolls in a small window (150 % scaling) instead of being squeezed until its
    // rows overlap; the buttons below it stay in view.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    m_intro = new QLabel(content);
    m_intro->setWordWrap(true);
    contentLayout->addWidget(m_intro);

    auto *table = new QFrame(content);
    table->setFrameShape(QFrame::StyledPanel);
    m_grid = new QGridLayout(table);
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(5);
    int row = 0;
    for (const ApplicationSummary::Row &r : ApplicationSummary::rows(m_controller)) {
        auto *label = new QLabel(table);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        auto *value = new QLabel(table);
        value->setObjectName(QStringLiteral("summary_") + r.key);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setBuddy(value);
        m_grid->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignTop);
        m_grid->addWidget(value, row, 1);
        m_labels.insert(r.key, label);
        m_values.insert(r.key, value);
        ++row;
    }
    contentLayout->addWidget(table);
    contentLayout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    m_backToForm = new QPushButton(this);
    m_backToForm->setObjectName(QStringLiteral("backToFormButton"));
    m_backToForm->setAutoDefault(false);
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setAutoDefault(false);
    m_savePdf = new QPushButton(this);
    m_savePdf->setObjectName(QStringLiteral("savePdfButton"));
    m_savePdf->setAutoDefault(false);
    buttons->addWidget(m_backToForm);
    buttons->addStretch(1);
    buttons->addWidget(m_print);
    buttons->addWidget(m_savePdf);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("confirmStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_backToForm, &QPushButton::clicked, this, [this] {
        m_controller.buttonPressed(QStringLiteral("confirm.backToForm"));
        Q_EMIT backToFormRequested();
    });
    connect(m_print, &QPushButton::clicked, this, &ConfirmPage::print);
    connect(m_savePdf, &QPushButton::clicked, this, [this] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), dir + QStringLiteral("/gtol-application.pdf"),
                                                          tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            savePdf(path);
    });
    retranslate();
}

void ConfirmPage::retranslate()
{
    setTitle(tr("Step 2: Confirm the application"));
    setSubTitle(tr("The application will be made with the following details. Please check them."));
    m_intro->setText(tr("If everything is correct, press \"Submit application\". To correct something, go back to "
                        "the application form."));
    for (const ApplicationSummary::Row &r : ApplicationSummary::rows(m_controller)) {
        m_labels.value(r.key)->setText(r.label);
        m_values.value(r.key)->setAccessibleName(r.label);
    }
    m_backToForm->setText(tr("Back to the application form"));
    m_print->setText(tr("Print..."));
    m_savePdf->setText(tr("Save as PDF..."));
    setButtonText(QWizard::CommitButton, tr("Submit application"));
}

void ConfirmPage::initializePage()
{
    if (!m_built)
        build();
    for (const ApplicationSummary::Row &r : ApplicationSummary::rows(m_controller)) {
        QLabel *value = m_values.value(r.key);
        value->setText(r.value.isEmpty() ? tr("(not entered)") : r.value);
    }
    m_status->clear();
}

void ConfirmPage::cleanupPage()
{
    // Nothing to reset; the summary is rebuilt from the draft on the way in.
}

bool ConfirmPage::savePdf(const QString &path)
{
    if (!m_built)
        build();
    m_controller.buttonPressed(QStringLiteral("confirm.savePdf"));
    const Status status = ApplicationSummary::writePdf(m_controller, path);
    m_status->setText(status.ok() ? tr("Saved: %1").arg(QDir::toNativeSeparators(path)) : status.error().message);
    return status.ok();
}

void ConfirmPage::print()
{
    m_controller.buttonPressed(QStringLiteral("confirm.print"));
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        ApplicationSummary::print(m_controller, &printer);
}

bool ConfirmPage::validatePage()
{
    QGuiApplication::inputMethod()->commit();
    if (!m_controller.applicationIssues().isEmpty() || !m_controller.hasValidConsent())
        return false;
    m_controller.submit();
    return m_controller.isSubmitted();
}

int ConfirmPage::nextId() const
{
    return PageId::Submitted;
}

} // namespace gtol
