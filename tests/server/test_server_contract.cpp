// The HTTP contract of docs/api.md, over real HTTPS on 127.0.0.1 with a CA made at test time.
#include "catch.h"

#include "serverfixture.h"
#include "service/applicationofficer.h"
#include "storage/sqliteserverstorage.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUuid>

using gtol::test::body;
using gtol::test::errorCode;
using gtol::test::json;
using gtol::test::ServerFixture;
using gtol::test::validApplication;

namespace {

constexpr const char *Json = "application/json";

QString registerAndGetToken(ServerFixture &fx, const QString &email)
{
    auto c = fx.client();
    auto res = c->Post("/api/v1/registrations", body(QJsonObject {{QStringLiteral("email"), email}}), Json);
    REQUIRE(res);
    REQUIRE(res->status == 202);
    const QString token = fx.tokenFromMail(email);
    REQUIRE(token.size() == 43);
    return token;
}

QJsonObject consentFor(ServerFixture &fx)
{
    auto res = fx.client()->Get("/api/v1/terms/current");
    REQUIRE(res);
    const QJsonObject terms = json(res);
    return QJsonObject {{QStringLiteral("termsVersion"), terms.value(QStringLiteral("version"))},
                        {QStringLiteral("termsSha256"), terms.value(QStringLiteral("sha256"))},
                        {QStringLiteral("agreedAt"), QStringLiteral("2026-11-28T04:00:00Z")}};
}

QJsonObject submission(const QString &token, const QJsonObject &application, const QJsonObject &consent)
{
    return QJsonObject {{QStringLiteral("registrationToken"), token},
                        {QStringLiteral("application"), application},
                        {QStringLiteral("consent"), consent}};
}

httplib::Result submit(ServerFixture &fx, const std::string &key, const std::string &payload)
{
    httplib::Headers headers;
    if (!key.empty())
        headers.emplace("Idempotency-Key", key);
    return fx.client()->Post("/api/v1/applications", headers, payload, Json);
}

std::string newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

httplib::Result status(ServerFixture &fx, const QString &id, const QString &token)
{
    httplib::Headers headers;
    if (!token.isNull())
        headers.emplace("Authorization", "Bearer " + token.toStdString());
    return fx.client()->Get("/api/v1/applications/" + id.toStdString(), headers);
}

QStringList fieldCodes(const httplib::Result &res)
{
    QStringList codes;
    const QJsonArray fields =
        json(res).value(QStringLiteral("error")).toObject().value(QStringLiteral("fields")).toArray();
    for (const QJsonValue &f : fields)
        codes << f.toObject().value(QStringLiteral("field")).toString() + u'='
                + f.toObject().value(QStringLiteral("code")).toString();
    return codes;
}

} // namespace

TEST_CASE("registration: 202, a mail with the link and a 30-minute single-use token")
{
    ServerFixture fx;
    auto c = fx.client();
    auto res = c->Post("/api/v1/registrations",
                       body({{QStringLiteral("email"), QStringLiteral(" ｃｌｅｒｋ@example-clinic.jp ")}}), Json);
    REQUIRE(res);
    CHECK(res->status == 202);
    CHECK(json(res).value(QStringLiteral("expiresInSeconds")).toInt() == 1800);
    CHECK(res->get_header_value("Content-Type").find("application/json") == 0);

    REQUIRE(fx.mailFiles().size() == 1);
    const QString mail = ServerFixture::readText(fx.mailFiles().first());
    // Subject encoded per RFC 2047; decoding it gives the service's subject.
    CHECK(mail.contains(QStringLiteral("Subject: =?UTF-8?B?")));
    const QString subjectB64 = mail.section(QStringLiteral("Subject: "), 1).section(QStringLiteral("\r\nDate:"), 0, 0);
    QByteArray decoded;
    for (const QString &word : subjectB64.split(QStringLiteral("\r\n ")))
        decoded += QByteArray::fromBase64(word.mid(10, word.size() - 12).toLatin1());
    CHECK(QString::fromUtf8(decoded) == QStringLiteral("【がん登録オンラインシステム（GTOL）】利用申請URLのご案内"));
    CHECK(mail.contains(QStringLiteral("To: clerk@example-clinic.jp\r\n"))); // normalised address
    const QString token = fx.tokenFromMail(QStringLiteral("clerk@example-clinic.jp"));
    REQUIRE(token.size() == 43);
    CHECK(mail.contains(fx.server->baseUrl() + QStringLiteral("/registrationForm/") + token));

    auto lookup = c->Get("/api/v1/registrations/" + token.toStdString());
    REQUIRE(lookup);
    CHECK(lookup->status == 200);
    CHECK(json(lookup).value(QStringLiteral("email")).toString() == QStringLiteral("clerk@example-clinic.jp"));
    CHECK(json(lookup).value(QStringLiteral("expiresAt")).toString() == QStringLiteral("2026-11-28T04:30:00Z"));

    // Unknown token (right shape) and junk.
    auto unknown = c->Get("/api/v1/registrations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    CHECK(unknown->status == 404);
    CHECK(errorCode(unknown) == QStringLiteral("registration.unknown"));
    CHECK(c->Get("/api/v1/registrations/nope")->status == 404);

    // The token is not stored in clear, and the access log shows the route, not the token.
    QFile db(fx.config.dbPath);
    REQUIRE(db.open(QIODevice::ReadOnly));
    CHECK_FALSE(db.readAll().contains(token.toLatin1()));
    const QString log = ServerFixture::readText(fx.config.accessLogPath);
    CHECK(log.contains(QStringLiteral("\"route\":\"/api/v1/registrations/{token}\"")));
    CHECK_FALSE(log.contains(token));
}

TEST_CASE("registration: the same answer for a known address, and shape errors name the field")
{
    ServerFixture fx;
    auto c = fx.client();
    auto first =
        c->Post("/api/v1/registrations", body({{QStringLiteral("email"), QStringLiteral("a@example.jp")}}), Json);
    auto again =
        c->Post("/api/v1/registrations", body({{QStringLiteral("email"), QStringLiteral("a@example.jp")}}), Json);
    REQUIRE(first);
    REQUIRE(again);
    CHECK(first->status == again->status);
    CHECK(first->body == again->body);

    auto badJson = c->Post("/api/v1/registrations", "{\"email\":", Json);
    CHECK(badJson->status == 400);
    CHECK(errorCode(badJson) == QStringLiteral("request.bad_json"));
    auto array = c->Post("/api/v1/registrations", "[1,2]", Json);
    CHECK(errorCode(array) == QStringLiteral("request.bad_json"));
    auto missing = c->Post("/api/v1/registrations", "{}", Json);
    CHECK(missing->status == 400);
    CHECK(errorCode(missing) == QStringLiteral("request.missing_field"));
    CHECK(json(missing)[QStringLiteral("error")].toObject()[QStringLiteral("field")].toString()
          == QStringLiteral("email"));
    auto wrongType = c->Post("/api/v1/registrations", "{\"email\":42}", Json);
    CHECK(errorCode(wrongType) == QStringLiteral("request.bad_field"));
    auto invalid =
        c->Post("/api/v1/registrations", body({{QStringLiteral("email"), QStringLiteral("not-an-address")}}), Json);
    CHECK(invalid->status == 422);
    CHECK(errorCode(invalid) == QStringLiteral("validation.failed"));
    CHECK(fieldCodes(invalid) == QStringList {QStringLiteral("email=email.at")});
}

TEST_CASE("registration: an expired token answers 410 and cannot be used to apply")
{
    ServerFixture fx;
    const QString token = registerAndGetToken(fx, QStringLiteral("late@example.jp"));
    const QJsonObject consent = consentFor(fx);
    fx.clock->advanceSeconds(29 * 60);
    CHECK(fx.client()->Get("/api/v1/registrations/" + token.toStdString())->status == 200);
    fx.clock->advanceSeconds(60);
    auto expired = fx.client()->Get("/api/v1/registrations/" + token.toStdString());
    CHECK(expired->status == 410);
    CHECK(errorCode(expired) == QStringLiteral("registration.expired"));
    auto res =
        submit(fx, newKey(), body(submission(token, validApplication(QStringLiteral("late@example.jp")), consent)));
    CHECK(res->status == 410);
    CHECK(errorCode(res) == QStringLiteral("registration.expired"));
    CHECK(fx.server->storage().applications()->isEmpty());
}

TEST_CASE("registration: rate limits per address answer 429 with Retry-After")
{
    ServerFixture fx([](gtol::server::ServerConfig &config) {
        config.registrationsPerAddress = {3, 600};
        config.registrationsPerEmail = {2, 600};
    });
    auto c = fx.client();
    const auto post = [&](const char *email) {
        return c->Post("/api/v1/registrations", body({{QStringLiteral("email"), QString::fromLatin1(email)}}), Json);
    };
    CHECK(post("x@example.jp")->status == 202);
    CHECK(post("x@example.jp")->status == 202);
    auto perEmail = post("x@example.jp");
    CHECK(perEmail->status == 429);
    CHECK(errorCode(perEmail) == QStringLiteral("request.rate_limited"));
    CHECK(std::stoi(perEmail->get_header_value("Retry-After")) > 0);
    CHECK(fx.mailFiles().size() == 2);

    auto perAddress = post("y@example.jp"); // the 4th request from 127.0.0.1
    CHECK(perAddress->status == 429);
    const int retryAfter = std::stoi(perAddress->get_header_value("Retry-After"));
    CHECK(retryAfter > 0);
    CHECK(retryAfter <= 600);
    fx.clock->advanceSeconds(601);
    CHECK(post("y@example.jp")->status == 202);
}

TEST_CASE("rate limit: every endpoint counts toward one limit per client address")
{
    ServerFixture fx([](gtol::server::ServerConfig &config) { config.requestsPerAddress = {5, 60}; });
    auto c = fx.client();
    for (int i = 0; i < 4; ++i)
        CHECK(c->Get("/api/v1/prefectures")->status == 200);
    CHECK(c->Get("/api/v1/terms/current")->status == 200);
    // The 6th request within the minute, whatever the endpoint (an unknown one too).
    for (const char *path : {"/api/v1/facilities/export?prefecture=29", "/api/v1/nothing"}) {
        auto limited = c->Get(path);
        REQUIRE(limited);
        CHECK(limited->status == 429);
        CHECK(errorCode(limited) == QStringLiteral("request.rate_limited"));
        const int retryAfter = std::stoi(limited->get_header_value("Retry-After"));
        CHECK(retryAfter > 0);
        CHECK(retryAfter <= 60);
    }
    fx.clock->advanceSeconds(61);
    CHECK(c->Get("/api/v1/prefectures")->status == 200);
}

TEST_CASE("applications: 201, receipt mail, status with the bearer token")
{
    ServerFixture fx;
    const QString email = QStringLiteral("clinic@example.jp");
    const QString token = registerAndGetToken(fx, email);
    const std::string key = newKey();
    auto res = submit(fx, key, body(submission(token, validApplication(email), consentFor(fx))));
    REQUIRE(res);
    REQUIRE(res->status == 201);
    const QJsonObject created = json(res);
    const QString id = created.value(QStringLiteral("applicationId")).toString();
    const QString statusToken = created.value(QStringLiteral("statusToken")).toString();
    CHECK(created.value(QStringLiteral("status")).toString() == QStringLiteral("received"));
    CHECK(statusToken.size() == 43);
    CHECK_FALSE(id.isEmpty());

    // Stored normalised, by the core rules.
    const auto stored = fx.server->storage().application(id.toLongLong());
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->form.value(gtol::ApplicationForm::Field::ApplicantNameKana) == QStringLiteral("ヤマト　ハナコ"));
    CHECK((*stored)->form.value(gtol::ApplicationForm::Field::FacilityPhone) == QStringLiteral("0742000000"));

    REQUIRE(fx.mailFiles().size() == 2);
    const QString receipt = ServerFixture::readText(fx.mailFiles().last());
    CHECK(receipt.contains(QStringLiteral("To: clinic@example.jp")));
    CHECK(receipt.contains(QStringLiteral("奈良西部病院")));

    auto st = status(fx, id, statusToken);
    REQUIRE(st);
    CHECK(st->status == 200);
    CHECK(json(st).value(QStringLiteral("status")).toString() == QStringLiteral("received"));
    CHECK(json(st).value(QStringLiteral("applicationId")).toString() == id);

    // The registration is used up.
    auto used = fx.client()->Get("/api/v1/registrations/" + token.toStdString());
    CHECK(used->status == 410);
    CHECK(errorCode(used) == QStringLiteral("registration.used"));
    auto second = submit(fx, newKey(), body(submission(token, validApplication(email), consentFor(fx))));
    CHECK(second->status == 410);
    CHECK(errorCode(second) == QStringLiteral("registration.used"));
}

TEST_CASE("applications: the same Idempotency-Key replays the answer, another body with it is 422")
{
    ServerFixture fx;
    const QString email = QStringLiteral("twice@example.jp");
    const QString token = registerAndGetToken(fx, email);
    const QJsonObject payload = submission(token, validApplication(email), consentFor(fx));
    const std::string key = newKey();
    auto first = submit(fx, key, body(payload));
    REQUIRE(first->status == 201);
    const int mailsAfterFirst = int(fx.mailFiles().size());

    // Same body, spelled differently (indented): same answer, nothing new.
    auto again = submit(fx, key, QJsonDocument(payload).toJson(QJsonDocument::Indented).toStdString());
    REQUIRE(again);
    CHECK(again->status == 201);
    CHECK(again->body == first->body);
    CHECK(fx.server->storage().applications()->size() == 1);
    CHECK(int(fx.mailFiles().size()) == mailsAfterFirst);

    // After a restart too (the answer is rebuilt from storage).
    fx.restart();
    auto afterRestart = submit(fx, key, body(payload));
    CHECK(afterRestart->status == 201);
    CHECK(afterRestart->body == first->body);

    QJsonObject changed = payload;
    QJsonObject application = validApplication(email);
    application[QStringLiteral("department")] = QStringLiteral("総務課");
    changed[QStringLiteral("application")] = application;
    auto reused = submit(fx, key, body(changed));
    CHECK(reused->status == 422);
    CHECK(errorCode(reused) == QStringLiteral("idempotency.key_reused"));
    CHECK(fx.server->storage().applications()->size() == 1);
}

TEST_CASE("applications: a key whose request failed is not bound, the corrected request succeeds")
{
    ServerFixture fx;
    const QString email = QStringLiteral("fix@example.jp");
    const QString token = registerAndGetToken(fx, email);
    const std::string key = newKey();
    QJsonObject wrong = validApplication(email);
    wrong[QStringLiteral("facilityPhone")] = QStringLiteral("12");
    auto failed = submit(fx, key, body(submission(token, wrong, consentFor(fx))));
    CHECK(failed->status == 422);
    auto fixed = submit(fx, key, body(submission(token, validApplication(email), consentFor(fx))));
    CHECK(fixed->status == 201);
    CHECK(fx.server->storage().applications()->size() == 1);
}

TEST_CASE("applications: headers and shapes are checked, naming the field")
{
    ServerFixture fx;
    const QString email = QStringLiteral("shape@example.jp");
    const QString token = registerAndGetToken(fx, email);
    const QJsonObject consent = consentFor(fx);
    const QJsonObject good = submission(token, validApplication(email), consent);

    auto noKey = submit(fx, {}, body(good));
    CHECK(noKey->status == 400);
    CHECK(errorCode(noKey) == QStringLiteral("idempotency.missing"));
    auto shortKey = submit(fx, "short", body(good));
    CHECK(errorCode(shortKey) == QStringLiteral("idempotency.invalid"));
    auto badChars = submit(fx, "0123456789abcdef<script>", body(good));
    CHECK(errorCode(badChars) == QStringLiteral("idempotency.invalid"));

    const auto fieldOf = [](const httplib::Result &res) {
        return json(res)[QStringLiteral("error")].toObject()[QStringLiteral("field")].toString();
    };
    auto badJson = submit(fx, newKey(), "not json");
    CHECK(badJson->status == 400);
    CHECK(errorCode(badJson) == QStringLiteral("request.bad_json"));

    QJsonObject noToken = good;
    noToken.remove(QStringLiteral("registrationToken"));
    auto r1 = submit(fx, newKey(), body(noToken));
    CHECK(r1->status == 400);
    CHECK(fieldOf(r1) == QStringLiteral("registrationToken"));

    QJsonObject numberField = good;
    QJsonObject application = validApplication(email);
    application[QStringLiteral("managerName")] = 12;
    numberField[QStringLiteral("application")] = application;
    auto r2 = submit(fx, newKey(), body(numberField));
    CHECK(r2->status == 400);
    CHECK(errorCode(r2) == QStringLiteral("request.bad_field"));
    CHECK(fieldOf(r2) == QStringLiteral("application.managerName"));

    QJsonObject noAgreedAt = good;
    QJsonObject c = consent;
    c.remove(QStringLiteral("agreedAt"));
    noAgreedAt[QStringLiteral("consent")] = c;
    auto r3 = submit(fx, newKey(), body(noAgreedAt));
    CHECK(r3->status == 400);
    CHECK(fieldOf(r3) == QStringLiteral("consent.agreedAt"));

    QJsonObject consentString = good;
    consentString[QStringLiteral("consent")] = QStringLiteral("yes");
    auto r4 = submit(fx, newKey(), body(consentString));
    CHECK(fieldOf(r4) == QStringLiteral("consent"));

    CHECK(fx.server->storage().applications()->isEmpty());
    // None of them used up the token.
    CHECK(fx.client()->Get("/api/v1/registrations/" + token.toStdString())->status == 200);
}

TEST_CASE("applications: every failing field is listed with its rule code")
{
    ServerFixture fx;
    const QString email = QStringLiteral("fields@example.jp");
    const QString token = registerAndGetToken(fx, email);
    QJsonObject application = validApplication(QStringLiteral("someone-else@example.jp"));
    application[QStringLiteral("managerName")] = QString();
    application[QStringLiteral("managerNameKana")] = QStringLiteral("Taro");
    application[QStringLiteral("facilityPhone")] = QStringLiteral("12");
    application[QStringLiteral("applicantContact")] = QStringLiteral("0742-00-0000-0000");
    application.remove(QStringLiteral("position"));
    auto res = submit(fx, newKey(), body(submission(token, application, consentFor(fx))));
    REQUIRE(res);
    CHECK(res->status == 422);
    CHECK(errorCode(res) == QStringLiteral("validation.failed"));
    const QStringList codes = fieldCodes(res);
    CHECK(codes.contains(QStringLiteral("managerName=name.required")));
    CHECK(codes.contains(QStringLiteral("managerNameKana=kana.invalidChar")));
    CHECK(codes.contains(QStringLiteral("position=position.required")));
    CHECK(codes.contains(QStringLiteral("facilityPhone=phone.length")));
    CHECK(codes.contains(QStringLiteral("applicantContact=contact.tooLong")));
    CHECK(codes.contains(QStringLiteral("email=email.registration_mismatch")));
    CHECK(codes.size() == 6);

    // A facility that is not in the master.
    QJsonObject unknownFacility = validApplication(email);
    unknownFacility[QStringLiteral("facilityCode")] = QStringLiteral("2919999999");
    auto res2 = submit(fx, newKey(), body(submission(token, unknownFacility, consentFor(fx))));
    CHECK(res2->status == 422);
    CHECK(fieldCodes(res2) == QStringList {QStringLiteral("facilityCode=facility.unknown")});

    // Consent to other terms.
    QJsonObject oldConsent = consentFor(fx);
    oldConsent[QStringLiteral("termsSha256")] = QString(64, u'0');
    auto res3 = submit(fx, newKey(), body(submission(token, validApplication(email), oldConsent)));
    CHECK(res3->status == 422);
    CHECK(errorCode(res3) == QStringLiteral("consent.outdated"));
    QJsonObject badTime = consentFor(fx);
    badTime[QStringLiteral("agreedAt")] = QStringLiteral("yesterday");
    auto res4 = submit(fx, newKey(), body(submission(token, validApplication(email), badTime)));
    CHECK(errorCode(res4) == QStringLiteral("consent.bad_time"));

    // An unknown registration token.
    auto res5 = submit(fx, newKey(), body(submission(QString(43, u'A'), validApplication(email), consentFor(fx))));
    CHECK(res5->status == 422);
    CHECK(errorCode(res5) == QStringLiteral("registration.unknown"));
    CHECK(fx.server->storage().applications()->isEmpty());
}

TEST_CASE("applications: status needs the application's own token, the officer's steps show")
{
    ServerFixture fx;
    QStringList ids;
    QStringList tokens;
    for (const QString &email : {QStringLiteral("one@example.jp"), QStringLiteral("two@example.jp")}) {
        const QString token = registerAndGetToken(fx, email);
        auto res = submit(fx, newKey(), body(submission(token, validApplication(email), consentFor(fx))));
        REQUIRE(res->status == 201);
        ids << json(res)[QStringLiteral("applicationId")].toString();
        tokens << json(res)[QStringLiteral("statusToken")].toString();
    }
    CHECK(ids[0] != ids[1]);

    auto noAuth = status(fx, ids[0], QString());
    CHECK(noAuth->status == 401);
    CHECK(errorCode(noAuth) == QStringLiteral("auth.missing"));
    CHECK(noAuth->get_header_value("WWW-Authenticate") == "Bearer");
    auto wrong = status(fx, ids[0], tokens[1]);
    CHECK(wrong->status == 404);
    CHECK(errorCode(wrong) == QStringLiteral("application.unknown"));
    auto unknownId = status(fx, QStringLiteral("999"), tokens[0]);
    CHECK(unknownId->status == 404);
    CHECK(unknownId->body == wrong->body); // the same answer: IDs cannot be probed
    CHECK(status(fx, QStringLiteral("abc"), tokens[0])->status == 404);

    gtol::server::ApplicationOfficer &officer = fx.server->officer();
    REQUIRE(officer.confirm(ids[0].toLongLong()).ok());
    CHECK(json(status(fx, ids[0], tokens[0]))[QStringLiteral("status")].toString() == QStringLiteral("confirmed"));
    auto approval = officer.approve(ids[0].toLongLong());
    REQUIRE(approval.ok());
    const QJsonObject approved = json(status(fx, ids[0], tokens[0]));
    CHECK(approved[QStringLiteral("status")].toString() == QStringLiteral("approved"));
    CHECK(approved[QStringLiteral("userId")].toString() == approval->userId);
    CHECK_FALSE(approved.contains(QStringLiteral("initialPassword")));

    CHECK_FALSE(officer.approve(ids[1].toLongLong()).ok()); // not confirmed yet
    REQUIRE(officer.reject(ids[1].toLongLong(), QStringLiteral("施設名が確認できませんでした")).ok());
    const QJsonObject rejected = json(status(fx, ids[1], tokens[1]));
    CHECK(rejected[QStringLiteral("status")].toString() == QStringLiteral("rejected"));
    CHECK(rejected[QStringLiteral("reason")].toString() == QStringLiteral("施設名が確認できませんでした"));

    // Bearer tokens travel in a header the access log never records.
    const QString log = ServerFixture::readText(fx.config.accessLogPath);
    CHECK(log.contains(QStringLiteral("\"route\":\"/api/v1/applications/{id}\"")));
    for (const QString &token : tokens)
        CHECK_FALSE(log.contains(token));
}

TEST_CASE("reference data: prefectures, facility search, export with ETag, terms")
{
    ServerFixture fx;
    auto c = fx.client();
    auto prefs = c->Get("/api/v1/prefectures");
    REQUIRE(prefs->status == 200);
    const QJsonArray list = json(prefs)[QStringLiteral("prefectures")].toArray();
    CHECK(list.size() == 47);
    CHECK(list[28].toObject()[QStringLiteral("name")].toString() == QStringLiteral("奈良県"));

    auto search = c->Get("/api/v1/facilities?prefecture=29&q=%E8%A5%BF%E9%83%A8&limit=5"); // 西部
    REQUIRE(search->status == 200);
    const QJsonArray found = json(search)[QStringLiteral("facilities")].toArray();
    CHECK_FALSE(found.isEmpty());
    bool hasNaraSeibu = false;
    for (const QJsonValue &f : found)
        hasNaraSeibu = hasNaraSeibu || f.toObject()[QStringLiteral("code")].toString() == QStringLiteral("2910110630");
    CHECK(hasNaraSeibu);
    auto limited = c->Get("/api/v1/facilities?prefecture=29&q=&limit=3");
    CHECK(json(limited)[QStringLiteral("facilities")].toArray().size() == 3);
    auto badPref = c->Get("/api/v1/facilities?prefecture=99&q=a");
    CHECK(badPref->status == 400);
    CHECK(json(badPref)[QStringLiteral("error")].toObject()[QStringLiteral("field")].toString()
          == QStringLiteral("prefecture"));
    CHECK(c->Get("/api/v1/facilities?q=a")->status == 400);
    auto badLimit = c->Get("/api/v1/facilities?prefecture=29&limit=0");
    CHECK(json(badLimit)[QStringLiteral("error")].toObject()[QStringLiteral("field")].toString()
          == QStringLiteral("limit"));

    auto exported = c->Get("/api/v1/facilities/export?prefecture=29");
    REQUIRE(exported->status == 200);
    const std::string etag = exported->get_header_value("ETag");
    CHECK(etag.size() > 2);
    const QJsonObject all = json(exported);
    CHECK(all[QStringLiteral("count")].toInt() == all[QStringLiteral("facilities")].toArray().size());
    CHECK(all[QStringLiteral("count")].toInt() > 100);
    auto notModified = c->Get("/api/v1/facilities/export?prefecture=29", {{"If-None-Match", etag}});
    CHECK(notModified->status == 304);
    CHECK(notModified->body.empty());
    CHECK(notModified->get_header_value("ETag") == etag);
    auto stale = c->Get("/api/v1/facilities/export?prefecture=29", {{"If-None-Match", "\"0000\""}});
    CHECK(stale->status == 200);
    auto tokyo = c->Get("/api/v1/facilities/export?prefecture=13");
    CHECK(tokyo->status == 200);
    CHECK(tokyo->get_header_value("ETag") != etag);

    auto terms = c->Get("/api/v1/terms/current");
    REQUIRE(terms->status == 200);
    const QJsonObject t = json(terms);
    CHECK(t[QStringLiteral("text")].toString().contains(QStringLiteral("見本")));
    CHECK(t[QStringLiteral("sha256")].toString()
          == QString::fromLatin1(
              QCryptographicHash::hash(t[QStringLiteral("text")].toString().toUtf8(), QCryptographicHash::Sha256)
                  .toHex()));
    CHECK_FALSE(t[QStringLiteral("version")].toString().isEmpty());
}

TEST_CASE("hardening: oversize bodies 413, unknown routes 404, wrong methods 405, no internals")
{
    ServerFixture fx;
    auto c = fx.client();
    const std::string big(70 * 1024, 'a');
    auto tooLarge = c->Post("/api/v1/registrations", big, Json);
    REQUIRE(tooLarge);
    CHECK(tooLarge->status == 413);
    CHECK(errorCode(tooLarge) == QStringLiteral("request.too_large"));
    CHECK(fx.mailFiles().isEmpty());

    // A chunked body carries no length to check first; it is refused unread. (Without this, a
    // 100 KiB chunked request was read whole and answered 202.) The server answers 411 before the
    // body is sent, so the client may see the connection end before it reads the answer; either
    // way nothing is accepted.
    const auto postChunked = [&fx](const std::string &payload) {
        return fx.client()->Post(
            "/api/v1/registrations",
            [&payload](size_t offset, httplib::DataSink &sink) {
                if (offset < payload.size())
                    sink.write(payload.data() + offset, std::min<size_t>(8192, payload.size() - offset));
                else
                    sink.done();
                return true;
            },
            Json);
    };
    for (const qsizetype pad : {qsizetype(0), qsizetype(100 * 1024)}) {
        auto chunked = postChunked(body({{QStringLiteral("email"), QStringLiteral("chunked@example.jp")},
                                         {QStringLiteral("pad"), QString(pad, u'a')}}));
        if (chunked) {
            CHECK(chunked->status == 411);
            CHECK(errorCode(chunked) == QStringLiteral("request.length_required"));
        }
    }
    CHECK(fx.mailFiles().isEmpty());

    auto notFound = fx.client()->Get("/api/v1/nothing");
    CHECK(notFound->status == 404);
    CHECK(errorCode(notFound) == QStringLiteral("request.not_found"));
    auto method = fx.client()->Delete("/api/v1/prefectures");
    CHECK(method->status == 405);
    CHECK(errorCode(method) == QStringLiteral("request.method_not_allowed"));

    // A storage failure answers 503 without SQL or paths.
    const QString token = registerAndGetToken(fx, QStringLiteral("fault@example.jp"));
    dynamic_cast<gtol::server::SqliteServerStorage &>(fx.server->storage()).database().failAfter(0);
    auto failing = fx.client()->Get("/api/v1/registrations/" + token.toStdString());
    CHECK(failing->status == 503);
    CHECK(errorCode(failing) == QStringLiteral("server.unavailable"));
    CHECK(failing->body.find("SELECT") == std::string::npos);
    CHECK(failing->body.find(fx.dir.path().toStdString()) == std::string::npos);
    CHECK(fx.client()->Get("/api/v1/registrations/" + token.toStdString())->status == 200);
}

TEST_CASE("TLS: a client that trusts another CA refuses the server")
{
    ServerFixture fx;
    QTemporaryDir other;
    gtol::DevPkiOptions options;
    options.caCommonName = QStringLiteral("Interception Proxy CA");
    auto otherPki = gtol::createDevPki(other.path(), options);
    REQUIRE(otherPki.ok());
    auto c = fx.client(otherPki->caCertPath);
    auto res = c->Get("/api/v1/prefectures");
    CHECK_FALSE(res);
    CHECK(res.error() == httplib::Error::SSLServerVerification);
    // The right CA works (the failure above is the CA, not the server).
    CHECK(fx.client()->Get("/api/v1/prefectures")->status == 200);
}

TEST_CASE("facilities: --facilities replaces the bundled master with the given CSV")
{
    QTemporaryDir csvDir;
    const QString csv = csvDir.filePath(QStringLiteral("tokyo.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    // The nationwide layout: no header; 9-digit code, 7-digit code, name, postal code, address.
    file.write("130112345,0112345,東京テスト病院,1000001,千代田区千代田１－１\n"
               "130154321,0154321,品川テストクリニック,1400001,品川区北品川１－１\n");
    file.close();
    ServerFixture fx([&](gtol::server::ServerConfig &config) { config.facilitiesCsv = csv; });
    auto c = fx.client();
    auto tokyo = c->Get("/api/v1/facilities/export?prefecture=13");
    REQUIRE(tokyo->status == 200);
    CHECK(json(tokyo)[QStringLiteral("count")].toInt() == 2);
    auto search = c->Get("/api/v1/facilities?prefecture=13&q=%E3%83%86%E3%82%B9%E3%83%88"); // テスト
    REQUIRE(search->status == 200);
    CHECK(json(search)[QStringLiteral("facilities")].toArray().size() == 2);
    CHECK(json(c->Get("/api/v1/facilities/export?prefecture=29"))[QStringLiteral("count")].toInt() == 0);
}
