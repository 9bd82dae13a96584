// Interleavings that real clients produce but a test cannot time: a retry that arrives while its
// first attempt is being answered. The storage is the real SQLite store; a thin wrapper runs the
// competing request at one chosen point between the service's storage calls.
#include "catch.h"

#include "mail/mailspool.h"
#include "security/secrettoken.h"
#include "service/facilitycatalogue.h"
#include "service/onboardingservice.h"
#include "service/termsdocument.h"
#include "storage/sqliteserverstorage.h"

#include "serverfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>

using namespace gtol::server;

namespace {

// Forwards every call to the real store; after the first idempotency lookup it runs `interleave`
// once, as if another request had been served right then.
class InterleavingStorage final : public ServerStorage
{
public:
    explicit InterleavingStorage(SqliteServerStorage &real) : m_real(real) { }

    std::function<void()> interleave;

    gtol::Status addRegistration(const QByteArray &tokenHash, const QString &email, const QDateTime &createdAt,
                                 const QDateTime &expiresAt) override
    {
        return m_real.addRegistration(tokenHash, email, createdAt, expiresAt);
    }
    gtol::Result<std::optional<RegistrationRecord>> registration(const QByteArray &tokenHash) override
    {
        return m_real.registration(tokenHash);
    }
    gtol::Result<std::optional<IdempotencyRecord>> idempotency(const QByteArray &keyHash) override
    {
        auto found = m_real.idempotency(keyHash);
        if (interleave) {
            const auto once = std::exchange(interleave, {});
            once();
        }
        return found;
    }
    gtol::Result<qint64> createApplication(const NewApplication &application) override
    {
        return m_real.createApplication(application);
    }
    gtol::Result<std::optional<ApplicationRecord>> application(qint64 id) override { return m_real.application(id); }
    gtol::Result<QList<ApplicationRecord>> applications() override { return m_real.applications(); }
    gtol::Result<bool> transition(qint64 id, const ApplicationTransition &transition) override
    {
        return m_real.transition(id, transition);
    }
    gtol::Result<bool> userIdExists(const QString &userId) override { return m_real.userIdExists(userId); }
    gtol::Status addRoleToken(const QString &role, const QByteArray &tokenHash, const QString &label,
                              const QDateTime &createdAt) override
    {
        return m_real.addRoleToken(role, tokenHash, label, createdAt);
    }
    gtol::Result<QList<RoleTokenRecord>> roleTokens() override { return m_real.roleTokens(); }
    gtol::Result<std::optional<QString>> roleForToken(const QByteArray &tokenHash) override
    {
        return m_real.roleForToken(tokenHash);
    }
    gtol::Status setSetting(const QString &key, const QString &value) override { return m_real.setSetting(key, value); }
    gtol::Result<QString> setting(const QString &key) override { return m_real.setting(key); }

private:
    SqliteServerStorage &m_real;
};

} // namespace

TEST_CASE("applications: a retry that races its first attempt gets the first answer, not 410")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QDateTime now(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC);
    ServerConfig config;
    config.clock = [now] { return now; };

    SqliteServerStorage real;
    REQUIRE(real.open(dir.filePath(QStringLiteral("server.sqlite"))).ok());
    InterleavingStorage storage(real);
    FacilityCatalogue facilities;
    REQUIRE(facilities.open(dir.filePath(QStringLiteral("facilities.sqlite")), {}).ok());
    const MailSpool mail(dir.filePath(QStringLiteral("mail")));
    const TermsDocument terms = TermsDocument::fromText(QStringLiteral("Version: t1\nSample terms.\n"));
    OnboardingService service(config, storage, facilities, mail, terms);
    service.setPublicUrl(QStringLiteral("https://127.0.0.1:1"));

    const QString email = QStringLiteral("retry@example.jp");
    const QString token = SecretToken::generate();
    REQUIRE(real.addRegistration(SecretToken::hash(token), email, now, now.addSecs(1800)).ok());
    const QByteArray body =
        QJsonDocument(QJsonObject {{QStringLiteral("registrationToken"), token},
                                   {QStringLiteral("application"), gtol::test::validApplication(email)},
                                   {QStringLiteral("consent"),
                                    QJsonObject {{QStringLiteral("termsVersion"), terms.version},
                                                 {QStringLiteral("termsSha256"), terms.sha256},
                                                 {QStringLiteral("agreedAt"), QStringLiteral("2026-11-28T05:00:00Z")}}}})
            .toJson(QJsonDocument::Compact);
    const QByteArray key = "7c1d2e9a-5b4f-4e8a-9d3c-2f6b8a1e0d47";

    // The first attempt is answered completely between the retry's key lookup and its token check.
    ApiResponse first;
    storage.interleave = [&] { first = service.postApplication(key, body); };
    const ApiResponse retry = service.postApplication(key, body);

    REQUIRE(first.status == 201);
    CHECK(retry.status == 201);
    CHECK(retry.body == first.body); // same application ID and status token
    CHECK(real.applications()->size() == 1);

    // Another body with the same key, racing the same way, gets what it would get without the
    // race: 422 for a reused key (not 410 for the token the first application used).
    const QString token2 = SecretToken::generate();
    REQUIRE(real.addRegistration(SecretToken::hash(token2), email, now, now.addSecs(1800)).ok());
    QJsonObject other = QJsonDocument::fromJson(body).object();
    other.insert(QStringLiteral("registrationToken"), token2);
    const QByteArray key2 = "0f3e5d7c-9b1a-4c2e-8d6f-1a3b5c7d9e2f";
    ApiResponse winner;
    storage.interleave = [&] { winner = service.postApplication(key2, QJsonDocument(other).toJson()); };
    const ApiResponse loser = service.postApplication(key2, body);
    CHECK(winner.status == 201);
    CHECK(loser.status == 422);
    CHECK(QJsonDocument::fromJson(loser.body)[QStringLiteral("error")][QStringLiteral("code")].toString()
          == QStringLiteral("idempotency.key_reused"));
    CHECK(real.applications()->size() == 2);
}
