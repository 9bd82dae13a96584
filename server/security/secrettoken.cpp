#include "secrettoken.h"

#include <QList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

namespace gtol::server {

namespace {
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr int PasswordIterations = 100000;
} // namespace

QByteArray SecretToken::randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        return {};
    return bytes;
}

QString SecretToken::generate()
{
    const QByteArray bytes = randomBytes(32);
    // A failed random generator must never yield a predictable token: abort the request.
    if (bytes.isEmpty())
        qFatal("RAND_bytes failed");
    return QString::fromLatin1(bytes.toBase64(Base64Url));
}

QByteArray SecretToken::sha256(const QByteArray &data)
{
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()),
           reinterpret_cast<unsigned char *>(digest.data()));
    return digest;
}

QByteArray SecretToken::hash(const QString &token)
{
    return sha256(token.toUtf8());
}

bool SecretToken::equal(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

bool SecretToken::looksValid(QStringView token)
{
    if (token.size() != 43)
        return false;
    for (const QChar c : token) {
        const char16_t u = c.unicode();
        const bool ok =
            (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

QString SecretToken::derive(const QByteArray &key, const QByteArray &message)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int outLength = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char *>(message.constData()),
         size_t(message.size()), out, &outLength);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), int(outLength)).toBase64(Base64Url));
}

namespace {
QByteArray pbkdf2(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray out(32, Qt::Uninitialized);
    PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()), iterations,
                      EVP_sha256(), int(out.size()), reinterpret_cast<unsigned char *>(out.data()));
    return out;
}
} // namespace

QByteArray SecretToken::hashPassword(const QString &password)
{
    const QByteArray salt = randomBytes(16);
    return "pbkdf2-sha256$" + QByteArray::number(PasswordIterations) + '$' + salt.toBase64() + '$'
        + pbkdf2(password.toUtf8(), salt, PasswordIterations).toBase64();
}

bool SecretToken::verifyPassword(const QString &password, const QByteArray &stored)
{
    const QList<QByteArray> parts = stored.split('$');
    if (parts.size() != 4 || parts[0] != "pbkdf2-sha256")
        return false;
    const int iterations = parts[1].toInt();
    if (iterations <= 0)
        return false;
    return equal(pbkdf2(password.toUtf8(), QByteArray::fromBase64(parts[2]), iterations),
                 QByteArray::fromBase64(parts[3]));
}

} // namespace gtol::server
