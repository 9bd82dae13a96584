#pragma once

#include <QDateTime>

namespace gtol {

// The time source of anything that schedules or expires (model: KeePassXC core/Clock.h), so tests
// move time instead of sleeping. The default is the system clock in UTC.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }

    static const Clock &system()
    {
        static const Clock clock;
        return clock;
    }
};

// A clock that only moves when told to (tests).
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC)) : m_now(start) { }
    QDateTime now() const override { return m_now; }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void set(const QDateTime &time) { m_now = time; }

private:
    QDateTime m_now;
};

} // namespace gtol
