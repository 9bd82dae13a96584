// Transport properties: TLS 1.2 is the floor, and concurrent duplicates of one submission create
// exactly one application.
#include "catch.h"

#include "serverfixture.h"
#include "storage/serverstorage.h"

#include <QJsonArray>
#include <QUuid>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#include <thread>
#include <vector>

using gtol::test::body;
using gtol::test::json;
using gtol::test::ServerFixture;
using gtol::test::validApplication;

namespace {

struct Handshake
{
    bool ok = false;
    unsigned long reason = 0; // ERR_GET_REASON of the first error
    int version = 0;
};

// A bare OpenSSL client that offers at most `maxVersion` (with the security level lowered so the
// client itself is willing to speak old versions: the server must be the one that refuses).
Handshake handshake(const ServerFixture &fx, int maxVersion)
{
    Handshake result;
    ERR_clear_error();
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_security_level(ctx, 0);
    SSL_CTX_set_cipher_list(ctx, "DEFAULT:@SECLEVEL=0");
    SSL_CTX_set_min_proto_version(ctx, 0);
    SSL_CTX_set_max_proto_version(ctx, maxVersion);
    SSL_CTX_load_verify_locations(ctx, fx.pki.caCertPath.toLocal8Bit().constData(), nullptr);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
    BIO *bio = BIO_new_ssl_connect(ctx);
    const QByteArray address = "127.0.0.1:" + QByteArray::number(fx.server->port());
    BIO_set_conn_hostname(bio, address.constData());
    SSL *ssl = nullptr;
    BIO_get_ssl(bio, &ssl);
    SSL_set1_host(ssl, "127.0.0.1");
    result.ok = BIO_do_handshake(bio) == 1;
    if (result.ok)
        result.version = SSL_version(ssl);
    result.reason = ERR_GET_REASON(ERR_peek_error());
    BIO_free_all(bio);
    SSL_CTX_free(ctx);
    ERR_clear_error();
    return result;
}

} // namespace

TEST_CASE("TLS: the server refuses TLS 1.1 and 1.0 and speaks TLS 1.2 and 1.3")
{
    ServerFixture fx;
    const Handshake v12 = handshake(fx, TLS1_2_VERSION);
    CHECK(v12.ok);
    CHECK(v12.version == TLS1_2_VERSION);
    const Handshake v13 = handshake(fx, TLS1_3_VERSION);
    CHECK(v13.ok);
    CHECK(v13.version == TLS1_3_VERSION);

    const Handshake v11 = handshake(fx, TLS1_1_VERSION);
    CHECK_FALSE(v11.ok);
    CHECK(v11.reason == SSL_R_TLSV1_ALERT_PROTOCOL_VERSION); // the server said no, not the client
    const Handshake v10 = handshake(fx, TLS1_VERSION);
    CHECK_FALSE(v10.ok);
    CHECK(v10.reason == SSL_R_TLSV1_ALERT_PROTOCOL_VERSION);
}

TEST_CASE("applications: concurrent duplicates of one submission create exactly one application")
{
    ServerFixture fx;
    const QString email = QStringLiteral("race@example.jp");
    auto c = fx.client();
    REQUIRE(c->Post("/api/v1/registrations", body({{QStringLiteral("email"), email}}), "application/json")->status
            == 202);
    const QJsonObject terms = json(c->Get("/api/v1/terms/current"));
    const std::string payload =
        body(QJsonObject {{QStringLiteral("registrationToken"), fx.tokenFromMail(email)},
                          {QStringLiteral("application"), validApplication(email)},
                          {QStringLiteral("consent"),
                           QJsonObject {{QStringLiteral("termsVersion"), terms[QStringLiteral("version")]},
                                        {QStringLiteral("termsSha256"), terms[QStringLiteral("sha256")]},
                                        {QStringLiteral("agreedAt"), QStringLiteral("2026-11-28T04:00:00Z")}}}});
    const std::string key = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();

    constexpr int Clients = 6;
    std::vector<int> statuses(Clients, 0);
    std::vector<std::string> bodies(Clients);
    std::vector<std::thread> threads;
    for (int i = 0; i < Clients; ++i) {
        threads.emplace_back([&, i] {
            auto client = fx.client();
            auto res = client->Post("/api/v1/applications", {{"Idempotency-Key", key}}, payload, "application/json");
            if (res) {
                statuses[size_t(i)] = res->status;
                bodies[size_t(i)] = res->body;
            }
        });
    }
    for (auto &t : threads)
        t.join();
    for (int i = 0; i < Clients; ++i) {
        CHECK(statuses[size_t(i)] == 201);
        CHECK(bodies[size_t(i)] == bodies[0]);
    }
    CHECK(fx.server->storage().applications()->size() == 1);
    CHECK(fx.mailFiles().size() == 2); // the registration link and one receipt
}

TEST_CASE("limits: a client that connects and says nothing does not hold the server")
{
    // One worker thread and a 1 s read timeout: a silent connection takes the only worker until
    // the timeout drops it; then the real client is served. Without the timeout it would wait for
    // ever and the request below would fail.
    ServerFixture fx([](gtol::server::ServerConfig &config) {
        config.threads = 1;
        config.readTimeoutSeconds = 1;
    });
    BIO *silent = BIO_new_connect(("127.0.0.1:" + std::to_string(fx.server->port())).c_str());
    REQUIRE(BIO_do_connect(silent) == 1);
    auto c = fx.client();
    c->set_read_timeout(20, 0);
    auto res = c->Get("/api/v1/prefectures");
    REQUIRE(res);
    CHECK(res->status == 200);
    BIO_free_all(silent);
}
