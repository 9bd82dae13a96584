#include "widgets/stepprogress.h"

#include "pageids.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace gtol {

StepProgress::StepProgress(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stepProgress"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("stepProgressHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    for (int step = 1; step <= StepCount; ++step) {
        auto *row = new QFrame(this);
        row->setObjectName(QStringLiteral("stepRow%1").arg(step));
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(4, 4, 4, 4);
        rowLayout->setSpacing(4);
        auto *marker = new QLabel(row);
        marker->setFixedWidth(marker->fontMetrics().horizontalAdvance(QStringLiteral("▶▶")));
        marker->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        auto *text = new QLabel(row);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setMinimumWidth(150);
        rowLayout->addWidget(marker);
        rowLayout->addWidget(text, 1);
        layout->addWidget(row);
        m_rows.append(row);
        m_markers.append(marker);
        m_texts.append(text);
    }
    layout->addStretch(1);
    updateRows();
}

void StepProgress::setCurrentStep(int step)
{
    step = qBound(0, step, StepCount);
    if (step == m_current)
        return;
    m_current = step;
    updateRows();
}

int StepProgress::stepForPage(int pageId)
{
    switch (pageId) {
    case PageId::Email:
        return 1;
    case PageId::Application:
    case PageId::Terms:
    case PageId::Confirm:
        return 2;
    case PageId::Submitted:
        return 3;
    case PageId::PasswordChange:
        return 4;
    case PageId::ConnectionTool:
        return 5;
    case PageId::Done:
        return 6;
    default:
        return 0;
    }
}

QString StepProgress::stepTitle(int step)
{
    switch (step) {
    case 1:
        return tr("Send e-mail address");
    case 2:
        return tr("Enter and confirm the application");
    case 3:
        return tr("Application complete, wait for the confirmation call");
    case 4:
        return tr("Change the initial password");
    case 5:
        return tr("Install the connection tool");
    case 6:
        return tr("Ready to use");
    default:
        return {};
    }
}

void StepProgress::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateRows();
    QWidget::changeEvent(event);
}

void StepProgress::updateRows()
{
    m_heading->setText(tr("Steps to start using GTOL"));
    for (int i = 0; i < m_rows.size(); ++i) {
        const int step = i + 1;
        QFrame *row = m_rows[i];
        QLabel *text = m_texts[i];
        const bool current = step == m_current;
        const bool done = step < m_current;
        // Marker glyphs carry the state; the frame and bold font repeat it for sighted users.
        m_markers[i]->setText(current ? QStringLiteral("▶") : done ? QStringLiteral("✓") : QString());
        text->setText(tr("Step %1").arg(step) + u'\n' + stepTitle(step));
        QFont font = text->font();
        font.setBold(current);
        text->setFont(font);
        row->setFrameShape(current ? QFrame::Box : QFrame::NoFrame);
        row->setLineWidth(current ? 2 : 0);
        const QString state = current ? tr("current step") : done ? tr("done") : tr("not yet");
        text->setAccessibleName(tr("Step %1: %2 (%3)").arg(step).arg(stepTitle(step), state));
    }
}

} // namespace gtol
