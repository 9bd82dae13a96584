#pragma once

#include "serverconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <mutex>
#include <optional>

namespace gtol::server {

// A sliding-window limit per key (a client address, a hashed e-mail address), in memory: a
// restart forgets it, which is acceptable for throttling abuse of the registration mail.
class RateLimiter
{
public:
    explicit RateLimiter(RateLimit limit) : m_limit(limit) { }

    // Records one request for `key` at `now`. Returns nothing when allowed, or the seconds to
    // wait (at least 1) when the key is over its limit; a refused request is not counted.
    std::optional<int> hit(const QByteArray &key, const QDateTime &now);

private:
    RateLimit m_limit;
    std::mutex m_mutex;
    QHash<QByteArray, QList<qint64>> m_hits; // ms since epoch, oldest first
    qint64 m_lastSweep = 0;
};

} // namespace gtol::server
