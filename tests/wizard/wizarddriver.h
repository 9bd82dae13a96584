#pragma once

// Drives the onboarding wizard the way a clerk does: finds inputs by their stable objectNames and
// types into them with key events. Shared by the wizard tests and the screenshot tool.

#include "onboardingcontroller.h"
#include "onboardingwizard.h"
#include "pageids.h"
#include "store/localstore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>

#include <memory>

namespace gtol::test {

struct SampleApplication
{
    QString email = QStringLiteral("jimu@clinic.example.jp");
    QString facilityQuery = QStringLiteral("坪村");
    QString facilityName = QStringLiteral("医療法人坪村診療所");
    QString managerName = QStringLiteral("坪村　太郎");
    QString managerNameKanaTyped = QStringLiteral("つぼむら　たろう"); // hiragana: converted on leaving
    QString managerNameKana = QStringLiteral("ツボムラ　タロウ");
    QString applicantName = QStringLiteral("奈良　花子");
    QString applicantNameKanaTyped = QStringLiteral("ﾅﾗ ﾊﾅｺ"); // half-width: converted on leaving
    QString applicantNameKana = QStringLiteral("ナラ　ハナコ");
    QString department = QStringLiteral("医事課");
    QString position = QStringLiteral("なし");
    QString facilityPhoneTyped = QStringLiteral("0742-12-3456");
    QString facilityPhone = QStringLiteral("0742123456");
    QString applicantContact = QStringLiteral("123-4567#89");
};

// Alt+letter pairs on the current page that name the same letter ("Alt+n: \"&Next\" and ..."), so
// the shortcut cannot do what both underlines say. Every button and buddy label of the page (shown
// or not: a hidden one can be shown later) and the wizard's own buttons on screen.
inline QStringList mnemonicClashes(QWizard &wizard)
{
    auto mnemonic = [](const QString &text) -> QChar {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == u'&') {
                if (text.at(i + 1) != u'&')
                    return text.at(i + 1).toLower();
                ++i;
            }
        }
        return {};
    };
    QHash<QChar, QString> seen;
    QStringList clashes;
    auto add = [&](const QString &text) {
        const QChar key = mnemonic(text);
        if (key.isNull())
            return;
        if (seen.contains(key))
            clashes.append(QStringLiteral("Alt+%1: \"%2\" and \"%3\"").arg(key, seen.value(key), text));
        seen.insert(key, text);
    };
    for (QAbstractButton *b : wizard.currentPage()->findChildren<QAbstractButton *>())
        add(b->text());
    for (QLabel *l : wizard.currentPage()->findChildren<QLabel *>()) {
        if (l->buddy())
            add(l->text());
    }
    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                        QWizard::FinishButton, QWizard::CancelButton, QWizard::CustomButton1}) {
        if (QAbstractButton *b = wizard.button(which); b && b->isVisible())
            add(b->text());
    }
    return clashes;
}

// A store, a controller and a wizard on a folder, torn down in the right order.
class WizardFixture
{
public:
    explicit WizardFixture(const QString &dir)
    {
        auto opened = store.open(LocalStore::defaultPath(dir));
        ok = opened.ok();
        controller = std::make_unique<OnboardingController>(store);
    }
    ~WizardFixture()
    {
        wizard.reset();
        controller.reset();
        store.close();
    }
    OnboardingWizard &show(bool resume = true)
    {
        if (resume)
            controller->openLatestDraft();
        wizard = std::make_unique<OnboardingWizard>(*controller);
        wizard->show();
        wizard->activateWindow();
        static_cast<void>(QTest::qWaitForWindowExposed(wizard.get()));
        wizard->restoreSavedPage();
        return *wizard;
    }

    LocalStore store;
    bool ok = false;
    std::unique_ptr<OnboardingController> controller;
    std::unique_ptr<OnboardingWizard> wizard;
};

template <typename T = QWidget>
T *find(QWidget *root, const char *name)
{
    return root->findChild<T *>(QString::fromLatin1(name));
}

// Key events for ASCII; Japanese arrives as an input method commits it (QInputMethodEvent), one
// commit a character run, as an IME delivers it after conversion.
inline void typeText(QWidget *widget, const QString &text)
{
    QString run;
    auto flushRun = [&] {
        if (run.isEmpty())
            return;
        QInputMethodEvent event;
        event.setCommitString(run);
        QApplication::sendEvent(widget, &event);
        run.clear();
    };
    for (QChar c : text) {
        if (c.unicode() < 0x80 && c.isPrint()) {
            flushRun();
            QTest::keyClick(widget, c.toLatin1());
        } else {
            run.append(c);
        }
    }
    flushRun();
}

// An unfinished IME composition: shown in the field but not yet part of text().
inline void composeText(QWidget *widget, const QString &preedit)
{
    QInputMethodEvent event(preedit, {});
    QApplication::sendEvent(widget, &event);
}

inline QLineEdit *edit(QWidget *root, const char *name)
{
    return find<QLineEdit>(root, name);
}

// Types like a person: focus, key events, then leave the field (Tab), which commits it.
inline void typeInto(QWidget *root, const char *name, const QString &text, bool leave = true)
{
    QLineEdit *e = edit(root, name);
    if (!e)
        return;
    e->setFocus(Qt::TabFocusReason);
    typeText(e, text);
    if (leave)
        e->clearFocus(); // focus out: editingFinished, as when tabbing away
}

inline bool nextEnabled(QWizard &wizard)
{
    QAbstractButton *next = wizard.button(wizard.currentPage() && wizard.currentPage()->isCommitPage()
                                              ? QWizard::CommitButton
                                              : QWizard::NextButton);
    return next && next->isEnabled() && next->isVisible();
}

inline void fillEmail(QWizard &wizard, const SampleApplication &s)
{
    typeInto(&wizard, "emailEdit", s.email);
    typeInto(&wizard, "emailConfirmEdit", s.email);
    find<QAbstractButton>(&wizard, "emailToConfirmButton")->click();
    find<QAbstractButton>(&wizard, "emailSendButton")->click();
}

inline void pickFacility(QWizard &wizard, const SampleApplication &s)
{
    QLineEdit *search = edit(&wizard, "facilitySearchEdit");
    search->setFocus();
    typeText(search, s.facilityQuery);
    QTest::keyClick(search, Qt::Key_Return);
}

inline void fillApplication(QWizard &wizard, const SampleApplication &s)
{
    pickFacility(wizard, s);
    typeInto(&wizard, "managerNameEdit", s.managerName);
    typeInto(&wizard, "managerNameKanaEdit", s.managerNameKanaTyped);
    typeInto(&wizard, "applicantNameEdit", s.applicantName);
    typeInto(&wizard, "applicantNameKanaEdit", s.applicantNameKanaTyped);
    typeInto(&wizard, "departmentEdit", s.department);
    typeInto(&wizard, "positionEdit", s.position);
    typeInto(&wizard, "facilityPhoneEdit", s.facilityPhoneTyped);
    typeInto(&wizard, "applicantContactEdit", s.applicantContact);
}

inline void readAndAgreeTerms(QWizard &wizard)
{
    auto *view = find<QTextBrowser>(&wizard, "termsView");
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    auto *check = find<QCheckBox>(&wizard, "consentCheck");
    check->setFocus();
    QTest::keyClick(check, Qt::Key_Space);
}

} // namespace gtol::test
