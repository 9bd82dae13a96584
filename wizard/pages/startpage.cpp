#include "pages/startpage.h"

#include "onboardingcontroller.h"
#include "pageids.h"
#include "widgets/stepprogress.h"

#include <QButtonGroup>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputMethod>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace gtol {

namespace {
constexpr auto kDraftSuffix = "gtoldraft";

QString droppedDraftFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).suffix().compare(QLatin1String(kDraftSuffix), Qt::CaseInsensitive) == 0)
            return url.toLocalFile();
    }
    return {};
}
} // namespace

StartPage::StartPage(OnboardingController &controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("startPage"));
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    m_group = new QButtonGroup(this);
    m_new = new QRadioButton(this);
    m_new->setObjectName(QStringLiteral("newApplicationRadio"));
    m_resume = new QRadioButton(this);
    m_resume->setObjectName(QStringLiteral("resumeDraftRadio"));
    m_import = new QRadioButton(this);
    m_import->setObjectName(QStringLiteral("importDraftRadio"));
    m_haveUserId = new QRadioButton(this);
    m_haveUserId->setObjectName(QStringLiteral("haveUserIdRadio"));
    m_group->addButton(m_new, int(Choice::New));
    m_group->addButton(m_resume, int(Choice::Resume));
    m_group->addButton(m_import, int(Choice::Import));
    m_group->addButton(m_haveUserId, int(Choice::HaveUserId));

    layout->addWidget(m_new);
    layout->addWidget(m_resume);
    auto *indented = [] {
        auto *l = new QVBoxLayout;
        l->setContentsMargins(24, 0, 0, 0);
        return l;
    }();
    m_draftList = new QListWidget(this);
    m_draftList->setObjectName(QStringLiteral("draftList"));
    m_draftList->setMaximumHeight(130);
    indented->addWidget(m_draftList);
    m_noDrafts = new QLabel(this);
    m_noDrafts->setObjectName(QStringLiteral("noDraftsLabel"));
    indented->addWidget(m_noDrafts);
    layout->addLayout(indented);

    layout->addWidget(m_import);
    auto *importRow = new QHBoxLayout;
    importRow->setContentsMargins(24, 0, 0, 0);
    m_chooseFile = new QPushButton(this);
    m_chooseFile->setObjectName(QStringLiteral("chooseDraftFileButton"));
    m_chooseFile->setAutoDefault(false);
    importRow->addWidget(m_chooseFile);
    m_importPathLabel = new QLabel(this);
    m_importPathLabel->setObjectName(QStringLiteral("importPathLabel"));
    m_importPathLabel->setWordWrap(true);
    importRow->addWidget(m_importPathLabel, 1);
    layout->addLayout(importRow);
    m_dropHint = new QLabel(this);
    m_dropHint->setObjectName(QStringLiteral("dropHintLabel"));
    m_dropHint->setContentsMargins(24, 0, 0, 0);
    m_dropHint->setWordWrap(true);
    layout->addWidget(m_dropHint);

    layout->addWidget(m_haveUserId);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("startErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    setTabOrder(m_new, m_resume);
    setTabOrder(m_resume, m_draftList);
    setTabOrder(m_draftList, m_import);
    setTabOrder(m_import, m_chooseFile);
    setTabOrder(m_chooseFile, m_haveUserId);

    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked) {
            m_error->hide();
            Q_EMIT completeChanged();
        }
    });
    connect(m_draftList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_resume->setChecked(true);
        Q_EMIT completeChanged();
    });
    connect(m_draftList, &QListWidget::itemActivated, this, [this] {
        m_resume->setChecked(true);
        wizard()->next();
    });
    connect(m_chooseFile, &QPushButton::clicked, this, &StartPage::chooseFile);
    m_new->setChecked(true);
    retranslate();
}

void StartPage::retranslate()
{
    setTitle(tr("GTOL onboarding assistant"));
    setSubTitle(tr("This assistant guides you through applying for the cancer registry online system (GTOL). "
                   "Everything you enter is saved as you go; you can close it at any time and continue later."));
    m_new->setText(tr("Start a new application"));
    m_resume->setText(tr("Continue a saved draft"));
    m_draftList->setAccessibleName(tr("Saved drafts"));
    m_noDrafts->setText(tr("There are no saved drafts yet."));
    m_import->setText(tr("Open a draft file prepared by your IT staff (.gtoldraft)"));
    m_chooseFile->setText(tr("Choose file..."));
    m_chooseFile->setAccessibleName(tr("Choose a draft file"));
    m_dropHint->setText(tr("You can also drag a .gtoldraft file onto this window."));
    m_haveUserId->setText(tr("I already have a user ID (go to the initial password change)"));
}

void StartPage::initializePage()
{
    reloadDrafts();
}

void StartPage::cleanupPage()
{
    // Nothing to reset: the base class would reset registered fields, and we register none.
}

void StartPage::reloadDrafts()
{
    m_draftList->clear();
    const QList<DraftSummary> drafts = m_controller.drafts();
    for (const DraftSummary &draft : drafts) {
        const QString facility = draft.facilityName.isEmpty() ? tr("(no facility chosen yet)") : draft.facilityName;
        const QString when = QLocale().toString(draft.updated.toLocalTime(), QLocale::ShortFormat);
        const int step = StepProgress::stepForPage(draft.currentPage);
        const QString where = step > 0 ? tr("Step %1 %2").arg(step).arg(StepProgress::stepTitle(step))
                                       : tr("not started");
        auto *item = new QListWidgetItem(tr("%1 — %2 — last edited %3").arg(facility, where, when), m_draftList);
        item->setData(Qt::UserRole, draft.id);
        if (draft.id == m_controller.draftId())
            m_draftList->setCurrentItem(item);
    }
    m_draftList->setVisible(!drafts.isEmpty());
    m_noDrafts->setVisible(drafts.isEmpty());
    m_resume->setEnabled(!drafts.isEmpty());
    if (m_controller.hasDraft() && m_draftList->currentRow() >= 0)
        m_resume->setChecked(true);
    else if (m_resume->isChecked() && drafts.isEmpty())
        m_new->setChecked(true);
}

StartPage::Choice StartPage::choice() const
{
    return Choice(m_group->checkedId());
}

void StartPage::setChoice(Choice choice)
{
    if (QAbstractButton *button = m_group->button(int(choice)))
        button->setChecked(true);
}

void StartPage::setImportPath(const QString &path)
{
    m_importPath = path;
    m_importPathLabel->setText(QFileInfo(path).fileName());
    m_import->setChecked(true);
    Q_EMIT completeChanged();
}

void StartPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open draft file"), QString(),
                                                      tr("GTOL draft (*.gtoldraft)"));
    if (!path.isEmpty())
        setImportPath(path);
}

bool StartPage::isComplete() const
{
    switch (choice()) {
    case Choice::Resume:
        return m_draftList->currentRow() >= 0;
    case Choice::Import:
        return !m_importPath.isEmpty();
    default:
        return true;
    }
}

int StartPage::nextId() const
{
    return choice() == Choice::HaveUserId ? PageId::PasswordChange : PageId::Requirements;
}

bool StartPage::validatePage()
{
    QGuiApplication::inputMethod()->commit();
    Status status;
    bool resumed = false;
    switch (choice()) {
    case Choice::New:
        status = m_controller.newDraft();
        break;
    case Choice::Resume: {
        const qint64 id = m_draftList->currentItem() ? m_draftList->currentItem()->data(Qt::UserRole).toLongLong() : 0;
        const bool alreadyOpen = id == m_controller.draftId();
        status = m_controller.openDraft(id);
        resumed = !alreadyOpen;
        break;
    }
    case Choice::Import:
        status = m_controller.importDraftFile(m_importPath);
        resumed = status.ok();
        break;
    case Choice::HaveUserId:
        if (!m_controller.hasDraft())
            status = m_controller.newDraft();
        break;
    }
    if (!status.ok()) {
        m_error->setText(status.error().message);
        m_error->show();
        return false;
    }
    if (resumed)
        Q_EMIT draftResumed();
    return true;
}

void StartPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedDraftFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void StartPage::dropEvent(QDropEvent *event)
{
    const QString path = droppedDraftFile(event->mimeData());
    if (path.isEmpty())
        return;
    setImportPath(path);
    event->acceptProposedAction();
}

} // namespace gtol
