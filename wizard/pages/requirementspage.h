#pragma once

#include "checks/checkreport.h"
#include "checks/linecontract.h"
#include "result.h"

#include <QDateTime>
#include <QStringList>
#include <QWizardPage>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace gtol {

class CheckList;
class CheckRunner;

// Page 1 (利用要件): runs the requirement probes (CheckRunner) with a progress bar, shows each
// item's status in words and icons, what was measured and what to do and by whom, asks the line
// contract, re-runs, saves the report (HTML / PDF / JSON), and lets the clerk continue past NG
// items only after ticking that they understood (the acknowledgement is part of the report).
//
// The page does not store anything: it emits checkFinished() and failuresAcknowledged() for the
// wizard's controller to put into the draft store with the time.
class RequirementsPage : public QWizardPage
{
    Q_OBJECT
public:
    static constexpr int Id = 1; // PageId::Requirements

    // `runner` is used, not owned (a runner without a parent is adopted by the page). The page
    // starts it the first time the page is shown.
    explicit RequirementsPage(CheckRunner *runner, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // Restores the clerk's earlier answer (from the draft) before the check runs.
    void setLineContract(LineContract contract);
    LineContract lineContract() const;

    // The latest results with the line contract and the acknowledgement.
    CheckReport report() const;
    bool failuresAcknowledged() const;

    // Writes the report; the format follows the suffix: .html/.htm, .pdf, .json. Used by the
    // "Save report" button after its file dialog, and directly by tests.
    Status saveReport(const QString &path) const;
    // Tests replace the file dialog (returns the chosen path, empty for cancel).
    void setSaveFileChooser(std::function<QString()> chooser) { m_chooseFile = std::move(chooser); }

public Q_SLOTS:
    void runCheck();

Q_SIGNALS:
    void checkStarted();
    void checkFinished(const gtol::CheckReport &report);
    void lineContractChanged(gtol::LineContract contract);
    // The clerk ticked "continue despite NG" for these ids at that time (empty ids: un-ticked).
    void failuresAcknowledgedChanged(const QStringList &ids, const QDateTime &when);
    void reportSaved(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onFinished(const CheckReport &report);
    void onProgress(int done, int total);
    void onContractChosen();
    void onAcknowledgeToggled(bool checked);
    void onSaveClicked();
    void updateState();
    void retranslate();
    QStringList failedIds() const;

    CheckRunner *m_runner = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_contractLabel = nullptr;
    QComboBox *m_contract = nullptr;
    QLabel *m_contractHint = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    CheckList *m_list = nullptr;
    QPushButton *m_rerun = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_save = nullptr;
    QCheckBox *m_acknowledge = nullptr;
    QStringList m_acknowledgedIds;
    QDateTime m_acknowledgedAt;
    bool m_hasRun = false;
    std::function<QString()> m_chooseFile;
};

} // namespace gtol
