#include "devpki.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>
#include <memory>

namespace gtol {

namespace {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct PkiText
{
    Q_DECLARE_TR_FUNCTIONS(gtol::DevPki)
};

// OpenSSL objects owned by unique_ptr, so every early return frees them.
struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct X509Free
{
    void operator()(X509 *p) const { X509_free(p); }
};
struct BioFree
{
    void operator()(BIO *p) const { BIO_free(p); }
};
struct BnFree
{
    void operator()(BIGNUM *p) const { BN_free(p); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using Cert = std::unique_ptr<X509, X509Free>;
using Bio = std::unique_ptr<BIO, BioFree>;
using Bn = std::unique_ptr<BIGNUM, BnFree>;

// The OpenSSL error queue as text (and emptied), for Error::detail.
QString opensslErrors(const char *what)
{
    QString text = QString::fromLatin1(what);
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        text += QStringLiteral("; ") + QString::fromLatin1(buffer);
    }
    return text;
}

Error failure(const char *what)
{
    return Error {QStringLiteral("devpki.openssl"), PkiText::tr("The development certificates could not be created."),
                  opensslErrors(what)};
}

Pkey generateKey(DevPkiOptions::KeyType type)
{
    if (type == DevPkiOptions::KeyType::Rsa2048)
        return Pkey(EVP_RSA_gen(2048));
    return Pkey(EVP_EC_gen("P-256"));
}

bool addName(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()), int(utf8.size()), -1,
                                      0)
        == 1;
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool added = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return added;
}

// A certificate with a random 63-bit serial, the given subject and validity, not yet signed.
Cert newCertificate(EVP_PKEY *publicKey, const QString &commonName, time_t notBefore, time_t notAfter)
{
    Cert cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return {};
    Bn serial(BN_new());
    if (!serial || BN_rand(serial.get(), 63, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return {};
    if (!ASN1_TIME_set(X509_getm_notBefore(cert.get()), notBefore)
        || !ASN1_TIME_set(X509_getm_notAfter(cert.get()), notAfter))
        return {};
    X509_NAME *subject = X509_get_subject_name(cert.get());
    if (!addName(subject, "O", QStringLiteral("GTOL Onboarding (development)")) || !addName(subject, "CN", commonName))
        return {};
    if (X509_set_pubkey(cert.get(), publicKey) != 1)
        return {};
    return cert;
}

QByteArray certificatePem(X509 *cert)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

QByteArray privateKeyPem(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

Status writeFile(const QString &path, const QByteArray &data, bool secret)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {QStringLiteral("devpki.write"), PkiText::tr("The development certificates could not be saved."),
                      path + QStringLiteral(": ") + file.errorString()};
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size() || !file.commit())
        return Error {QStringLiteral("devpki.write"), PkiText::tr("The development certificates could not be saved."),
                      path + QStringLiteral(": ") + file.errorString()};
    return {};
}

} // namespace

Result<DevPki> createDevPki(const QString &dir, const DevPkiOptions &options)
{
    ERR_clear_error();
    if (!QDir().mkpath(dir))
        return Error {QStringLiteral("devpki.write"), PkiText::tr("The development certificates could not be saved."),
                      QStringLiteral("cannot create ") + dir};

    const time_t now = std::time(nullptr);
    constexpr time_t day = 24 * 3600;

    // --- CA: self-signed, may sign servers only (pathlen 0).
    Pkey caKey = generateKey(options.keyType);
    if (!caKey)
        return failure("CA key generation");
    Cert ca = newCertificate(caKey.get(), options.caCommonName, now - 3600, now + options.caValidityDays * day);
    if (!ca || X509_set_issuer_name(ca.get(), X509_get_subject_name(ca.get())) != 1)
        return failure("CA certificate");
    if (!addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        || !addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash"))
        return failure("CA extensions");
    if (X509_sign(ca.get(), caKey.get(), EVP_sha256()) <= 0)
        return failure("CA signature");

    // --- Server certificate.
    Pkey serverKey = generateKey(options.keyType);
    if (!serverKey)
        return failure("server key generation");
    const time_t notBefore =
        options.serverNotBefore.isValid() ? time_t(options.serverNotBefore.toSecsSinceEpoch()) : now - 3600;
    const time_t notAfter = options.serverNotAfter.isValid() ? time_t(options.serverNotAfter.toSecsSinceEpoch())
                                                             : notBefore + options.serverValidityDays * day;
    Cert server = newCertificate(serverKey.get(), options.serverCommonName, notBefore, notAfter);
    if (!server || X509_set_issuer_name(server.get(), X509_get_subject_name(ca.get())) != 1)
        return failure("server certificate");

    QStringList altNames;
    for (const QString &dns : options.dnsNames)
        altNames << QStringLiteral("DNS:") + dns;
    for (const QString &ip : options.ipAddresses)
        altNames << QStringLiteral("IP:") + ip;
    if (!addExtension(server.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(server.get(), ca.get(), NID_key_usage,
                         options.keyType == DevPkiOptions::KeyType::Rsa2048
                             ? QByteArray("critical,digitalSignature,keyEncipherment")
                             : QByteArray("critical,digitalSignature"))
        || !addExtension(server.get(), ca.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(server.get(), ca.get(), NID_subject_key_identifier, "hash")
        || !addExtension(server.get(), ca.get(), NID_authority_key_identifier, "keyid:always")
        || (!altNames.isEmpty()
            && !addExtension(server.get(), ca.get(), NID_subject_alt_name, altNames.join(u',').toUtf8())))
        return failure("server extensions");
    if (X509_sign(server.get(), caKey.get(), EVP_sha256()) <= 0)
        return failure("server signature");

    DevPki pki;
    const QDir target(dir);
    pki.caCertPath = target.absoluteFilePath(QStringLiteral("ca.pem"));
    pki.serverCertPath = target.absoluteFilePath(QStringLiteral("server.pem"));
    pki.serverKeyPath = target.absoluteFilePath(QStringLiteral("server-key.pem"));
    pki.caCertPem = certificatePem(ca.get());
    pki.serverCertPem = certificatePem(server.get());
    pki.serverKeyPem = privateKeyPem(serverKey.get());
    if (pki.caCertPem.isEmpty() || pki.serverCertPem.isEmpty() || pki.serverKeyPem.isEmpty())
        return failure("PEM encoding");

    if (Status s = writeFile(pki.caCertPath, pki.caCertPem, false); !s)
        return s.error();
    if (Status s = writeFile(pki.serverCertPath, pki.serverCertPem, false); !s)
        return s.error();
    if (Status s = writeFile(pki.serverKeyPath, pki.serverKeyPem, true); !s)
        return s.error();
    return pki;
}

} // namespace gtol
