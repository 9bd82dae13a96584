#pragma once

#include "model/applicationform.h"
#include "model/facility.h"
#include "model/prefecture.h"
#include "result.h"
#include "rules/fieldrules.h"
#include "store/draftstore.h"
#include "store/journal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace gtol {

class LocalStore;
class FacilityIndex;

// The one object between the wizard's pages and the core. It owns the ApplicationForm being
// edited and the page state beyond it (e-mail confirmation, consent record, submission), and
// every accepted edit goes through it: normalised by FieldRules, committed by DraftStore before
// the call returns, and written to the journal. Pages are views: they read from it and tell it
// what the clerk did; they never open SQLite or send a request.
//
// Backend hooks (wired by the network layer; with nothing connected the controller works offline):
//  - sendEmail() emits emailSendRequested(address); the backend answers with finishEmailSend().
//    With no receiver connected, the send completes locally at once.
//  - requestTerms() emits termsRequested(); the backend answers with setTerms(). Until then the
//    bundled sample terms are shown, marked as a sample.
//  - submit() emits submitRequested(form, consent); the backend answers with finishSubmit().
//    With no receiver connected, the application is recorded locally as "not yet sent".
class OnboardingController : public QObject
{
    Q_OBJECT
public:
    struct Terms
    {
        QString version;
        QString text;
        bool sample = true;  // the bundled placeholder, not the service's real terms
        QString sha256() const;  // hex SHA-256 of the UTF-8 text: what consent refers to
    };

    // Keys of the draft's page state (Draft::state).
    static constexpr const char16_t *EmailConfirmationKey = u"emailConfirmation";
    static constexpr const char16_t *EmailSentToKey = u"emailSentTo";
    static constexpr const char16_t *EmailSentAtKey = u"emailSentAt";
    static constexpr const char16_t *ConsentKey = u"consent";
    static constexpr const char16_t *SubmittedAtKey = u"submittedAt";
    static constexpr const char16_t *ApplicationNumberKey = u"applicationNumber";
    static constexpr const char16_t *SubmissionStatusKey = u"submissionStatus";
    static constexpr const char16_t *FacilityNameKey = u"facilityName";
    static constexpr const char16_t *FacilityAddressKey = u"facilityAddress";
    static constexpr const char16_t *FacilityPostalCodeKey = u"facilityPostalCode";

    static constexpr const char *DefaultPrefectureCode = "29"; // Nara

    explicit OnboardingController(LocalStore &store, QObject *parent = nullptr);
    ~OnboardingController() override;

    // --- Drafts -----------------------------------------------------------------------------
    bool hasDraft() const { return m_draftId != 0; }
    qint64 draftId() const { return m_draftId; }
    QList<DraftSummary> drafts() const;
    Status newDraft();
    Status openDraft(qint64 id);
    // Opens the most recently edited draft; false when there is none.
    bool openLatestDraft();
    int savedPage() const { return m_savedPage; }
    Status importDraftFile(const QString &path);
    Status exportDraftFile(const QString &path);

    // --- The form ---------------------------------------------------------------------------
    const ApplicationForm &form() const { return m_form; }
    QString value(ApplicationForm::Field field) const { return m_form.value(field); }
    // An edit the clerk made (every keystroke): normalised, stored in the form and committed to
    // the draft store before returning. Returns what was stored.
    QString editField(ApplicationForm::Field field, const QString &typed);
    // The clerk left the field: the journal gets what was typed and what was stored (one entry a
    // visit, not one a keystroke). Returns the stored value for the page to show.
    QString leaveField(ApplicationForm::Field field, const QString &typed);
    std::optional<FieldIssue> issue(ApplicationForm::Field field) const;
    // Issues of the application-form page (Step 2), in field order.
    QList<FieldIssue> applicationIssues() const;

    QJsonValue state(QStringView key) const;
    Status setState(QStringView key, const QJsonValue &value);

    // --- E-mail (Step 1) --------------------------------------------------------------------
    QString emailConfirmation() const;
    void editEmailConfirmation(const QString &typed);
    void leaveEmailConfirmation(const QString &typed); // journals typed and stored
    std::optional<FieldIssue> emailIssue() const;  // address invalid, or confirmation differs
    bool isMobileCarrierEmail() const;
    bool emailSent() const;   // the current address has been sent (the link is on its way)
    void sendEmail();

    // --- Reference data ---------------------------------------------------------------------
    const QList<Prefecture> &prefectures() const;
    QString prefectureName(const QString &code) const; // in the UI language
    // As an address starts with it (奈良県) in every UI language: the rest of the address is Japanese.
    QString prefectureNameInAddress(const QString &code) const;
    void ensureFacilityMaster();
    QList<Facility> searchFacilities(const QString &prefectureCode, const QString &query, int limit = 50);
    std::optional<Facility> facility(const QString &code);
    // Whether the facility list on this PC holds any facility of that prefecture (only Nara is
    // built in; the others come from the service or the nationwide file).
    bool hasFacilitiesOf(const QString &prefectureCode);
    // The backend connection replaced the facility list: searches are run again.
    void facilityMasterReplaced() { Q_EMIT facilityMasterChanged(); }
    Status chooseFacility(const Facility &facility);

    // --- Terms and consent ------------------------------------------------------------------
    const Terms &terms() const { return m_terms; }
    void requestTerms();
    void setTerms(const Terms &terms);
    Status setConsent(bool agreed);
    bool hasValidConsent() const;  // agreed to exactly the terms shown now

    // --- Submission -------------------------------------------------------------------------
    bool isSubmitted() const;
    void submit();

    // --- Journal ----------------------------------------------------------------------------
    void pageEntered(int pageId);
    void pageLeft(int pageId);
    void buttonPressed(const QString &name);

    // The self-check's results (ReportWriter::toJson), one journal entry a run, for support.
    void recordCheckReport(const QJsonObject &report);

    // Something shown to the clerk that support should see in the session (an error message).
    void errorShown(int pageId, const QString &code, const QString &message);

    // For tests and the status line: the last storage failure, if any.
    std::optional<Error> lastError() const { return m_lastError; }

public Q_SLOTS:
    void finishEmailSend(const gtol::Status &status);
    void finishSubmit(const QString &applicationNumber, const gtol::Status &status);

Q_SIGNALS:
    void draftOpened();  // another draft is now the current one: pages reload from form()
    void fieldChanged(gtol::ApplicationForm::Field field, const QString &stored);
    void stateChanged(const QString &key);
    void storageFailed(const gtol::Error &error);
    void termsChanged();
    void facilityMasterChanged();

    void emailSendRequested(const QString &address);
    void emailSendFinished(const gtol::Status &status);
    void termsRequested();
    void submitRequested(const gtol::ApplicationForm &form, const QJsonObject &consent);
    void submitFinished(const gtol::Status &status);

private:
    bool report(const Status &status);
    Status ensureDraft();
    void loadDraft(const Draft &draft);
    void journal(JournalEvent::Kind kind, const QString &fieldKey = {}, const QString &typed = {},
                 const QString &stored = {}, const QJsonObject &details = {});

    LocalStore &m_store;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<FacilityIndex> m_facilities;
    std::unique_ptr<Journal> m_journal;
    qint64 m_draftId = 0;
    int m_savedPage = 0;
    int m_currentPage = -1;
    ApplicationForm m_form;
    QJsonObject m_state;
    Terms m_terms;
    bool m_facilityMasterChecked = false;
    std::optional<Error> m_lastError;
};

} // namespace gtol
