#include "widgets/facilitypicker.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace gtol {

FacilityPicker::FacilityPicker(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *searchRow = new QHBoxLayout;
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("facilitySearchEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    searchRow->addWidget(m_edit, 1);
    m_filterButton = new QPushButton(this);
    m_filterButton->setObjectName(QStringLiteral("facilityFilterButton"));
    m_filterButton->setAutoDefault(false);
    searchRow->addWidget(m_filterButton);
    layout->addLayout(searchRow);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("facilityCountLabel"));
    // Wraps in a narrow window (150 % scaling) instead of widening the form past its edge.
    m_countLabel->setWordWrap(true);
    layout->addWidget(m_countLabel);

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("facilityResultList"));
    m_results->setMinimumHeight(96);
    m_results->setMaximumHeight(140);
    m_results->installEventFilter(this);
    layout->addWidget(m_results);

    m_chosenName = new QLabel(this);
    m_chosenName->setObjectName(QStringLiteral("facilityChosenLabel"));
    m_chosenName->setWordWrap(true);
    m_chosenName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_chosenName->font();
    bold.setBold(true);
    m_chosenName->setFont(bold);
    layout->addWidget(m_chosenName);
    m_chosenDetail = new QLabel(this);
    m_chosenDetail->setObjectName(QStringLiteral("facilityAddressLabel"));
    m_chosenDetail->setWordWrap(true);
    m_chosenDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_chosenDetail);

    setFocusProxy(m_edit);
    setTabOrder(m_edit, m_filterButton);
    setTabOrder(m_filterButton, m_results);

    connect(m_edit, &QLineEdit::textChanged, this, &FacilityPicker::search);
    connect(m_filterButton, &QPushButton::clicked, this, &FacilityPicker::search);
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { pickRow(m_results->row(item)); });
    retranslate();
    showChosen();
}

void FacilityPicker::setSearchFunction(SearchFunction search)
{
    m_search = std::move(search);
}

void FacilityPicker::setListAvailableFunction(std::function<bool()> available)
{
    m_listAvailable = std::move(available);
}

void FacilityPicker::setPrefectureName(const QString &name)
{
    m_prefectureName = name;
    showChosen();
}

void FacilityPicker::setFacility(const std::optional<Facility> &facility)
{
    m_chosen = facility;
    showChosen();
}

void FacilityPicker::clear()
{
    m_edit->clear();
    m_found.clear();
    m_results->clear();
    m_countLabel->clear();
}

void FacilityPicker::search()
{
    m_results->clear();
    m_found.clear();
    const QString query = m_edit->text().trimmed();
    if (query.isEmpty() || !m_search) {
        m_countLabel->setText(tr("Type part of the facility name; the list narrows as you type."));
        return;
    }
    m_found = m_search(query);
    for (const Facility &f : std::as_const(m_found)) {
        auto *item = new QListWidgetItem(f.name + QStringLiteral("　（") + f.address + QStringLiteral("）"), m_results);
        item->setData(Qt::UserRole, f.code);
        item->setToolTip(f.code);
    }
    if (m_found.isEmpty() && m_listAvailable && !m_listAvailable()) {
        m_countLabel->setText(tr("The list of medical institutions of %1 is not on this PC yet. It is fetched from "
                                 "the service while this PC is connected; if it does not come, ask your IT staff.")
                                  .arg(m_prefectureName));
    } else if (m_found.isEmpty()) {
        m_countLabel->setText(tr("No facility matches \"%1\". Try a shorter part of the name.").arg(query));
    } else {
        m_countLabel->setText(tr("%n match(es). Use the arrow keys and Enter, or double-click, to choose.", nullptr,
                                 int(m_found.size())));
        m_results->setCurrentRow(0);
    }
}

void FacilityPicker::pickRow(int row)
{
    if (row < 0 || row >= m_found.size())
        return;
    m_chosen = m_found.at(row);
    showChosen();
    Q_EMIT facilityChosen(*m_chosen);
}

void FacilityPicker::moveSelection(int delta)
{
    const int count = m_results->count();
    if (count == 0)
        return;
    const int row = qBound(0, m_results->currentRow() + delta, count - 1);
    m_results->setCurrentRow(row);
    m_results->scrollToItem(m_results->item(row));
}

bool FacilityPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_edit) {
            switch (key->key()) {
            case Qt::Key_Down:
                moveSelection(1);
                return true;
            case Qt::Key_Up:
                moveSelection(-1);
                return true;
            case Qt::Key_PageDown:
                moveSelection(5);
                return true;
            case Qt::Key_PageUp:
                moveSelection(-5);
                return true;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                // Enter picks the highlighted result; with none, it is 絞込. Never the wizard's Next.
                if (m_results->currentRow() >= 0)
                    pickRow(m_results->currentRow());
                else
                    search();
                return true;
            default:
                break;
            }
        } else if (watched == m_results && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter
                                            || key->key() == Qt::Key_Space)) {
            pickRow(m_results->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FacilityPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FacilityPicker::retranslate()
{
    m_edit->setPlaceholderText(tr("Enter the name of the medical institution"));
    m_edit->setAccessibleName(tr("Hospital or clinic: search by name"));
    m_filterButton->setText(tr("Filter"));
    m_filterButton->setAccessibleName(tr("Filter the facility list"));
    m_results->setAccessibleName(tr("Matching facilities"));
}

void FacilityPicker::showChosen()
{
    if (!m_chosen) {
        m_chosenName->setText(tr("No facility chosen yet."));
        m_chosenDetail->clear();
        m_chosenDetail->hide();
        return;
    }
    m_chosenName->setText(tr("Chosen: %1").arg(m_chosen->name));
    m_chosenDetail->setText(tr("Facility code %1 / %2")
                                .arg(m_chosen->code,
                                     postalAddress(m_chosen->postalCode, m_prefectureName, m_chosen->address)));
    m_chosenDetail->show();
}

} // namespace gtol
