// The onboarding wizard driven like a clerk drives it: typing into inputs found by objectName,
// pressing Next and Back, closing and opening again on the same store. Real widgets under the
// offscreen platform, a real SQLite store in a temporary folder.
#include "catch.h"
#include "facilitylist.h"
#include "checks/pagefixture.h"
#include "wizarddriver.h"

#include "applicationsummary.h"
#include "pages/applicationpage.h"
#include "pages/confirmpage.h"
#include "store/draftstore.h"
#include "store/facilityindex.h"
#include "store/journal.h"
#include "widgets/stepprogress.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QGroupBox>
#include <QProcess>
#include <QRegularExpression>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>

#include <functional>

using namespace gtol;
using namespace gtol::test;
using Field = ApplicationForm::Field;

namespace {

// Walks a fresh wizard from the start page to the given page, filling each page on the way.
void walkTo(OnboardingWizard &wizard, int target, const SampleApplication &s = {})
{
    if (wizard.currentId() == PageId::Start && target != PageId::Start) {
        find<QAbstractButton>(&wizard, "newApplicationRadio")->click();
        wizard.next();
    }
    if (wizard.currentId() == PageId::Requirements && target != PageId::Requirements)
        wizard.next();
    if (wizard.currentId() == PageId::Email && target != PageId::Email) {
        fillEmail(wizard, s);
        wizard.next();
    }
    if (wizard.currentId() == PageId::Application && target != PageId::Application) {
        fillApplication(wizard, s);
        wizard.next();
    }
    if (wizard.currentId() == PageId::Terms && target != PageId::Terms) {
        readAndAgreeTerms(wizard);
        wizard.next();
    }
}

QStringList inflatedStreams(const QByteArray &pdf)
{
    QStringList out;
    qsizetype pos = 0;
    while (true) {
        const qsizetype start = pdf.indexOf("stream\n", pos);
        if (start < 0)
            break;
        const qsizetype dataStart = start + 7;
        const qsizetype end = pdf.indexOf("endstream", dataStart);
        if (end < 0)
            break;
        QByteArray data = pdf.mid(dataStart, end - dataStart);
        // qUncompress wants zlib data behind a 4-byte big-endian size hint.
        QByteArray withHeader(4, '\0');
        qToBigEndian<quint32>(quint32(data.size() * 40 + 1024), withHeader.data());
        const bool flate = pdf.lastIndexOf("<<", start) >= 0
                           && pdf.mid(pdf.lastIndexOf("<<", start), start - pdf.lastIndexOf("<<", start)).contains("FlateDecode");
        const QByteArray inflated = flate ? qUncompress(withHeader + data) : QByteArray();
        out.append(QString::fromLatin1(inflated.isEmpty() ? data : inflated));
        pos = end + 9;
    }
    return out;
}

// The code points a ToUnicode CMap maps glyphs to (bfchar and bfrange entries).
QSet<char16_t> toUnicodeTargets(const QString &cmap)
{
    QSet<char16_t> targets;
    static const QRegularExpression bfchar(QStringLiteral("<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]{4,})>"));
    for (auto it = bfchar.globalMatch(cmap); it.hasNext();) {
        const QString hex = it.next().captured(2);
        for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
            targets.insert(char16_t(hex.mid(i, 4).toUShort(nullptr, 16)));
    }
    static const QRegularExpression arrayEntry(QStringLiteral("\\[((?:\\s*<[0-9A-Fa-f]+>)+)\\s*\\]"));
    static const QRegularExpression hexRe(QStringLiteral("<([0-9A-Fa-f]+)>"));
    for (auto it = arrayEntry.globalMatch(cmap); it.hasNext();) {
        const QString entries = it.next().captured(1);
        for (auto h = hexRe.globalMatch(entries); h.hasNext();) {
            const QString hex = h.next().captured(1);
            for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
                targets.insert(char16_t(hex.mid(i, 4).toUShort(nullptr, 16)));
        }
    }
    return targets;
}

// Shows the wizard with the real self-check (a clinic PC) and runs `onPage` on each page from the
// start to the confirmation, as a clerk reaches them; then `atEnd` on the confirm page.
void visitPagesUpToConfirm(const std::function<void(OnboardingWizard &)> &onPage,
                           const std::function<void(OnboardingWizard &)> &atEnd = {})
{
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    f.controller->openLatestDraft();
    f.wizard = std::make_unique<OnboardingWizard>(*f.controller);
    OnboardingWizard &wizard = *f.wizard;
    wizard.useRequirementsCheck([](QObject *parent) {
        CheckRunner *runner = test::clinicRunner(test::clinicPc(), 2000);
        runner->setParent(parent);
        return runner;
    });
    wizard.show();
    auto checkPage = [&] { onPage(wizard); };
    find<QAbstractButton>(&wizard, "newApplicationRadio")->click();
    checkPage();
    wizard.next();
    REQUIRE(wizard.currentId() == PageId::Requirements);
    checkPage();
    wizard.next(); // passed through: the check is a measurement, not a gate for this test
    for (int target : {PageId::Email, PageId::Application, PageId::Terms, PageId::Confirm}) {
        walkTo(wizard, target);
        REQUIRE(wizard.currentId() == target);
        checkPage();
    }
    if (atEnd)
        atEnd(wizard);
}

} // namespace

TEST_CASE("Page ids are stable and every page is in the wizard", "[wizard]")
{
    STATIC_REQUIRE(PageId::Start == 0);
    STATIC_REQUIRE(PageId::Requirements == 1);
    STATIC_REQUIRE(PageId::Email == 2);
    STATIC_REQUIRE(PageId::Application == 3);
    STATIC_REQUIRE(PageId::Terms == 4);
    STATIC_REQUIRE(PageId::Confirm == 5);
    STATIC_REQUIRE(PageId::Submitted == 6);
    STATIC_REQUIRE(PageId::PasswordChange == 7);
    STATIC_REQUIRE(PageId::ConnectionTool == 8);
    STATIC_REQUIRE(PageId::Done == 9);
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    REQUIRE(f.ok);
    OnboardingWizard &wizard = f.show();
    REQUIRE(wizard.pageIds() == QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    REQUIRE(wizard.currentId() == PageId::Start);
}

TEST_CASE("\"I already have a user ID\" jumps from the start page to the password change", "[wizard]")
{
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    find<QAbstractButton>(&wizard, "haveUserIdRadio")->click();
    wizard.next();
    REQUIRE(wizard.currentId() == PageId::PasswordChange);
    REQUIRE(wizard.stepProgress()->currentStep() == 4);
}

TEST_CASE("E-mail page: mismatch shown as you type, mobile warning, confirm before send, Next after send", "[wizard]")
{
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    walkTo(wizard, PageId::Email);
    REQUIRE(wizard.currentId() == PageId::Email);
    REQUIRE_FALSE(nextEnabled(wizard));

    auto *status = find<QLabel>(&wizard, "emailStatusLabel");
    typeInto(&wizard, "emailEdit", QStringLiteral("jimu@docomo.ne.jp"));
    typeInto(&wizard, "emailConfirmEdit", QStringLiteral("jimu@dacomo"), false);
    REQUIRE(status->text().startsWith(QStringLiteral("※")));
    REQUIRE_FALSE(find<QAbstractButton>(&wizard, "emailToConfirmButton")->isEnabled());
    // A mobile-carrier address is warned about, not refused.
    REQUIRE(find<QLabel>(&wizard, "emailMobileWarning")->isVisible());

    edit(&wizard, "emailConfirmEdit")->clear();
    typeInto(&wizard, "emailConfirmEdit", QStringLiteral("jimu@docomo.ne.jp"));
    REQUIRE(status->text().startsWith(QStringLiteral("✓")));
    auto *toConfirm = find<QAbstractButton>(&wizard, "emailToConfirmButton");
    REQUIRE(toConfirm->isEnabled());
    REQUIRE_FALSE(nextEnabled(wizard)); // not sent yet
    toConfirm->click();
    REQUIRE(find<QGroupBox>(&wizard, "emailConfirmBox")->isVisible());
    REQUIRE(find<QLabel>(&wizard, "emailConfirmAddressLabel")->text() == QStringLiteral("jimu@docomo.ne.jp"));
    REQUIRE(edit(&wizard, "emailEdit")->isReadOnly());
    REQUIRE_FALSE(nextEnabled(wizard));

    // No backend connected: the send completes locally.
    find<QAbstractButton>(&wizard, "emailSendButton")->click();
    REQUIRE(nextEnabled(wizard));
    REQUIRE_FALSE(edit(&wizard, "emailEdit")->isReadOnly());

    // Changing the address afterwards means it has to be sent again.
    typeInto(&wizard, "emailEdit", QStringLiteral("x"));
    REQUIRE_FALSE(nextEnabled(wizard));
}

TEST_CASE("E-mail send goes to a connected backend and waits for its answer", "[wizard]")
{
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    QStringList sentTo;
    QObject::connect(f.controller.get(), &OnboardingController::emailSendRequested, f.controller.get(),
                     [&sentTo](const QString &address) { sentTo.append(address); });
    walkTo(wizard, PageId::Email);
    typeInto(&wizard, "emailEdit", QStringLiteral("jimu@clinic.example.jp"));
    typeInto(&wizard, "emailConfirmEdit", QStringLiteral("jimu@clinic.example.jp"));
    find<QAbstractButton>(&wizard, "emailToConfirmButton")->click();
    find<QAbstractButton>(&wizard, "emailSendButton")->click();
    REQUIRE(sentTo == QStringList{QStringLiteral("jimu@clinic.example.jp")});
    REQUIRE_FALSE(nextEnabled(wizard));
    f.controller->finishEmailSend(Error{QStringLiteral("net.offline"), QStringLiteral("offline"), {}});
    REQUIRE_FALSE(nextEnabled(wizard));
    REQUIRE(find<QLabel>(&wizard, "emailSentLabel")->text().contains(QStringLiteral("offline")));
    f.controller->finishEmailSend({});
    REQUIRE(nextEnabled(wizard));
}

TEST_CASE("Application page: errors next to fields, Next disabled with the reason, readings converted", "[wizard]")
{
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    walkTo(wizard, PageId::Application);
    REQUIRE(wizard.currentId() == PageId::Application);
    REQUIRE(wizard.stepProgress()->currentStep() == 2);
    auto *combo = find<QComboBox>(&wizard, "prefectureCombo");
    REQUIRE(combo->count() == 47);
    REQUIRE(combo->currentData().toString() == QStringLiteral("29"));
    REQUIRE(find<QLabel>(&wizard, "notificationEmailLabel")->text() == SampleApplication().email);

    REQUIRE_FALSE(nextEnabled(wizard));
    auto *blocker = find<QLabel>(&wizard, "applicationBlockerLabel");
    REQUIRE_FALSE(blocker->text().isEmpty());

    // A phone number that is too short: the error appears under the field once it is left.
    typeInto(&wizard, "facilityPhoneEdit", QStringLiteral("0742"));
    auto *phoneError = find<QLabel>(&wizard, "facilityPhoneError");
    REQUIRE_FALSE(phoneError->isHidden());
    REQUIRE_FALSE(phoneError->text().isEmpty());
    // Untouched fields do not shout yet.
    REQUIRE(find<QLabel>(&wizard, "managerNameError")->isHidden());

    const SampleApplication s;
    edit(&wizard, "facilityPhoneEdit")->clear();
    fillApplication(wizard, s);
    REQUIRE(phoneError->isHidden());
    // Converted on leaving the field, visibly.
    REQUIRE(edit(&wizard, "managerNameKanaEdit")->text() == s.managerNameKana);
    REQUIRE(edit(&wizard, "applicantNameKanaEdit")->text() == s.applicantNameKana);
    REQUIRE_FALSE(find<QLabel>(&wizard, "managerNameKanaNote")->isHidden());
    REQUIRE(edit(&wizard, "facilityPhoneEdit")->text() == s.facilityPhone);
    REQUIRE(f.controller->value(Field::FacilityCode) == QStringLiteral("2910101043"));
    REQUIRE(nextEnabled(wizard));
    REQUIRE(blocker->text().startsWith(QStringLiteral("✓")));

    // Emptying a required field disables Next again and says why.
    edit(&wizard, "positionEdit")->selectAll();
    QTest::keyClick(edit(&wizard, "positionEdit"), Qt::Key_Delete);
    REQUIRE_FALSE(nextEnabled(wizard));
    QString positionLabel;
    for (QLabel *label : wizard.findChildren<QLabel *>()) {
        if (label->buddy() == edit(&wizard, "positionEdit"))
            positionLabel = label->text();
    }
    REQUIRE_FALSE(positionLabel.isEmpty());
    REQUIRE(blocker->text().contains(positionLabel));
    REQUIRE_FALSE(blocker->text().startsWith(QStringLiteral("✓")));
}

TEST_CASE("Facility picker narrows on every keystroke, arrow keys and Enter pick", "[wizard]")
{
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    walkTo(wizard, PageId::Application);
    QLineEdit *search = edit(&wizard, "facilitySearchEdit");
    auto *list = find<QListWidget>(&wizard, "facilityResultList");
    search->setFocus();
    typeText(search, QStringLiteral("奈良"));
    const int broad = list->count();
    REQUIRE(broad > 1);
    typeText(search, QStringLiteral("市立"));
    const int narrow = list->count();
    REQUIRE(narrow >= 1);
    REQUIRE(narrow < broad);
    for (int i = 0; i < narrow; ++i)
        REQUIRE(list->item(i)->text().contains(QStringLiteral("奈良市立")));

    QTest::keyClick(search, Qt::Key_Down);
    const int row = narrow > 1 ? 1 : 0;
    REQUIRE(list->currentRow() == row);
    const QString code = list->item(row)->data(Qt::UserRole).toString();
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(wizard.currentId() == PageId::Application); // Enter picked; it did not press Next
    REQUIRE(f.controller->value(Field::FacilityCode) == code);
    const QString detail = find<QLabel>(&wizard, "facilityAddressLabel")->text();
    REQUIRE(detail.contains(code));
    // The address as it is written, in every UI language (this test runs in English): postal
    // code, then the prefecture's Japanese name, then the rest.
    const std::optional<Facility> chosen = f.controller->facility(code);
    REQUIRE(chosen);
    CHECK(detail.contains(u'〒' + chosen->postalCode.left(3) + u'-' + chosen->postalCode.mid(3) + u' '
                          + QStringLiteral("奈良県") + chosen->address));
    CHECK_FALSE(detail.contains(f.controller->prefectureName(QStringLiteral("29")))); // not "Nara"
}

TEST_CASE("Back never loses data, and the draft on disk keeps it", "[wizard]")
{
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    const SampleApplication s;
    walkTo(wizard, PageId::Terms, s);
    REQUIRE(wizard.currentId() == PageId::Terms);
    wizard.back();
    REQUIRE(wizard.currentId() == PageId::Application);
    REQUIRE(edit(&wizard, "managerNameEdit")->text() == s.managerName);
    REQUIRE(edit(&wizard, "applicantContactEdit")->text() == s.applicantContact);
    wizard.back();
    REQUIRE(wizard.currentId() == PageId::Email);
    REQUIRE(edit(&wizard, "emailEdit")->text() == s.email);
    REQUIRE(edit(&wizard, "emailConfirmEdit")->text() == s.email);
    REQUIRE(nextEnabled(wizard));
    wizard.back();
    wizard.back();
    REQUIRE(wizard.currentId() == PageId::Start);

    // What Back passed over is still in the store, not blanked by cleanupPage.
    DraftStore drafts(f.store);
    auto draft = drafts.load(f.controller->draftId());
    REQUIRE(draft.ok());
    REQUIRE(draft->form.value(Field::ManagerName) == s.managerName);
    REQUIRE(draft->form.value(Field::ManagerNameKana) == s.managerNameKana);
    REQUIRE(draft->form.value(Field::Email) == s.email);
    REQUIRE(draft->form.value(Field::FacilityPhone) == s.facilityPhone);

    // And forward again shows the same values without retyping.
    wizard.next();
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == PageId::Application);
    REQUIRE(edit(&wizard, "applicantNameKanaEdit")->text() == s.applicantNameKana);
    REQUIRE(nextEnabled(wizard));
}

TEST_CASE("Closing and reopening on the same store lands on the same page with the same values", "[wizard]")
{
    QTemporaryDir dir;
    const SampleApplication s;
    {
        WizardFixture f(dir.path());
        OnboardingWizard &wizard = f.show();
        walkTo(wizard, PageId::Confirm, s);
        REQUIRE(wizard.currentId() == PageId::Confirm);
        wizard.close();
    }
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    REQUIRE(wizard.currentId() == PageId::Confirm);
    auto *confirm = qobject_cast<ConfirmPage *>(wizard.currentPage());
    REQUIRE(confirm);
    REQUIRE(confirm->valueLabel(QStringLiteral("facility"))->text() == s.facilityName);
    // As on the service's confirmation screen, with the postal code, in Japanese in any UI language.
    REQUIRE(confirm->valueLabel(QStringLiteral("facilityAddress"))->text()
            == QStringLiteral("〒630-8373 奈良県奈良市南市町２５"));
    REQUIRE(confirm->valueLabel(QStringLiteral("managerNameKana"))->text() == s.managerNameKana);
    REQUIRE(confirm->valueLabel(QStringLiteral("email"))->text() == s.email);
    // History is rebuilt: Back goes to the terms (still agreed) and the form (still filled).
    wizard.back();
    REQUIRE(wizard.currentId() == PageId::Terms);
    REQUIRE(find<QCheckBox>(&wizard, "consentCheck")->isChecked());
    wizard.back();
    REQUIRE(wizard.currentId() == PageId::Application);
    REQUIRE(edit(&wizard, "managerNameEdit")->text() == s.managerName);

    // The middle of the form too: a fresh store, stopped on the application page mid-way.
    QTemporaryDir dir2;
    {
        WizardFixture g(dir2.path());
        OnboardingWizard &w = g.show();
        walkTo(w, PageId::Application, s);
        typeInto(&w, "managerNameEdit", s.managerName);
        typeInto(&w, "departmentEdit", s.department, false); // still focused when closed
        w.close();
    }
    WizardFixture g(dir2.path());
    OnboardingWizard &w = g.show();
    REQUIRE(w.currentId() == PageId::Application);
    REQUIRE(edit(&w, "managerNameEdit")->text() == s.managerName);
    REQUIRE(edit(&w, "departmentEdit")->text() == s.department);
}

TEST_CASE("The back-to-form button on the confirm page returns to the form with its values", "[wizard]")
{
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    const SampleApplication s;
    walkTo(wizard, PageId::Confirm, s);
    find<QAbstractButton>(&wizard, "backToFormButton")->click();
    REQUIRE(wizard.currentId() == PageId::Application);
    REQUIRE(edit(&wizard, "positionEdit")->text() == s.position);
}

TEST_CASE("Terms: the box opens after scrolling to the end, consent records version, SHA-256 and time", "[wizard]")
{
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    wizard.resize(760, 520); // small enough that the terms need scrolling
    walkTo(wizard, PageId::Terms);
    REQUIRE(wizard.currentId() == PageId::Terms);
    QApplication::processEvents();
    auto *view = find<QTextBrowser>(&wizard, "termsView");
    auto *check = find<QCheckBox>(&wizard, "consentCheck");
    REQUIRE(view->verticalScrollBar()->maximum() > 0);
    REQUIRE_FALSE(check->isEnabled());
    REQUIRE(find<QLabel>(&wizard, "termsSampleNotice")->isVisible());
    REQUIRE_FALSE(nextEnabled(wizard));

    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    REQUIRE(check->isEnabled());
    check->click();
    REQUIRE(nextEnabled(wizard));
    const QJsonObject consent = f.controller->state(OnboardingController::ConsentKey).toObject();
    const QString expectedHash = QString::fromLatin1(
        QCryptographicHash::hash(view->toPlainText().toUtf8(), QCryptographicHash::Sha256).toHex());
    REQUIRE(consent.value(QStringLiteral("sha256")).toString() == expectedHash);
    REQUIRE(consent.value(QStringLiteral("version")).toString() == f.controller->terms().version);
    REQUIRE(QDateTime::fromString(consent.value(QStringLiteral("agreedAt")).toString(), Qt::ISODateWithMs).isValid());

    // New terms text: the old consent no longer counts.
    OnboardingController::Terms newer = f.controller->terms();
    newer.text += QStringLiteral("\n第8条（追加）");
    newer.version = QStringLiteral("2026-04");
    newer.sample = false;
    f.controller->setTerms(newer);
    REQUIRE_FALSE(check->isChecked());
    REQUIRE_FALSE(nextEnabled(wizard));
}

TEST_CASE("Confirm page saves a PDF with the facility name in an embedded Japanese font", "[wizard]")
{
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    const SampleApplication s;
    walkTo(wizard, PageId::Confirm, s);
    auto *confirm = qobject_cast<ConfirmPage *>(wizard.currentPage());
    REQUIRE(confirm);
    const QString path = dir.filePath(QStringLiteral("application.pdf"));
    REQUIRE(confirm->savePdf(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    REQUIRE(pdf.startsWith("%PDF-"));
    REQUIRE(pdf.size() > 1000);
    // An embedded font program (TrueType or CFF) and a ToUnicode map: the text is text.
    REQUIRE((pdf.contains("/FontFile2") || pdf.contains("/FontFile3")));
    REQUIRE(pdf.contains("/ToUnicode"));

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess extract;
        extract.start(pdftotext, {path, QStringLiteral("-")});
        REQUIRE(extract.waitForFinished(20000));
        const QString text = QString::fromUtf8(extract.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        REQUIRE(text.contains(s.facilityName));
    } else {
        // Without pdftotext: every character of the facility name is one the embedded font's
        // ToUnicode map produces (the map holds only the glyphs the document uses). Compared
        // after NFKC, as text extraction does: Qt may map a shared glyph to its Kangxi radical
        // (U+2F08 for 人), which NFKC folds back.
        QSet<char16_t> targets;
        for (const QString &stream : inflatedStreams(pdf)) {
            if (stream.contains(QStringLiteral("beginbfchar")) || stream.contains(QStringLiteral("beginbfrange"))) {
                for (char16_t c : toUnicodeTargets(stream)) {
                    const QString folded = QString(QChar(c)).normalized(QString::NormalizationForm_KC);
                    targets.insert(folded.size() == 1 ? folded.at(0).unicode() : c);
                }
            }
        }
        REQUIRE_FALSE(targets.isEmpty());
        for (QChar c : s.facilityName) {
            INFO("character " << QString(c));
            REQUIRE(targets.contains(c.unicode()));
        }
        // A character the document does not use is not there (the check can fail).
        REQUIRE_FALSE(targets.contains(u'鬱'));
    }
}

TEST_CASE("Every input has an objectName, an accessible name and a label buddy", "[wizard]")
{
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    // Pages make their widgets on the first visit: visit them all.
    walkTo(wizard, PageId::Confirm);
    REQUIRE(wizard.currentId() == PageId::Confirm);
    QSet<QWidget *> buddies;
    const QList<QLabel *> labels = wizard.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy())
            buddies.insert(label->buddy());
    }
    int inputs = 0;
    const QList<QWidget *> widgets = wizard.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool textInput = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w);
        const bool otherInput = qobject_cast<QAbstractButton *>(w) || qobject_cast<QListWidget *>(w)
                                || qobject_cast<QTextBrowser *>(w);
        if (!textInput && !otherInput)
            continue;
        // Qt's own parts (the wizard's buttons, a combo's internal line edit, scroll bars) are skipped.
        if (w->objectName().startsWith(QStringLiteral("qt_")) || w->parent() == &wizard
            || qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QLineEdit *>(w->parentWidget()))
            continue;
        if (qobject_cast<QAbstractButton *>(w) && !qobject_cast<QAbstractButton *>(w)->text().isEmpty()) {
            INFO("button " << w->objectName());
            REQUIRE_FALSE(w->objectName().isEmpty());
            continue; // a button's text is its accessible name
        }
        ++inputs;
        INFO("input " << w->metaObject()->className() << " " << w->objectName());
        REQUIRE_FALSE(w->objectName().isEmpty());
        REQUIRE_FALSE(w->accessibleName().isEmpty());
        if (textInput)
            REQUIRE(buddies.contains(w));
    }
    REQUIRE(inputs >= 12);
}

TEST_CASE("Tab order on the application form follows the form", "[wizard]")
{
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    walkTo(wizard, PageId::Application);
    const QStringList expected{QStringLiteral("prefectureCombo"),     QStringLiteral("facilitySearchEdit"),
                               QStringLiteral("facilityFilterButton"), QStringLiteral("facilityResultList"),
                               QStringLiteral("managerNameEdit"),      QStringLiteral("managerNameKanaEdit"),
                               QStringLiteral("applicantNameEdit"),    QStringLiteral("applicantNameKanaEdit"),
                               QStringLiteral("departmentEdit"),       QStringLiteral("positionEdit"),
                               QStringLiteral("facilityPhoneEdit"),    QStringLiteral("applicantContactEdit")};
    QStringList seen;
    QWidget *w = find<QWidget>(&wizard, "prefectureCombo");
    for (int i = 0; i < 200 && seen.size() < expected.size(); ++i) {
        if (expected.contains(w->objectName()) && !seen.contains(w->objectName()))
            seen.append(w->objectName());
        w = w->nextInFocusChain();
    }
    REQUIRE(seen == expected);
}

TEST_CASE("Draft file: save from the menu, open in another store, values come back", "[wizard]")
{
    QTemporaryDir dir;
    const SampleApplication s;
    const QString file = dir.filePath(QStringLiteral("prepared.gtoldraft"));
    {
        QTemporaryDir storeDir;
        WizardFixture f(storeDir.path());
        OnboardingWizard &wizard = f.show();
        walkTo(wizard, PageId::Terms, s);
        REQUIRE(wizard.saveDraftFile(file));
        REQUIRE(QFile(file).size() > 0);
    }
    QTemporaryDir storeDir;
    WizardFixture f(storeDir.path());
    OnboardingWizard &wizard = f.show();
    REQUIRE(wizard.openDraftFile(file));
    REQUIRE(f.controller->value(Field::ManagerNameKana) == s.managerNameKana);
    REQUIRE(f.controller->value(Field::FacilityCode) == QStringLiteral("2910101043"));
    // The e-mail has not been sent from this PC, so the walk stops there.
    REQUIRE(wizard.currentId() == PageId::Email);
    REQUIRE(edit(&wizard, "emailEdit")->text() == s.email);
}

TEST_CASE("Resuming a saved draft from the start page goes to where it was left", "[wizard]")
{
    QTemporaryDir dir;
    const SampleApplication s;
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    walkTo(wizard, PageId::Terms, s);
    const qint64 first = f.controller->draftId();
    // Start another application, then come back to the first from the list.
    wizard.newApplication();
    REQUIRE(wizard.currentId() == PageId::Start);
    wizard.next();
    REQUIRE(f.controller->draftId() != first);
    wizard.restart();
    auto *list = find<QListWidget>(&wizard, "draftList");
    REQUIRE(list->count() == 2);
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toLongLong() == first)
            list->setCurrentRow(i);
    }
    REQUIRE(list->currentItem()->text().contains(s.facilityName));
    wizard.next();
    REQUIRE(QTest::qWaitFor([&wizard] { return wizard.currentId() == PageId::Terms; }, 2000));
    REQUIRE(f.controller->draftId() == first);
}

TEST_CASE("The journal records pages and what was typed and stored", "[wizard]")
{
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    const SampleApplication s;
    walkTo(wizard, PageId::Terms, s);
    Journal journal(f.store);
    auto events = journal.events(f.controller->draftId());
    REQUIRE(events.ok());
    bool kanaChange = false;
    bool enteredApplication = false;
    for (const JournalEvent &e : events.value()) {
        if (e.kind == JournalEvent::Kind::FieldChange && e.fieldKey == QStringLiteral("managerNameKana")
            && e.typedValue == s.managerNameKanaTyped && e.storedValue == s.managerNameKana)
            kanaChange = true;
        if (e.kind == JournalEvent::Kind::PageEnter && e.pageId == PageId::Application)
            enteredApplication = true;
    }
    REQUIRE(kanaChange);
    REQUIRE(enteredApplication);
}

TEST_CASE("Closing the wizard journals leaving the page once", "[wizard]")
{
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    const SampleApplication s;
    walkTo(wizard, PageId::Application, s);
    wizard.close();
    auto events = Journal(f.store).events(f.controller->draftId());
    REQUIRE(events.ok());
    REQUIRE_FALSE(events->isEmpty());
    int leftApplication = 0;
    for (const JournalEvent &e : events.value()) {
        if (e.kind == JournalEvent::Kind::PageLeave && e.pageId == PageId::Application)
            ++leftApplication;
    }
    // Support reads the journal as a timeline: one leave per visit, the last event of the session.
    CHECK(leftApplication == 1);
    CHECK(events->last().kind == JournalEvent::Kind::PageLeave);
}

TEST_CASE("The real self-check is page 1, the line contract answer is kept with the draft", "[wizard]")
{
    QTemporaryDir dir;
    auto makeRunner = [](QObject *parent) {
        CheckRunner *runner = test::clinicRunner(test::clinicPc(), 2000);
        runner->setParent(parent);
        return runner;
    };
    QString chosenKey;
    {
        WizardFixture f(dir.path());
        f.controller->openLatestDraft();
        f.wizard = std::make_unique<OnboardingWizard>(*f.controller);
        OnboardingWizard &wizard = *f.wizard;
        wizard.useRequirementsCheck(makeRunner);
        wizard.show();
        find<QAbstractButton>(&wizard, "newApplicationRadio")->click();
        wizard.next();
        REQUIRE(wizard.currentId() == PageId::Requirements);
        REQUIRE(wizard.currentPage()->objectName() == QStringLiteral("requirementsPage"));
        auto *combo = find<QComboBox>(&wizard, "lineContractCombo");
        REQUIRE(combo);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        chosenKey = combo->currentData().toString();
        REQUIRE_FALSE(chosenKey.isEmpty());
        REQUIRE(f.controller->state(u"lineContract").toString() == chosenKey);
        // The finished check is in the session journal for support.
        auto checkResults = [&f] {
            int n = 0;
            auto events = Journal(f.store).events(f.controller->draftId());
            for (const JournalEvent &e : events.value())
                n += e.kind == JournalEvent::Kind::CheckResult && e.pageId == PageId::Requirements ? 1 : 0;
            return n;
        };
        REQUIRE(QTest::qWaitFor([&] { return checkResults() >= 1; }, 15000));
        wizard.close();
    }
    WizardFixture f(dir.path());
    f.controller->openLatestDraft();
    f.wizard = std::make_unique<OnboardingWizard>(*f.controller);
    OnboardingWizard &wizard = *f.wizard;
    wizard.useRequirementsCheck(makeRunner);
    wizard.show();
    wizard.restoreSavedPage();
    REQUIRE(wizard.currentId() == PageId::Requirements);
    REQUIRE(find<QComboBox>(&wizard, "lineContractCombo")->currentData().toString() == chosenKey);
}

TEST_CASE("The display language chosen in the menu is remembered for the next start", "[wizard]")
{
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    QSettings settings;
    const QVariant before = settings.value(QStringLiteral("ui/language"));
    find<QAction>(&wizard, "englishAction")->trigger();
    REQUIRE(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("en"));
    find<QAction>(&wizard, "japaneseAction")->trigger();
    REQUIRE(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("ja"));
    if (before.isValid())
        settings.setValue(QStringLiteral("ui/language"), before);
    else
        settings.remove(QStringLiteral("ui/language"));
}

TEST_CASE("A save that fails is told to the clerk, and the value stays on screen", "[wizard]")
{
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    walkTo(wizard, PageId::Application);
    QSignalSpy failures(f.controller.get(), &OnboardingController::storageFailed);
    f.store.database().failAfter(1);
    typeInto(&wizard, "departmentEdit", QStringLiteral("医事課"));
    REQUIRE(failures.size() >= 1);
    // Every later keystroke failing too still shows one message, not a pile of them.
    f.store.database().failAfter(1);
    typeInto(&wizard, "positionEdit", QStringLiteral("主任"));
    REQUIRE(wizard.findChildren<QMessageBox *>().size() == 1);
    REQUIRE(f.controller->lastError().has_value());
    bool told = false;
    for (QMessageBox *box : wizard.findChildren<QMessageBox *>())
        told = told || box->isVisible();
    REQUIRE(told);
    REQUIRE(edit(&wizard, "departmentEdit")->text() == QStringLiteral("医事課"));
    f.store.database().failAfter(0);
}

TEST_CASE("A .gtoldraft dropped on the start page is imported on Next, other files are refused", "[wizard]")
{
    QTemporaryDir dir;
    const SampleApplication s;
    const QString file = dir.filePath(QStringLiteral("from-it.gtoldraft"));
    {
        QTemporaryDir storeDir;
        WizardFixture f(storeDir.path());
        OnboardingWizard &wizard = f.show();
        walkTo(wizard, PageId::Terms, s);
        REQUIRE(wizard.saveDraftFile(file));
    }
    QTemporaryDir storeDir;
    WizardFixture f(storeDir.path());
    OnboardingWizard &wizard = f.show();
    QWidget *start = wizard.currentPage();
    auto drop = [start](const QString &path) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(start, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropEvent(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(start, &dropEvent);
        return dropEvent.isAccepted();
    };
    REQUIRE_FALSE(drop(dir.filePath(QStringLiteral("notes.txt"))));
    REQUIRE(drop(file));
    REQUIRE(find<QAbstractButton>(&wizard, "importDraftRadio")->property("checked").toBool());
    wizard.next();
    REQUIRE(QTest::qWaitFor([&wizard] { return wizard.currentId() == PageId::Email; }, 2000));
    REQUIRE(f.controller->value(Field::ApplicantName) == s.applicantName);
}

TEST_CASE("The application form can be filled with the keyboard alone", "[wizard]")
{
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    walkTo(wizard, PageId::Application);
    QApplication::setActiveWindow(&wizard);
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    const SampleApplication s;
    auto typeHere = [](const QString &text) { typeText(QApplication::focusWidget(), text); };
    auto tab = [] { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); };

    find<QWidget>(&wizard, "prefectureCombo")->setFocus(Qt::TabFocusReason);
    tab();
    REQUIRE(QApplication::focusWidget()->objectName() == QStringLiteral("facilitySearchEdit"));
    typeHere(s.facilityQuery);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // picks the highlighted result
    // Picking moves on to the next field.
    REQUIRE(QApplication::focusWidget()->objectName() == QStringLiteral("managerNameEdit"));
    const QStringList values{s.managerName, s.managerNameKanaTyped, s.applicantName, s.applicantNameKanaTyped,
                             s.department, s.position, s.facilityPhoneTyped, s.applicantContact};
    for (const QString &value : values) {
        typeHere(value);
        tab();
    }
    REQUIRE(f.controller->applicationIssues().isEmpty());
    REQUIRE(edit(&wizard, "managerNameKanaEdit")->text() == s.managerNameKana);
    REQUIRE(nextEnabled(wizard));
    // Alt+N is Next, as the button's mnemonic says.
    // Next carries a mnemonic and is reached by Tab and pressed with Space.
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    REQUIRE(next->text().contains(u'&'));
    for (int i = 0; i < 10 && QApplication::focusWidget() != next; ++i)
        tab();
    REQUIRE(QApplication::focusWidget() == next);
    QTest::keyClick(next, Qt::Key_Space);
    REQUIRE(wizard.currentId() == PageId::Terms);
}

TEST_CASE("After Next the keys go to the new page, never to a hidden field of the page left", "[wizard]")
{
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    QApplication::setActiveWindow(&wizard);
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    const SampleApplication s;
    walkTo(wizard, PageId::Application, s);
    // The form opens with the cursor in its first field, not on the invisible scroll area.
    REQUIRE(QApplication::focusWidget() == find<QWidget>(&wizard, "prefectureCombo"));

    fillApplication(wizard, s);
    QLineEdit *contact = edit(&wizard, "applicantContactEdit");
    contact->setFocus(Qt::TabFocusReason);
    wizard.next(); // Alt+N with the cursor still in the last field
    REQUIRE(wizard.currentId() == PageId::Terms);
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus);
    REQUIRE(focus->isVisible());
    REQUIRE(wizard.currentPage()->isAncestorOf(focus));
    // The clerk reads with the keyboard at once: the terms text has the focus, End scrolls it.
    REQUIRE(focus == find<QWidget>(&wizard, "termsView"));
    typeText(focus, QStringLiteral("99"));
    QTest::keyClick(focus, Qt::Key_End);
    REQUIRE(contact->text() == s.applicantContact);
    REQUIRE(f.controller->value(Field::ApplicantContact) == s.applicantContact);
    REQUIRE(find<QCheckBox>(&wizard, "consentCheck")->isEnabled());
}

TEST_CASE("A prefecture whose facility list is not on this PC is said so, not passed off as no match", "[wizard]")
{
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    const SampleApplication s;
    walkTo(wizard, PageId::Application, s);
    auto *prefecture = find<QComboBox>(&wizard, "prefectureCombo");
    auto *search = find<QLineEdit>(&wizard, "facilitySearchEdit");
    auto *said = find<QLabel>(&wizard, "facilityCountLabel");
    search->setFocus();

    // In Nara (built in), a name that is not there is an ordinary "no match".
    typeText(search, QStringLiteral("存在しない医院"));
    CHECK(said->text().contains(QStringLiteral("No facility matches")));

    // Tokyo's list is not on this PC: that is what the clerk is told.
    prefecture->setCurrentIndex(prefecture->findData(QStringLiteral("13")));
    search->clear();
    typeText(search, QStringLiteral("山田"));
    INFO(said->text().toStdString());
    CHECK(said->text().contains(QStringLiteral("東京都")));
    CHECK(said->text().contains(QStringLiteral("not on this PC")));

    // The list arrives from the service: the picker searches again without another keystroke.
    FacilityIndex index(f.store);
    REQUIRE(test::importFacilityRows(index, dir.path(), "1310100001,山田内科クリニック,1000001,千代田区千代田１\n"));
    f.controller->facilityMasterReplaced();
    auto *list = find<QListWidget>(&wizard, "facilityResultList");
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("山田内科クリニック")));
}

TEST_CASE("Esc in a field does not close the wizard", "[wizard]")
{
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    const SampleApplication s;
    walkTo(wizard, PageId::Application, s);
    QWidget *field = find<QLineEdit>(&wizard, "managerNameEdit");
    REQUIRE(field);
    field->setFocus();
    // An input method cancels a conversion with Esc; the press that reaches the wizard after it
    // must not close the window on the clerk.
    QTest::keyClick(field, Qt::Key_Escape);
    QTest::keyClick(field, Qt::Key_Escape);
    CHECK(wizard.isVisible());
    CHECK(wizard.currentId() == PageId::Application);
    CHECK(wizard.result() == 0);
}

TEST_CASE("Every page shows its title in the header band, the self-check too", "[wizard]")
{
    // QWizard's modern style puts the title in the header band only when the page has a subtitle;
    // without one the title drops into the page body and the page looks unlike the others. Pages
    // are built when first shown, so each is checked on screen.
    auto check = [](QWizardPage *page) {
        REQUIRE(page);
        CHECK_FALSE(page->title().isEmpty());
        CHECK_FALSE(page->subTitle().isEmpty());
    };
    visitPagesUpToConfirm([&](OnboardingWizard &wizard) {
        INFO("page " << wizard.currentId());
        check(wizard.currentPage());
    }, [&](OnboardingWizard &wizard) {
        for (int later : {PageId::PasswordChange, PageId::ConnectionTool, PageId::Done})
            check(wizard.page(later));
    });
}

TEST_CASE("Alt shortcuts on each page are unique, so Alt+letter does what its underline says", "[wizard]")
{
    visitPagesUpToConfirm([](OnboardingWizard &wizard) {
        INFO("page " << wizard.currentId() << ": " << mnemonicClashes(wizard).join(u"; ").toStdString());
        REQUIRE(mnemonicClashes(wizard).isEmpty());
    });
}

TEST_CASE("The application form fits the width of a small window: nothing cut off at the right", "[wizard]")
{
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    // A 1366x768 laptop at 150 %: about 840x470 device-independent pixels for the window.
    wizard.resize(840, 470);
    walkTo(wizard, PageId::Application);
    pickFacility(wizard, SampleApplication());
    QApplication::processEvents();
    auto *scroll = wizard.currentPage()->findChild<QScrollArea *>();
    REQUIRE(scroll);
    // The hint over the results ("1 match(es). Use the arrow keys ...") wraps instead of widening
    // the form past the window, which pushed the Filter button out of sight.
    REQUIRE(find<QLabel>(&wizard, "facilityCountLabel")->isVisible());
    REQUIRE(scroll->horizontalScrollBar()->maximum() == 0);
    QWidget *filter = find<QWidget>(&wizard, "facilityFilterButton");
    const QRect shown = scroll->viewport()->rect();
    const QRect button(filter->mapTo(scroll->viewport(), QPoint(0, 0)), filter->size());
    REQUIRE(shown.contains(button.topRight()));
}

TEST_CASE("The confirmation summary is not squeezed in a small window: every row can be read", "[wizard]")
{
    QTemporaryDir dir;
    WizardFixture f(dir.path());
    OnboardingWizard &wizard = f.show();
    wizard.resize(840, 470); // a 1366x768 laptop at 150 %
    walkTo(wizard, PageId::Confirm);
    REQUIRE(wizard.currentId() == PageId::Confirm);
    QApplication::processEvents();
    auto *confirm = qobject_cast<ConfirmPage *>(wizard.currentPage());
    REQUIRE(confirm);
    // Squeezed below its minimum, the table's rows overlapped the text above it; now the summary
    // keeps its height and scrolls, and each row (the last one too) can be brought into view.
    QWidget *table = confirm->valueLabel(QStringLiteral("applicantContact"))->parentWidget();
    REQUIRE(table->height() >= table->minimumSizeHint().height());
    auto *scroll = confirm->findChild<QScrollArea *>();
    REQUIRE(scroll);
    QLabel *last = confirm->valueLabel(QStringLiteral("applicantContact"));
    scroll->ensureWidgetVisible(last);
    const QRect inView(last->mapTo(scroll->viewport(), QPoint(0, 0)), last->size());
    REQUIRE(scroll->viewport()->rect().contains(inView));
    REQUIRE(find<QWidget>(&wizard, "savePdfButton")->isVisible());
}
