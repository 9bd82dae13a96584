#include "sync/syncpresenter.h"

#include "applicationsummary.h"
#include "net/apiclient.h"
#include "net/registrationlink.h"
#include "net/syncengine.h"
#include "net/synctexts.h"
#include "onboardingcontroller.h"

#include <QJsonObject>

namespace gtol {

namespace {

QString normalisedAddress(const QString &email)
{
    return email.trimmed().toLower();
}

} // namespace

SyncPresenter::SyncPresenter(OnboardingController &controller, ApiClient &client, SyncEngine &engine, Outbox &outbox,
                             QObject *parent)
    : QObject(parent), m_controller(controller), m_client(client), m_engine(engine), m_outbox(outbox)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &SyncPresenter::refreshStatus);

    connect(&m_controller, &OnboardingController::emailSendRequested, this, &SyncPresenter::onEmailSendRequested);
    connect(&m_controller, &OnboardingController::termsRequested, this, &SyncPresenter::onTermsRequested);
    connect(&m_controller, &OnboardingController::submitRequested, this, &SyncPresenter::onSubmitRequested);
    connect(&m_controller, &OnboardingController::draftOpened, this, &SyncPresenter::onDraftOpened);

    connect(&m_engine, &SyncEngine::itemSent, this, &SyncPresenter::onItemSent);
    connect(&m_engine, &SyncEngine::itemFailed, this, &SyncPresenter::onItemFailed);
    connect(&m_engine, &SyncEngine::attemptFailed, this, &SyncPresenter::onAttemptFailed);
    connect(&m_engine, &SyncEngine::needsRegistrationToken, this, &SyncPresenter::onNeedsToken);
    connect(&m_engine, &SyncEngine::itemChanged, this, &SyncPresenter::syncChanged);

    onDraftOpened();
}

SyncPresenter::~SyncPresenter() = default;

// --- Step 1 --------------------------------------------------------------------------------------

void SyncPresenter::onEmailSendRequested(const QString &address)
{
    Result<OutboxItem> item = m_engine.enqueueRegistration(address, m_controller.draftId());
    if (!item) {
        m_controller.finishEmailSend(item.error());
        return;
    }
    Q_EMIT syncChanged();
}

void SyncPresenter::resendEmail()
{
    m_token.clear();
    setLink(LinkState::None, {});
    m_controller.sendEmail();
}

void SyncPresenter::setLink(LinkState state, const QString &message)
{
    m_linkState = state;
    m_linkMessage = message;
    Q_EMIT linkChanged();
}

void SyncPresenter::useLink(const QString &pasted)
{
    // The journal records the press, never the link (it holds the token).
    m_controller.buttonPressed(QStringLiteral("registration.useLink"));
    const std::optional<QString> token = RegistrationLink::tokenFrom(pasted);
    if (!token) {
        setLink(LinkState::NotALink, SyncTexts::linkNotALink());
        return;
    }
    setLink(LinkState::Checking, SyncTexts::linkChecking());
    const QString candidate = *token;
    m_client.checkRegistrationToken(candidate, this, [this, candidate](const ApiResult<RegistrationInfo> &result) {
        if (!result) {
            switch (result.error().kind) {
            case ApiError::Kind::NotFound:
                setLink(LinkState::Unknown, SyncTexts::linkUnknown());
                break;
            case ApiError::Kind::TokenExpired:
                setLink(LinkState::Expired, SyncTexts::linkExpired());
                break;
            default:
                setLink(LinkState::Failed, result.error().error.message);
                break;
            }
            return;
        }
        const QString expected = m_controller.value(ApplicationForm::Field::Email);
        if (!expected.isEmpty() && normalisedAddress(result->email) != normalisedAddress(expected)) {
            setLink(LinkState::WrongAddress, SyncTexts::linkWrongAddress(result->email));
            return;
        }
        m_token = candidate;
        m_tokenEmail = result->email;
        setLink(LinkState::Valid, SyncTexts::linkValid(result->email, result->expiresAt));
        if (m_waitingForToken != 0) {
            // A pending application from before a restart: the same link gives the same body, so
            // the server answers with the first receipt if that attempt had arrived.
            m_submittingItem = m_waitingForToken;
            m_engine.setRegistrationToken(m_waitingForToken, m_token);
            m_waitingForToken = 0;
        }
    });
}

// --- Step 2 --------------------------------------------------------------------------------------

void SyncPresenter::onTermsRequested()
{
    m_client.currentTerms(this, [this](const ApiResult<Terms> &result) {
        if (!result) {
            m_termsProblem = SyncTexts::termsFromServerFailed(result.error().error.message);
            Q_EMIT termsLoaded(false);
            return;
        }
        m_termsProblem.clear();
        OnboardingController::Terms terms;
        terms.version = result->version;
        terms.text = result->text;
        terms.sample = false;
        m_controller.setTerms(terms);
        Q_EMIT termsLoaded(true);
    });
}

void SyncPresenter::onSubmitRequested(const ApplicationForm &form, const QJsonObject &consentState)
{
    // One application per draft in the outbox at a time: a second press of 申請確定 while the
    // first is on its way must not make a second write (it would only fail on the used token).
    if (const std::optional<OutboxItem> pending = applicationItem();
        pending && pending->state == OutboxItem::State::Pending) {
        m_submittingItem = pending->id;
        if (!m_token.isEmpty() && !m_engine.hasRegistrationToken(pending->id))
            m_engine.setRegistrationToken(pending->id, m_token);
        else if (!m_engine.isInFlight(pending->id))
            static_cast<void>(m_engine.retryNow(pending->id));
        return;
    }
    if (m_token.isEmpty()) {
        refuseSubmit(Error {QStringLiteral("registration.linkNeeded"), SyncTexts::linkNeededToSend(), {}});
        return;
    }
    // Consent must name the service's current terms; the bundled sample would only be refused
    // later (consent.outdated), after the clerk had been told it was sent.
    if (m_controller.terms().sample) {
        refuseSubmit(Error {QStringLiteral("terms.notLoaded"), SyncTexts::termsNotFromServer(), {}});
        onTermsRequested();
        return;
    }
    Consent consent;
    consent.termsVersion = consentState.value(QStringLiteral("version")).toString();
    consent.termsSha256 = consentState.value(QStringLiteral("sha256")).toString();
    consent.agreedAt =
        QDateTime::fromString(consentState.value(QStringLiteral("agreedAt")).toString(), Qt::ISODateWithMs);
    if (!consent.agreedAt.isValid())
        consent.agreedAt =
            QDateTime::fromString(consentState.value(QStringLiteral("agreedAt")).toString(), Qt::ISODate);
    consent.agreedAt = consent.agreedAt.toUTC();
    Result<OutboxItem> item = m_engine.enqueueApplication(form, consent, m_token, m_controller.draftId());
    if (!item) {
        refuseSubmit(item.error());
        return;
    }
    m_submitProblem.clear();
    m_submittingItem = item->id;
    Q_EMIT syncChanged();
}

void SyncPresenter::onItemSent(const OutboxItem &item)
{
    if (item.kind == QStringView(SyncEngine::RegistrationKind)) {
        if (item.draftId == m_controller.draftId())
            m_controller.finishEmailSend({});
        Q_EMIT syncChanged();
        return;
    }
    if (item.draftId != m_controller.draftId())
        return;
    m_token.clear(); // used up by the application: forget it at once
    setLink(LinkState::None, {});
    takeReceipt(item);
}

void SyncPresenter::takeReceipt(const OutboxItem &item)
{
    ApiResult<SubmissionReceipt> receipt = SyncEngine::receiptOf(item);
    if (!receipt)
        return;
    if (m_submittingItem == item.id)
        m_submittingItem = 0;
    m_submitProblem.clear();
    if (!m_controller.isSubmitted())
        m_controller.finishSubmit(receipt->applicationId, {});
    // After a transient failure the controller recorded the submission without a number.
    if (m_controller.state(OnboardingController::ApplicationNumberKey).toString() != receipt->applicationId)
        static_cast<void>(m_controller.setState(OnboardingController::ApplicationNumberKey, receipt->applicationId));
    const QString known = m_controller.state(OnboardingController::SubmissionStatusKey).toString();
    if (known.isEmpty() || known == QStringLiteral("pending") || known == QStringLiteral("failed"))
        static_cast<void>(m_controller.setState(OnboardingController::SubmissionStatusKey, receipt->status));
    Q_EMIT syncChanged();
    if (!m_status
        || (m_status->state != ApplicationStatus::State::Approved
            && m_status->state != ApplicationStatus::State::Rejected))
        refreshStatus();
}

void SyncPresenter::refuseSubmit(const Error &error, const QList<ApiError::FieldProblem> &fields)
{
    // The confirm page's labels name the refused fields the way the clerk saw them.
    const QList<ApplicationSummary::Row> rows = ApplicationSummary::rows(m_controller);
    QString text = error.message;
    Error e = error;
    for (const ApiError::FieldProblem &p : fields) {
        QString label = p.field;
        for (const ApplicationSummary::Row &row : rows) {
            if (row.key == p.field || (p.field.endsWith(QStringLiteral("Code")) && row.key == p.field.chopped(4))) {
                label = row.label;
                break;
            }
        }
        text += u'\n' + label + QStringLiteral(": ") + (p.message.isEmpty() ? p.code : p.message);
        e.detail += QStringLiteral(" ") + p.field + u'=' + p.code;
    }
    m_submitProblem = text;
    m_controller.finishSubmit({}, e);
    Q_EMIT syncChanged();
}

void SyncPresenter::onItemFailed(const OutboxItem &item, const ApiError &error)
{
    if (item.draftId != m_controller.draftId())
        return;
    if (item.kind == QStringView(SyncEngine::RegistrationKind)) {
        m_controller.finishEmailSend(error.error);
        Q_EMIT syncChanged();
        return;
    }
    if (error.kind == ApiError::Kind::TokenExpired) {
        m_token.clear();
        setLink(LinkState::Expired, SyncTexts::linkExpired());
    }
    if (m_submittingItem == item.id && !m_controller.isSubmitted()) {
        m_submittingItem = 0;
        refuseSubmit(error.error, error.fields);
    } else {
        // Refused after it had been recorded as submitted: open the way back to the form.
        static_cast<void>(m_controller.setState(OnboardingController::SubmissionStatusKey, QStringLiteral("failed")));
        static_cast<void>(m_controller.setState(OnboardingController::SubmittedAtKey, QJsonValue()));
    }
    Q_EMIT syncChanged();
}

void SyncPresenter::onAttemptFailed(const OutboxItem &item, const ApiError &)
{
    if (item.draftId != m_controller.draftId())
        return;
    if (item.kind == QStringView(SyncEngine::ApplicationKind) && m_submittingItem == item.id
        && !m_controller.isSubmitted()) {
        // The application is safe in the outbox and will be sent: the clerk can move on.
        m_controller.finishSubmit({}, {});
    }
    Q_EMIT syncChanged();
}

void SyncPresenter::onNeedsToken(qint64 itemId)
{
    Result<std::optional<OutboxItem>> item = m_outbox.item(itemId);
    if (!item || !item.value() || item.value()->draftId != m_controller.draftId())
        return;
    if (!m_token.isEmpty()) {
        m_engine.setRegistrationToken(itemId, m_token);
        return;
    }
    if (m_waitingForToken != itemId) {
        m_waitingForToken = itemId;
        setLink(LinkState::None, SyncTexts::linkNeededAgain());
    }
}

void SyncPresenter::onDraftOpened()
{
    m_token.clear();
    m_waitingForToken = 0;
    m_submittingItem = 0;
    m_status.reset();
    m_statusMessage.clear();
    m_pollTimer.stop();
    m_pollCurrentMs = m_pollBaseMs;
    setLink(LinkState::None, {});
    if (!m_controller.hasDraft())
        return;
    const std::optional<OutboxItem> app = applicationItem();
    if (app && app->state == OutboxItem::State::Sent)
        takeReceipt(*app);
    else if (app && app->state == OutboxItem::State::Pending && !m_engine.hasRegistrationToken(app->id))
        onNeedsToken(app->id); // the link is not on disk: ask for it again
    m_engine.processDue();
    Q_EMIT syncChanged();
}

// --- Outbox state --------------------------------------------------------------------------------

std::optional<OutboxItem> SyncPresenter::registrationItem() const
{
    if (!m_controller.hasDraft())
        return std::nullopt;
    Result<std::optional<OutboxItem>> item =
        m_outbox.latest(QString::fromUtf16(SyncEngine::RegistrationKind), m_controller.draftId());
    return item ? item.value() : std::nullopt;
}

std::optional<OutboxItem> SyncPresenter::applicationItem() const
{
    if (!m_controller.hasDraft())
        return std::nullopt;
    Result<std::optional<OutboxItem>> item =
        m_outbox.latest(QString::fromUtf16(SyncEngine::ApplicationKind), m_controller.draftId());
    return item ? item.value() : std::nullopt;
}

bool SyncPresenter::isSending(const std::optional<OutboxItem> &item) const
{
    return item && m_engine.isInFlight(item->id);
}

QString SyncPresenter::describe(const std::optional<OutboxItem> &item) const
{
    if (!item)
        return {};
    if (m_engine.isInFlight(item->id))
        return SyncTexts::sending();
    // last_error is "code: message"; the clerk reads the message.
    const QString reason = item->lastError.section(QStringLiteral(": "), 1);
    switch (item->state) {
    case OutboxItem::State::Sent:
        return SyncTexts::sent();
    case OutboxItem::State::Failed:
        return SyncTexts::failed(reason);
    case OutboxItem::State::Pending:
        if (item->kind == QStringView(SyncEngine::ApplicationKind) && !m_engine.hasRegistrationToken(item->id))
            return SyncTexts::linkNeededAgain();
        if (item->attempts == 0)
            return SyncTexts::sending();
        return SyncTexts::waiting(item->nextAttemptAt, reason);
    }
    return {};
}

void SyncPresenter::retryNow()
{
    m_controller.buttonPressed(QStringLiteral("sync.retryNow"));
    for (const std::optional<OutboxItem> &item : {registrationItem(), applicationItem()}) {
        if (item && item->state != OutboxItem::State::Sent && !m_engine.isInFlight(item->id))
            static_cast<void>(m_engine.retryNow(item->id));
    }
    Q_EMIT syncChanged();
}

// --- Step 3 --------------------------------------------------------------------------------------

QString SyncPresenter::applicationNumber() const
{
    return m_controller.state(OnboardingController::ApplicationNumberKey).toString();
}

void SyncPresenter::checkStatusNow()
{
    m_controller.buttonPressed(QStringLiteral("status.checkNow"));
    refreshStatus();
}

void SyncPresenter::refreshStatus()
{
    if (m_statusJob)
        return; // one at a time
    const std::optional<OutboxItem> app = applicationItem();
    if (!app || app->state != OutboxItem::State::Sent)
        return;
    ApiResult<SubmissionReceipt> receipt = SyncEngine::receiptOf(*app);
    if (!receipt)
        return;
    m_pollTimer.stop();
    m_statusJob = m_client.applicationStatus(
        receipt->applicationId, receipt->statusToken, this, [this](const ApiResult<ApplicationStatus> &result) {
            m_statusJob.clear();
            if (!result) {
                m_statusMessage = SyncTexts::statusCheckFailed(result.error().error.message);
                Q_EMIT statusChanged();
                schedulePoll(true);
                return;
            }
            m_status = result.value();
            m_statusMessage = ApplicationStatus::describe(m_status->state) + u'\n'
                + SyncTexts::statusChecked(QDateTime::currentDateTimeUtc());
            if (m_controller.state(OnboardingController::SubmissionStatusKey).toString() != m_status->statusText)
                static_cast<void>(
                    m_controller.setState(OnboardingController::SubmissionStatusKey, m_status->statusText));
            Q_EMIT statusChanged();
            schedulePoll(false);
        });
}

void SyncPresenter::schedulePoll(bool failed)
{
    if (m_status
        && (m_status->state == ApplicationStatus::State::Approved
            || m_status->state == ApplicationStatus::State::Rejected)) {
        m_pollTimer.stop();
        return;
    }
    m_pollCurrentMs = failed ? qMin(m_pollCurrentMs * 2, MaxPollIntervalMs) : m_pollBaseMs;
    m_pollTimer.start(m_pollCurrentMs);
}

} // namespace gtol
