// The floor for start-up: a QWizard with one empty page, same Qt, same platform plugin, same
// "quit once the first page has been painted" rule as gtol-onboard --quit-after-show.
#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWizard>
#include <QWizardPage>

namespace {
class QuitOnFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    auto *page = new QWizardPage;
    wizard.addPage(page);
    const bool quitAfterShow = app.arguments().contains(QStringLiteral("--quit-after-show"));
    if (quitAfterShow)
        page->installEventFilter(new QuitOnFirstPaint(&wizard));
    wizard.show();
    return app.exec();
}
