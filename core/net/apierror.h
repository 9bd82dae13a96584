#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace gtol {

// A failed API call, as the clerk and the SyncEngine need it: the translated message with what to
// do (error.message), a stable code (error.code, e.g. "net.offline"), the technical detail, and
// the facts the retry logic needs (kind, HTTP status, Retry-After, per-field codes of a 422).
struct ApiError
{
    enum class Kind {
        Offline, // no connection, DNS, refused, reset: retry later
        Timeout, // no answer within the deadline: retry later
        Certificate, // TLS verification failed or the pin did not match: call IT, never ignored
        Busy, // 429 / 503: wait retryAfterSeconds
        Validation, // 422: fields lists what to fix
        TokenExpired, // 410: the registration link expired or was used: request a new one
        NotFound, // 404
        Unauthorized, // 401 / 403
        BadRequest, // other 4xx: the program sent something the server refuses
        ServerError, // 5xx: retry later
        BadResponse, // the answer is not what the contract says (shape, size, redirect)
        Config, // the deployment profile is unusable (CA file, pin, URL)
        Cancelled, // cancelled by the program (shutdown)
    };

    struct FieldProblem
    {
        QString field; // an ApplicationForm key, "consent", or a path like "application.email"
        QString code; // e.g. "phone.length"
        QString message; // as the server sent it (may be empty)
    };

    Error error;
    Kind kind = Kind::BadResponse;
    int httpStatus = 0;
    std::optional<int> retryAfterSeconds;
    QList<FieldProblem> fields;
    QString serverCode; // error.code from the server's JSON, when there was one

    // Whether sending the same request again later can succeed (network, timeouts, 408, 429, 5xx).
    bool isTransient() const;

    // Builders; each fills a translated message that says what to do.
    static ApiError offline(const QString &detail);
    static ApiError timeout(const QString &detail);
    static ApiError certificate(const QString &detail);
    static ApiError pinMismatch(const QString &actualPin);
    static ApiError badResponse(const QString &detail);
    static ApiError cancelled();
    static Error configError(const QString &code, const QString &detail);
    // From an HTTP error status and the server's JSON body ({"error":{"code","message",...}}).
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &retryAfterHeader);
};

// The value of a successful call or an ApiError (Result<T> with the richer error of the network).
template<typename T> class [[nodiscard]] ApiResult
{
public:
    ApiResult(T value) : m_data(std::move(value)) { }
    ApiResult(ApiError error) : m_data(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }
    const ApiError &error() const { return std::get<ApiError>(m_data); }

    Result<T> toResult() const { return ok() ? Result<T>(value()) : Result<T>(error().error); }

private:
    std::variant<T, ApiError> m_data;
};

} // namespace gtol
