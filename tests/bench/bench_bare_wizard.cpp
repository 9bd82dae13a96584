// The floor for start-up: a QWizard with one empty page, same Qt, same platform plugin, same
// "quit once the first page has been painted" rule as gtol-onboard --quit-after-show.
//
// With --japanese it is a second reference, not the goal's floor: the same wizard showing one
// Japanese title, subtitle and line in the Japanese UI font that gtol-onboard names first. The
// difference between the two is what any Japanese first page costs here (loading the CJK font
// faces, shaping and rasterising their glyphs), so the rest of gtol-onboard's time is its own.
#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
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

void showJapanese(QWizardPage *page)
{
    // The same choice as gtol-onboard (app/guiapp.cpp): the installed Japanese UI family first.
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : {QStringLiteral("Yu Gothic UI"), QStringLiteral("Meiryo UI"),
                                  QStringLiteral("Hiragino Sans"), QStringLiteral("Noto Sans CJK JP")}) {
        if (installed.contains(family, Qt::CaseInsensitive)) {
            QFont font = QApplication::font();
            font.setFamilies({family, font.family()});
            QApplication::setFont(font);
            break;
        }
    }
    page->setTitle(QStringLiteral("GTOL 利用準備アシスタント"));
    page->setSubTitle(QStringLiteral("がん登録オンラインシステムの利用申請を順にご案内します。"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("新しく利用申請を始める"), page));
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    auto *page = new QWizardPage;
    if (app.arguments().contains(QStringLiteral("--japanese")))
        showJapanese(page);
    wizard.addPage(page);
    const bool quitAfterShow = app.arguments().contains(QStringLiteral("--quit-after-show"));
    if (quitAfterShow)
        page->installEventFilter(new QuitOnFirstPaint(&wizard));
    wizard.show();
    return app.exec();
}
