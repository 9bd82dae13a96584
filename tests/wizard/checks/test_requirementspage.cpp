// Page 1 (利用要件) under the offscreen platform: the real page and CheckRunner, fake platform facts,
// a real closed port for an NG item.
#include "catch.h"

#include "pagefixture.h"

#include "pages/requirementspage.h"
#include "widgets/checklist.h"
#include "checks/reportwriter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>

using namespace gtol;

namespace {

bool waitFinished(CheckRunner *runner)
{
    QSignalSpy spy(runner, &CheckRunner::finished);
    return runner->state() == CheckRunner::State::Finished || spy.wait(15000);
}

template <typename T>
T *child(QWidget &page, const char *name)
{
    T *widget = page.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

} // namespace

TEST_CASE("The requirements page runs the check, shows status words, and gates Next on the contract and NG acknowledgement")
{
    CheckRunner *runner = test::clinicRunner(test::clinicPc());
    RequirementsPage page(runner);
    QSignalSpy finishedSpy(&page, &RequirementsPage::checkFinished);
    QSignalSpy ackSpy(&page, &RequirementsPage::failuresAcknowledgedChanged);
    page.show();
    page.initializePage();
    CHECK_FALSE(page.isComplete()); // running
    REQUIRE(waitFinished(runner));

    auto *list = child<CheckList>(page, "checkList");
    CHECK(list->statusTextOf(QStringLiteral("os")) == statusLabel(CheckStatus::Pass));
    CHECK(list->statusTextOf(QStringLiteral("firewall")) == statusLabel(CheckStatus::Fail));
    CHECK(list->statusTextOf(QStringLiteral("other-vpn")) == statusLabel(CheckStatus::Warn));
    CHECK(list->statusTextOf(QStringLiteral("line")) == statusLabel(CheckStatus::Manual));
    // Every row carries its status as a word, never only an icon colour.
    auto *tree = child<QTreeWidget>(page, "checkListTree");
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        CHECK_FALSE(tree->topLevelItem(row)->text(0).isEmpty());
        CHECK_FALSE(tree->topLevelItem(row)->icon(0).isNull());
    }
    auto *progress = child<QProgressBar>(page, "checkProgress");
    CHECK(progress->value() == progress->maximum());
    CHECK(finishedSpy.size() == 1);

    // Details follow the selection and say what to do and who.
    list->selectId(QStringLiteral("firewall"));
    auto *details = page.findChild<QWidget *>(QStringLiteral("checkDetails"));
    REQUIRE(details);
    const QString detailsText = static_cast<QTextEdit *>(details)->toPlainText();
    CHECK(detailsText.contains(QStringLiteral("127.0.0.1:%1").arg(runner->profile().servicePort)));
    CHECK(detailsText.contains(actorLabel(Actor::ItVendor)));

    // The contract must be answered; choosing it re-runs the line item only.
    CHECK_FALSE(page.isComplete());
    auto *combo = child<QComboBox>(page, "lineContractCombo");
    combo->setFocus();
    combo->setCurrentIndex(static_cast<int>(allLineContracts().indexOf(LineContract::FletsHikari)));
    REQUIRE(waitFinished(runner));
    CHECK(list->statusTextOf(QStringLiteral("line")) != statusLabel(CheckStatus::Manual));
    CHECK(page.report().lineContract == LineContract::FletsHikari);

    // NG present: Next stays off until the clerk acknowledges, and the acknowledgement is recorded.
    CHECK_FALSE(page.isComplete());
    auto *acknowledge = child<QCheckBox>(page, "acknowledgeCheckBox");
    CHECK(acknowledge->isVisible());
    QTest::keyClick(acknowledge, Qt::Key_Space);
    CHECK(acknowledge->isChecked());
    CHECK(page.isComplete());
    REQUIRE(ackSpy.size() == 1);
    CHECK(ackSpy.last().at(0).toStringList() == QStringList{QStringLiteral("firewall")});
    CHECK(ackSpy.last().at(1).toDateTime().isValid());
    CHECK(page.report().acknowledgedIds == QStringList{QStringLiteral("firewall")});
    CHECK(page.report().acknowledgedAt == ackSpy.last().at(1).toDateTime());
    CHECK(ReportWriter::toJson(page.report()).value(QStringLiteral("summary")).toObject().contains(QStringLiteral("acknowledged")));
}

TEST_CASE("The requirements page saves the report as HTML, JSON and PDF")
{
    CheckRunner *runner = test::clinicRunner(test::clinicPc());
    RequirementsPage page(runner);
    page.initializePage();
    REQUIRE(waitFinished(runner));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    const QString html = dir.filePath(QStringLiteral("report.html"));
    REQUIRE(page.saveReport(html).ok());
    QFile htmlFile(html);
    REQUIRE(htmlFile.open(QIODevice::ReadOnly));
    const QString htmlText = QString::fromUtf8(htmlFile.readAll());
    CHECK(htmlText.contains(QStringLiteral("127.0.0.1")));
    CHECK(htmlText.contains(statusLabel(CheckStatus::Fail)));

    const QString json = dir.filePath(QStringLiteral("report.json"));
    REQUIRE(page.saveReport(json).ok());
    QFile jsonFile(json);
    REQUIRE(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(jsonFile.readAll()).object();
    CHECK(object.value(QStringLiteral("results")).toArray().size() == runner->probeCount());

    // Through the button, with the file dialog replaced.
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    page.setSaveFileChooser([pdf] { return pdf; });
    QSignalSpy saved(&page, &RequirementsPage::reportSaved);
    child<QPushButton>(page, "saveReportButton")->click();
    REQUIRE(saved.size() == 1);
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == QByteArrayLiteral("%PDF-"));

    // An unwritable place is an error, not a crash.
    CHECK_FALSE(page.saveReport(dir.filePath(QStringLiteral("missing/folder/report.html"))).ok());
}

TEST_CASE("Stopping the check leaves unchecked items as not checked, and Next stays off")
{
    auto facts = test::clinicPc();
    facts->blockMs = 800; // every platform answer is slow
    CheckRunner *runner = test::clinicRunner(facts, 60000);
    RequirementsPage page(runner);
    page.setLineContract(LineContract::FletsHikari);
    page.initializePage();
    CHECK(runner->state() == CheckRunner::State::Running);
    child<QPushButton>(page, "cancelCheckButton")->click();
    CHECK(runner->state() == CheckRunner::State::Cancelled);
    auto *list = child<CheckList>(page, "checkList");
    CHECK(list->statusTextOf(QStringLiteral("os")) == statusLabel(CheckStatus::Unknown));
    CHECK_FALSE(page.isComplete());
    CHECK(child<QPushButton>(page, "rerunButton")->isEnabled());
}

TEST_CASE("The requirements page works by keyboard: every control is reachable with Tab and labelled")
{
    CheckRunner *runner = test::clinicRunner(test::clinicPc());
    RequirementsPage page(runner);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.initializePage();
    REQUIRE(waitFinished(runner));

    auto *combo = child<QComboBox>(page, "lineContractCombo");
    combo->setFocus();
    QStringList reached;
    for (int i = 0; i < 12; ++i) {
        QWidget *focused = QApplication::focusWidget();
        REQUIRE(focused);
        reached.append(focused->objectName());
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    for (const char *name : {"lineContractCombo", "checkListTree", "checkDetails", "rerunButton", "saveReportButton",
                             "acknowledgeCheckBox"})
        CHECK(reached.contains(QLatin1String(name)));
    CHECK_FALSE(combo->accessibleName().isEmpty());
    CHECK_FALSE(child<QTreeWidget>(page, "checkListTree")->accessibleName().isEmpty());

    // Choosing the contract with the keyboard alone.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    CHECK(page.lineContract() == LineContract::FletsHikari);
}
