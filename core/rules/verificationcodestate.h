#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>

namespace gtol {

// The life of one e-mail verification code (DESIGN.md section 4: 6 digits; expires; limited
// attempts; resend with cool-down), as a small state machine that the server uses to enforce the
// rules and the client uses to explain them (countdowns, attempts left). Time is always passed
// in, so tests and replay drive it with any clock.
//
//   none --send--> pending --verify(right)--> verified
//                   |  ^ \--verify(wrong) x maxAttempts--> locked
//                   |  |                                     |
//                   |  +-------------send (after cool-down)--+
//                   +--(validity passes)--> expired --send--> pending
//
// Only the latest code counts: sending a new one replaces the old and resets the attempts. The
// state never holds the code itself; the holder of the secret passes it to verify().
class VerificationCodeState
{
    Q_DECLARE_TR_FUNCTIONS(gtol::VerificationCodeState)

public:
    // Validity and attempts are Azure AD B2C's one-time-password defaults (CodeExpirationInSeconds
    // 600, NumRetryAttempts 5), the identity provider the real service uses. The cool-down and the
    // cap on codes a session are ours, against mail floods.
    struct Limits
    {
        std::chrono::seconds validity{600};
        int maxAttempts = 5;
        std::chrono::seconds resendCooldown{60};
        int maxSends = 10;
    };

    enum class Phase { None, Pending, Verified, Locked };

    VerificationCodeState();
    explicit VerificationCodeState(Limits limits);

    const Limits &limits() const { return m_limits; }
    Phase phase() const { return m_phase; }

    // Records that a new code was sent at `now`. Refused with verificationCode.cooldown while the
    // cool-down since the previous send runs, verificationCode.tooManySends after maxSends codes.
    Status send(const QDateTime &now);
    // Zero when a new code may be sent now.
    std::chrono::seconds resendWait(const QDateTime &now) const;
    bool canSend(const QDateTime &now) const { return checkSend(now).ok(); }
    // Why a new code cannot be sent now (ok when it can); send() without the side effect.
    Status checkSend(const QDateTime &now) const;

    // Seconds the pending code stays valid; zero when there is none or it has expired.
    std::chrono::seconds timeLeft(const QDateTime &now) const;
    bool isExpired(const QDateTime &now) const;
    int attemptsLeft() const { return m_phase == Phase::Pending ? m_limits.maxAttempts - m_attempts : 0; }
    int sendsSoFar() const { return m_sends; }

    // Checks a typed code (normalised with AccountRules::normalizeVerificationCode) against the
    // expected one. A malformed code is reported without using up an attempt. Codes:
    // verificationCode.required / .format, .none (nothing sent, or already used), .expired,
    // .locked (attempts used up), .wrong (with the attempts left in the message).
    Status verify(const QString &typedCode, const QString &expectedCode, const QDateTime &now);

private:
    Limits m_limits;
    Phase m_phase = Phase::None;
    QDateTime m_sentAt;
    int m_attempts = 0;
    int m_sends = 0;
};

} // namespace gtol
