#pragma once

#include "checkresult.h"
#include "probecontext.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QObject>
#include <QRunnable>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <mutex>

namespace gtol {

// One requirement check. Lifecycle (each probe object runs once):
//
//   Idle --start()--> Running --finish()-------> Done     (finished() emitted once)
//                        |
//                        +--interrupt()--------> Done     (time up or cancelled: the probe stops
//                                                          its sockets and returns what it knows;
//                                                          finished() is not emitted)
//
// start() never blocks: network work is asynchronous on the caller's thread, anything that may
// block (registry, PAC, keychain) goes through runOffThread(). The runner owns the timeout.
class Probe : public QObject
{
    Q_OBJECT
public:
    explicit Probe(QObject *parent = nullptr);
    ~Probe() override;

    virtual QString id() const = 0;
    virtual QString title() const = 0;

    void start(const ProbeContext &context);
    CheckResult interrupt(bool cancelled = false);
    bool isRunning() const { return m_running; }

    // Waits (running the event loop) until the probe finishes or `timeoutMs` passes, then
    // interrupts it. For the command line and tests; the wizard uses CheckRunner.
    CheckResult runBlocking(const ProbeContext &context);

Q_SIGNALS:
    void finished(const gtol::CheckResult &result);

protected:
    virtual void run() = 0;
    // What is known when time is up (default: Unknown, no answer within the timeout).
    virtual CheckResult partialResult();
    // Stop sockets, lookups, timers. Called once, before partialResult().
    virtual void abort() {}

    void finish(CheckResult result);
    const ProbeContext &context() const { return m_context; }
    QString timedOutText() const;

    // Runs `work` on a worker thread and `done(answer)` back on this probe's thread, unless the
    // probe has been destroyed by then. `work` must not touch the probe: capture copies.
    template <typename T>
    void runOffThread(std::function<T()> work, std::function<void(T)> done)
    {
        auto relay = m_relay;
        workerPool()->start(QRunnable::create([relay, work = std::move(work), done = std::move(done)]() mutable {
            T answer = work();
            const std::lock_guard lock(relay->mutex);
            if (relay->target) {
                QMetaObject::invokeMethod(
                    relay->target, [done = std::move(done), answer = std::move(answer)]() mutable { done(std::move(answer)); },
                    Qt::QueuedConnection);
            }
        }));
    }

private:
    struct Relay
    {
        std::mutex mutex;
        QObject *target = nullptr;
    };
    static QThreadPool *workerPool();
    CheckResult stamp(CheckResult result) const;

    ProbeContext m_context;
    QElapsedTimer m_clock;
    std::shared_ptr<Relay> m_relay;
    bool m_running = false;
    bool m_done = false;
};

} // namespace gtol
