#include "checkrunner.h"

#include "probeset.h"

#include <QHostInfo>
#include <QSysInfo>
#include <QTimer>

namespace gtol {

CheckRunner::CheckRunner(const DeploymentProfile &profile, QObject *parent)
    : CheckRunner(profile, PlatformFacts::createSystem(), &createDefaultProbes, parent)
{
}

CheckRunner::CheckRunner(const DeploymentProfile &profile, std::shared_ptr<PlatformFacts> platform,
                         ProbeFactory factory, QObject *parent)
    : QObject(parent), m_profile(profile), m_platform(std::move(platform)), m_factory(std::move(factory))
{
    qRegisterMetaType<gtol::CheckResult>();
    qRegisterMetaType<gtol::CheckReport>();
    createSlots();
}

CheckRunner::~CheckRunner()
{
    for (Slot &slot : m_slots) {
        if (slot.probe && slot.probe->isRunning())
            slot.probe->interrupt(true);
    }
}

void CheckRunner::createSlots()
{
    // Fresh probe objects each run: a probe runs once (see Probe's lifecycle).
    const QList<Probe *> probes = m_factory();
    QList<Slot> fresh;
    for (Probe *probe : probes) {
        probe->setParent(this);
        Slot slot;
        slot.id = probe->id();
        slot.title = probe->title();
        slot.probe = probe;
        for (const Slot &old : std::as_const(m_slots)) {
            if (old.id == slot.id)
                slot.result = old.result;
        }
        fresh.append(slot);
    }
    for (Slot &old : m_slots) {
        if (old.probe) {
            if (old.probe->isRunning())
                old.probe->interrupt(true);
            old.probe->deleteLater();
        }
        if (old.timer)
            old.timer->deleteLater();
    }
    m_slots = fresh;
}

int CheckRunner::finishedCount() const
{
    return static_cast<int>(std::count_if(m_slots.begin(), m_slots.end(), [](const Slot &s) { return s.result.has_value(); }));
}

QStringList CheckRunner::probeIds() const
{
    QStringList ids;
    for (const Slot &slot : m_slots)
        ids.append(slot.id);
    return ids;
}

QString CheckRunner::probeTitle(const QString &id) const
{
    for (const Slot &slot : m_slots) {
        if (slot.id == id)
            return slot.title;
    }
    return {};
}

QList<CheckResult> CheckRunner::results() const
{
    QList<CheckResult> results;
    for (const Slot &slot : m_slots) {
        if (slot.result) {
            results.append(*slot.result);
            continue;
        }
        CheckResult notRun;
        notRun.id = slot.id;
        notRun.title = slot.title;
        notRun.status = CheckStatus::Unknown;
        notRun.evidence.append(m_state == State::Running ? tr("Still running.") : tr("Not run yet."));
        results.append(notRun);
    }
    return results;
}

CheckReport CheckRunner::report() const
{
    CheckReport report;
    report.results = results();
    report.profile = m_profile;
    report.lineContract = m_lineContract;
    report.startedAt = m_startedAt;
    report.finishedAt = m_finishedAt;
    report.machine = QStringLiteral("%1 — %2").arg(QHostInfo::localHostName(), QSysInfo::prettyProductName());
    return report;
}

void CheckRunner::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void CheckRunner::start(const QStringList &onlyIds)
{
    if (m_state == State::Running)
        return;
    if (m_state != State::Idle)
        createSlots();
    // A full run forgets the previous results; a partial run keeps the others.
    for (Slot &slot : m_slots) {
        if (onlyIds.isEmpty() || onlyIds.contains(slot.id))
            slot.result.reset();
    }
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_finishedAt = {};
    setState(State::Running);
    Q_EMIT progressChanged(finishedCount(), probeCount());

    ProbeContext context;
    context.profile = m_profile;
    context.lineContract = m_lineContract;
    context.platform = m_platform;

    m_starting = true;
    for (qsizetype i = 0; i < m_slots.size(); ++i) {
        Slot &slot = m_slots[i];
        if (slot.result)
            continue;
        context.timeoutMs = m_profile.timeoutFor(slot.id);
        slot.timer = new QTimer(this);
        slot.timer->setSingleShot(true);
        connect(slot.timer, &QTimer::timeout, this, [this, i] {
            Slot &timedOut = m_slots[i];
            if (!timedOut.result && timedOut.probe)
                record(i, timedOut.probe->interrupt());
        });
        connect(slot.probe, &Probe::finished, this, [this, i](const CheckResult &result) { record(i, result); });
        slot.timer->start(context.timeoutMs);
        slot.probe->start(context);
    }
    m_starting = false;
    finishIfDone();
}

void CheckRunner::record(qsizetype index, const CheckResult &result)
{
    Slot &slot = m_slots[index];
    if (slot.result || m_state != State::Running)
        return;
    slot.result = result;
    if (slot.timer)
        slot.timer->stop();
    Q_EMIT probeFinished(result);
    Q_EMIT progressChanged(finishedCount(), probeCount());
    finishIfDone();
}

void CheckRunner::finishIfDone()
{
    if (m_starting || m_state != State::Running || finishedCount() < probeCount())
        return;
    m_finishedAt = QDateTime::currentDateTimeUtc();
    setState(State::Finished);
    Q_EMIT finished(report());
}

void CheckRunner::cancel()
{
    if (m_state != State::Running)
        return;
    // Unfinished probes read Unknown "cancelled": never a pass.
    for (Slot &slot : m_slots) {
        if (slot.timer)
            slot.timer->stop();
        if (!slot.result && slot.probe && slot.probe->isRunning())
            slot.result = slot.probe->interrupt(true);
    }
    m_finishedAt = QDateTime::currentDateTimeUtc();
    setState(State::Cancelled);
    Q_EMIT progressChanged(finishedCount(), probeCount());
}

} // namespace gtol
