#include "widgets/checklist.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gtol {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QColor colourFor(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QColor(0x1b, 0x7f, 0x3b);
    case CheckStatus::Warn: return QColor(0xb2, 0x6b, 0x00);
    case CheckStatus::Fail: return QColor(0xb4, 0x23, 0x18);
    case CheckStatus::Manual: return QColor(0x1f, 0x5f, 0xa8);
    case CheckStatus::Unknown: return QColor(0x66, 0x66, 0x66);
    }
    return Qt::gray;
}

} // namespace

QIcon CheckList::iconFor(CheckStatus status)
{
    // Each status has its own shape too (tick, triangle, cross, question mark, dash), so the icon
    // reads without colour; the row also says the status in words.
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor colour = colourFor(status);
        const qreal s = size;
        QPen pen(Qt::white, s / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        switch (status) {
        case CheckStatus::Pass:
            painter.setBrush(colour);
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(QRectF(1, 1, s - 2, s - 2));
            painter.setPen(pen);
            painter.drawPolyline(QPolygonF({QPointF(s * 0.27, s * 0.52), QPointF(s * 0.44, s * 0.69), QPointF(s * 0.74, s * 0.33)}));
            break;
        case CheckStatus::Warn:
            painter.setBrush(colour);
            painter.setPen(Qt::NoPen);
            painter.drawPolygon(QPolygonF({QPointF(s / 2, 1), QPointF(s - 1, s - 2), QPointF(1, s - 2)}));
            painter.setPen(pen);
            painter.drawLine(QPointF(s / 2, s * 0.38), QPointF(s / 2, s * 0.62));
            painter.drawPoint(QPointF(s / 2, s * 0.78));
            break;
        case CheckStatus::Fail:
            painter.setBrush(colour);
            painter.setPen(Qt::NoPen);
            painter.drawRoundedRect(QRectF(1, 1, s - 2, s - 2), s / 6, s / 6);
            painter.setPen(pen);
            painter.drawLine(QPointF(s * 0.3, s * 0.3), QPointF(s * 0.7, s * 0.7));
            painter.drawLine(QPointF(s * 0.7, s * 0.3), QPointF(s * 0.3, s * 0.7));
            break;
        case CheckStatus::Manual:
        case CheckStatus::Unknown: {
            painter.setBrush(status == CheckStatus::Manual ? colour : QColor(Qt::white));
            painter.setPen(status == CheckStatus::Manual ? QPen(Qt::NoPen) : QPen(colour, s / 12.0));
            painter.drawEllipse(QRectF(1.5, 1.5, s - 3, s - 3));
            QFont font = painter.font();
            font.setBold(true);
            font.setPixelSize(qRound(s * 0.7));
            painter.setFont(font);
            painter.setPen(status == CheckStatus::Manual ? QColor(Qt::white) : colour);
            painter.drawText(QRectF(0, 0, s, s), Qt::AlignCenter,
                             status == CheckStatus::Manual ? QStringLiteral("?") : QStringLiteral("–"));
            break;
        }
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

CheckList::CheckList(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("checkList"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The rows get the room first; the clerk can drag the divider to read long details.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("checkListSplitter"));
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("checkListTree"));
    m_tree->setColumnCount(3);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setIconSize(QSize(16, 16));
    m_tree->setMinimumHeight(120);

    auto *detailsBox = new QWidget(splitter);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 4, 0, 0);
    m_detailsLabel = new QLabel(detailsBox);
    m_details = new QTextBrowser(detailsBox);
    m_details->setObjectName(QStringLiteral("checkDetails"));
    m_details->setOpenLinks(false);
    m_details->setMinimumHeight(80);
    m_detailsLabel->setBuddy(m_details);
    detailsLayout->addWidget(m_detailsLabel);
    detailsLayout->addWidget(m_details);
    splitter->addWidget(m_tree);
    splitter->addWidget(detailsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { showDetails(); });
    retranslate();
}

void CheckList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CheckList::retranslate()
{
    m_tree->setHeaderLabels({tr("Result"), tr("Item"), tr("Who acts")});
    m_tree->setAccessibleName(tr("Requirement check results"));
    m_detailsLabel->setText(tr("&Details of the selected item:"));
    m_details->setAccessibleName(tr("Details: what was measured and what to do"));
    for (int row = 0; row < m_results.size(); ++row) {
        if (m_hasResult.at(row))
            setResult(m_results.at(row));
    }
    setRunning(m_running);
}

void CheckList::setProbes(const QStringList &ids, const QStringList &titles)
{
    m_tree->clear();
    m_results.clear();
    m_hasResult.clear();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(0, IdRole, ids.at(i));
        item->setText(1, titles.value(i));
        CheckResult placeholder;
        placeholder.id = ids.at(i);
        placeholder.title = titles.value(i);
        m_results.append(placeholder);
        m_hasResult.append(false);
    }
    setRunning(m_running);
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

QTreeWidgetItem *CheckList::itemFor(const QString &id) const
{
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        if (m_tree->topLevelItem(row)->data(0, IdRole).toString() == id)
            return m_tree->topLevelItem(row);
    }
    return nullptr;
}

void CheckList::setResult(const CheckResult &result)
{
    QTreeWidgetItem *item = itemFor(result.id);
    if (!item)
        return;
    const int row = m_tree->indexOfTopLevelItem(item);
    m_results[row] = result;
    m_hasResult[row] = true;
    item->setIcon(0, iconFor(result.status));
    item->setText(0, statusLabel(result.status));
    item->setForeground(0, colourFor(result.status));
    QFont font = item->font(0);
    font.setBold(result.status == CheckStatus::Fail || result.status == CheckStatus::Warn);
    item->setFont(0, font);
    item->setText(1, result.title);
    item->setText(2, result.status == CheckStatus::Pass ? QString() : actorLabel(result.actor));
    const QString summary = result.evidence.isEmpty() ? QString() : result.evidence.constFirst();
    item->setToolTip(1, summary);
    item->setData(0, Qt::AccessibleTextRole, QStringLiteral("%1: %2").arg(result.title, statusLabel(result.status)));
    if (m_tree->currentItem() == item)
        showDetails();
}

void CheckList::setResults(const QList<CheckResult> &results)
{
    for (const CheckResult &result : results)
        setResult(result);
}

void CheckList::setRunning(bool running)
{
    m_running = running;
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        if (m_hasResult.value(row))
            continue;
        QTreeWidgetItem *item = m_tree->topLevelItem(row);
        item->setIcon(0, iconFor(CheckStatus::Unknown));
        item->setText(0, running ? tr("Checking…") : statusLabel(CheckStatus::Unknown));
        item->setText(2, QString());
    }
    showDetails();
}

void CheckList::showDetails()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item) {
        m_details->clear();
        return;
    }
    const int row = m_tree->indexOfTopLevelItem(item);
    const CheckResult &result = m_results.at(row);
    QString html = QStringLiteral("<p><b>%1</b> — %2</p>")
                       .arg(result.title.toHtmlEscaped(),
                            m_hasResult.at(row) ? statusLabel(result.status).toHtmlEscaped()
                                                : (m_running ? tr("Checking…") : statusLabel(CheckStatus::Unknown)).toHtmlEscaped());
    if (!m_hasResult.at(row)) {
        html += QStringLiteral("<p>%1</p>").arg((m_running ? tr("This item is being checked.") : tr("This item has not been checked yet.")).toHtmlEscaped());
        m_details->setHtml(html);
        return;
    }
    if (!result.remediation.isEmpty()) {
        const QString who = actorLabel(result.actor);
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg((who.isEmpty() ? tr("What to do:") : tr("What to do (%1):").arg(who)).toHtmlEscaped(),
                         result.remediation.toHtmlEscaped());
    }
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("What was measured:").toHtmlEscaped());
    for (const QString &line : result.evidence)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ul><p style=\"color:#555\">%1</p>").arg(tr("Took %1 ms.").arg(result.durationMs).toHtmlEscaped());
    m_details->setHtml(html);
}

QString CheckList::currentId() const
{
    return m_tree->currentItem() ? m_tree->currentItem()->data(0, IdRole).toString() : QString();
}

void CheckList::selectId(const QString &id)
{
    if (QTreeWidgetItem *item = itemFor(id))
        m_tree->setCurrentItem(item);
}

QString CheckList::statusTextOf(const QString &id) const
{
    QTreeWidgetItem *item = itemFor(id);
    return item ? item->text(0) : QString();
}

} // namespace gtol
