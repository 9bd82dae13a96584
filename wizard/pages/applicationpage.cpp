#include "pages/applicationpage.h"

#include "rules/fieldrules.h"

#include "onboardingcontroller.h"
#include "pageids.h"
#include "widgets/facilitypicker.h"

#include <QApplication>
#include <QComboBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QInputMethod>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gtol {

using Field = ApplicationForm::Field;

namespace {

bool isReading(Field field)
{
    return field == Field::ManagerNameKana || field == Field::ApplicantNameKana;
}

void styleAsError(QLabel *label)
{
    label->setWordWrap(true);
    QPalette palette = label->palette();
    // Red repeats what the "※" prefix and the text already say; it is never the only signal.
    // A lighter red on a dark palette keeps the contrast readable in dark mode.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28));
    label->setPalette(palette);
}

} // namespace

ApplicationPage::ApplicationPage(OnboardingController &controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("applicationPage"));
}

void ApplicationPage::build()
{
    m_built = true;
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The fields take the focus, not the frame around them (which shows no focus at all).
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_form = new QWidget(m_scroll);
    m_scroll->setWidget(m_form);
    outer->addWidget(m_scroll, 1);
    m_blocker = new QLabel(this);
    m_blocker->setObjectName(QStringLiteral("applicationBlockerLabel"));
    m_blocker->setWordWrap(true);
    outer->addWidget(m_blocker);

    auto *grid = new QGridLayout(m_form);
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    m_intro = new QLabel(m_form);
    m_intro->setWordWrap(true);
    grid->addWidget(m_intro, 0, 0, 1, 2);

    m_prefectureLabel = new QLabel(m_form);
    m_prefecture = new QComboBox(m_form);
    m_prefecture->setObjectName(QStringLiteral("prefectureCombo"));
    for (const Prefecture &p : m_controller.prefectures())
        m_prefecture->addItem(m_controller.prefectureName(p.code), p.code);
    m_prefectureLabel->setBuddy(m_prefecture);
    grid->addWidget(m_prefectureLabel, 1, 0);
    grid->addWidget(m_prefecture, 1, 1, Qt::AlignLeft);

    m_facilityLabel = new QLabel(m_form);
    m_facilityLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_picker = new FacilityPicker(m_form);
    m_picker->setObjectName(QStringLiteral("facilityPicker"));
    m_facilityLabel->setBuddy(m_picker->searchEdit());
    m_picker->setSearchFunction([this](const QString &query) {
        return m_controller.searchFacilities(m_controller.value(Field::PrefectureCode), query);
    });
    m_picker->setListAvailableFunction(
        [this] { return m_controller.hasFacilitiesOf(m_controller.value(Field::PrefectureCode)); });
    // The list of a newly chosen prefecture arrives from the service a moment later.
    connect(&m_controller, &OnboardingController::facilityMasterChanged, m_picker, &FacilityPicker::search);
    grid->addWidget(m_facilityLabel, 2, 0);
    grid->addWidget(m_picker, 2, 1);
    m_facilityError = new QLabel(m_form);
    m_facilityError->setObjectName(QStringLiteral("facilityCodeError"));
    styleAsError(m_facilityError);
    grid->addWidget(m_facilityError, 3, 1);

    addEditRow(Field::ManagerName, QStringLiteral("managerNameEdit"));
    addEditRow(Field::ManagerNameKana, QStringLiteral("managerNameKanaEdit"));
    addEditRow(Field::ApplicantName, QStringLiteral("applicantNameEdit"));
    addEditRow(Field::ApplicantNameKana, QStringLiteral("applicantNameKanaEdit"));
    addEditRow(Field::Department, QStringLiteral("departmentEdit"));
    addEditRow(Field::Position, QStringLiteral("positionEdit"));

    // The notification address comes from Step 1 and is shown, not edited (a read-only line edit
    // could still be changed through an input method before Qt 6.7).
    m_emailLabel = new QLabel(m_form);
    m_emailValue = new QLabel(m_form);
    m_emailValue->setObjectName(QStringLiteral("notificationEmailLabel"));
    m_emailValue->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_emailLabel->setBuddy(m_emailValue);
    const int emailRow = grid->rowCount();
    grid->addWidget(m_emailLabel, emailRow, 0);
    grid->addWidget(m_emailValue, emailRow, 1);
    grid->addItem(new QSpacerItem(0, 8), emailRow + 1, 0);

    addEditRow(Field::FacilityPhone, QStringLiteral("facilityPhoneEdit"));
    addEditRow(Field::ApplicantContact, QStringLiteral("applicantContactEdit"));
    // Room below the last hint: word-wrapped labels can be measured a line short in a scroll area.
    grid->addItem(new QSpacerItem(0, 24, QSizePolicy::Minimum, QSizePolicy::Fixed), grid->rowCount(), 0);
    grid->setRowStretch(grid->rowCount(), 1);

    // Tab order follows the form, top to bottom.
    QWidget *previous = m_prefecture;
    auto chain = [&previous](QWidget *next) {
        QWidget::setTabOrder(previous, next);
        previous = next;
    };
    chain(m_picker->searchEdit());
    chain(m_picker->findChild<QWidget *>(QStringLiteral("facilityFilterButton")));
    chain(m_picker->resultList());
    for (Field field : {Field::ManagerName, Field::ManagerNameKana, Field::ApplicantName, Field::ApplicantNameKana,
                        Field::Department, Field::Position, Field::FacilityPhone, Field::ApplicantContact})
        chain(m_edits.value(field));

    connect(m_prefecture, &QComboBox::currentIndexChanged, this, &ApplicationPage::onPrefectureChanged);
    connect(m_picker, &FacilityPicker::facilityChosen, this, &ApplicationPage::onFacilityChosen);
    // Keep the focused field in view when tabbing through the scrolled form.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_form->isAncestorOf(now))
            m_scroll->ensureWidgetVisible(now, 20, 40);
    });
    retranslate();
}

void ApplicationPage::addEditRow(Field field, const QString &objectName)
{
    auto *grid = static_cast<QGridLayout *>(m_form->layout());
    const int row = grid->rowCount();
    auto *label = new QLabel(m_form);
    auto *edit = new QLineEdit(m_form);
    edit->setObjectName(objectName);
    label->setBuddy(edit);
    auto *hint = new QLabel(m_form);
    hint->setWordWrap(true);
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    hint->setFont(small);
    auto *error = new QLabel(m_form);
    error->setObjectName(objectName.chopped(4) + QStringLiteral("Error"));
    styleAsError(error);
    error->hide();
    auto *note = new QLabel(m_form);
    note->setObjectName(objectName.chopped(4) + QStringLiteral("Note"));
    note->setWordWrap(true);
    note->hide();

    grid->addWidget(label, row, 0);
    grid->addWidget(edit, row, 1);
    grid->addWidget(hint, row + 1, 1);
    grid->addWidget(note, row + 2, 1);
    grid->addWidget(error, row + 3, 1);
    grid->addItem(new QSpacerItem(0, 6), row + 4, 0);

    m_edits.insert(field, edit);
    m_labels.insert(field, label);
    m_hints.insert(field, hint);
    m_errors.insert(field, error);
    m_notes.insert(field, note);

    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) {
        m_controller.editField(field, text);
        m_notes.value(field)->hide();
        updateIssues();
    });
    connect(edit, &QLineEdit::editingFinished, this, [this, field, edit] {
        if (m_loading)
            return;
        const QString typed = edit->text();
        const QString stored = m_controller.leaveField(field, typed);
        m_visited.insert(field);
        if (stored != typed) {
            // Converted visibly, so the clerk sees what will be sent.
            edit->setText(stored);
            QLabel *noteLabel = m_notes.value(field);
            noteLabel->setText(isReading(field) ? tr("Converted to full-width katakana: %1").arg(stored)
                                                : tr("Stored as: %1").arg(stored));
            noteLabel->show();
        }
        updateIssues();
    });
}

void ApplicationPage::retranslate()
{
    setTitle(tr("Step 2: Application form"));
    setSubTitle(tr("Enter the application details. Within a few days you will get a confirmation call, so give "
                   "details under which you can surely be reached."));
    m_intro->setText(tr("The applicant is automatically registered as the person responsible for registrations "
                        "at the facility."));
    m_prefectureLabel->setText(FieldRules::label(Field::PrefectureCode));
    m_prefecture->setAccessibleName(FieldRules::label(Field::PrefectureCode));
    m_facilityLabel->setText(FieldRules::label(Field::FacilityCode));
    m_emailLabel->setText(FieldRules::label(Field::Email));
    m_emailValue->setAccessibleName(tr("Notification e-mail address (from Step 1)"));

    const struct
    {
        Field field;
        QString label;
        QString hint;
    } rows[] = {
        {Field::ManagerName, FieldRules::label(Field::ManagerName), tr("Enter the name of the manager of the hospital, e.g. 院長　太郎.")},
        {Field::ManagerNameKana, FieldRules::label(Field::ManagerNameKana), tr("e.g. インチョウ　タロウ. Hiragana is converted.")},
        {Field::ApplicantName, FieldRules::label(Field::ApplicantName), tr("e.g. 築地　太郎.")},
        {Field::ApplicantNameKana, FieldRules::label(Field::ApplicantNameKana), tr("e.g. ツキジ　タロウ. Hiragana is converted.")},
        {Field::Department, FieldRules::label(Field::Department), tr("If the clinic has no departments, enter \"なし\".")},
        {Field::Position, FieldRules::label(Field::Position), tr("If you have no position, enter \"なし\".")},
        {Field::FacilityPhone, FieldRules::label(Field::FacilityPhone), tr("The facility's main number, digits only (5 to 13 digits).")},
        {Field::ApplicantContact, FieldRules::label(Field::ApplicantContact),
         tr("A number or extension under which you can surely be reached (digits, # and -, up to 13 characters).")},
    };
    for (const auto &row : rows) {
        m_labels.value(row.field)->setText(row.label);
        m_edits.value(row.field)->setAccessibleName(row.label);
        m_edits.value(row.field)->setAccessibleDescription(row.hint);
        m_hints.value(row.field)->setText(row.hint);
    }
}

void ApplicationPage::initializePage()
{
    if (!m_built)
        build();
    m_loading = true;
    const QString prefecture = m_controller.value(Field::PrefectureCode);
    const int index = m_prefecture->findData(prefecture);
    m_prefecture->setCurrentIndex(index >= 0 ? index : m_prefecture->findData(QString::fromLatin1(OnboardingController::DefaultPrefectureCode)));
    m_picker->setPrefectureName(m_controller.prefectureNameInAddress(m_prefecture->currentData().toString()));
    m_picker->setFacility(m_controller.facility(m_controller.value(Field::FacilityCode)));
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it) {
        const QString value = m_controller.value(it.key());
        it.value()->setText(value);
        // A restored value has been seen before: show its problems at once.
        if (!value.isEmpty())
            m_visited.insert(it.key());
    }
    m_emailValue->setText(m_controller.value(Field::Email));
    m_loading = false;
    updateIssues();
}

void ApplicationPage::cleanupPage()
{
    // Going back keeps everything (the base class would reset registered fields; there are none,
    // and the values live in the controller's draft).
}

void ApplicationPage::onPrefectureChanged(int index)
{
    if (m_loading || index < 0)
        return;
    const QString code = m_prefecture->itemData(index).toString();
    const QString before = m_controller.value(Field::PrefectureCode);
    m_controller.leaveField(Field::PrefectureCode, code);
    m_picker->setPrefectureName(m_controller.prefectureNameInAddress(m_prefecture->currentData().toString()));
    if (before != code) {
        // A facility belongs to one prefecture: a change of prefecture drops the choice.
        if (!m_controller.value(Field::FacilityCode).startsWith(code)) {
            m_controller.leaveField(Field::FacilityCode, QString());
            m_picker->setFacility(std::nullopt);
        }
        m_picker->search();
    }
    updateIssues();
}

void ApplicationPage::onFacilityChosen(const Facility &facility)
{
    // A failed save is reported by the controller's storageFailed signal.
    static_cast<void>(m_controller.chooseFacility(facility));
    m_visited.insert(Field::FacilityCode);
    updateIssues();
    // Move on to the next field, as a pick from a list is a completed entry.
    m_edits.value(Field::ManagerName)->setFocus();
}

void ApplicationPage::updateIssues()
{
    const QList<FieldIssue> issues = m_controller.applicationIssues();
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        it.value()->hide();
    m_facilityError->hide();
    for (const FieldIssue &issue : issues) {
        QLabel *label = issue.field == Field::FacilityCode ? m_facilityError : m_errors.value(issue.field);
        if (!label || !m_visited.contains(issue.field))
            continue;
        label->setText(QStringLiteral("※ ") + issue.message);
        label->show();
    }
    if (issues.isEmpty()) {
        m_blocker->setText(tr("✓ All items are filled in correctly. Press Next to read the terms of use."));
    } else {
        const FieldIssue &first = issues.first();
        QString name = first.field == Field::FacilityCode ? m_facilityLabel->text()
                                                          : m_labels.value(first.field) ? m_labels.value(first.field)->text()
                                                                                        : ApplicationForm::key(first.field);
        m_blocker->setText(tr("To go on, fix %n item(s). First: %1 — %2", nullptr, int(issues.size())).arg(name, first.message));
    }
    Q_EMIT completeChanged();
}

bool ApplicationPage::isComplete() const
{
    return m_controller.applicationIssues().isEmpty();
}

bool ApplicationPage::validatePage()
{
    QGuiApplication::inputMethod()->commit();
    // Store what is in the focused field now (editingFinished comes after the page changes).
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        m_controller.editField(it.key(), it.value()->text());
    return m_controller.applicationIssues().isEmpty();
}

int ApplicationPage::nextId() const
{
    return PageId::Terms;
}

} // namespace gtol
