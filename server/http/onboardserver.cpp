#include "onboardserver.h"

#include "accesslog.h"
#include "mail/mailspool.h"
#include "service/applicationofficer.h"
#include "service/facilitycatalogue.h"
#include "service/onboardingservice.h"
#include "service/termsdocument.h"
#include "storage/sqliteserverstorage.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>

#include <httplib.h>
#include <openssl/ssl.h>

#include <chrono>
#include <thread>

namespace gtol::server {

namespace {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct ServerText
{
    Q_DECLARE_TR_FUNCTIONS(gtol::server::OnboardServer)
};

// Per-request bookkeeping for the access log: the handler thread that routes a request also
// logs it, so a thread_local carries the route pattern and start time between the two.
struct RequestTrace
{
    QString route = QStringLiteral("-");
    QElapsedTimer timer;
};
thread_local RequestTrace t_trace;

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// One endpoint: method, path pattern, the name the log shows, and what answers it.
struct Route
{
    std::string method;
    QRegularExpression pattern;
    QString name;
    std::function<ApiResponse(const httplib::Request &, const QRegularExpressionMatch &)> handler;
};

void send(httplib::Response &res, const ApiResponse &answer)
{
    res.status = answer.status;
    // Answers are personal or one-off unless the endpoint says otherwise (the export).
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Strict-Transport-Security", "max-age=31536000");
    for (const auto &[name, value] : answer.headers) {
        if (name.compare("Cache-Control", Qt::CaseInsensitive) == 0)
            res.headers.erase("Cache-Control");
        res.set_header(name.toStdString(), value.toStdString());
    }
    if (!answer.body.isEmpty())
        res.set_content(answer.body.toStdString(), "application/json; charset=utf-8");
}

} // namespace

struct OnboardServer::Private
{
    explicit Private(ServerConfig c) : config(std::move(c)) { }

    ServerConfig config;
    SqliteServerStorage storage;
    FacilityCatalogue facilities;
    std::unique_ptr<MailSpool> mail;
    std::unique_ptr<OnboardingService> service;
    std::unique_ptr<ApplicationOfficer> officer;
    std::unique_ptr<AccessLog> accessLog;
    std::unique_ptr<httplib::SSLServer> http;
    std::thread thread;
    std::vector<Route> routes;
    int port = -1;

    void buildRoutes();
    void dispatch(const httplib::Request &req, httplib::Response &res);
};

void OnboardServer::Private::buildRoutes()
{
    auto route = [this](const char *method, const QString &regex, const QString &name, auto handler) {
        routes.push_back(
            Route {method, QRegularExpression(QStringLiteral("^") + regex + QStringLiteral("$")), name, handler});
    };
    const auto param = [](const httplib::Request &req, const char *key) {
        return req.has_param(key) ? fromStd(req.get_param_value(key)) : QString();
    };
    const auto header = [](const httplib::Request &req, const char *key) {
        return QByteArray::fromStdString(req.get_header_value(key));
    };

    route("POST", QStringLiteral("/api/v1/registrations"), QStringLiteral("/api/v1/registrations"),
          [this](const httplib::Request &req, const QRegularExpressionMatch &) {
              return service->postRegistration(QByteArray::fromStdString(req.body), fromStd(req.remote_addr));
          });
    route("GET", QStringLiteral("/api/v1/registrations/([^/]+)"), QStringLiteral("/api/v1/registrations/{token}"),
          [this](const httplib::Request &, const QRegularExpressionMatch &m) {
              return service->getRegistration(m.captured(1));
          });
    route("GET", QStringLiteral("/api/v1/prefectures"), QStringLiteral("/api/v1/prefectures"),
          [this](const httplib::Request &, const QRegularExpressionMatch &) { return service->prefectures(); });
    route("GET", QStringLiteral("/api/v1/facilities"), QStringLiteral("/api/v1/facilities"),
          [this, param](const httplib::Request &req, const QRegularExpressionMatch &) {
              return service->searchFacilities(param(req, "prefecture"), param(req, "q"), param(req, "limit"));
          });
    route("GET", QStringLiteral("/api/v1/facilities/export"), QStringLiteral("/api/v1/facilities/export"),
          [this, param, header](const httplib::Request &req, const QRegularExpressionMatch &) {
              return service->exportFacilities(param(req, "prefecture"), header(req, "If-None-Match"));
          });
    route("GET", QStringLiteral("/api/v1/terms/current"), QStringLiteral("/api/v1/terms/current"),
          [this](const httplib::Request &, const QRegularExpressionMatch &) { return service->currentTerms(); });
    route("POST", QStringLiteral("/api/v1/applications"), QStringLiteral("/api/v1/applications"),
          [this, header](const httplib::Request &req, const QRegularExpressionMatch &) {
              return service->postApplication(header(req, "Idempotency-Key"), QByteArray::fromStdString(req.body));
          });
    route("GET", QStringLiteral("/api/v1/applications/([^/]+)"), QStringLiteral("/api/v1/applications/{id}"),
          [this, header](const httplib::Request &req, const QRegularExpressionMatch &m) {
              return service->getApplication(m.captured(1), header(req, "Authorization"));
          });
}

void OnboardServer::Private::dispatch(const httplib::Request &req, httplib::Response &res)
{
    if (const auto refused = service->admit(fromStd(req.remote_addr))) {
        t_trace.route = QStringLiteral("-");
        send(res, *refused);
        return;
    }
    const QString path = fromStd(req.path);
    bool pathKnown = false;
    for (const Route &r : routes) {
        const QRegularExpressionMatch match = r.pattern.match(path);
        if (!match.hasMatch())
            continue;
        pathKnown = true;
        if (r.method != req.method)
            continue;
        t_trace.route = r.name;
        send(res, r.handler(req, match));
        return;
    }
    t_trace.route = QStringLiteral("-");
    if (pathKnown)
        send(res,
             ApiResponse::error(405, QStringLiteral("request.method_not_allowed"),
                                ServerText::tr("This method is not allowed here.")));
    else
        send(res, ApiResponse::error(404, QStringLiteral("request.not_found"), ServerText::tr("No such endpoint.")));
}

OnboardServer::OnboardServer(ServerConfig config) : d(std::make_unique<Private>(std::move(config))) { }

OnboardServer::~OnboardServer()
{
    stop();
}

const ServerConfig &OnboardServer::config() const
{
    return d->config;
}
ServerStorage &OnboardServer::storage()
{
    return d->storage;
}
const MailSpool &OnboardServer::mailSpool() const
{
    return *d->mail;
}
ApplicationOfficer &OnboardServer::officer()
{
    return *d->officer;
}
int OnboardServer::port() const
{
    return d->port;
}
bool OnboardServer::isRunning() const
{
    return d->http && d->http->is_running();
}

QString OnboardServer::baseUrl() const
{
    const QString host =
        d->config.listenHost.contains(u':') ? u'[' + d->config.listenHost + u']' : d->config.listenHost;
    return QStringLiteral("https://") + host + u':' + QString::number(d->port);
}

Status OnboardServer::start()
{
    ServerConfig &config = d->config;
    const auto setupError = [](const QString &detail) {
        return Error {QStringLiteral("server.start"), ServerText::tr("The server could not start."), detail};
    };
    if (config.dbPath.isEmpty() || config.mailDir.isEmpty() || config.certPath.isEmpty() || config.keyPath.isEmpty())
        return setupError(QStringLiteral("--db, --mail-dir, --cert and --key are required"));

    if (Status s = d->storage.open(config.dbPath); !s)
        return s;
    const QString mailDir = QFileInfo(config.mailDir).absoluteFilePath();
    if (!QDir().mkpath(mailDir))
        return setupError(QStringLiteral("cannot create the mail directory ") + mailDir);
    // The admin CLI mails through the same spool without being told where it is.
    if (Status s = d->storage.setSetting(QStringLiteral("mailDir"), mailDir); !s)
        return s;
    d->mail = std::make_unique<MailSpool>(mailDir);

    const QFileInfo db(config.dbPath);
    const QString catalogue =
        db.absoluteDir().absoluteFilePath(db.completeBaseName() + QStringLiteral("-facilities.sqlite"));
    if (Status s = d->facilities.open(catalogue, config.facilitiesCsv); !s)
        return s;
    auto terms = TermsDocument::load(config.termsPath);
    if (!terms)
        return terms.error();

    d->service = std::make_unique<OnboardingService>(config, d->storage, d->facilities, *d->mail, *terms);
    d->officer = std::make_unique<ApplicationOfficer>(d->storage, *d->mail, config.clock);
    d->accessLog = std::make_unique<AccessLog>(config.accessLogPath);
    d->buildRoutes();

    d->http = std::make_unique<httplib::SSLServer>(config.certPath.toLocal8Bit().constData(),
                                                   config.keyPath.toLocal8Bit().constData());
    if (!d->http->is_valid())
        return setupError(QStringLiteral("cannot load the certificate or key (") + config.certPath
                          + QStringLiteral(", ") + config.keyPath + u')');
    // TLS 1.2 is the floor, whatever the system's OpenSSL configuration allows.
    SSL_CTX *ctx = d->http->ssl_context();
    if (SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION) != 1)
        return setupError(QStringLiteral("cannot set TLS 1.2 as the minimum"));

    httplib::SSLServer &http = *d->http;
    const int threads = std::max(1, config.threads);
    http.new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
    http.set_payload_max_length(size_t(config.maxBodyBytes));
    http.set_read_timeout(config.readTimeoutSeconds, 0);
    http.set_write_timeout(config.writeTimeoutSeconds, 0);
    http.set_keep_alive_timeout(config.keepAliveTimeoutSeconds);
    http.set_keep_alive_max_count(size_t(config.keepAliveMaxCount));
    // Answers are written in small pieces (headers, body); without TCP_NODELAY, Nagle's algorithm
    // and the client's delayed ACK add 40 ms to every keep-alive request.
    http.set_tcp_nodelay(true);

    Private *p = d.get();
    // Runs after the headers and before the body is read. The body limit above holds only for a
    // Content-Length: cpp-httplib 0.11 reads a chunked body whole, whatever its size, so a client
    // could fill the memory. Our clients always send a length; a chunked body is refused unread.
    http.set_pre_routing_handler([](const httplib::Request &req, httplib::Response &res) {
        t_trace.route = QStringLiteral("-");
        t_trace.timer.start();
        if (req.has_header("Transfer-Encoding")) {
            send(res,
                 ApiResponse::error(411, QStringLiteral("request.length_required"),
                                    ServerText::tr("The request must state its length (Content-Length).")));
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    const auto handler = [p](const httplib::Request &req, httplib::Response &res) { p->dispatch(req, res); };
    http.Get(".*", handler);
    http.Post(".*", handler);
    http.Put(".*", handler);
    http.Patch(".*", handler);
    http.Delete(".*", handler);
    http.Options(".*", handler);
    // Errors the library answers by itself (413 body too large, 400 malformed request) get our
    // error body too.
    http.set_error_handler([](const httplib::Request &, httplib::Response &res) {
        if (!res.body.empty())
            return;
        QString code = QStringLiteral("request.bad_request");
        QString message = ServerText::tr("The request is malformed.");
        if (res.status == 413) {
            code = QStringLiteral("request.too_large");
            message = ServerText::tr("The request is too large.");
        } else if (res.status == 404) {
            code = QStringLiteral("request.not_found");
            message = ServerText::tr("No such endpoint.");
        } else if (res.status >= 500) {
            code = QStringLiteral("server.internal");
            message = ServerText::tr("The service had an internal problem. Try again later.");
        }
        send(res, ApiResponse::error(res.status, code, message));
    });
    http.set_exception_handler([](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
        res.body.clear();
        send(res,
             OnboardingService::internalError(
                 Error {QStringLiteral("server.exception"), {}, QStringLiteral("handler threw")}));
    });
    http.set_logger([p](const httplib::Request &req, const httplib::Response &res) {
        const qint64 ms = t_trace.timer.isValid() ? t_trace.timer.elapsed() : 0;
        p->accessLog->write(fromStd(req.remote_addr), QByteArray::fromStdString(req.method), t_trace.route, res.status,
                            qint64(res.body.size()), ms);
        t_trace.timer.invalidate();
    });

    const std::string host = config.listenHost.toStdString();
    if (config.port == 0) {
        d->port = http.bind_to_any_port(host);
    } else {
        d->port = http.bind_to_port(host, config.port) ? config.port : -1;
    }
    if (d->port <= 0)
        return setupError(QStringLiteral("cannot listen on ") + config.listenHost + u':'
                          + QString::number(config.port));
    d->service->setPublicUrl(config.publicUrl.isEmpty() ? baseUrl() : config.publicUrl);

    d->thread = std::thread([p] { p->http->listen_after_bind(); });
    // stop() only works once the loop runs; wait for it so that start() then stop() is safe.
    for (int i = 0; i < 500 && !http.is_running(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return {};
}

void OnboardServer::stop()
{
    if (d->http)
        d->http->stop();
    if (d->thread.joinable())
        d->thread.join();
}

} // namespace gtol::server
