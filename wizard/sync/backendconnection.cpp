#include "sync/backendconnection.h"

#include "model/deploymentprofile.h"
#include "net/apiclient.h"
#include "net/clock.h"
#include "net/facilitymastersync.h"
#include "net/syncengine.h"
#include "onboardingcontroller.h"
#include "pageids.h"
#include "store/facilityindex.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "sync/registrationlinkpanel.h"
#include "sync/syncpresenter.h"
#include "sync/syncstatuspanel.h"

#include <QBoxLayout>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

#include <functional>

namespace gtol {

BackendConnection::BackendConnection(OnboardingController &controller, QObject *parent)
    : QObject(parent), m_controller(controller)
{
}

BackendConnection::~BackendConnection()
{
    // The panels live in the wizard's pages but talk to the presenter: they go first, whichever
    // of the wizard and this object the app destroys first.
    for (const QPointer<QWidget> &panel : std::as_const(m_panels))
        delete panel.data();
    // Children first: the presenter and engine hold references to what follows them.
    m_facilityMaster.reset();
    m_facilities.reset();
    m_presenter.reset();
    m_engine.reset();
    m_client.reset();
    m_outbox.reset();
    m_nam.reset();
}

Result<std::unique_ptr<BackendConnection>> BackendConnection::create(OnboardingController &controller,
                                                                     LocalStore &store,
                                                                     const DeploymentProfile &profile, QObject *parent)
{
    Result<TlsPolicy> tls = TlsPolicy::create(profile.backendCaFile);
    if (!tls)
        return tls.error();
    if (!TlsPolicy::isUrlAllowed(profile.backendUrl))
        return ApiError::configError(QStringLiteral("net.config.url"),
                                     QStringLiteral("backend.url must be https: ")
                                         + profile.backendUrl.toDisplayString());
    std::unique_ptr<BackendConnection> c(new BackendConnection(controller, parent));
    c->m_nam = std::make_unique<QNetworkAccessManager>();
    ApiClient::Options options;
    options.baseUrl = profile.backendUrl;
    options.tls = tls.value();
    c->m_client = std::make_unique<ApiClient>(*c->m_nam, options);
    c->m_outbox = std::make_unique<Outbox>(store);
    c->m_engine = std::make_unique<SyncEngine>(*c->m_client, *c->m_outbox, Clock::system());
    c->m_presenter = std::make_unique<SyncPresenter>(controller, *c->m_client, *c->m_engine, *c->m_outbox);
    c->m_facilities = std::make_unique<FacilityIndex>(store);
    c->m_facilityMaster = std::make_unique<FacilityMasterSync>(
        *c->m_client, *c->m_facilities, QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    // A facility belongs to the prefecture chosen in the form: when the clerk picks another one,
    // its list is fetched (FacilityMasterSync decides whether the local list may be replaced).
    connect(&controller, &OnboardingController::fieldChanged, c.get(),
            [connection = c.get()](ApplicationForm::Field field, const QString &stored) {
                if (field == ApplicationForm::Field::PrefectureCode && !stored.isEmpty())
                    connection->refreshFacilityMaster(stored);
            });
    // Whatever was left pending by an earlier run goes out now.
    QTimer::singleShot(0, c->m_engine.get(), &SyncEngine::processDue);
    return c;
}

namespace {

// Pages make their widgets on the first visit, so a panel is added once the page has a layout.
QWidget *addToPage(QWizard &wizard, int pageId, const std::function<QWidget *(QWidget *)> &make)
{
    QWizardPage *page = wizard.page(pageId);
    if (!page || !page->layout() || page->property("gtolSyncPanels").toBool())
        return nullptr;
    page->setProperty("gtolSyncPanels", true);
    // Made with the page as parent: a parentless widget that shows itself would be a window.
    QWidget *panel = make(page);
    if (auto *box = qobject_cast<QBoxLayout *>(page->layout())) {
        // Right under the page's own content: before a trailing stretch, if the page ends with one.
        const int count = box->count();
        const bool endsWithStretch = count > 0 && box->itemAt(count - 1)->spacerItem();
        box->insertWidget(endsWithStretch ? count - 1 : count, panel);
    } else
        page->layout()->addWidget(panel);
    return panel;
}

} // namespace

void BackendConnection::attach(QWizard &wizard)
{
    QWizard *w = &wizard;
    auto ensurePanels = [this, w] {
        SyncPresenter &p = *m_presenter;
        OnboardingController &c = m_controller;
        auto keep = [this](QWidget *panel) {
            if (panel)
                m_panels.append(panel);
        };
        keep(addToPage(*w, PageId::Email, [&p, &c](QWidget *page) {
            auto *both = new QWidget(page);
            auto *layout = new QVBoxLayout(both);
            layout->setContentsMargins(0, 0, 0, 0);
            layout->addWidget(new RegistrationLinkPanel(p, c, both));
            layout->addWidget(new SyncStatusPanel(p, SyncStatusPanel::Mode::Registration, both));
            return both;
        }));
        keep(addToPage(*w, PageId::Confirm, [&p](QWidget *page) {
            return new SyncStatusPanel(p, SyncStatusPanel::Mode::Application, page);
        }));
        keep(addToPage(*w, PageId::Submitted,
                       [&p](QWidget *page) { return new SyncStatusPanel(p, SyncStatusPanel::Mode::Submitted, page); }));
    };
    ensurePanels();
    // initializePage (which builds a page) runs before currentIdChanged.
    connect(w, &QWizard::currentIdChanged, this, ensurePanels);

    // The confirm page asks the controller to submit and stays until the controller says it is
    // in; the answer comes later over the network, so move on for the clerk when it does.
    connect(&m_controller, &OnboardingController::submitFinished, w, [this, w](const Status &status) {
        if (status.ok() && w->currentId() == PageId::Confirm && m_controller.isSubmitted())
            w->next();
    });
}

void BackendConnection::refreshFacilityMasterOfDraft()
{
    const QString prefecture = m_controller.value(ApplicationForm::Field::PrefectureCode);
    refreshFacilityMaster(prefecture.isEmpty() ? QString::fromLatin1(OnboardingController::DefaultPrefectureCode)
                                               : prefecture);
}

void BackendConnection::refreshFacilityMaster(const QString &prefectureCode)
{
    // A failure leaves the master as it was (the bundled one at worst); the picker says when the
    // chosen prefecture's list is missing.
    m_facilityMaster->refresh(prefectureCode, [this](const ApiResult<FacilityMasterSync::Outcome> &result) {
        if (result && result->changed)
            m_controller.facilityMasterReplaced();
    });
}

} // namespace gtol
