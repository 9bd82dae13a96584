#include "ratelimiter.h"

namespace gtol::server {

std::optional<int> RateLimiter::hit(const QByteArray &key, const QDateTime &now)
{
    if (m_limit.requests <= 0)
        return std::nullopt;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 windowMs = qint64(m_limit.windowSeconds) * 1000;
    std::lock_guard lock(m_mutex);

    // Forget idle keys now and then, so that memory stays bounded by recent traffic.
    if (nowMs - m_lastSweep > windowMs) {
        for (auto it = m_hits.begin(); it != m_hits.end();) {
            if (it->isEmpty() || nowMs - it->last() >= windowMs)
                it = m_hits.erase(it);
            else
                ++it;
        }
        m_lastSweep = nowMs;
    }

    QList<qint64> &hits = m_hits[key];
    while (!hits.isEmpty() && nowMs - hits.first() >= windowMs)
        hits.removeFirst();
    if (hits.size() >= m_limit.requests) {
        const qint64 waitMs = hits.first() + windowMs - nowMs;
        return int(std::max<qint64>(1, (waitMs + 999) / 1000));
    }
    hits.append(nowMs);
    return std::nullopt;
}

} // namespace gtol::server
