#pragma once

#include <QByteArray>
#include <QString>

namespace gtol::server {

// The server's secrets (registration tokens, status tokens, role tokens): random from OpenSSL,
// handed out once as base64url, stored only as SHA-256, compared in constant time. Nothing
// here keeps a secret longer than the call that needs it.
class SecretToken
{
public:
    // 32 random bytes (RAND_bytes) as 43 characters of unpadded base64url.
    static QString generate();
    // Random bytes for salts; empty if the random generator failed.
    static QByteArray randomBytes(int count);
    // SHA-256 of the token's UTF-8 bytes: what the database keeps.
    static QByteArray hash(const QString &token);
    static QByteArray sha256(const QByteArray &data);
    // Constant-time equality (CRYPTO_memcmp); different lengths are unequal without a timing
    // difference that depends on the content.
    static bool equal(const QByteArray &a, const QByteArray &b);
    // A token of the right shape: 43 base64url characters. Checked before any lookup so that
    // junk never reaches the database.
    static bool looksValid(QStringView token);
    // HMAC-SHA256(key, message) as unpadded base64url: the status token is derived from the
    // client's Idempotency-Key, so a replayed submission can return it again while the database
    // holds only its hash.
    static QString derive(const QByteArray &key, const QByteArray &message);
    // PBKDF2-HMAC-SHA256 with a random salt, as "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>".
    static QByteArray hashPassword(const QString &password);
    static bool verifyPassword(const QString &password, const QByteArray &stored);
};

} // namespace gtol::server
