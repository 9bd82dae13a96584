#include "apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gtol {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("gtol::ApiError", text);
}

ApiError make(ApiError::Kind kind, const char *code, const char *message, const QString &detail, int status = 0)
{
    ApiError e;
    e.kind = kind;
    e.httpStatus = status;
    e.error = Error {QString::fromLatin1(code), translated(message), detail};
    return e;
}

} // namespace

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Offline:
    case Kind::Timeout:
    case Kind::Busy:
    case Kind::ServerError:
        return true;
    case Kind::BadRequest:
        return httpStatus == 408;
    default:
        return false;
    }
}

ApiError ApiError::offline(const QString &detail)
{
    return make(Kind::Offline, "net.offline",
                QT_TRANSLATE_NOOP("gtol::ApiError",
                                  "Could not reach the server. Check that this PC is connected to the internet; "
                                  "the request is kept and sent again automatically."),
                detail);
}

ApiError ApiError::timeout(const QString &detail)
{
    return make(Kind::Timeout, "net.timeout",
                QT_TRANSLATE_NOOP("gtol::ApiError",
                                  "The server did not answer in time. The request is kept and sent again "
                                  "automatically; you can also press \"Retry now\"."),
                detail);
}

ApiError ApiError::certificate(const QString &detail)
{
    return make(Kind::Certificate, "net.certificate",
                QT_TRANSLATE_NOOP("gtol::ApiError",
                                  "The server's certificate could not be verified, so nothing was sent. "
                                  "This can be caused by a proxy or security software that inspects HTTPS. "
                                  "Please ask your IT staff or vendor to check it."),
                detail);
}

ApiError ApiError::pinMismatch(const QString &actualPin)
{
    return make(Kind::Certificate, "net.pin",
                QT_TRANSLATE_NOOP("gtol::ApiError",
                                  "The server is not the one this program expects (its key does not match), "
                                  "so the connection was stopped. Please ask your IT staff or vendor to check "
                                  "the network."),
                QStringLiteral("public key sha256/") + actualPin);
}

ApiError ApiError::badResponse(const QString &detail)
{
    return make(Kind::BadResponse, "net.badResponse",
                QT_TRANSLATE_NOOP("gtol::ApiError",
                                  "The server sent an answer this program does not understand. Please try again "
                                  "later; if it keeps happening, contact the help desk."),
                detail);
}

ApiError ApiError::cancelled()
{
    return make(Kind::Cancelled, "net.cancelled", QT_TRANSLATE_NOOP("gtol::ApiError", "The request was cancelled."),
                {});
}

Error ApiError::configError(const QString &code, const QString &detail)
{
    return Error {code,
                  translated(QT_TRANSLATE_NOOP("gtol::ApiError",
                                               "The connection settings of this installation are not usable. "
                                               "Please ask your IT staff or vendor to check the deployment profile.")),
                  detail};
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &retryAfterHeader)
{
    ApiError e;
    e.httpStatus = status;
    // The server's own code and message, when it sent the documented error object.
    QString serverMessage;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (doc.isObject() && doc.object().value(QStringLiteral("error")).isObject()) {
        const QJsonObject error = doc.object().value(QStringLiteral("error")).toObject();
        e.serverCode = error.value(QStringLiteral("code")).toString();
        serverMessage = error.value(QStringLiteral("message")).toString();
        // Per-field problems: an array of {field, code, message} or an object field -> code.
        const QJsonValue fields = error.value(QStringLiteral("fields"));
        if (fields.isArray()) {
            for (const QJsonValue &item : fields.toArray()) {
                const QJsonObject o = item.toObject();
                e.fields.append({o.value(QStringLiteral("field")).toString(),
                                 o.value(QStringLiteral("code")).toString(),
                                 o.value(QStringLiteral("message")).toString()});
            }
        } else if (fields.isObject()) {
            const QJsonObject o = fields.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it->isObject())
                    e.fields.append({it.key(), it->toObject().value(QStringLiteral("code")).toString(),
                                     it->toObject().value(QStringLiteral("message")).toString()});
                else
                    e.fields.append({it.key(), it->toString(), {}});
            }
        }
    }
    bool isNumber = false;
    const int retryAfter = retryAfterHeader.trimmed().toInt(&isNumber);
    if (isNumber && retryAfter >= 0)
        e.retryAfterSeconds = qMin(retryAfter, 24 * 3600);

    const QString detail = QStringLiteral("HTTP ") + QString::number(status)
        + (e.serverCode.isEmpty() ? QString() : QStringLiteral(" ") + e.serverCode)
        + (serverMessage.isEmpty() ? QString() : QStringLiteral(": ") + serverMessage);
    const char *code = "net.http";
    const char *message = nullptr;
    if (status == 429 || status == 503) {
        e.kind = Kind::Busy;
        code = "net.busy";
        message = QT_TRANSLATE_NOOP("gtol::ApiError",
                                    "The server is busy. Please wait a little; the request is sent again "
                                    "automatically.");
    } else if (status == 422) {
        e.kind = Kind::Validation;
        code = "net.validation";
        message = QT_TRANSLATE_NOOP("gtol::ApiError",
                                    "The server did not accept some entries. Please correct the fields marked "
                                    "and send again.");
    } else if (status == 410) {
        e.kind = Kind::TokenExpired;
        code = "net.tokenExpired";
        message = QT_TRANSLATE_NOOP("gtol::ApiError",
                                    "This e-mail link has expired or has already been used. Please request a new "
                                    "e-mail and use the link in it within 30 minutes.");
    } else if (status == 404) {
        e.kind = Kind::NotFound;
        code = "net.notFound";
        message = QT_TRANSLATE_NOOP("gtol::ApiError",
                                    "The server does not know this link or application. Please check that the "
                                    "link was pasted completely.");
    } else if (status == 401 || status == 403) {
        e.kind = Kind::Unauthorized;
        code = "net.unauthorized";
        message = QT_TRANSLATE_NOOP("gtol::ApiError", "The server refused access. Please contact the help desk.");
    } else if (status == 408) {
        e.kind = Kind::BadRequest;
        code = "net.timeout";
        message = QT_TRANSLATE_NOOP("gtol::ApiError",
                                    "The server did not answer in time. The request is kept and sent again "
                                    "automatically; you can also press \"Retry now\".");
    } else if (status >= 500) {
        e.kind = Kind::ServerError;
        code = "net.server";
        message = QT_TRANSLATE_NOOP("gtol::ApiError",
                                    "The server has a problem at the moment. The request is kept and sent again "
                                    "automatically; if it keeps happening, contact the help desk.");
    } else {
        e.kind = Kind::BadRequest;
        code = "net.rejected";
        message = QT_TRANSLATE_NOOP("gtol::ApiError",
                                    "The server refused the request. Please contact the help desk and tell them "
                                    "the details shown.");
    }
    e.error = Error {QString::fromLatin1(code), translated(message), detail};
    return e;
}

} // namespace gtol
