#include "verificationcodestate.h"

#include "accountrules.h"

#include <algorithm>

namespace gtol {

namespace {

Error error(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message, QString()};
}

// Equal-time comparison: how long a wrong guess takes does not tell how much of it was right.
bool sameCode(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    char16_t difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= char16_t(a.at(i).unicode() ^ b.at(i).unicode());
    return difference == 0;
}

std::chrono::seconds secondsBetween(const QDateTime &from, const QDateTime &to)
{
    // Rounded up, so a countdown never shows 0 while the wait still runs.
    const qint64 ms = from.msecsTo(to);
    return std::chrono::seconds(ms <= 0 ? 0 : (ms + 999) / 1000);
}

} // namespace

VerificationCodeState::VerificationCodeState() : m_limits(Limits()) {}

VerificationCodeState::VerificationCodeState(Limits limits) : m_limits(limits) {}

std::chrono::seconds VerificationCodeState::resendWait(const QDateTime &now) const
{
    if (m_sends == 0)
        return std::chrono::seconds(0);
    return secondsBetween(now, m_sentAt.addSecs(m_limits.resendCooldown.count()));
}

Status VerificationCodeState::checkSend(const QDateTime &now) const
{
    if (m_sends >= m_limits.maxSends)
        return error("verificationCode.tooManySends",
            tr("Too many codes have been sent. Close the wizard, wait a while and start the password change "
               "again, or ask the prefecture's contact for help."));
    const auto wait = resendWait(now);
    if (wait.count() > 0)
        return error("verificationCode.cooldown",
            tr("A new code can be sent in %n second(s). Check your mailbox (and the junk mail folder) for the "
               "code already sent.", nullptr, int(wait.count())));
    return {};
}

Status VerificationCodeState::send(const QDateTime &now)
{
    if (Status allowed = checkSend(now); !allowed)
        return allowed;
    m_phase = Phase::Pending;
    m_sentAt = now;
    m_attempts = 0;
    ++m_sends;
    return {};
}

std::chrono::seconds VerificationCodeState::timeLeft(const QDateTime &now) const
{
    if (m_phase != Phase::Pending)
        return std::chrono::seconds(0);
    return secondsBetween(now, m_sentAt.addSecs(m_limits.validity.count()));
}

bool VerificationCodeState::isExpired(const QDateTime &now) const
{
    return m_phase == Phase::Pending && m_sentAt.msecsTo(now) >= qint64(m_limits.validity.count()) * 1000;
}

Status VerificationCodeState::verify(const QString &typedCode, const QString &expectedCode, const QDateTime &now)
{
    if (Status format = AccountRules::checkVerificationCode(typedCode); !format)
        return format;
    switch (m_phase) {
    case Phase::None:
    case Phase::Verified:
        return error("verificationCode.none",
            tr("No code is waiting to be entered. Press \"Send verification code\" and enter the code from the new "
               "e-mail."));
    case Phase::Locked:
        return error("verificationCode.locked",
            tr("The code was entered wrongly too many times and can no longer be used. Press \"Send new code\" "
               "and enter the code from the new e-mail."));
    case Phase::Pending:
        break;
    }
    if (isExpired(now))
        return error("verificationCode.expired",
            tr("The code has expired (a code is valid for %n minute(s)). Press \"Send new code\" and enter the "
               "code from the new e-mail.", nullptr, int(m_limits.validity.count() / 60)));
    if (sameCode(typedCode, expectedCode)) {
        m_phase = Phase::Verified;
        return {};
    }
    ++m_attempts;
    if (m_attempts >= m_limits.maxAttempts) {
        m_phase = Phase::Locked;
        return error("verificationCode.locked",
            tr("The code was entered wrongly too many times and can no longer be used. Press \"Send new code\" "
               "and enter the code from the new e-mail."));
    }
    return error("verificationCode.wrong",
        tr("The code is not correct. Check the latest e-mail and enter its 6 digits; %n more attempt(s) left.",
           nullptr, m_limits.maxAttempts - m_attempts));
}

} // namespace gtol
