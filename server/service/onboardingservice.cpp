#include "onboardingservice.h"

#include "facilitycatalogue.h"
#include "mail/mailspool.h"
#include "mail/onboardingmails.h"
#include "rules/fieldrules.h"
#include "rules/prefectures.h"
#include "security/secrettoken.h"
#include "storage/serverstorage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>

namespace gtol::server {

namespace {

// The translation context of this file's messages (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct ApiText
{
    Q_DECLARE_TR_FUNCTIONS(gtol::server::OnboardingService)
};

// Exactly one of the 47 two-digit codes ("29"); the API takes no variants.
bool isPrefectureCode(const QString &code)
{
    const auto prefecture = Prefectures::byCode(code);
    return prefecture && prefecture->code == code;
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// The key must be the client's random value: long enough to be unguessable (the status token is
// derived from it) and plain ASCII so that it travels in a header unchanged.
bool isValidIdempotencyKey(const QByteArray &key)
{
    if (key.size() < 16 || key.size() > 128)
        return false;
    for (const char c : key) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_' || c == '.' || c == '~';
        if (!ok)
            return false;
    }
    return true;
}

// Parses a JSON object body; on failure `error` holds the 400 answer.
std::optional<QJsonObject> parseObject(const QByteArray &body, ApiResponse &error)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error = ApiResponse::error(400, QStringLiteral("request.bad_json"),
                                   ApiText::tr("The request is not a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

// A required string member; on failure `error` holds the 400 answer naming `path`.
std::optional<QString> requireString(const QJsonObject &object, const QString &key, const QString &path,
                                     ApiResponse &error)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd()) {
        error = OnboardingService::badRequest(QStringLiteral("request.missing_field"), path,
                                              ApiText::tr("A required field is missing."));
        return std::nullopt;
    }
    if (!it->isString()) {
        error = OnboardingService::badRequest(QStringLiteral("request.bad_field"), path,
                                              ApiText::tr("A field has the wrong type; a string is expected."));
        return std::nullopt;
    }
    return it->toString();
}

std::optional<QJsonObject> requireObject(const QJsonObject &object, const QString &key, ApiResponse &error)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd()) {
        error = OnboardingService::badRequest(QStringLiteral("request.missing_field"), key,
                                              ApiText::tr("A required field is missing."));
        return std::nullopt;
    }
    if (!it->isObject()) {
        error = OnboardingService::badRequest(QStringLiteral("request.bad_field"), key,
                                              ApiText::tr("A field has the wrong type; an object is expected."));
        return std::nullopt;
    }
    return it->toObject();
}

QJsonObject fieldIssueJson(const QString &field, const QString &code, const QString &message)
{
    return QJsonObject {
        {QStringLiteral("field"), field}, {QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
}

ApiResponse validationFailed(const QJsonArray &fields)
{
    return ApiResponse::error(422, QStringLiteral("validation.failed"),
                              ApiText::tr("Some entries are not valid. Correct the fields listed."),
                              QJsonObject {{QStringLiteral("fields"), fields}});
}

ApiResponse registrationGone(bool used)
{
    if (used)
        return ApiResponse::error(
            410, QStringLiteral("registration.used"),
            ApiText::tr("This registration link was already used. Register your e-mail address again."));
    return ApiResponse::error(410, QStringLiteral("registration.expired"),
                              ApiText::tr("This registration link has expired. Register your e-mail address again."));
}

ApiResponse rateLimited(int retryAfter)
{
    return ApiResponse::error(429, QStringLiteral("request.rate_limited"),
                              ApiText::tr("Too many requests. Wait a while and try again."))
        .withHeader("Retry-After", QByteArray::number(retryAfter));
}

} // namespace

OnboardingService::OnboardingService(const ServerConfig &config, ServerStorage &storage, FacilityCatalogue &facilities,
                                     const MailSpool &mail, TermsDocument terms)
    : m_config(config), m_storage(storage), m_facilities(facilities), m_mail(mail), m_terms(std::move(terms)),
      m_requestsPerAddress(config.requestsPerAddress), m_perAddress(config.registrationsPerAddress),
      m_perEmail(config.registrationsPerEmail)
{
    m_termsJson = QJsonDocument(QJsonObject {{QStringLiteral("version"), m_terms.version},
                                             {QStringLiteral("sha256"), m_terms.sha256},
                                             {QStringLiteral("text"), m_terms.text}})
                      .toJson(QJsonDocument::Compact);
}

ApiResponse OnboardingService::internalError(const Error &error)
{
    // The detail (SQL, paths) is for the operator's log, never for the client.
    std::fprintf(stderr, "{\"event\":\"error\",\"code\":\"%s\",\"detail\":%s}\n", qPrintable(error.code),
                 QJsonDocument(QJsonArray {error.detail}).toJson(QJsonDocument::Compact).mid(1).chopped(1).constData());
    if (error.code == QLatin1String("store.busy") || error.code == QLatin1String("store.io")
        || error.code == QLatin1String("store.full"))
        return ApiResponse::error(503, QStringLiteral("server.unavailable"),
                                  ApiText::tr("The service is busy. Try again in a moment."))
            .withHeader("Retry-After", "5");
    return ApiResponse::error(500, QStringLiteral("server.internal"),
                              ApiText::tr("The service had an internal problem. Try again later."));
}

ApiResponse OnboardingService::badRequest(const QString &code, const QString &field, const QString &message)
{
    return ApiResponse::error(400, code, message, QJsonObject {{QStringLiteral("field"), field}});
}

std::optional<ApiResponse> OnboardingService::admit(const QString &remoteAddress)
{
    if (const auto wait = m_requestsPerAddress.hit(remoteAddress.toUtf8(), m_config.now()))
        return rateLimited(*wait);
    return std::nullopt;
}

// --- registrations ------------------------------------------------------------------------

ApiResponse OnboardingService::postRegistration(const QByteArray &body, const QString &remoteAddress)
{
    const QDateTime now = m_config.now();
    if (const auto wait = m_perAddress.hit(remoteAddress.toUtf8(), now))
        return rateLimited(*wait);

    ApiResponse error;
    const auto object = parseObject(body, error);
    if (!object)
        return error;
    const auto typed = requireString(*object, QStringLiteral("email"), QStringLiteral("email"), error);
    if (!typed)
        return error;
    const QString email = FieldRules::normalize(ApplicationForm::Field::Email, *typed);
    if (const auto issue = FieldRules::check(ApplicationForm::Field::Email, email))
        return validationFailed(QJsonArray {fieldIssueJson(QStringLiteral("email"), issue->code, issue->message)});
    if (const auto wait = m_perEmail.hit(SecretToken::hash(email), now))
        return rateLimited(*wait);

    // Every valid address gets a link, known or not: the answer never tells who has applied.
    const QString token = SecretToken::generate();
    const QDateTime expiresAt = now.addSecs(m_config.registrationTtlSeconds);
    if (Status s = m_storage.addRegistration(SecretToken::hash(token), email, now, expiresAt); !s)
        return internalError(s.error());
    const QString url = m_publicUrl + QStringLiteral("/registrationForm/") + token;
    if (auto sent = m_mail.send(OnboardingMails::registration(email, url, expiresAt), now); !sent)
        return internalError(sent.error());
    return ApiResponse::json(202,
                             QJsonObject {{QStringLiteral("status"), QStringLiteral("accepted")},
                                          {QStringLiteral("expiresInSeconds"), m_config.registrationTtlSeconds}});
}

ApiResponse OnboardingService::getRegistration(const QString &token)
{
    const ApiResponse unknown =
        ApiResponse::error(404, QStringLiteral("registration.unknown"),
                           ApiText::tr("This registration link is not valid. Check the link in the mail."));
    if (!SecretToken::looksValid(token))
        return unknown;
    auto record = m_storage.registration(SecretToken::hash(token));
    if (!record)
        return internalError(record.error());
    if (!record->has_value())
        return unknown;
    const RegistrationRecord &r = **record;
    if (r.usedByApplication)
        return registrationGone(true);
    if (m_config.now() >= r.expiresAt)
        return registrationGone(false);
    return ApiResponse::json(
        200, QJsonObject {{QStringLiteral("email"), r.email}, {QStringLiteral("expiresAt"), isoTime(r.expiresAt)}});
}

// --- reference data -----------------------------------------------------------------------

ApiResponse OnboardingService::prefectures() const
{
    QJsonArray list;
    for (const Prefecture &p : Prefectures::all())
        list.append(QJsonObject {
            {QStringLiteral("code"), p.code}, {QStringLiteral("name"), p.name}, {QStringLiteral("kana"), p.kana}});
    return ApiResponse::json(200, QJsonObject {{QStringLiteral("prefectures"), list}});
}

ApiResponse OnboardingService::searchFacilities(const QString &prefecture, const QString &query,
                                                const QString &limitText)
{
    if (!isPrefectureCode(prefecture))
        return badRequest(QStringLiteral("request.bad_parameter"), QStringLiteral("prefecture"),
                          ApiText::tr("The prefecture code is missing or unknown."));
    int limit = 50;
    if (!limitText.isNull()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 1 || limit > 200)
            return badRequest(QStringLiteral("request.bad_parameter"), QStringLiteral("limit"),
                              ApiText::tr("The limit must be a number from 1 to 200."));
    }
    if (query.size() > 100)
        return badRequest(QStringLiteral("request.bad_parameter"), QStringLiteral("q"),
                          ApiText::tr("The search text is too long."));
    auto found = m_facilities.search(prefecture, query, limit);
    if (!found)
        return internalError(found.error());
    QJsonArray list;
    for (const Facility &f : *found)
        list.append(FacilityCatalogue::toJson(f));
    return ApiResponse::json(200, QJsonObject {{QStringLiteral("facilities"), list}});
}

ApiResponse OnboardingService::exportFacilities(const QString &prefecture, const QByteArray &ifNoneMatch)
{
    if (!isPrefectureCode(prefecture))
        return badRequest(QStringLiteral("request.bad_parameter"), QStringLiteral("prefecture"),
                          ApiText::tr("The prefecture code is missing or unknown."));
    auto exported = m_facilities.exportPrefecture(prefecture);
    if (!exported)
        return internalError(exported.error());
    // If-None-Match may list several tags, or "*".
    bool matches = ifNoneMatch.trimmed() == "*";
    for (const QByteArray &tag : ifNoneMatch.split(','))
        matches = matches || tag.trimmed() == exported->etag || tag.trimmed() == "W/" + exported->etag;
    ApiResponse response;
    if (matches)
        response = ApiResponse {304, {}, {}};
    else
        response = ApiResponse {200, exported->json, {}};
    response.withHeader("ETag", exported->etag).withHeader("Cache-Control", "no-cache");
    return response;
}

ApiResponse OnboardingService::currentTerms() const
{
    return ApiResponse {200, m_termsJson, {}};
}

// --- applications -------------------------------------------------------------------------

QString OnboardingService::statusTokenFor(const QByteArray &idempotencyKey, const QByteArray &salt)
{
    return SecretToken::derive(idempotencyKey, QByteArrayLiteral("gtol-status-token:") + salt);
}

ApiResponse OnboardingService::applicationCreated(qint64 id, const QDateTime &receivedAt,
                                                  const QString &statusToken) const
{
    return ApiResponse::json(201,
                             QJsonObject {{QStringLiteral("applicationId"), QString::number(id)},
                                          {QStringLiteral("status"), QStringLiteral("received")},
                                          {QStringLiteral("statusToken"), statusToken},
                                          {QStringLiteral("receivedAt"), isoTime(receivedAt)}})
        .withHeader("Location", "/api/v1/applications/" + QByteArray::number(id));
}

ApiResponse OnboardingService::replay(qint64 applicationId, const QByteArray &idempotencyKey)
{
    auto record = m_storage.application(applicationId);
    if (!record)
        return internalError(record.error());
    if (!record->has_value())
        return internalError(
            Error {QStringLiteral("idempotency.dangling"), {}, QStringLiteral("no application for key")});
    const ApplicationRecord &a = **record;
    return applicationCreated(a.id, a.receivedAt, statusTokenFor(idempotencyKey, a.statusSalt));
}

// The answer already given for this Idempotency-Key: the first answer again for the same body,
// 422 for another body; nothing when the key is not recorded (yet).
std::optional<ApiResponse> OnboardingService::recordedAnswer(const QByteArray &idempotencyKey,
                                                             const QByteArray &keyHash, const QByteArray &requestHash)
{
    auto previous = m_storage.idempotency(keyHash);
    if (!previous)
        return internalError(previous.error());
    if (!previous->has_value())
        return std::nullopt;
    if (!SecretToken::equal((*previous)->requestHash, requestHash))
        return ApiResponse::error(422, QStringLiteral("idempotency.key_reused"),
                                  ApiText::tr("This Idempotency-Key was already used for a different request."));
    return replay((*previous)->applicationId, idempotencyKey);
}

ApiResponse OnboardingService::postApplication(const QByteArray &idempotencyKey, const QByteArray &body)
{
    if (idempotencyKey.isEmpty())
        return badRequest(QStringLiteral("idempotency.missing"), QStringLiteral("Idempotency-Key"),
                          ApiText::tr("The Idempotency-Key header is required."));
    if (!isValidIdempotencyKey(idempotencyKey))
        return badRequest(QStringLiteral("idempotency.invalid"), QStringLiteral("Idempotency-Key"),
                          ApiText::tr("The Idempotency-Key header must be 16 to 128 letters, digits or - _ . ~"));

    // Shape first: every member present and of the right type, named when it is not.
    ApiResponse error;
    const auto object = parseObject(body, error);
    if (!object)
        return error;
    const auto token =
        requireString(*object, QStringLiteral("registrationToken"), QStringLiteral("registrationToken"), error);
    if (!token)
        return error;
    const auto application = requireObject(*object, QStringLiteral("application"), error);
    if (!application)
        return error;
    for (const ApplicationForm::Field field : ApplicationForm::allFields()) {
        const QString key = ApplicationForm::key(field);
        const auto it = application->constFind(key);
        if (it != application->constEnd() && !it->isString())
            return badRequest(QStringLiteral("request.bad_field"), QStringLiteral("application.") + key,
                              ApiText::tr("A field has the wrong type; a string is expected."));
    }
    const auto consent = requireObject(*object, QStringLiteral("consent"), error);
    if (!consent)
        return error;
    const auto termsVersion =
        requireString(*consent, QStringLiteral("termsVersion"), QStringLiteral("consent.termsVersion"), error);
    if (!termsVersion)
        return error;
    const auto termsSha256 =
        requireString(*consent, QStringLiteral("termsSha256"), QStringLiteral("consent.termsSha256"), error);
    if (!termsSha256)
        return error;
    const auto agreedAt =
        requireString(*consent, QStringLiteral("agreedAt"), QStringLiteral("consent.agreedAt"), error);
    if (!agreedAt)
        return error;

    // Idempotency: the same key and the same body (compared after parsing, so member order and
    // spacing do not matter) get the first answer again; another body with that key is refused.
    const QByteArray keyHash = SecretToken::sha256(idempotencyKey);
    const QByteArray requestHash = SecretToken::sha256(QJsonDocument(*object).toJson(QJsonDocument::Compact));
    if (auto answered = recordedAnswer(idempotencyKey, keyHash, requestHash))
        return *answered;

    // The registration token from the mail.
    const ApiResponse unknownToken =
        ApiResponse::error(422, QStringLiteral("registration.unknown"),
                           ApiText::tr("The registration token is not valid. Register your e-mail address again."));
    if (!SecretToken::looksValid(*token))
        return unknownToken;
    const QByteArray tokenHash = SecretToken::hash(*token);
    auto registration = m_storage.registration(tokenHash);
    if (!registration)
        return internalError(registration.error());
    if (!registration->has_value())
        return unknownToken;
    const QDateTime now = m_config.now();
    if ((*registration)->usedByApplication) {
        // A duplicate of this very submission may have used the token since the key was looked
        // up (a client's retry racing its first attempt): it gets the first answer, not 410.
        if (auto answered = recordedAnswer(idempotencyKey, keyHash, requestHash))
            return *answered;
        return registrationGone(true);
    }
    if (now >= (*registration)->expiresAt)
        return registrationGone(false);

    // Consent to the terms the server shows now.
    if (*termsVersion != m_terms.version || termsSha256->toLower() != m_terms.sha256)
        return ApiResponse::error(
            422, QStringLiteral("consent.outdated"),
            ApiText::tr("The terms of use have changed. Read the current terms and agree again."));
    const QDateTime agreed = QDateTime::fromString(*agreedAt, Qt::ISODate);
    if (!agreed.isValid())
        return ApiResponse::error(422, QStringLiteral("consent.bad_time"),
                                  ApiText::tr("The time of consent is not a valid date and time."));

    // Every field with the core rules; all failures are listed at once.
    const FieldRules::Validation validation = FieldRules::validate(ApplicationForm::fromJson(*application));
    QJsonArray issues;
    bool emailOk = true;
    bool facilityOk = true;
    for (const FieldIssue &issue : validation.issues) {
        issues.append(fieldIssueJson(ApplicationForm::key(issue.field), issue.code, issue.message));
        emailOk = emailOk && issue.field != ApplicationForm::Field::Email;
        facilityOk = facilityOk && issue.field != ApplicationForm::Field::FacilityCode
            && issue.field != ApplicationForm::Field::PrefectureCode;
    }
    const ApplicationForm &form = validation.normalized;
    if (emailOk && form.value(ApplicationForm::Field::Email).compare((*registration)->email, Qt::CaseInsensitive) != 0)
        issues.append(fieldIssueJson(QStringLiteral("email"), QStringLiteral("email.registration_mismatch"),
                                     ApiText::tr("Use the e-mail address the registration link was sent to.")));
    QString facilityName;
    if (facilityOk) {
        auto facility = m_facilities.facility(form.value(ApplicationForm::Field::FacilityCode),
                                              form.value(ApplicationForm::Field::PrefectureCode));
        if (facility)
            facilityName = facility->name;
        else if (facility.error().code == QLatin1String("facility.unknown"))
            issues.append(fieldIssueJson(QStringLiteral("facilityCode"), QStringLiteral("facility.unknown"),
                                         ApiText::tr("Choose the facility from the list of the prefecture.")));
        else
            return internalError(facility.error());
    }
    if (!issues.isEmpty())
        return validationFailed(issues);

    NewApplication created;
    created.registrationTokenHash = tokenHash;
    created.idempotencyKeyHash = keyHash;
    created.requestHash = requestHash;
    created.statusSalt = SecretToken::randomBytes(16);
    const QString statusToken = statusTokenFor(idempotencyKey, created.statusSalt);
    created.statusTokenHash = SecretToken::hash(statusToken);
    created.form = form;
    created.consent = QJsonObject {{QStringLiteral("termsVersion"), *termsVersion},
                                   {QStringLiteral("termsSha256"), m_terms.sha256},
                                   {QStringLiteral("agreedAt"), isoTime(agreed)}};
    created.receivedAt = now;
    auto id = m_storage.createApplication(created);
    if (!id) {
        // A concurrent request won the race: answer as it was answered.
        const bool lostRace = id.error().code == QLatin1String("idempotency.exists")
            || id.error().code == QLatin1String("registration.used");
        if (lostRace) {
            if (auto answered = recordedAnswer(idempotencyKey, keyHash, requestHash))
                return *answered;
        }
        if (id.error().code == QLatin1String("registration.used"))
            return registrationGone(true);
        return internalError(id.error());
    }

    // The application is committed; a mail that cannot be written is logged, not an error
    // for the applicant (the officer sees the application anyway).
    if (auto sent = m_mail.send(
            OnboardingMails::receipt(form.value(ApplicationForm::Field::Email), *id, facilityName, now), now);
        !sent)
        (void)internalError(sent.error());
    return applicationCreated(*id, now, statusToken);
}

ApiResponse OnboardingService::getApplication(const QString &id, const QByteArray &authorization)
{
    const QByteArray scheme = authorization.left(7);
    if (authorization.size() <= 7 || scheme.compare("Bearer ", Qt::CaseInsensitive) != 0)
        return ApiResponse::error(401, QStringLiteral("auth.missing"), ApiText::tr("The status token is missing."))
            .withHeader("WWW-Authenticate", "Bearer");
    const ApiResponse unknown =
        ApiResponse::error(404, QStringLiteral("application.unknown"), ApiText::tr("No such application."));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (!digits.match(id).hasMatch())
        return unknown;
    auto record = m_storage.application(id.toLongLong());
    if (!record)
        return internalError(record.error());
    const QString presented = QString::fromLatin1(authorization.mid(7).trimmed());
    // Unknown application and wrong token answer alike, so IDs cannot be probed.
    if (!record->has_value() || !SecretToken::equal(SecretToken::hash(presented), (*record)->statusTokenHash))
        return unknown;
    const ApplicationRecord &a = **record;
    QJsonObject answer {{QStringLiteral("applicationId"), QString::number(a.id)},
                        {QStringLiteral("status"), a.status},
                        {QStringLiteral("receivedAt"), isoTime(a.receivedAt)},
                        {QStringLiteral("updatedAt"), isoTime(a.updatedAt)}};
    if (a.status == QLatin1String("approved"))
        answer.insert(QStringLiteral("userId"), a.userId);
    if (a.status == QLatin1String("rejected"))
        answer.insert(QStringLiteral("reason"), a.rejectionReason);
    return ApiResponse::json(200, answer);
}

} // namespace gtol::server
