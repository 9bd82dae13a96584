#pragma once

// Runs a typed ApiClient call to completion in the event loop (bounded), for tests.
#include "catch.h"
#include "net/apiclient.h"

#include <QTest>

#include <optional>

namespace gtol::test {

// A failed result's code, detail and field codes, for INFO() in failing checks.
template<typename T> std::string describe(const ApiResult<T> &result)
{
    if (result.ok())
        return "ok";
    const ApiError &e = result.error();
    QString text = e.error.code + QStringLiteral(" | ") + e.error.detail;
    for (const ApiError::FieldProblem &p : e.fields)
        text += QStringLiteral(" | ") + p.field + u'=' + p.code;
    return text.toStdString();
}

template<typename T, typename Call> ApiResult<T> await(Call call, int timeoutMs = 30'000)
{
    std::optional<ApiResult<T>> out;
    QObject context;
    call(&context, [&out](const ApiResult<T> &result) { out = result; });
    static_cast<void>(QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs));
    REQUIRE(out.has_value());
    return *out;
}

} // namespace gtol::test
