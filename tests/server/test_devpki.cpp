// The throw-away PKI that --dev and every TLS test rely on: its server certificate must verify
// against its own CA for the names asked for, and against nothing else.
#include "catch.h"

#include "devpki.h"

#include <QFile>
#include <QTemporaryDir>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace {

X509 *readCert(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return cert;
}

// Verifies `leafPem` against `caPem` as the only trust anchor, for a host name or an IP address.
bool verifies(const QByteArray &caPem, const QByteArray &leafPem, const char *host, const char *ip)
{
    X509 *ca = readCert(caPem);
    X509 *leaf = readCert(leafPem);
    X509_STORE *store = X509_STORE_new();
    X509_STORE_add_cert(store, ca);
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    X509_STORE_CTX_init(ctx, store, leaf, nullptr);
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx);
    X509_VERIFY_PARAM_set_purpose(param, X509_PURPOSE_SSL_SERVER);
    if (host)
        X509_VERIFY_PARAM_set1_host(param, host, 0);
    if (ip)
        X509_VERIFY_PARAM_set1_ip_asc(param, ip);
    const bool ok = X509_verify_cert(ctx) == 1;
    X509_STORE_CTX_free(ctx);
    X509_STORE_free(store);
    X509_free(leaf);
    X509_free(ca);
    return ok;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("devpki: the server certificate verifies against its CA for the default names")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto pki = gtol::createDevPki(dir.path());
    REQUIRE(pki.ok());
    CHECK(readFile(pki->caCertPath) == pki->caCertPem);
    CHECK(readFile(pki->serverCertPath) == pki->serverCertPem);
    CHECK(readFile(pki->serverKeyPath).contains("PRIVATE KEY"));
    CHECK((QFile::permissions(pki->serverKeyPath) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
    CHECK(verifies(pki->caCertPem, pki->serverCertPem, "localhost", nullptr));
    CHECK(verifies(pki->caCertPem, pki->serverCertPem, nullptr, "127.0.0.1"));
    CHECK_FALSE(verifies(pki->caCertPem, pki->serverCertPem, "entry.gtol.ncc.go.jp", nullptr));
    CHECK_FALSE(verifies(pki->caCertPem, pki->serverCertPem, nullptr, "127.0.0.2"));
}

TEST_CASE("devpki: RSA keys, extra names, and an unrelated CA that does not verify")
{
    QTemporaryDir dirA;
    QTemporaryDir dirB;
    gtol::DevPkiOptions options;
    options.keyType = gtol::DevPkiOptions::KeyType::Rsa2048;
    options.dnsNames = {QStringLiteral("entry.gtol.test")};
    options.ipAddresses = {QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    const auto a = gtol::createDevPki(dirA.path(), options);
    REQUIRE(a.ok());
    CHECK(verifies(a->caCertPem, a->serverCertPem, "entry.gtol.test", nullptr));
    CHECK(verifies(a->caCertPem, a->serverCertPem, nullptr, "::1"));
    CHECK(a->serverKeyPem.contains("BEGIN PRIVATE KEY"));

    options.caCommonName = QStringLiteral("Corporate Interception Proxy CA");
    const auto b = gtol::createDevPki(dirB.path(), options);
    REQUIRE(b.ok());
    CHECK_FALSE(verifies(a->caCertPem, b->serverCertPem, "entry.gtol.test", nullptr));
    CHECK_FALSE(verifies(b->caCertPem, a->serverCertPem, "entry.gtol.test", nullptr));
}

TEST_CASE("devpki: a server certificate whose validity has passed does not verify")
{
    QTemporaryDir dir;
    gtol::DevPkiOptions options;
    options.serverNotBefore = QDateTime::currentDateTimeUtc().addDays(-10);
    options.serverNotAfter = QDateTime::currentDateTimeUtc().addDays(-1);
    const auto pki = gtol::createDevPki(dir.path(), options);
    REQUIRE(pki.ok());
    CHECK_FALSE(verifies(pki->caCertPem, pki->serverCertPem, "localhost", nullptr));
}
