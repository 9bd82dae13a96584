#include "onboardingcontroller.h"

#include "pageids.h"
#include "rules/prefectures.h"
#include "session/draftfile.h"
#include "store/facilityindex.h"
#include "store/localstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QCoreApplication>
#include <QMetaMethod>

namespace gtol {

using Field = ApplicationForm::Field;

namespace {

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

OnboardingController::Terms bundledTerms()
{
    OnboardingController::Terms terms;
    QFile file(QStringLiteral(":/gtol/terms/sample-terms-ja.txt"));
    if (file.open(QIODevice::ReadOnly))
        terms.text = QString::fromUtf8(file.readAll());
    terms.version = QStringLiteral("sample-2026-01");
    terms.sample = true;
    return terms;
}

} // namespace

QString OnboardingController::Terms::sha256() const
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

OnboardingController::OnboardingController(LocalStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_drafts(std::make_unique<DraftStore>(store))
    , m_facilities(std::make_unique<FacilityIndex>(store))
    , m_journal(std::make_unique<Journal>(store))
    , m_terms(bundledTerms())
{
}

OnboardingController::~OnboardingController() = default;

bool OnboardingController::report(const Status &status)
{
    if (status.ok())
        return true;
    m_lastError = status.error();
    Q_EMIT storageFailed(status.error());
    return false;
}

// --- Drafts --------------------------------------------------------------------------------------

QList<DraftSummary> OnboardingController::drafts() const
{
    auto list = m_drafts->list();
    return list.ok() ? list.value() : QList<DraftSummary>{};
}

Status OnboardingController::newDraft()
{
    ApplicationForm form;
    form.setValue(Field::PrefectureCode, QString::fromLatin1(DefaultPrefectureCode));
    auto id = m_drafts->create(form);
    if (!id.ok()) {
        report(id.error());
        return id.error();
    }
    auto draft = m_drafts->load(id.value());
    if (!draft.ok()) {
        report(draft.error());
        return draft.error();
    }
    loadDraft(draft.value());
    journal(JournalEvent::Kind::Button, {}, {}, {}, {{QStringLiteral("name"), QStringLiteral("draft.new")}});
    return {};
}

Status OnboardingController::openDraft(qint64 id)
{
    if (id == m_draftId && id != 0)
        return {};
    auto draft = m_drafts->load(id);
    if (!draft.ok()) {
        report(draft.error());
        return draft.error();
    }
    loadDraft(draft.value());
    journal(JournalEvent::Kind::Button, {}, {}, {}, {{QStringLiteral("name"), QStringLiteral("draft.open")}});
    return {};
}

bool OnboardingController::openLatestDraft()
{
    const QList<DraftSummary> list = drafts();
    if (list.isEmpty())
        return false;
    return openDraft(list.first().id).ok();
}

void OnboardingController::loadDraft(const Draft &draft)
{
    m_draftId = draft.id;
    m_savedPage = draft.currentPage;
    m_form = draft.form;
    m_state = draft.state;
    if (m_form.value(Field::PrefectureCode).isEmpty())
        m_form.setValue(Field::PrefectureCode, QString::fromLatin1(DefaultPrefectureCode));
    Q_EMIT draftOpened();
}

Status OnboardingController::ensureDraft()
{
    if (m_draftId != 0)
        return {};
    return newDraft();
}

Status OnboardingController::importDraftFile(const QString &path)
{
    auto document = DraftFile::read(path);
    if (!document.ok())
        return document.error();
    // Stored normalised, like every edit; problems are shown on the pages, not refused here.
    ApplicationForm form = FieldRules::validate(document->application).normalized;
    if (form.value(Field::PrefectureCode).isEmpty())
        form.setValue(Field::PrefectureCode, QString::fromLatin1(DefaultPrefectureCode));
    auto id = m_drafts->create(form, document->meta);
    if (!id.ok()) {
        report(id.error());
        return id.error();
    }
    // The wizard walks forward from the start to the first page that still needs the clerk.
    report(m_drafts->saveCurrentPage(id.value(), PageId::Confirm));
    auto draft = m_drafts->load(id.value());
    if (!draft.ok()) {
        report(draft.error());
        return draft.error();
    }
    loadDraft(draft.value());
    if (auto known = facility(form.value(Field::FacilityCode))) {
        static_cast<void>(setState(FacilityNameKey, known->name));
        static_cast<void>(setState(FacilityAddressKey, known->address));
        static_cast<void>(setState(FacilityPostalCodeKey, known->postalCode));
    }
    journal(JournalEvent::Kind::Button, {}, {}, {}, {{QStringLiteral("name"), QStringLiteral("draft.import")}});
    return {};
}

Status OnboardingController::exportDraftFile(const QString &path)
{
    DraftDocument document;
    document.application = m_form;
    document.meta = {{QStringLiteral("createdBy"), QStringLiteral("gtol-onboard %1").arg(QCoreApplication::applicationVersion())},
                     {QStringLiteral("createdAt"), isoNow()}};
    Status status = DraftFile::write(path, document);
    journal(JournalEvent::Kind::Button, {}, {}, {},
            {{QStringLiteral("name"), QStringLiteral("draft.export")}, {QStringLiteral("ok"), status.ok()}});
    return status;
}

// --- The form ------------------------------------------------------------------------------------

QString OnboardingController::editField(Field field, const QString &typed)
{
    const QString stored = FieldRules::normalize(field, typed);
    if (!ensureDraft().ok())
        return stored;
    const bool changed = m_form.value(field) != stored;
    m_form.setValue(field, stored);
    if (changed) {
        report(m_drafts->saveField(m_draftId, field, stored));
        Q_EMIT fieldChanged(field, stored);
    }
    return stored;
}

QString OnboardingController::leaveField(Field field, const QString &typed)
{
    const QString stored = editField(field, typed);
    journal(JournalEvent::Kind::FieldChange, ApplicationForm::key(field), typed, stored);
    return stored;
}

std::optional<FieldIssue> OnboardingController::issue(Field field) const
{
    return FieldRules::check(field, m_form.value(field));
}

QList<FieldIssue> OnboardingController::applicationIssues() const
{
    QList<FieldIssue> issues;
    for (Field field : ApplicationForm::allFields()) {
        if (field == Field::Email)
            continue;
        if (auto found = issue(field))
            issues.append(*found);
    }
    return issues;
}

QJsonValue OnboardingController::state(QStringView key) const
{
    return m_state.value(key.toString());
}

Status OnboardingController::setState(QStringView key, const QJsonValue &value)
{
    Status ensured = ensureDraft();
    if (!ensured.ok())
        return ensured;
    const QString k = key.toString();
    if (m_state.value(k) == value)
        return {};
    if (value.isNull() || value.isUndefined())
        m_state.remove(k);
    else
        m_state.insert(k, value);
    Status saved = m_drafts->saveState(m_draftId, k, value);
    report(saved);
    Q_EMIT stateChanged(k);
    return saved;
}

// --- E-mail --------------------------------------------------------------------------------------

QString OnboardingController::emailConfirmation() const
{
    return m_state.value(QStringView(EmailConfirmationKey).toString()).toString();
}

void OnboardingController::editEmailConfirmation(const QString &typed)
{
    const QString stored = FieldRules::normalize(Field::Email, typed);
    static_cast<void>(setState(EmailConfirmationKey, stored));
}

void OnboardingController::leaveEmailConfirmation(const QString &typed)
{
    editEmailConfirmation(typed);
    journal(JournalEvent::Kind::FieldChange, QStringView(EmailConfirmationKey).toString(), typed, emailConfirmation());
}

std::optional<FieldIssue> OnboardingController::emailIssue() const
{
    if (auto invalid = issue(Field::Email))
        return invalid;
    return FieldRules::checkEmailConfirmation(m_form.value(Field::Email), emailConfirmation());
}

bool OnboardingController::isMobileCarrierEmail() const
{
    const QString email = m_form.value(Field::Email);
    return !email.isEmpty() && FieldRules::isMobileCarrierAddress(email);
}

bool OnboardingController::emailSent() const
{
    const QString sentTo = state(EmailSentToKey).toString();
    return !sentTo.isEmpty() && sentTo == m_form.value(Field::Email) && !emailIssue();
}

void OnboardingController::sendEmail()
{
    if (emailIssue())
        return;
    buttonPressed(QStringLiteral("email.send"));
    static const QMetaMethod signal = QMetaMethod::fromSignal(&OnboardingController::emailSendRequested);
    if (isSignalConnected(signal))
        Q_EMIT emailSendRequested(m_form.value(Field::Email));
    else
        finishEmailSend({}); // offline: nothing to send to yet
}

void OnboardingController::finishEmailSend(const Status &status)
{
    if (status.ok()) {
        static_cast<void>(setState(EmailSentToKey, m_form.value(Field::Email)));
        static_cast<void>(setState(EmailSentAtKey, isoNow()));
    }
    journal(JournalEvent::Kind::Request, {}, {}, {},
            {{QStringLiteral("action"), QStringLiteral("email.send")},
             {QStringLiteral("ok"), status.ok()},
             {QStringLiteral("code"), status.ok() ? QString() : status.error().code}});
    Q_EMIT emailSendFinished(status);
}

// --- Reference data ------------------------------------------------------------------------------

const QList<Prefecture> &OnboardingController::prefectures() const
{
    return Prefectures::all();
}

QString OnboardingController::prefectureName(const QString &code) const
{
    const auto prefecture = Prefectures::byCode(code);
    return prefecture ? Prefectures::displayName(*prefecture) : QString();
}

QString OnboardingController::prefectureNameInAddress(const QString &code) const
{
    const auto prefecture = Prefectures::byCode(code);
    return prefecture ? prefecture->name : QString();
}

void OnboardingController::ensureFacilityMaster()
{
    if (m_facilityMasterChecked)
        return;
    m_facilityMasterChecked = true;
    report(m_facilities->ensureBuiltInMaster());
}

QList<Facility> OnboardingController::searchFacilities(const QString &prefectureCode, const QString &query, int limit)
{
    ensureFacilityMaster();
    auto found = m_facilities->search(prefectureCode, query, limit);
    return found.ok() ? found.value() : QList<Facility>{};
}

std::optional<Facility> OnboardingController::facility(const QString &code)
{
    if (code.isEmpty())
        return std::nullopt;
    ensureFacilityMaster();
    auto found = m_facilities->facility(code);
    if (!found.ok())
        return std::nullopt;
    return found.value();
}

bool OnboardingController::hasFacilitiesOf(const QString &prefectureCode)
{
    ensureFacilityMaster();
    const Result<qint64> held = m_facilities->count(prefectureCode);
    return held && held.value() > 0;
}

Status OnboardingController::chooseFacility(const Facility &chosen)
{
    leaveField(Field::FacilityCode, chosen.code); // journalled like a typed field
    // Kept beside the code so the summary, the draft list and the PDF show the facility even
    // when the master is replaced later.
    static_cast<void>(setState(FacilityNameKey, chosen.name));
    static_cast<void>(setState(FacilityAddressKey, chosen.address));
    static_cast<void>(setState(FacilityPostalCodeKey, chosen.postalCode));
    return {};
}

// --- Terms ---------------------------------------------------------------------------------------

void OnboardingController::requestTerms()
{
    Q_EMIT termsRequested();
}

void OnboardingController::setTerms(const Terms &terms)
{
    m_terms = terms;
    Q_EMIT termsChanged();
}

Status OnboardingController::setConsent(bool agreed)
{
    journal(JournalEvent::Kind::FieldChange, QStringLiteral("consent"), {}, agreed ? QStringLiteral("agreed") : QString(),
            {{QStringLiteral("version"), m_terms.version}, {QStringLiteral("sha256"), m_terms.sha256()}});
    if (!agreed)
        return setState(ConsentKey, QJsonValue());
    return setState(ConsentKey, QJsonObject{{QStringLiteral("version"), m_terms.version},
                                            {QStringLiteral("sha256"), m_terms.sha256()},
                                            {QStringLiteral("agreedAt"), isoNow()},
                                            {QStringLiteral("sample"), m_terms.sample}});
}

bool OnboardingController::hasValidConsent() const
{
    const QJsonObject consent = state(ConsentKey).toObject();
    return !consent.isEmpty() && consent.value(QStringLiteral("version")).toString() == m_terms.version
           && consent.value(QStringLiteral("sha256")).toString() == m_terms.sha256();
}

// --- Submission ----------------------------------------------------------------------------------

bool OnboardingController::isSubmitted() const
{
    return !state(SubmittedAtKey).toString().isEmpty();
}

void OnboardingController::submit()
{
    if (isSubmitted())
        return;
    buttonPressed(QStringLiteral("application.submit"));
    static const QMetaMethod signal = QMetaMethod::fromSignal(&OnboardingController::submitRequested);
    if (isSignalConnected(signal))
        Q_EMIT submitRequested(m_form, state(ConsentKey).toObject());
    else
        finishSubmit({}, {}); // offline: recorded here, sent when a backend is connected
}

void OnboardingController::finishSubmit(const QString &applicationNumber, const Status &status)
{
    if (status.ok()) {
        static_cast<void>(setState(SubmittedAtKey, isoNow()));
        static_cast<void>(setState(ApplicationNumberKey, applicationNumber));
        static_cast<void>(setState(SubmissionStatusKey, applicationNumber.isEmpty() ? QStringLiteral("pending") : QStringLiteral("received")));
    }
    journal(JournalEvent::Kind::Request, {}, {}, {},
            {{QStringLiteral("action"), QStringLiteral("application.submit")},
             {QStringLiteral("ok"), status.ok()},
             {QStringLiteral("code"), status.ok() ? QString() : status.error().code}});
    Q_EMIT submitFinished(status);
}

// --- Journal -------------------------------------------------------------------------------------

void OnboardingController::pageEntered(int pageId)
{
    m_currentPage = pageId;
    journal(JournalEvent::Kind::PageEnter);
    // The start page is a choice between drafts, not a place in one: a draft keeps the page it
    // was left on, so "new" or "open" from the start page does not lose where the old one was.
    if (m_draftId == 0 || pageId == PageId::Start)
        return;
    m_savedPage = pageId;
    report(m_drafts->saveCurrentPage(m_draftId, pageId));
}

void OnboardingController::pageLeft(int pageId)
{
    const int current = m_currentPage;
    m_currentPage = pageId;
    journal(JournalEvent::Kind::PageLeave);
    m_currentPage = current;
}

void OnboardingController::buttonPressed(const QString &name)
{
    journal(JournalEvent::Kind::Button, {}, {}, {}, {{QStringLiteral("name"), name}});
}

void OnboardingController::recordCheckReport(const QJsonObject &report)
{
    const int current = m_currentPage;
    m_currentPage = PageId::Requirements;
    journal(JournalEvent::Kind::CheckResult, {}, {}, {}, report);
    m_currentPage = current;
}

void OnboardingController::errorShown(int pageId, const QString &code, const QString &message)
{
    const int current = m_currentPage;
    m_currentPage = pageId;
    journal(JournalEvent::Kind::ErrorShown, {}, {}, {}, {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
    m_currentPage = current;
}

void OnboardingController::journal(JournalEvent::Kind kind, const QString &fieldKey, const QString &typed,
                                   const QString &stored, const QJsonObject &details)
{
    JournalEvent event;
    event.draftId = m_draftId;
    event.kind = kind;
    event.pageId = m_currentPage;
    event.fieldKey = fieldKey;
    event.typedValue = typed;
    event.storedValue = stored;
    event.details = details;
    // The journal is for support; a failure to write it must not stop the clerk, so it is not
    // reported as a failed save.
    static_cast<void>(m_journal->append(std::move(event)));
}

} // namespace gtol
