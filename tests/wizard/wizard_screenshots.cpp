// Renders every page of the wizard, filled in as a clerk would, to PNG files, so that anyone can
// look at the real screens (scripts/screenshots runs it under Xvfb with Japanese fonts).
//
//   wizard-screenshots OUTPUT_DIR [ja|en]
#include "translations.h"
#include "wizarddriver.h"

#include "pages/confirmpage.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTextStream>

using namespace gtol;
using namespace gtol::test;

namespace {

QDir g_out;
int g_count = 0;

void shoot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QString file = g_out.filePath(name + QStringLiteral(".png"));
    widget->grab().save(file);
    QTextStream(stdout) << file << Qt::endl;
    ++g_count;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("gtol-screenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("gtol-onboard"));
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: wizard-screenshots OUTPUT_DIR [ja|en]" << Qt::endl;
        return 2;
    }
    const QString language = args.size() > 2 ? args.at(2) : QStringLiteral("ja");
    installTranslations(app, language);
    QDir().mkpath(args.at(1));
    g_out = QDir(args.at(1));
    const QString prefix = language + u'-';

    QTemporaryDir dir;
    WizardFixture fixture(dir.path());
    OnboardingWizard &wizard = fixture.show(false);
    const SampleApplication s;

    shoot(&wizard, prefix + QStringLiteral("00-start"));
    wizard.next();
    shoot(&wizard, prefix + QStringLiteral("01-requirements"));
    wizard.next();
    shoot(&wizard, prefix + QStringLiteral("02-email-empty"));
    typeInto(&wizard, "emailEdit", QStringLiteral("jimu@docomo.ne.jp"));
    typeInto(&wizard, "emailConfirmEdit", QStringLiteral("jimu@doc"), false);
    shoot(&wizard, prefix + QStringLiteral("02-email-typing-mobile"));
    edit(&wizard, "emailEdit")->clear();
    edit(&wizard, "emailConfirmEdit")->clear();
    typeInto(&wizard, "emailEdit", s.email);
    typeInto(&wizard, "emailConfirmEdit", s.email);
    find<QAbstractButton>(&wizard, "emailToConfirmButton")->click();
    shoot(&wizard, prefix + QStringLiteral("02-email-confirm"));
    find<QAbstractButton>(&wizard, "emailSendButton")->click();
    shoot(&wizard, prefix + QStringLiteral("02-email-sent"));
    wizard.next();
    shoot(&wizard, prefix + QStringLiteral("03-application-empty"));
    QLineEdit *search = edit(&wizard, "facilitySearchEdit");
    search->setFocus();
    typeText(search, QStringLiteral("奈良"));
    shoot(&wizard, prefix + QStringLiteral("03-application-search"));
    search->clear();
    fillApplication(wizard, s);
    // Leave one problem visible, to show how an error reads.
    edit(&wizard, "facilityPhoneEdit")->clear();
    typeInto(&wizard, "facilityPhoneEdit", QStringLiteral("07-42"));
    auto *scroll = wizard.currentPage()->findChild<QScrollArea *>();
    if (scroll)
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    shoot(&wizard, prefix + QStringLiteral("03-application-error"));
    if (scroll)
        shoot(scroll->widget(), prefix + QStringLiteral("03-application-form-whole"));
    edit(&wizard, "facilityPhoneEdit")->clear();
    typeInto(&wizard, "facilityPhoneEdit", s.facilityPhoneTyped);
    if (scroll)
        scroll->verticalScrollBar()->setValue(0);
    shoot(&wizard, prefix + QStringLiteral("03-application-filled"));
    wizard.next();
    shoot(&wizard, prefix + QStringLiteral("04-terms"));
    readAndAgreeTerms(wizard);
    shoot(&wizard, prefix + QStringLiteral("04-terms-agreed"));
    wizard.next();
    shoot(&wizard, prefix + QStringLiteral("05-confirm"));
    if (auto *confirm = qobject_cast<ConfirmPage *>(wizard.currentPage()))
        confirm->savePdf(g_out.filePath(prefix + QStringLiteral("05-confirm.pdf")));
    wizard.next();
    shoot(&wizard, prefix + QStringLiteral("06-submitted"));

    // The other branch: "I already have a user ID" goes straight to the password change.
    wizard.restart();
    find<QAbstractButton>(&wizard, "haveUserIdRadio")->click();
    shoot(&wizard, prefix + QStringLiteral("00-start-with-draft"));
    wizard.next();
    shoot(&wizard, prefix + QStringLiteral("07-password-change"));
    wizard.next();
    shoot(&wizard, prefix + QStringLiteral("08-connection-tool"));
    wizard.next();
    shoot(&wizard, prefix + QStringLiteral("09-done"));
    QTextStream(stdout) << g_count << " screenshots in " << QDir::toNativeSeparators(g_out.absolutePath()) << Qt::endl;
    return 0;
}
