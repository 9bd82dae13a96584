#include "apitypes.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>

namespace gtol {

namespace {

ApiResult<QJsonObject> parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return ApiError::badResponse(QStringLiteral("invalid JSON: ") + error.errorString());
    if (!doc.isObject())
        return ApiError::badResponse(QStringLiteral("JSON answer is not an object"));
    return doc.object();
}

// A required, non-empty string member.
bool takeString(const QJsonObject &o, const char *key, QString &out, QString &problem)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().isEmpty()) {
        problem = QStringLiteral("missing or not a string: ") + QLatin1String(key);
        return false;
    }
    out = v.toString();
    return true;
}

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

} // namespace

ApiResult<RegistrationInfo> RegistrationInfo::fromJson(const QByteArray &json)
{
    ApiResult<QJsonObject> o = parseObject(json);
    if (!o)
        return o.error();
    RegistrationInfo info;
    QString problem, expires;
    if (!takeString(*o, "email", info.email, problem) || !takeString(*o, "expiresAt", expires, problem))
        return ApiError::badResponse(problem);
    info.expiresAt = parseTime(expires);
    if (!info.expiresAt.isValid())
        return ApiError::badResponse(QStringLiteral("expiresAt is not an ISO 8601 time"));
    return info;
}

ApiResult<Terms> Terms::fromJson(const QByteArray &json)
{
    ApiResult<QJsonObject> o = parseObject(json);
    if (!o)
        return o.error();
    Terms terms;
    QString problem;
    if (!takeString(*o, "version", terms.version, problem) || !takeString(*o, "sha256", terms.sha256, problem)
        || !takeString(*o, "text", terms.text, problem))
        return ApiError::badResponse(problem);
    terms.sha256 = terms.sha256.toLower();
    const QString actual =
        QString::fromLatin1(QCryptographicHash::hash(terms.text.toUtf8(), QCryptographicHash::Sha256).toHex());
    if (actual != terms.sha256)
        return ApiError::badResponse(QStringLiteral("terms text does not match its sha256"));
    return terms;
}

QJsonObject Consent::toJson() const
{
    return QJsonObject {{QStringLiteral("termsVersion"), termsVersion},
                        {QStringLiteral("termsSha256"), termsSha256},
                        {QStringLiteral("agreedAt"), agreedAt.toUTC().toString(Qt::ISODateWithMs)}};
}

Consent Consent::fromJson(const QJsonObject &object)
{
    Consent c;
    c.termsVersion = object.value(QStringLiteral("termsVersion")).toString();
    c.termsSha256 = object.value(QStringLiteral("termsSha256")).toString();
    c.agreedAt = parseTime(object.value(QStringLiteral("agreedAt")).toString());
    return c;
}

ApiResult<SubmissionReceipt> SubmissionReceipt::fromJson(const QByteArray &json)
{
    ApiResult<QJsonObject> o = parseObject(json);
    if (!o)
        return o.error();
    SubmissionReceipt receipt;
    QString problem;
    // The id may be a number or a string in JSON; it is an opaque label for us.
    const QJsonValue id = o->value(QStringLiteral("applicationId"));
    if (id.isDouble())
        receipt.applicationId = QString::number(qint64(id.toDouble()));
    else if (!takeString(*o, "applicationId", receipt.applicationId, problem))
        return ApiError::badResponse(problem);
    if (!takeString(*o, "status", receipt.status, problem)
        || !takeString(*o, "statusToken", receipt.statusToken, problem))
        return ApiError::badResponse(problem);
    return receipt;
}

std::optional<ApplicationStatus::State> ApplicationStatus::parseState(const QString &text)
{
    if (text == QStringLiteral("received"))
        return State::Received;
    if (text == QStringLiteral("confirmed"))
        return State::Confirmed;
    if (text == QStringLiteral("approved"))
        return State::Approved;
    if (text == QStringLiteral("rejected"))
        return State::Rejected;
    return std::nullopt;
}

ApiResult<ApplicationStatus> ApplicationStatus::fromJson(const QByteArray &json)
{
    ApiResult<QJsonObject> o = parseObject(json);
    if (!o)
        return o.error();
    ApplicationStatus status;
    QString problem;
    if (!takeString(*o, "status", status.statusText, problem))
        return ApiError::badResponse(problem);
    const std::optional<State> state = parseState(status.statusText);
    if (!state)
        return ApiError::badResponse(QStringLiteral("unknown status: ") + status.statusText.left(40));
    status.state = *state;
    status.reason = o->value(QStringLiteral("reason")).toString();
    const QJsonValue user = o->value(QStringLiteral("userId"));
    status.userId = user.isDouble() ? QString::number(qint64(user.toDouble())) : user.toString();
    status.updatedAt = parseTime(o->value(QStringLiteral("updatedAt")).toString());
    return status;
}

QString ApplicationStatus::describe(State state)
{
    switch (state) {
    case State::Received:
        return QCoreApplication::translate("gtol::ApplicationStatus",
                                           "Received. The prefecture will phone the facility to confirm the "
                                           "application, usually within a few days (up to about 10 days). You can "
                                           "close this program and come back later.");
    case State::Confirmed:
        return QCoreApplication::translate("gtol::ApplicationStatus",
                                           "Confirmed by phone. Waiting for approval by the prefecture. You can close "
                                           "this program and come back later.");
    case State::Approved:
        return QCoreApplication::translate("gtol::ApplicationStatus",
                                           "Approved. The user ID has been sent by e-mail and the initial password is "
                                           "given by phone. Continue with the initial password change.");
    case State::Rejected:
        return QCoreApplication::translate("gtol::ApplicationStatus",
                                           "Not approved. Please contact the prefecture's help desk for the reason and "
                                           "what to do next.");
    }
    return {};
}

} // namespace gtol
