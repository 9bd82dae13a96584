#include "sync/syncstatuspanel.h"

#include "net/synctexts.h"
#include "sync/syncpresenter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gtol {

namespace {

QString prefix(SyncStatusPanel::Mode mode)
{
    switch (mode) {
    case SyncStatusPanel::Mode::Registration:
        return QStringLiteral("registration");
    case SyncStatusPanel::Mode::Application:
        return QStringLiteral("application");
    case SyncStatusPanel::Mode::Submitted:
        return QStringLiteral("status");
    }
    return {};
}

QLabel *selectableLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

SyncStatusPanel::SyncStatusPanel(SyncPresenter &presenter, Mode mode, QWidget *parent)
    : QWidget(parent), m_presenter(presenter), m_mode(mode)
{
    const QString p = prefix(mode);
    setObjectName(p + QStringLiteral("SyncPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    m_sync = selectableLabel(this, p + QStringLiteral("SyncLabel"));
    layout->addWidget(m_sync);
    auto *buttons = new QHBoxLayout;
    m_retry = new QPushButton(SyncTexts::retryButton(), this);
    m_retry->setObjectName(p + QStringLiteral("RetryButton"));
    m_retry->setAutoDefault(false);
    buttons->addWidget(m_retry);
    if (mode == Mode::Submitted) {
        m_statusText = selectableLabel(this, QStringLiteral("statusMessageLabel"));
        layout->addWidget(m_statusText);
        m_check = new QPushButton(SyncTexts::statusButton(), this);
        m_check->setObjectName(QStringLiteral("statusCheckButton"));
        m_check->setAutoDefault(false);
        buttons->addWidget(m_check);
        connect(m_check, &QPushButton::clicked, &m_presenter, &SyncPresenter::checkStatusNow);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_retry, &QPushButton::clicked, &m_presenter, &SyncPresenter::retryNow);
    connect(&m_presenter, &SyncPresenter::syncChanged, this, &SyncStatusPanel::update);
    connect(&m_presenter, &SyncPresenter::statusChanged, this, &SyncStatusPanel::update);
    connect(&m_presenter, &SyncPresenter::linkChanged, this, &SyncStatusPanel::update);
    update();
}

void SyncStatusPanel::update()
{
    const std::optional<OutboxItem> item =
        m_mode == Mode::Registration ? m_presenter.registrationItem() : m_presenter.applicationItem();
    const bool unsent = item && item->state != OutboxItem::State::Sent;
    const bool retryable = unsent && !m_presenter.isSending(item) && item->attempts > 0;
    // Once sent, the page itself says so (and shows the application number).
    QString text = item && unsent ? m_presenter.describe(item) : QString();
    if (m_mode == Mode::Application && !m_presenter.submitProblem().isEmpty())
        text = m_presenter.submitProblem();
    m_sync->setText(text);
    m_sync->setVisible(!m_sync->text().isEmpty());
    m_retry->setVisible(retryable);
    if (m_mode == Mode::Submitted) {
        QString status = m_presenter.statusMessage();
        if (m_presenter.status() && !m_presenter.status()->reason.isEmpty())
            status += u'\n' + SyncTexts::rejectionReason(m_presenter.status()->reason);
        if (m_presenter.status() && !m_presenter.status()->userId.isEmpty())
            status += u'\n' + SyncTexts::approvedUserId(m_presenter.status()->userId);
        m_statusText->setText(status);
        m_statusText->setVisible(!status.isEmpty());
        m_check->setVisible(item && item->state == OutboxItem::State::Sent);
    }
    setVisible(m_sync->isVisibleTo(this) || m_retry->isVisibleTo(this)
               || (m_mode == Mode::Submitted && (m_statusText->isVisibleTo(this) || m_check->isVisibleTo(this))));
}

} // namespace gtol
