#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace gtol::server {

struct RateLimit
{
    int requests = 0; // allowed within the window; 0 switches the limit off
    int windowSeconds = 600;
};

// Everything gtol-onboard-server is started with. The defaults are the production limits; tests
// lower the rate limits and inject a clock to make expiry testable without waiting.
struct ServerConfig
{
    QString listenHost = QStringLiteral("127.0.0.1");
    int port = 8443; // 0: any free port (read it back from OnboardServer::port())
    QString certPath;
    QString keyPath;
    QString dbPath;
    QString mailDir;
    QString facilitiesCsv; // empty: the bundled Nara master
    QString termsPath; // empty: the bundled SAMPLE terms
    QString publicUrl; // base of the links in mails; empty: https://<listen host>:<port>
    QString accessLogPath; // empty: stderr; "-" or "off": no access log

    // The service's clock (UTC). Null: the system clock.
    std::function<QDateTime()> clock;

    int registrationTtlSeconds = 30 * 60;
    // A clinic behind a shared address (a hospital network, a vendor's office) registers a few
    // addresses at once; one address needs a resend or two, not more.
    RateLimit registrationsPerAddress {20, 600}; // per client IP address
    RateLimit registrationsPerEmail {5, 600}; // per e-mail address
    // Every request, per client IP address: a wizard makes a few a minute (status polling backs
    // off); this only stops one client from keeping the server's threads and storage busy.
    RateLimit requestsPerAddress {600, 60};

    // HTTP limits, enforced by cpp-httplib before a handler runs.
    qint64 maxBodyBytes = 64 * 1024;
    int threads = 8;
    int readTimeoutSeconds = 10;
    int writeTimeoutSeconds = 10;
    int keepAliveTimeoutSeconds = 5;
    int keepAliveMaxCount = 100;

    QDateTime now() const { return clock ? clock() : QDateTime::currentDateTimeUtc(); }
};

} // namespace gtol::server
