#include "pages/requirementspage.h"

#include "checks/checkrunner.h"
#include "checks/reportwriter.h"
#include "widgets/checklist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPageSize>
#include <QPdfWriter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

namespace gtol {

RequirementsPage::RequirementsPage(CheckRunner *runner, QWidget *parent) : QWizardPage(parent), m_runner(runner)
{
    Q_ASSERT(runner);
    setObjectName(QStringLiteral("requirementsPage"));
    if (!m_runner->parent())
        m_runner->setParent(this);

    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *contractRow = new QGridLayout;
    m_contractLabel = new QLabel(this);
    m_contract = new QComboBox(this);
    m_contract->setObjectName(QStringLiteral("lineContractCombo"));
    m_contractLabel->setBuddy(m_contract);
    m_contractHint = new QLabel(this);
    m_contractHint->setWordWrap(true);
    m_contractHint->setObjectName(QStringLiteral("lineContractHint"));
    contractRow->addWidget(m_contractLabel, 0, 0);
    contractRow->addWidget(m_contract, 0, 1);
    contractRow->addWidget(m_contractHint, 1, 1);
    contractRow->setColumnStretch(1, 1);
    layout->addLayout(contractRow);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("checkProgress"));
    m_progress->setTextVisible(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setWordWrap(true);
    progressRow->addWidget(m_progress, 1);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);

    m_list = new CheckList(this);
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout;
    m_rerun = new QPushButton(this);
    m_rerun->setObjectName(QStringLiteral("rerunButton"));
    m_rerun->setAutoDefault(false);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelCheckButton"));
    m_cancel->setAutoDefault(false);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveReportButton"));
    m_save->setAutoDefault(false);
    buttons->addWidget(m_rerun);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    m_acknowledge = new QCheckBox(this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeCheckBox"));
    layout->addWidget(m_acknowledge);

    for (const LineContract contract : allLineContracts())
        m_contract->addItem(QString(), lineContractKey(contract));
    m_contract->setCurrentIndex(0);
    m_contract->setCurrentIndex(static_cast<int>(allLineContracts().indexOf(m_runner->lineContract())));

    m_list->setProbes(m_runner->probeIds(), [this] {
        QStringList titles;
        for (const QString &id : m_runner->probeIds())
            titles.append(m_runner->probeTitle(id));
        return titles;
    }());

    connect(m_runner, &CheckRunner::probeFinished, this, [this](const CheckResult &result) { m_list->setResult(result); });
    connect(m_runner, &CheckRunner::progressChanged, this, &RequirementsPage::onProgress);
    connect(m_runner, &CheckRunner::finished, this, &RequirementsPage::onFinished);
    connect(m_runner, &CheckRunner::stateChanged, this, [this](CheckRunner::State state) {
        if (state == CheckRunner::State::Cancelled) {
            m_list->setRunning(false);
            m_list->setResults(m_runner->results());
        }
        updateState();
    });
    connect(m_rerun, &QPushButton::clicked, this, &RequirementsPage::runCheck);
    connect(m_cancel, &QPushButton::clicked, m_runner, [this] { m_runner->cancel(); });
    connect(m_save, &QPushButton::clicked, this, &RequirementsPage::onSaveClicked);
    connect(m_contract, &QComboBox::currentIndexChanged, this, &RequirementsPage::onContractChosen);
    connect(m_acknowledge, &QCheckBox::toggled, this, &RequirementsPage::onAcknowledgeToggled);

    retranslate();
    updateState();
}

void RequirementsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void RequirementsPage::retranslate()
{
    setTitle(tr("Requirements check"));
    // A short subtitle puts the title in the header band like every other page; the header clips
    // long subtitles, so the explanation goes into the page body.
    setSubTitle(tr("Is this PC ready for GTOL? Its settings and network are checked here."));
    const QString purpose = tr("This checks whether this PC and your network meet GTOL's requirements. Items marked NG must be "
                               "fixed before GTOL can be used; each item says what to do and who should do it.");
    m_intro->setText(purpose + u'\n' + tr("The check takes a few seconds and changes nothing on this PC."));
    m_contractLabel->setText(tr("Internet &line contract:"));
    m_contract->setAccessibleName(tr("Internet line contract"));
    m_contractHint->setText(tr("No program can tell the contract: choose it from the provider's contract papers, or "
                               "\"I don't know\". GTOL needs a fixed line that allows IPsec VPN (FLET'S Hikari "
                               "recommended)."));
    for (int i = 0; i < m_contract->count(); ++i)
        m_contract->setItemText(i, lineContractLabel(allLineContracts().at(i)));
    m_rerun->setText(tr("&Check again"));
    m_cancel->setText(tr("S&top"));
    m_save->setText(tr("&Save report…"));
    m_save->setAccessibleDescription(tr("Saves the results as HTML, PDF or JSON, for example for your IT vendor."));
    m_acknowledge->setText(tr("&I understand that the items marked NG must be fixed, and want to continue for now."));
    m_progress->setAccessibleName(tr("Check progress"));
    updateState();
}

void RequirementsPage::initializePage()
{
    if (!m_hasRun)
        runCheck();
}

void RequirementsPage::runCheck()
{
    if (m_runner->state() == CheckRunner::State::Running)
        return;
    m_hasRun = true;
    m_runner->setLineContract(lineContract());
    m_list->setProbes(m_runner->probeIds(), [this] {
        QStringList titles;
        for (const QString &id : m_runner->probeIds())
            titles.append(m_runner->probeTitle(id));
        return titles;
    }());
    m_list->setRunning(true);
    Q_EMIT checkStarted();
    m_runner->start();
    updateState();
}

void RequirementsPage::onProgress(int done, int total)
{
    m_progress->setMaximum(std::max(total, 1));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2 checked").arg(done).arg(total));
}

void RequirementsPage::onFinished(const CheckReport &report)
{
    m_list->setRunning(false);
    m_list->setResults(report.results);
    // New results: an earlier acknowledgement covered other failures.
    const QStringList failed = failedIds();
    if (m_acknowledge->isChecked() && failed != m_acknowledgedIds)
        m_acknowledge->setChecked(false);
    updateState();
    Q_EMIT checkFinished(this->report());
}

void RequirementsPage::onContractChosen()
{
    const LineContract contract = lineContract();
    m_runner->setLineContract(contract);
    Q_EMIT lineContractChanged(contract);
    // Only the line verdict depends on the answer: re-run that probe alone.
    if (m_hasRun && m_runner->state() != CheckRunner::State::Running) {
        m_list->setRunning(true);
        m_runner->start({QStringLiteral("line")});
    }
    updateState();
}

void RequirementsPage::onAcknowledgeToggled(bool checked)
{
    m_acknowledgedIds = checked ? failedIds() : QStringList();
    m_acknowledgedAt = checked ? QDateTime::currentDateTimeUtc() : QDateTime();
    Q_EMIT failuresAcknowledgedChanged(m_acknowledgedIds, m_acknowledgedAt);
    Q_EMIT completeChanged();
}

QStringList RequirementsPage::failedIds() const
{
    QStringList ids;
    for (const CheckResult &result : m_runner->results()) {
        if (result.status == CheckStatus::Fail)
            ids.append(result.id);
    }
    return ids;
}

void RequirementsPage::setLineContract(LineContract contract)
{
    m_contract->setCurrentIndex(static_cast<int>(allLineContracts().indexOf(contract)));
}

LineContract RequirementsPage::lineContract() const
{
    return lineContractForKey(m_contract->currentData().toString());
}

CheckReport RequirementsPage::report() const
{
    CheckReport report = m_runner->report();
    report.lineContract = lineContract();
    if (m_acknowledge->isChecked()) {
        report.acknowledgedIds = m_acknowledgedIds;
        report.acknowledgedAt = m_acknowledgedAt;
    }
    return report;
}

bool RequirementsPage::failuresAcknowledged() const
{
    return m_acknowledge->isChecked();
}

bool RequirementsPage::isComplete() const
{
    if (m_runner->state() != CheckRunner::State::Finished)
        return false;
    if (lineContract() == LineContract::NotAnswered)
        return false;
    return failedIds().isEmpty() || m_acknowledge->isChecked();
}

void RequirementsPage::updateState()
{
    const bool running = m_runner->state() == CheckRunner::State::Running;
    // The bar matters while checking; afterwards the summary line says it all and the rows get the room.
    m_progress->setVisible(running);
    m_rerun->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_save->setEnabled(m_runner->state() == CheckRunner::State::Finished || m_runner->state() == CheckRunner::State::Cancelled);
    const QStringList failed = failedIds();
    m_acknowledge->setVisible(!running && !failed.isEmpty());
    if (!failed.isEmpty() && m_runner->state() == CheckRunner::State::Finished)
        m_acknowledge->setEnabled(true);

    const CheckReport current = m_runner->report();
    switch (m_runner->state()) {
    case CheckRunner::State::Idle:
        m_summary->setText(tr("Not checked yet."));
        break;
    case CheckRunner::State::Running:
        m_summary->setText(tr("Checking… (at most %1 seconds)").arg((m_runner->profile().largestTimeoutMs() + 999) / 1000));
        break;
    case CheckRunner::State::Cancelled:
        m_summary->setText(tr("Stopped. Items not checked are shown as \"%1\".").arg(statusLabel(CheckStatus::Unknown)));
        break;
    case CheckRunner::State::Finished:
        m_summary->setText(tr("Result: %1 — OK %2, Caution %3, NG %4, Answer needed %5, Not checked %6")
                               .arg(statusLabel(current.overall()))
                               .arg(current.count(CheckStatus::Pass))
                               .arg(current.count(CheckStatus::Warn))
                               .arg(current.count(CheckStatus::Fail))
                               .arg(current.count(CheckStatus::Manual))
                               .arg(current.count(CheckStatus::Unknown)));
        break;
    }
    Q_EMIT completeChanged();
}

Status RequirementsPage::saveReport(const QString &path) const
{
    const CheckReport current = report();
    const QString suffix = QFileInfo(path).suffix().toLower();
    auto failed = [&path](const QString &detail) {
        return Error{QStringLiteral("report.write"), tr("The report could not be saved."), path + QStringLiteral(": ") + detail};
    };
    if (suffix == QStringLiteral("pdf")) {
        // QTextDocument renders the same HTML the browser version uses, on A4 for printing.
        QTextDocument document;
        document.setHtml(ReportWriter::toHtml(current));
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        writer.setTitle(tr("GTOL requirements check"));
        document.setPageSize(QSizeF(writer.width(), writer.height()));
        document.print(&writer);
        if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
            return failed(QStringLiteral("PDF not written"));
        return {};
    }
    QByteArray bytes;
    if (suffix == QStringLiteral("json"))
        bytes = QJsonDocument(ReportWriter::toJson(current)).toJson(QJsonDocument::Indented);
    else
        bytes = ReportWriter::toHtml(current).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    file.write(bytes);
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

void RequirementsPage::onSaveClicked()
{
    QString path;
    if (m_chooseFile) {
        path = m_chooseFile();
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Save the check report"),
                                            folder + QStringLiteral("/gtol-check-report.html"),
                                            tr("Web page (*.html);;PDF (*.pdf);;JSON for IT staff (*.json)"));
    }
    if (path.isEmpty())
        return;
    const Status saved = saveReport(path);
    if (!saved) {
        m_summary->setText(saved.error().fullText());
        return;
    }
    Q_EMIT reportSaved(path);
}

} // namespace gtol
