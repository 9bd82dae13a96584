#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>
#include <variant>

namespace gtol {

// An expected failure: a stable machine-readable code (for scripts, the journal and tests) and a
// message already translated for the person reading it. `detail` carries technical context (a
// file path, an SQLite message) that is shown to IT staff after the message, never instead of it.
struct Error
{
    QString code;
    QString message;
    QString detail;

    QString fullText() const { return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + u')'; }
};

// Result<T>: a value or an Error. Expected failures travel as values; exceptions are reserved for
// situations where construction cannot go on.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result<void>: success or an Error.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace gtol
