#pragma once

#include "checkreport.h"
#include "probe.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace gtol {

// Runs the self-check: all probes at once, each bounded by its timeout from the deployment
// profile, so the whole check ends within the largest timeout plus event-loop latency even with a
// dead network or a peer that accepts and never answers. Never blocks the caller's thread.
//
//            start()                    every probe finished or timed out
//   Idle ─────────────► Running ───────────────────────────────────────► Finished
//    ▲                    │  │ probeFinished(result) per probe           │
//    │                    │  └─ a probe's timer fires: interrupt() ──────┘ (its partial result)
//    │                    │ cancel(): every running probe interrupted
//    │                    ▼
//    └─── start() ─── Cancelled  (unfinished probes: Unknown "cancelled", never Pass)
//
// start() from Finished/Cancelled runs again with fresh probes; start(ids) re-runs only those
// (e.g. the line probe after the clerk answered the contract question) and keeps the rest.
class CheckRunner : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Finished, Cancelled };
    Q_ENUM(State)

    using ProbeFactory = std::function<QList<Probe *>()>;

    // The real probes on this machine's platform facts.
    explicit CheckRunner(const DeploymentProfile &profile, QObject *parent = nullptr);
    // Tests: any probes and any platform facts.
    CheckRunner(const DeploymentProfile &profile, std::shared_ptr<PlatformFacts> platform, ProbeFactory factory,
                QObject *parent = nullptr);
    ~CheckRunner() override;

    State state() const { return m_state; }
    const DeploymentProfile &profile() const { return m_profile; }
    LineContract lineContract() const { return m_lineContract; }
    void setLineContract(LineContract contract) { m_lineContract = contract; }

    int probeCount() const { return static_cast<int>(m_slots.size()); }
    int finishedCount() const;
    QStringList probeIds() const;
    QString probeTitle(const QString &id) const;

    // In probe order; a probe without a result yet reads Unknown "not run yet".
    QList<CheckResult> results() const;
    CheckReport report() const;

public Q_SLOTS:
    void start(const QStringList &onlyIds = {});
    void cancel();

Q_SIGNALS:
    void stateChanged(gtol::CheckRunner::State state);
    void probeFinished(const gtol::CheckResult &result);
    void progressChanged(int done, int total);
    void finished(const gtol::CheckReport &report);

private:
    struct Slot
    {
        QString id;
        QString title;
        Probe *probe = nullptr;
        QTimer *timer = nullptr;
        std::optional<CheckResult> result;
    };
    void createSlots();
    void record(qsizetype index, const CheckResult &result);
    void setState(State state);
    void finishIfDone();

    DeploymentProfile m_profile;
    std::shared_ptr<PlatformFacts> m_platform;
    ProbeFactory m_factory;
    LineContract m_lineContract = LineContract::NotAnswered;
    QList<Slot> m_slots;
    State m_state = State::Idle;
    bool m_starting = false;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
};

} // namespace gtol
