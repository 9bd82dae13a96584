#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace gtol {

// Formats of what the clerk types on the account pages (first sign-in and e-mail verification):
// the user ID from the approval mail (数字8桁), the initial password given by phone (数字6桁@G)
// and the verification code from the mail (6桁数字). normalize*() fold full-width input and
// stray spaces (a clerk copying from a mail or typing with the IME on); check*() say whether the
// result has the right shape. Expiry, attempt limits and resend cool-down belong to the session.
class AccountRules
{
    Q_DECLARE_TR_FUNCTIONS(gtol::AccountRules)

public:
    static constexpr int UserIdDigits = 8;
    static constexpr int InitialPasswordDigits = 6;
    static constexpr int VerificationCodeDigits = 6;

    static QString normalizeUserId(const QString &typed);
    // Codes userId.required, userId.format.
    static Status checkUserId(const QString &normalized);

    // Full-width digits and ＠Ｇ to ASCII, surrounding spaces removed; the case of G is kept (the
    // password is case-sensitive, a lower-case g is reported, not silently fixed).
    static QString normalizeInitialPassword(const QString &typed);
    // Codes initialPassword.required, initialPassword.format.
    static Status checkInitialPassword(const QString &normalized);

    static QString normalizeVerificationCode(const QString &typed);
    // Codes verificationCode.required, verificationCode.format.
    static Status checkVerificationCode(const QString &normalized);
};

} // namespace gtol
