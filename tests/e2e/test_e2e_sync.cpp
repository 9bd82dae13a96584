// End to end against the real gtol-onboard-server (in-process, real TLS with a CA made at test
// time): the clerk's Steps 1–3 through the wizard's controller and the sync presenter, the token
// read from the mail spool as the clerk would read the mail, and the prefecture officer's approval
// done with the server's admin command line (gtol-onboard-server --db FILE admin ...).
#include "catch.h"
#include "facilitylist.h"

#include "netwait.h"
#include "testbackend.h"
#include "wizarddriver.h"

#include "model/deploymentprofile.h"
#include "net/syncengine.h"
#include "net/synctexts.h"
#include "onboardingcontroller.h"
#include "onboardingwizard.h"
#include "pageids.h"
#include "store/facilityindex.h"
#include "store/localstore.h"
#include "sync/backendconnection.h"
#include "sync/syncpresenter.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace gtol;
using namespace gtol::test;
using Field = ApplicationForm::Field;

namespace {

QString serverBinary()
{
    return QStringLiteral(GTOL_BINARY_DIR "/server/gtol-onboard-server");
}

// The officer's admin command, as on the server machine. Returns stdout; fails the test on error.
QString admin(const TestBackend &backend, const QStringList &args)
{
    QProcess process;
    process.start(serverBinary(),
                  QStringList {QStringLiteral("--db"), backend.dbPath(), QStringLiteral("admin")} + args);
    REQUIRE(process.waitForFinished(30'000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString approveWithAdminCli(const TestBackend &backend, const QString &applicationId)
{
    admin(backend, {QStringLiteral("confirm"), applicationId});
    const QString out = admin(backend, {QStringLiteral("approve"), applicationId});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("userId=(\\d{8})")).match(out);
    REQUIRE(m.hasMatch());
    CHECK(QRegularExpression(QStringLiteral("initialPassword=\\d{6}@G")).match(out).hasMatch());
    return m.captured(1);
}

DeploymentProfile profileFor(const TestBackend &backend)
{
    DeploymentProfile profile;
    profile.serviceHosts = {QStringLiteral("entry.gtol.invalid")};
    profile.backendUrl = backend.baseUrl();
    profile.backendCaFile = backend.pki().caCertPath;
    return profile;
}

void fillForm(OnboardingController &controller, const QString &email)
{
    const ApplicationForm form = validApplication(email);
    for (Field field : ApplicationForm::allFields())
        controller.leaveField(field, form.value(field));
    controller.editEmailConfirmation(email);
}

QString linkFor(const QString &token)
{
    // As pasted from a mail program: the link on its own line.
    return QStringLiteral("https://entry.gtol.example/registrationForm/") + token + QStringLiteral("\r\n");
}

bool waitFor(const std::function<bool()> &predicate, int ms = 20'000)
{
    return QTest::qWaitFor(predicate, ms);
}

// A client profile: store, controller, the backend connection (as the app makes them).
struct Clerk
{
    LocalStore store;
    std::unique_ptr<OnboardingController> controller;
    std::unique_ptr<BackendConnection> backend;

    Clerk(const QString &dir, const TestBackend &server, bool resume)
    {
        REQUIRE(store.open(LocalStore::defaultPath(dir)).ok());
        controller = std::make_unique<OnboardingController>(store);
        auto connection = BackendConnection::create(*controller, store, profileFor(server));
        REQUIRE(connection.ok());
        backend = std::move(connection).value();
        if (resume)
            REQUIRE(controller->openLatestDraft());
        else
            REQUIRE(controller->newDraft().ok());
    }
    ~Clerk()
    {
        backend.reset();
        controller.reset();
        store.close();
    }
    SyncPresenter &presenter() { return backend->presenter(); }
};

} // namespace

TEST_CASE("E2E: e-mail, link, terms, submit, officer approves with the admin CLI, status approved", "[e2e]")
{
    TestBackend server;
    QTemporaryDir dir;
    Clerk clerk(dir.path(), server, false);
    OnboardingController &c = *clerk.controller;
    const QString email = QStringLiteral("e2e-clerk@example-clinic.jp");
    fillForm(c, email);
    REQUIRE(!c.emailIssue().has_value());

    // Step 1: send; the link arrives by mail; pasted back and checked with the server.
    c.sendEmail();
    REQUIRE(waitFor([&] { return c.emailSent(); }));
    const std::optional<QString> token = server.tokenFromMail(email);
    REQUIRE(token.has_value());
    clerk.presenter().useLink(linkFor(*token));
    REQUIRE(waitFor([&] { return clerk.presenter().linkState() != SyncPresenter::LinkState::Checking; }));
    REQUIRE(clerk.presenter().linkState() == SyncPresenter::LinkState::Valid);

    // Step 2: the server's terms replace the bundled sample; consent refers to them; submit.
    c.requestTerms();
    REQUIRE(waitFor([&] { return !c.terms().sample; }));
    REQUIRE(c.setConsent(true).ok());
    c.submit();
    REQUIRE(waitFor([&] { return !c.state(OnboardingController::ApplicationNumberKey).toString().isEmpty(); }));
    CHECK(c.isSubmitted());
    const QString number = c.state(OnboardingController::ApplicationNumberKey).toString();
    REQUIRE(server.applications().size() == 1);
    CHECK(QString::number(server.applications().first().id) == number);
    CHECK(!clerk.presenter().hasRegistrationToken()); // used up and forgotten

    // Step 3: received, then approved by the officer; "check now" sees it and the wizard may move on.
    REQUIRE(waitFor([&] { return clerk.presenter().status().has_value(); }));
    CHECK(clerk.presenter().status()->state == ApplicationStatus::State::Received);
    CHECK(clerk.presenter().isPolling());
    const QString userId = approveWithAdminCli(server, number);
    clerk.presenter().refreshStatus();
    REQUIRE(waitFor(
        [&] { return c.state(OnboardingController::SubmissionStatusKey).toString() == QStringLiteral("approved"); }));
    CHECK(clerk.presenter().status()->userId == userId);
    CHECK(!clerk.presenter().isPolling()); // nothing more to wait for
}

TEST_CASE("E2E: an application made while the server is down survives a restart of the assistant and is sent once",
          "[e2e]")
{
    TestBackend server;
    QTemporaryDir dir;
    const QString email = QStringLiteral("e2e-restart@example-clinic.jp");
    QString token;
    {
        Clerk clerk(dir.path(), server, false);
        OnboardingController &c = *clerk.controller;
        fillForm(c, email);
        c.sendEmail();
        REQUIRE(waitFor([&] { return c.emailSent(); }));
        token = server.tokenFromMail(email).value();
        clerk.presenter().useLink(token);
        REQUIRE(waitFor([&] { return clerk.presenter().linkState() == SyncPresenter::LinkState::Valid; }));
        c.requestTerms();
        REQUIRE(waitFor([&] { return !c.terms().sample; }));
        REQUIRE(c.setConsent(true).ok());

        clerk.backend->client().networkAccessManager().clearConnectionCache();
        server.stop();
        c.submit();
        // Kept in the outbox: the clerk may move on (and close the assistant).
        REQUIRE(waitFor([&] { return c.isSubmitted(); }));
        CHECK(c.state(OnboardingController::ApplicationNumberKey).toString().isEmpty());
        const std::optional<OutboxItem> item = clerk.presenter().applicationItem();
        REQUIRE(item.has_value());
        CHECK(item->state == OutboxItem::State::Pending);
        CHECK(item->attempts >= 1);
        CHECK(!clerk.presenter().describe(item).isEmpty());
    }
    server.start();
    // The assistant opens again: the link is not on disk, so it is asked for once more.
    Clerk clerk(dir.path(), server, true);
    OnboardingController &c = *clerk.controller;
    REQUIRE(waitFor([&] { return clerk.presenter().linkMessage() == SyncTexts::linkNeededAgain(); }));
    clerk.presenter().useLink(linkFor(token));
    REQUIRE(waitFor([&] { return !c.state(OnboardingController::ApplicationNumberKey).toString().isEmpty(); }));
    REQUIRE(server.applications().size() == 1);
    CHECK(c.state(OnboardingController::ApplicationNumberKey).toString()
          == QString::number(server.applications().first().id));
    REQUIRE(waitFor([&] { return clerk.presenter().status().has_value(); }));
    CHECK(clerk.presenter().status()->state == ApplicationStatus::State::Received);

    // And once more: a sent application needs nothing from the clerk to poll after a restart.
}

TEST_CASE("E2E: Step 3 polls after a restart from the kept receipt and moves on once approved", "[e2e]")
{
    TestBackend server;
    QTemporaryDir dir;
    const QString email = QStringLiteral("e2e-poll@example-clinic.jp");
    QString number;
    {
        Clerk clerk(dir.path(), server, false);
        OnboardingController &c = *clerk.controller;
        fillForm(c, email);
        c.sendEmail();
        REQUIRE(waitFor([&] { return c.emailSent(); }));
        clerk.presenter().useLink(server.tokenFromMail(email).value());
        REQUIRE(waitFor([&] { return clerk.presenter().linkState() == SyncPresenter::LinkState::Valid; }));
        c.requestTerms();
        REQUIRE(waitFor([&] { return !c.terms().sample; }));
        REQUIRE(c.setConsent(true).ok());
        c.submit();
        REQUIRE(waitFor([&] { return !c.state(OnboardingController::ApplicationNumberKey).toString().isEmpty(); }));
        number = c.state(OnboardingController::ApplicationNumberKey).toString();
    }
    approveWithAdminCli(server, number);
    Clerk clerk(dir.path(), server, true);
    REQUIRE(waitFor([&] {
        return clerk.controller->state(OnboardingController::SubmissionStatusKey).toString()
            == QStringLiteral("approved");
    }));
    CHECK(server.applications().size() == 1);
}

TEST_CASE("E2E: an expired link, another address's link and a non-link are told apart, and a new e-mail helps", "[e2e]")
{
    TestBackend server;
    QTemporaryDir dir;
    Clerk clerk(dir.path(), server, false);
    OnboardingController &c = *clerk.controller;
    SyncPresenter &p = clerk.presenter();
    const QString email = QStringLiteral("e2e-expiry@example-clinic.jp");
    fillForm(c, email);
    c.sendEmail();
    REQUIRE(waitFor([&] { return c.emailSent(); }));
    const QString first = server.tokenFromMail(email).value();

    p.useLink(QStringLiteral("https://entry.gtol.example/other/page"));
    CHECK(p.linkState() == SyncPresenter::LinkState::NotALink);

    // Another address's link.
    ApiResult<ApiResponse> other = await<ApiResponse>([&](QObject *ctx, auto done) {
        clerk.backend->client().requestRegistration(QStringLiteral("someone-else@example-clinic.jp"), ctx, done);
    });
    REQUIRE(other.ok());
    p.useLink(server.tokenFromMail(QStringLiteral("someone-else@example-clinic.jp")).value());
    REQUIRE(waitFor([&] { return p.linkState() != SyncPresenter::LinkState::Checking; }));
    CHECK(p.linkState() == SyncPresenter::LinkState::WrongAddress);
    CHECK(!p.hasRegistrationToken());

    server.advanceServerClock(31 * 60);
    p.useLink(linkFor(first));
    REQUIRE(waitFor([&] { return p.linkState() != SyncPresenter::LinkState::Checking; }));
    CHECK(p.linkState() == SyncPresenter::LinkState::Expired);
    CHECK(p.linkMessage() == SyncTexts::linkExpired());

    // Without a valid link the submission is refused at once, with what to do.
    c.requestTerms();
    REQUIRE(waitFor([&] { return !c.terms().sample; }));
    REQUIRE(c.setConsent(true).ok());
    QSignalSpy finished(&c, &OnboardingController::submitFinished);
    c.submit();
    REQUIRE(finished.count() == 1);
    CHECK(!finished.first().at(0).value<Status>().ok());
    CHECK(!c.isSubmitted());

    const int mails = server.mailCount();
    p.resendEmail();
    REQUIRE(waitFor([&] { return server.mailCount() == mails + 1; }));
    const QString second = server.tokenFromMail(email).value();
    CHECK(second != first);
    p.useLink(linkFor(second));
    REQUIRE(waitFor([&] { return p.linkState() != SyncPresenter::LinkState::Checking; }));
    CHECK(p.linkState() == SyncPresenter::LinkState::Valid);
}

namespace {

// The requirements self-check runs real probes here (no GTOL network): answer the line question,
// wait for the run, acknowledge what failed, go on.
void passRequirements(OnboardingWizard &wizard)
{
    if (wizard.currentId() != PageId::Requirements)
        return;
    if (auto *combo = find<QComboBox>(&wizard, "lineContractCombo"); combo && combo->count() > 1)
        combo->setCurrentIndex(1);
    static_cast<void>(QTest::qWaitFor(
        [&] {
            auto *ack = find<QAbstractButton>(&wizard, "acknowledgeCheckBox");
            if (ack && ack->isVisible() && ack->isEnabled() && !ack->isChecked())
                ack->click();
            return nextEnabled(wizard);
        },
        60'000));
    wizard.next();
}

} // namespace

TEST_CASE("E2E: choosing another prefecture fetches its facility list, and searches find its facilities",
          "[e2e]")
{
    TestBackend server;
    QTemporaryDir dir;
    {
        // The list on this PC is another prefecture's (as after an earlier choice of Tokyo).
        LocalStore store;
        REQUIRE(store.open(LocalStore::defaultPath(dir.path())).ok());
        FacilityIndex index(store);
        REQUIRE(test::importFacilityRows(index, dir.path(), test::kOneTokyoClinic));
    }
    Clerk clerk(dir.path(), server, false);
    OnboardingController &c = *clerk.controller;
    CHECK_FALSE(c.hasFacilitiesOf(QStringLiteral("29")));
    CHECK(c.searchFacilities(QStringLiteral("29"), QStringLiteral("坪村")).isEmpty());

    QSignalSpy replaced(&c, &OnboardingController::facilityMasterChanged);
    // A new draft starts on Nara: the clerk had picked Tokyo, then picks Nara in the form.
    c.leaveField(Field::PrefectureCode, QStringLiteral("13"));
    c.leaveField(Field::PrefectureCode, QStringLiteral("29"));
    REQUIRE(waitFor([&] { return replaced.count() == 1; }));
    CHECK(c.hasFacilitiesOf(QStringLiteral("29")));
    const QList<Facility> found = c.searchFacilities(QStringLiteral("29"), QStringLiteral("坪村"));
    REQUIRE(found.size() == 1);
    CHECK(found.first().code == QStringLiteral("2910101043"));
}

TEST_CASE("E2E: the wizard, offscreen, from the e-mail address to approved, typed like a clerk", "[e2e][wizard]")
{
    TestBackend server;
    QTemporaryDir dir;
    WizardFixture fixture(dir.path());
    REQUIRE(fixture.ok);
    auto connection = BackendConnection::create(*fixture.controller, fixture.store, profileFor(server));
    REQUIRE(connection.ok());
    std::unique_ptr<BackendConnection> backend = std::move(connection).value();
    OnboardingWizard &wizard = fixture.show(false);
    backend->attach(wizard);
    OnboardingController &c = *fixture.controller;
    SampleApplication s;
    s.email = QStringLiteral("e2e-wizard@example-clinic.jp");

    find<QAbstractButton>(&wizard, "newApplicationRadio")->click();
    wizard.next();
    passRequirements(wizard);
    REQUIRE(wizard.currentId() == PageId::Email);

    // Step 1: type the address twice, confirm, send; the mail's link pasted into the panel.
    fillEmail(wizard, s);
    REQUIRE(waitFor([&] { return c.emailSent(); }));
    auto *linkEdit = edit(&wizard, "registrationLinkEdit");
    REQUIRE(linkEdit);
    REQUIRE(waitFor([&] { return linkEdit->isVisible(); }));
    // The backend's panel brings its own Alt shortcuts onto the page; none may be the wizard's.
    INFO(mnemonicClashes(wizard).join(u"; ").toStdString());
    CHECK(mnemonicClashes(wizard).isEmpty());
    linkEdit->setFocus();
    typeText(linkEdit,
             QStringLiteral("https://entry.gtol.example/registrationForm/") + server.tokenFromMail(s.email).value());
    find<QAbstractButton>(&wizard, "registrationLinkButton")->click();
    auto *linkStatus = find<QLabel>(&wizard, "registrationLinkStatus");
    REQUIRE(waitFor([&] { return backend->presenter().linkState() == SyncPresenter::LinkState::Valid; }));
    CHECK(linkStatus->text().contains(s.email));
    wizard.next();
    REQUIRE(wizard.currentId() == PageId::Application);

    // Step 2: the form, the server's terms, 申請確定.
    fillApplication(wizard, s);
    wizard.next();
    REQUIRE(wizard.currentId() == PageId::Terms);
    REQUIRE(waitFor([&] { return !c.terms().sample; }));
    readAndAgreeTerms(wizard);
    wizard.next();
    REQUIRE(wizard.currentId() == PageId::Confirm);
    wizard.next(); // the commit button: submits; the wizard moves on once the server has it
    REQUIRE(waitFor([&] { return wizard.currentId() == PageId::Submitted; }));
    REQUIRE(server.applications().size() == 1);
    const QString number = QString::number(server.applications().first().id);
    auto *numberLabel = find<QLabel>(&wizard, "submissionStatusLabel"); // the page's own label
    REQUIRE(numberLabel);
    REQUIRE(waitFor([&] { return numberLabel->text().contains(number); }));
    CHECK(!nextEnabled(wizard));

    // Step 3: the officer approves; "check now"; Next opens the password change.
    approveWithAdminCli(server, number);
    find<QAbstractButton>(&wizard, "statusCheckButton")->click();
    REQUIRE(waitFor([&] { return nextEnabled(wizard); }));
    CHECK(find<QLabel>(&wizard, "statusMessageLabel")->text().contains(server.applications().first().userId));
    wizard.next();
    CHECK(wizard.currentId() == PageId::PasswordChange);
    // As in the app, where the connection is made after the wizard and so destroyed before it.
    backend.reset();
    wizard.back();
    QTest::qWait(10);
}

TEST_CASE("E2E: pressing submit twice while the first is on its way makes one write and one application", "[e2e]")
{
    TestBackend server;
    QTemporaryDir dir;
    Clerk clerk(dir.path(), server, false);
    OnboardingController &c = *clerk.controller;
    const QString email = QStringLiteral("e2e-twice@example-clinic.jp");
    fillForm(c, email);
    c.sendEmail();
    REQUIRE(waitFor([&] { return c.emailSent(); }));
    clerk.presenter().useLink(server.tokenFromMail(email).value());
    REQUIRE(waitFor([&] { return clerk.presenter().linkState() == SyncPresenter::LinkState::Valid; }));
    c.requestTerms();
    REQUIRE(waitFor([&] { return !c.terms().sample; }));
    REQUIRE(c.setConsent(true).ok());
    QSignalSpy finished(&c, &OnboardingController::submitFinished);
    c.submit();
    c.submit();
    REQUIRE(waitFor([&] { return !c.state(OnboardingController::ApplicationNumberKey).toString().isEmpty(); }));
    QTest::qWait(200); // anything still to come would arrive now
    for (const QList<QVariant> &call : finished)
        CHECK(call.at(0).value<Status>().ok());
    Result<QList<OutboxItem>> items = clerk.backend->outbox().items(c.draftId());
    REQUIRE(items.ok());
    int applications = 0;
    for (const OutboxItem &item : items.value())
        applications += item.kind == QStringLiteral("application") ? 1 : 0;
    CHECK(applications == 1);
    CHECK(server.applications().size() == 1);
}

TEST_CASE("E2E: Step 3 polls politely: slower after failures, back to normal, stops once decided", "[e2e]")
{
    TestBackend server;
    QTemporaryDir dir;
    Clerk clerk(dir.path(), server, false);
    OnboardingController &c = *clerk.controller;
    SyncPresenter &p = clerk.presenter();
    p.setPollIntervalMs(100);
    const QString email = QStringLiteral("e2e-polite@example-clinic.jp");
    fillForm(c, email);
    c.sendEmail();
    REQUIRE(waitFor([&] { return c.emailSent(); }));
    p.useLink(server.tokenFromMail(email).value());
    REQUIRE(waitFor([&] { return p.linkState() == SyncPresenter::LinkState::Valid; }));
    c.requestTerms();
    REQUIRE(waitFor([&] { return !c.terms().sample; }));
    REQUIRE(c.setConsent(true).ok());
    c.submit();
    REQUIRE(waitFor([&] { return p.status().has_value(); }));
    CHECK(p.isPolling());
    CHECK(p.currentPollIntervalMs() == 100);

    clerk.backend->client().networkAccessManager().clearConnectionCache();
    server.stop();
    REQUIRE(waitFor([&] { return p.currentPollIntervalMs() >= 400; }));
    CHECK(p.statusMessage().contains(SyncTexts::statusCheckFailed(QString()).left(8)));
    server.start();
    REQUIRE(waitFor([&] { return p.currentPollIntervalMs() == 100; }));

    approveWithAdminCli(server, c.state(OnboardingController::ApplicationNumberKey).toString());
    REQUIRE(waitFor([&] { return p.status() && p.status()->state == ApplicationStatus::State::Approved; }));
    CHECK(!p.isPolling());
    CHECK(c.state(OnboardingController::SubmissionStatusKey).toString() == QStringLiteral("approved"));
}

TEST_CASE("E2E: a field the server refuses is named on the confirm page, fixed, and sent under a new key", "[e2e]")
{
    TestBackend server;
    QTemporaryDir dir;
    Clerk clerk(dir.path(), server, false);
    OnboardingController &c = *clerk.controller;
    SyncPresenter &p = clerk.presenter();
    const QString email = QStringLiteral("e2e-refused@example-clinic.jp");
    fillForm(c, email);
    // A well-formed code the server's master does not have (the local check cannot know).
    c.leaveField(Field::FacilityCode, QStringLiteral("2910000000"));
    c.sendEmail();
    REQUIRE(waitFor([&] { return c.emailSent(); }));
    p.useLink(server.tokenFromMail(email).value());
    REQUIRE(waitFor([&] { return p.linkState() == SyncPresenter::LinkState::Valid; }));
    c.requestTerms();
    REQUIRE(waitFor([&] { return !c.terms().sample; }));
    REQUIRE(c.setConsent(true).ok());
    QSignalSpy finished(&c, &OnboardingController::submitFinished);
    c.submit();
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    const Status refused = finished.first().at(0).value<Status>();
    REQUIRE(!refused.ok());
    CHECK(refused.error().code == QStringLiteral("net.validation"));
    CHECK(refused.error().detail.contains(QStringLiteral("facilityCode=facility.unknown")));
    CHECK(!c.isSubmitted());
    CHECK(p.submitProblem().count(u'\n') == 1); // the message, then one refused field
    CHECK(server.applications().isEmpty());
    const QString firstKey = p.applicationItem()->idempotencyKey;

    c.leaveField(Field::FacilityCode, QStringLiteral("2910101043"));
    c.submit();
    REQUIRE(waitFor([&] { return !c.state(OnboardingController::ApplicationNumberKey).toString().isEmpty(); }));
    CHECK(p.submitProblem().isEmpty());
    CHECK(p.applicationItem()->idempotencyKey != firstKey);
    CHECK(server.applications().size() == 1);
}

TEST_CASE("E2E: consent to the bundled sample terms is not sent, the current terms are loaded instead", "[e2e]")
{
    TestBackend server;
    QTemporaryDir dir;
    Clerk clerk(dir.path(), server, false);
    OnboardingController &c = *clerk.controller;
    SyncPresenter &p = clerk.presenter();
    const QString email = QStringLiteral("e2e-sample@example-clinic.jp");
    fillForm(c, email);
    c.sendEmail();
    REQUIRE(waitFor([&] { return c.emailSent(); }));
    p.useLink(server.tokenFromMail(email).value());
    REQUIRE(waitFor([&] { return p.linkState() == SyncPresenter::LinkState::Valid; }));
    REQUIRE(c.terms().sample); // nothing asked the server yet
    REQUIRE(c.setConsent(true).ok());
    QSignalSpy finished(&c, &OnboardingController::submitFinished);
    c.submit();
    REQUIRE(finished.count() == 1);
    CHECK(finished.first().at(0).value<Status>().error().code == QStringLiteral("terms.notLoaded"));
    CHECK(!p.submitProblem().isEmpty());
    REQUIRE(waitFor([&] { return !c.terms().sample; }));
    CHECK(!c.hasValidConsent()); // agreed to the sample, not to these
    CHECK(server.applications().isEmpty());
    CHECK(!p.applicationItem().has_value());
}

TEST_CASE("E2E: a rejection is shown with the prefecture's reason, and polling stops", "[e2e]")
{
    TestBackend server;
    QTemporaryDir dir;
    Clerk clerk(dir.path(), server, false);
    OnboardingController &c = *clerk.controller;
    SyncPresenter &p = clerk.presenter();
    const QString email = QStringLiteral("e2e-rejected@example-clinic.jp");
    fillForm(c, email);
    c.sendEmail();
    REQUIRE(waitFor([&] { return c.emailSent(); }));
    p.useLink(server.tokenFromMail(email).value());
    REQUIRE(waitFor([&] { return p.linkState() == SyncPresenter::LinkState::Valid; }));
    c.requestTerms();
    REQUIRE(waitFor([&] { return !c.terms().sample; }));
    REQUIRE(c.setConsent(true).ok());
    c.submit();
    REQUIRE(waitFor([&] { return p.status().has_value(); }));
    const QString reason = QStringLiteral("施設コードの確認が必要です");
    admin(server,
          {QStringLiteral("reject"), c.state(OnboardingController::ApplicationNumberKey).toString(),
           QStringLiteral("--reason"), reason});
    p.checkStatusNow();
    REQUIRE(waitFor([&] { return p.status()->state == ApplicationStatus::State::Rejected; }));
    CHECK(p.status()->reason == reason);
    CHECK(!p.isPolling());
    CHECK(c.state(OnboardingController::SubmissionStatusKey).toString() == QStringLiteral("rejected"));
}
