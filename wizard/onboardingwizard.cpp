#include "onboardingwizard.h"

#include "checks/reportwriter.h"
#include "onboardingcontroller.h"
#include "pageids.h"
#include "pages/applicationpage.h"
#include "pages/confirmpage.h"
#include "pages/emailpage.h"
#include "pages/placeholderpage.h"
#include "pages/requirementspage.h"
#include "pages/startpage.h"
#include "pages/submittedpage.h"
#include "pages/termspage.h"
#include "widgets/stepprogress.h"

#include <QAction>
#include <QActionGroup>
#include <QLocale>
#include <QSettings>
#include <QJsonArray>
#include <QFileDialog>
#include <QGuiApplication>
#include <QInputMethod>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QTimer>

namespace gtol {

namespace {
constexpr int kMaxRestoreSteps = 12; // more than the longest path through the pages
}

OnboardingWizard::OnboardingWizard(OnboardingController &controller, QWidget *parent)
    : QWizard(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("onboardingWizard"));
#ifdef Q_OS_MACOS
    setWizardStyle(QWizard::MacStyle);
#else
    // Aero breaks in dark mode on Windows; Modern works in light and dark, everywhere else too.
    setWizardStyle(QWizard::ModernStyle);
#endif
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::HaveCustomButton1 | QWizard::NoDefaultButton);

    auto *start = new StartPage(controller, this);
    setPage(PageId::Start, start);
    setPage(PageId::Requirements,
            new PlaceholderPage(tr("Requirements self-check"),
                                tr("The self-check of this PC and its network will appear here. Press Next to go on."),
                                PageId::Email, this));
    setPage(PageId::Email, new EmailPage(controller, this));
    setPage(PageId::Application, new ApplicationPage(controller, this));
    setPage(PageId::Terms, new TermsPage(controller, this));
    auto *confirm = new ConfirmPage(controller, this);
    setPage(PageId::Confirm, confirm);
    setPage(PageId::Submitted, new SubmittedPage(controller, this));
    setPage(PageId::PasswordChange,
            new PlaceholderPage(tr("Step 4: Change the initial password"),
                                tr("The change of the initial password will be done here."),
                                PageId::ConnectionTool, this));
    setPage(PageId::ConnectionTool,
            new PlaceholderPage(tr("Step 5: Install the connection tool"),
                                tr("The download and installation of the VPN connection tool will be done here."),
                                PageId::Done, this));
    setPage(PageId::Done, new PlaceholderPage(tr("Step 6: Ready to use"),
                                              tr("GTOL is ready to use on this PC."), -1, this));
    setStartId(PageId::Start);

    m_steps = new StepProgress(this);
    setSideWidget(m_steps);
    buildDraftMenu();
    retranslate();

    // Captured when a draft is opened, before entering pages records new positions.
    m_restoreTarget = m_controller.hasDraft() ? m_controller.savedPage() : -1;
    connect(&m_controller, &OnboardingController::draftOpened, this,
            [this] { m_restoreTarget = m_controller.savedPage(); });
    connect(this, &QWizard::currentIdChanged, this, &OnboardingWizard::onCurrentIdChanged);
    connect(start, &StartPage::draftResumed, this, [this] {
        // After this page change completes, walk on to where the draft was left.
        QTimer::singleShot(0, this, &OnboardingWizard::restoreSavedPage);
    });
    connect(confirm, &ConfirmPage::backToFormRequested, this, [this] { goToPage(PageId::Application); });
    connect(&m_controller, &OnboardingController::storageFailed, this, [this](const Error &error) {
        // One box at a time: a full disk fails every keystroke, and one message says it.
        QMessageBox *box = m_saveErrorBox.data();
        if (!box) {
            box = new QMessageBox(QMessageBox::Warning, tr("Could not save"), QString(), QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("saveErrorBox"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            m_saveErrorBox = box;
        }
        box->setText(tr("Your last change could not be saved: %1").arg(error.message));
        box->setDetailedText(error.detail);
        m_controller.errorShown(currentId(), error.code, error.message);
        box->open();
    });
    // Fits a small laptop screen at 125-150 % scaling; the form scrolls inside its page.
    QSize size(980, 720);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.92);
    resize(size);
}

OnboardingWizard::~OnboardingWizard() = default;

void OnboardingWizard::retranslate()
{
    setWindowTitle(tr("GTOL Onboarding Assistant"));
    // Closing loses nothing (every edit is saved), so the button says what it does.
    setButtonText(QWizard::CancelButton, tr("Close"));
    setButtonText(QWizard::CustomButton1, tr("Draft"));
    m_newAction->setText(tr("New application"));
    m_openAction->setText(tr("Open draft file..."));
    m_saveAction->setText(tr("Save as draft file..."));
}

void OnboardingWizard::buildDraftMenu()
{
    auto *menuButton = new QPushButton(this);
    menuButton->setObjectName(QStringLiteral("draftMenuButton"));
    menuButton->setAutoDefault(false);
    auto *menu = new QMenu(menuButton);
    menu->setObjectName(QStringLiteral("draftMenu"));
    m_newAction = menu->addAction(QString(), this, &OnboardingWizard::newApplication);
    m_newAction->setObjectName(QStringLiteral("newApplicationAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = menu->addAction(QString(), this, [this] { openDraftFile(); });
    m_openAction->setObjectName(QStringLiteral("openDraftFileAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_saveAction = menu->addAction(QString(), this, [this] { saveDraftFile(); });
    m_saveAction->setObjectName(QStringLiteral("saveDraftFileAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    // The language is read at start-up (main.cpp); --lang overrides the choice made here.
    menu->addSeparator();
    auto *languages = new QActionGroup(menu);
    m_japaneseAction = menu->addAction(QStringLiteral("日本語"), this, [this] { chooseLanguage(QStringLiteral("ja")); });
    m_japaneseAction->setObjectName(QStringLiteral("japaneseAction"));
    m_englishAction = menu->addAction(QStringLiteral("English"), this, [this] { chooseLanguage(QStringLiteral("en")); });
    m_englishAction->setObjectName(QStringLiteral("englishAction"));
    for (QAction *action : {m_japaneseAction, m_englishAction}) {
        action->setCheckable(true);
        languages->addAction(action);
    }
    const bool english = QLocale().language() == QLocale::English;
    (english ? m_englishAction : m_japaneseAction)->setChecked(true);
    // Shortcuts work without opening the menu.
    addActions({m_newAction, m_openAction, m_saveAction});
    menuButton->setMenu(menu);
    setButton(QWizard::CustomButton1, menuButton);
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton});
}

void OnboardingWizard::chooseLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
    m_controller.buttonPressed(QStringLiteral("language.") + language);
    auto *box = new QMessageBox(QMessageBox::Information, windowTitle(),
                                tr("The display language changes the next time the assistant is started."),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void OnboardingWizard::onCurrentIdChanged(int id)
{
    m_steps->setCurrentStep(StepProgress::stepForPage(id));
    moveFocusOntoPage();
    if (m_restoring)
        return;
    if (id == PageId::Start) {
        if (auto *start = qobject_cast<StartPage *>(page(PageId::Start)))
            start->reloadDrafts();
    }
    if (m_previousId >= 0)
        m_controller.pageLeft(m_previousId);
    m_previousId = id;
    if (id >= 0)
        m_controller.pageEntered(id);
}

void OnboardingWizard::moveFocusOntoPage()
{
    QWizardPage *page = currentPage();
    QWidget *focus = focusWidget();
    // QWizard can leave the focus on a field of the page just left: hidden, it would go on taking
    // the clerk's keys (a number typed on the terms page landed in the contact field, unseen).
    if (!page || (focus && focus->isVisible()))
        return;
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    if (QWidget *next = button(page->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
        next && next->isVisible() && next->isEnabled())
        next->setFocus(Qt::TabFocusReason);
    else
        setFocus(Qt::OtherFocusReason);
}

void OnboardingWizard::restoreSavedPage()
{
    const int target = m_restoreTarget;
    m_restoreTarget = -1;
    if (target <= PageId::Start || currentId() == target)
        return;
    m_restoring = true;
    if (currentId() != PageId::Start)
        restart();
    for (int step = 0; step < kMaxRestoreSteps && currentId() != target; ++step) {
        QWizardPage *page = currentPage();
        // Only walk through pages the clerk had completed; stop at the first that is not. The
        // self-check is a measurement, not data: it runs again and is passed through.
        if (!page || (!page->isComplete() && currentId() != PageId::Requirements))
            break;
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
    m_restoring = false;
    if (m_previousId >= 0 && m_previousId != currentId())
        m_controller.pageLeft(m_previousId);
    m_previousId = currentId();
    m_controller.pageEntered(currentId());
}

void OnboardingWizard::goToPage(int target)
{
    if (!visitedIds().contains(target))
        return;
    while (currentId() != target && currentId() != -1) {
        const int before = currentId();
        back();
        if (currentId() == before)
            break;
    }
}

void OnboardingWizard::useRequirementsCheck(std::function<CheckRunner *(QObject *parent)> makeRunner)
{
    m_makeRunner = std::move(makeRunner);
}

bool OnboardingWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    // Swapped in before the first visit, so the placeholder was never in the history.
    if (m_makeRunner && currentPage() && currentPage()->nextId() == PageId::Requirements)
        installRequirementsPage();
    return true;
}

void OnboardingWizard::installRequirementsPage()
{
    CheckRunner *runner = m_makeRunner(this);
    m_makeRunner = nullptr;
    if (!runner)
        return;
    auto *requirements = new RequirementsPage(runner, this);
    requirements->setObjectName(QStringLiteral("requirementsPage"));
    removePage(PageId::Requirements);
    setPage(PageId::Requirements, requirements);
    auto restoreAnswers = [this, requirements] {
        const QString key = m_controller.state(u"lineContract").toString();
        if (!key.isEmpty())
            requirements->setLineContract(lineContractForKey(key));
    };
    restoreAnswers();
    connect(&m_controller, &OnboardingController::draftOpened, requirements, restoreAnswers);
    connect(requirements, &RequirementsPage::checkFinished, this,
            [this](const CheckReport &report) { m_controller.recordCheckReport(ReportWriter::toJson(report)); });
    connect(requirements, &RequirementsPage::lineContractChanged, this, [this](LineContract contract) {
        static_cast<void>(m_controller.setState(u"lineContract", lineContractKey(contract)));
    });
    connect(requirements, &RequirementsPage::failuresAcknowledgedChanged, this,
            [this](const QStringList &ids, const QDateTime &when) {
                static_cast<void>(m_controller.setState(
                    u"requirementsAcknowledged",
                    ids.isEmpty() ? QJsonValue()
                                  : QJsonValue(QJsonObject{{QStringLiteral("ids"), QJsonArray::fromStringList(ids)},
                                                           {QStringLiteral("at"), when.toUTC().toString(Qt::ISODateWithMs)}})));
            });
}

void OnboardingWizard::newApplication()
{
    QGuiApplication::inputMethod()->commit();
    m_controller.buttonPressed(QStringLiteral("draft.new"));
    restart();
    if (auto *start = qobject_cast<StartPage *>(page(PageId::Start)))
        start->setChoice(StartPage::Choice::New);
}

bool OnboardingWizard::openDraftFile(const QString &givenPath)
{
    QGuiApplication::inputMethod()->commit();
    QString path = givenPath;
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("Open draft file"), QString(), tr("GTOL draft (*.gtoldraft)"));
    if (path.isEmpty())
        return false;
    const Status status = m_controller.importDraftFile(path);
    if (!status.ok()) {
        QMessageBox::warning(this, tr("Open draft file"), status.error().fullText());
        return false;
    }
    restart();
    restoreSavedPage();
    return true;
}

bool OnboardingWizard::saveDraftFile(const QString &givenPath)
{
    QGuiApplication::inputMethod()->commit();
    QString path = givenPath;
    if (path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Save as draft file"), dir + QStringLiteral("/gtol-application.gtoldraft"),
                                            tr("GTOL draft (*.gtoldraft)"));
    }
    if (path.isEmpty())
        return false;
    const Status status = m_controller.exportDraftFile(path);
    if (!status.ok()) {
        QMessageBox::warning(this, tr("Save as draft file"), status.error().fullText());
        return false;
    }
    return true;
}

void OnboardingWizard::keyPressEvent(QKeyEvent *event)
{
    // Esc would close the whole wizard (QDialog's reject). Clerks press it to cancel a kana-kanji
    // conversion, and a second press, after the input method has let go of the word, would lose
    // their place. Closing stays on the Close button and the window's own close.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        event->accept();
        return;
    }
    QWizard::keyPressEvent(event);
}

void OnboardingWizard::done(int result)
{
    // A word still being composed in the input method is part of what the clerk typed.
    QGuiApplication::inputMethod()->commit();
    // QWizard::done() moves to page -1, and onCurrentIdChanged() journals leaving this page.
    QWizard::done(result);
}

} // namespace gtol
