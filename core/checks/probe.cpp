#include "probe.h"

#include <QEventLoop>
#include <QTimer>

namespace gtol {

Probe::Probe(QObject *parent) : QObject(parent), m_relay(std::make_shared<Relay>())
{
    m_relay->target = this;
}

Probe::~Probe()
{
    // After this, a worker that finishes late posts nothing; Qt drops events already posted to us.
    const std::lock_guard lock(m_relay->mutex);
    m_relay->target = nullptr;
}

QThreadPool *Probe::workerPool()
{
    // Deliberately never destroyed: a platform call that hangs (a PAC download on Windows can take
    // many seconds) must not hold up the application's exit. Enough threads that one hang does not
    // queue the other probes behind it.
    static QThreadPool *pool = [] {
        auto *created = new QThreadPool;
        created->setMaxThreadCount(12);
        return created;
    }();
    return pool;
}

void Probe::start(const ProbeContext &context)
{
    Q_ASSERT(!m_running && !m_done);
    m_context = context;
    m_running = true;
    m_clock.start();
    run();
}

CheckResult Probe::stamp(CheckResult result) const
{
    result.id = id();
    result.title = title();
    result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    return result;
}

void Probe::finish(CheckResult result)
{
    if (m_done)
        return;
    m_done = true;
    m_running = false;
    Q_EMIT finished(stamp(std::move(result)));
}

CheckResult Probe::interrupt(bool cancelled)
{
    m_done = true;
    m_running = false;
    abort();
    if (cancelled) {
        CheckResult result;
        result.status = CheckStatus::Unknown;
        result.evidence.append(tr("Not run to the end: the check was cancelled."));
        return stamp(result);
    }
    return stamp(partialResult());
}

QString Probe::timedOutText() const
{
    return tr("No answer within %1 ms.").arg(m_context.timeoutMs);
}

CheckResult Probe::partialResult()
{
    CheckResult result;
    result.status = CheckStatus::Unknown;
    result.evidence.append(timedOutText());
    return result;
}

CheckResult Probe::runBlocking(const ProbeContext &context)
{
    CheckResult result;
    bool done = false;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(this, &Probe::finished, &loop, [&](const CheckResult &finishedResult) {
        result = finishedResult;
        done = true;
        loop.quit();
    });
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(context.timeoutMs);
    start(context);
    if (!done)
        loop.exec();
    if (!done)
        result = interrupt();
    return result;
}

} // namespace gtol
