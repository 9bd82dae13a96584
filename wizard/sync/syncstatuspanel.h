#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace gtol {

class SyncPresenter;

// What happened to a write, shown where the clerk is: the registration e-mail on Step 1, the
// application on the confirm page, and on Step 3 the status (the page shows the number) with
// "Check the status now". Pending and failed writes offer "Retry now".
class SyncStatusPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Registration, Application, Submitted };

    SyncStatusPanel(SyncPresenter &presenter, Mode mode, QWidget *parent = nullptr);

private:
    void update();

    SyncPresenter &m_presenter;
    Mode m_mode;
    QLabel *m_sync = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_statusText = nullptr;
    QPushButton *m_check = nullptr;
};

} // namespace gtol
