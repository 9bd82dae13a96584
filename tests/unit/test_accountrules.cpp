#include "catch.h"

#include "rules/accountrules.h"

#include <functional>
#include <initializer_list>

using gtol::AccountRules;

namespace {

struct Row
{
    const char16_t *typed;
    const char16_t *stored;
    const char *code; // empty when accepted
};

void checkRows(const std::function<QString(const QString &)> &normalize,
               const std::function<gtol::Status(const QString &)> &check, std::initializer_list<Row> rows)
{
    for (const Row &row : rows) {
        const QString typed = QString::fromUtf16(row.typed);
        INFO("typed \"" << typed << "\"");
        const QString stored = normalize(typed);
        CHECK(stored == QString::fromUtf16(row.stored));
        CHECK(normalize(stored) == stored);
        const gtol::Status status = check(stored);
        if (*row.code == '\0') {
            CHECK((status.ok() ? QString() : status.error().code) == QString());
        } else {
            REQUIRE_FALSE(status.ok());
            CHECK(status.error().code == QLatin1String(row.code));
            CHECK_FALSE(status.error().message.isEmpty());
        }
    }
}

} // namespace

TEST_CASE("User ID: 8 digits, full-width and spaces folded", "[rules][account]")
{
    checkRows(AccountRules::normalizeUserId, AccountRules::checkUserId, {
        {u"12345678", u"12345678", ""},
        {u"１２３４５６７８", u"12345678", ""},
        {u" 1234 5678　", u"12345678", ""},
        {u"1234567", u"1234567", "userId.format"},
        {u"123456789", u"123456789", "userId.format"},
        {u"1234567a", u"1234567a", "userId.format"},
        {u"1234-5678", u"1234-5678", "userId.format"},
        {u"", u"", "userId.required"},
        {u"　", u"", "userId.required"},
    });
}

TEST_CASE("Initial password: 6 digits followed by @G, full-width input normalised", "[rules][account]")
{
    checkRows(AccountRules::normalizeInitialPassword, AccountRules::checkInitialPassword, {
        {u"123456@G", u"123456@G", ""},
        {u"１２３４５６＠Ｇ", u"123456@G", ""},
        {u" 123456@G　", u"123456@G", ""},
        {u"123456@g", u"123456@g", "initialPassword.format"},
        {u"12345@G", u"12345@G", "initialPassword.format"},
        {u"1234567@G", u"1234567@G", "initialPassword.format"},
        {u"123456G", u"123456G", "initialPassword.format"},
        {u"123456@", u"123456@", "initialPassword.format"},
        {u"123456", u"123456", "initialPassword.format"},
        {u"12345a@G", u"12345a@G", "initialPassword.format"},
        {u"123 456@G", u"123 456@G", "initialPassword.format"},
        {u"123456@G1", u"123456@G1", "initialPassword.format"},
        {u"", u"", "initialPassword.required"},
    });
}

TEST_CASE("Verification code: 6 digits", "[rules][account]")
{
    checkRows(AccountRules::normalizeVerificationCode, AccountRules::checkVerificationCode, {
        {u"123456", u"123456", ""},
        {u"０１２３４５", u"012345", ""},
        {u"123 456", u"123456", ""},
        {u"12345", u"12345", "verificationCode.format"},
        {u"1234567", u"1234567", "verificationCode.format"},
        {u"12345x", u"12345x", "verificationCode.format"},
        {u"", u"", "verificationCode.required"},
    });
}
