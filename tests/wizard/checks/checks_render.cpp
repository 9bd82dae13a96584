// Renders the requirements page and its report so people can look at them:
//   checks-render OUTPUT_DIR [ja|en]
// writes requirements-<lang>-*.png, report-<lang>.html/.pdf and report-<lang>.png.
#include "translations.h"

#include "pagefixture.h"

#include "checks/ikepacket.h"
#include "checks/reportwriter.h"
#include "pages/requirementspage.h"
#include "widgets/checklist.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QTextDocument>
#include <QTextStream>
#include <QUdpSocket>
#include <QWizard>

using namespace gtol;

namespace {

void waitFor(CheckRunner *runner)
{
    if (runner->state() != CheckRunner::State::Running)
        return;
    QEventLoop loop;
    QObject::connect(runner, &CheckRunner::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

void shoot(QWidget *widget, const QString &file)
{
    QApplication::processEvents();
    widget->grab().save(file);
    QTextStream(stdout) << file << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: checks-render OUTPUT_DIR [ja|en]" << Qt::endl;
        return 2;
    }
    const QString language = args.value(2, QStringLiteral("ja"));
    installTranslations(app, language);
    QDir().mkpath(args.at(1));
    const QDir out(args.at(1));

    // A VPN gateway on 127.0.0.1 that answers IKE_SA_INIT with NO_PROPOSAL_CHOSEN, as a real one would.
    QUdpSocket gateway;
    gateway.bind(QHostAddress::LocalHost, 0);
    QObject::connect(&gateway, &QUdpSocket::readyRead, &gateway, [&gateway] {
        while (gateway.hasPendingDatagrams()) {
            QByteArray datagram(static_cast<qsizetype>(gateway.pendingDatagramSize()), Qt::Uninitialized);
            QHostAddress from;
            quint16 port = 0;
            gateway.readDatagram(datagram.data(), datagram.size(), &from, &port);
            gateway.writeDatagram(IkePacket::notifyResponse(datagram, 14, false), from, port);
        }
    });
    CheckRunner *runner = test::clinicRunner(test::clinicPc(), 3000, QStringLiteral("127.0.0.1"), {gateway.localPort()});
    // The product's wizard frame: modern style, a step list at the side, 980 x 720.
    QWizard wizard;
    wizard.setWizardStyle(QWizard::ModernStyle);
    auto *side = new QLabel(QStringLiteral("Step1\nStep2\nStep3\nStep4\nStep5\nStep6"));
    side->setFixedWidth(190);
    side->setAlignment(Qt::AlignTop);
    wizard.setSideWidget(side);
    auto *page = new RequirementsPage(runner);
    wizard.setPage(RequirementsPage::Id, page);
    wizard.resize(980, 720);
    wizard.show();
    waitFor(runner);
    shoot(&wizard, out.filePath(QStringLiteral("requirements-%1-1-first-run.png").arg(language)));

    page->findChild<QComboBox *>(QStringLiteral("lineContractCombo"))
        ->setCurrentIndex(static_cast<int>(allLineContracts().indexOf(LineContract::FletsHikari)));
    waitFor(runner);
    page->findChild<CheckList *>(QStringLiteral("checkList"))->selectId(QStringLiteral("firewall"));
    shoot(&wizard, out.filePath(QStringLiteral("requirements-%1-2-answered.png").arg(language)));

    const QString html = out.filePath(QStringLiteral("report-%1.html").arg(language));
    const QString pdf = out.filePath(QStringLiteral("report-%1.pdf").arg(language));
    if (!page->saveReport(html) || !page->saveReport(pdf))
        return 1;

    QTextDocument document;
    document.setHtml(ReportWriter::toHtml(page->report()));
    document.setTextWidth(900);
    QImage image(QSize(900, int(document.size().height()) + 20), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    document.drawContents(&painter);
    painter.end();
    const QString png = out.filePath(QStringLiteral("report-%1.png").arg(language));
    image.save(png);
    QTextStream(stdout) << html << Qt::endl << pdf << Qt::endl << png << Qt::endl;
    return 0;
}
