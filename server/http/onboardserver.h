#pragma once

#include "result.h"
#include "service/serverconfig.h"

#include <QString>

#include <memory>

namespace gtol::server {

class ApplicationOfficer;
class OnboardingService;
class ServerStorage;
class MailSpool;

// The whole backend in one object: opens storage, the facility catalogue, the terms and the mail
// spool, and serves the API over HTTPS (cpp-httplib, TLS 1.2 minimum) on a thread pool of its
// own. start() returns once the socket is bound, so port() is known (port 0 picks a free one);
// stop() (or the destructor) closes it and waits for the threads. Tests start one in-process;
// main() starts one and waits for a signal.
class OnboardServer
{
public:
    explicit OnboardServer(ServerConfig config);
    ~OnboardServer();
    OnboardServer(const OnboardServer &) = delete;
    OnboardServer &operator=(const OnboardServer &) = delete;

    Status start();
    void stop();
    bool isRunning() const;

    int port() const;
    QString baseUrl() const; // https://<host>:<port>

    const ServerConfig &config() const;
    ServerStorage &storage();
    const MailSpool &mailSpool() const;
    ApplicationOfficer &officer();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace gtol::server
