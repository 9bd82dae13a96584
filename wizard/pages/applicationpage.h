#pragma once

#include "model/applicationform.h"

#include <QHash>
#include <QSet>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QScrollArea;

namespace gtol {

class FacilityPicker;
class OnboardingController;
struct Facility;

// Page 3 (Step 2): the application form, laid out like the service's 利用申し込み入力フォーム.
// Each edit goes to the controller at once (normalised, saved); readings typed in hiragana or
// half-width kana are shown converted when the clerk leaves the field. Each problem shows under
// its field with how to fix it, once the field has been visited; the first remaining problem is
// always shown at the bottom as the reason Next is disabled.
class ApplicationPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ApplicationPage(OnboardingController &controller, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    QLineEdit *edit(ApplicationForm::Field field) const { return m_edits.value(field); }

private:
    // The widgets are made on the first visit: start-up builds only the first page.
    void build();
    bool m_built = false;
    void addEditRow(ApplicationForm::Field field, const QString &objectName);
    void onPrefectureChanged(int index);
    void onFacilityChosen(const Facility &facility);
    void updateIssues();
    void retranslate();

    OnboardingController &m_controller;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_form = nullptr;
    QComboBox *m_prefecture = nullptr;
    QLabel *m_prefectureLabel = nullptr;
    FacilityPicker *m_picker = nullptr;
    QLabel *m_facilityLabel = nullptr;
    QLabel *m_facilityError = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLabel *m_emailValue = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_blocker = nullptr;
    QHash<ApplicationForm::Field, QLineEdit *> m_edits;
    QHash<ApplicationForm::Field, QLabel *> m_labels;
    QHash<ApplicationForm::Field, QLabel *> m_hints;
    QHash<ApplicationForm::Field, QLabel *> m_errors;
    QHash<ApplicationForm::Field, QLabel *> m_notes;
    QSet<ApplicationForm::Field> m_visited;
    bool m_loading = false;
};

} // namespace gtol
