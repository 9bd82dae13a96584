#pragma once

#include "result.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QWidget;
class QWizard;

namespace gtol {

class ApiClient;
class DeploymentProfile;
class FacilityIndex;
class FacilityMasterSync;
class LocalStore;
class OnboardingController;
class Outbox;
class SyncEngine;
class SyncPresenter;

// Everything the wizard needs to talk to the backend, made from the deployment profile
// (backend.url, backend.caFile) and owned in the right order: the one QNetworkAccessManager, the
// ApiClient, the Outbox over the draft store, the SyncEngine and the SyncPresenter. The app makes
// one after the controller and before the wizard is shown:
//
//     auto backend = BackendConnection::create(controller, store, profile);
//     if (backend) (*backend)->attach(wizard);   // without a backend the wizard works offline
//
// attach() adds the sync panels to the e-mail, confirm and submitted pages (through QWizard's
// public API: page(id)->layout()) and moves on from the confirm page when the submission is in.
class BackendConnection : public QObject
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<BackendConnection>> create(OnboardingController &controller, LocalStore &store,
                                                             const DeploymentProfile &profile,
                                                             QObject *parent = nullptr);
    ~BackendConnection() override;

    void attach(QWizard &wizard);

    ApiClient &client() { return *m_client; }
    SyncEngine &engine() { return *m_engine; }
    SyncPresenter &presenter() { return *m_presenter; }
    Outbox &outbox() { return *m_outbox; }
    FacilityMasterSync &facilityMaster() { return *m_facilityMaster; }

    // Brings the local facility master of the prefecture up to date from the backend's export
    // (ETag: usually a 304).
    void refreshFacilityMaster(const QString &prefectureCode);
    // The same for the open draft's prefecture (default Nara). The application calls it once the
    // first page is on screen: setting up TLS (the system CA store) costs milliseconds that the
    // first paint should not wait for.
    void refreshFacilityMasterOfDraft();

private:
    BackendConnection(OnboardingController &controller, QObject *parent);

    OnboardingController &m_controller;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<SyncPresenter> m_presenter;
    std::unique_ptr<FacilityIndex> m_facilities;
    std::unique_ptr<FacilityMasterSync> m_facilityMaster;
    QList<QPointer<QWidget>> m_panels; // added to the wizard's pages by attach()
};

} // namespace gtol
