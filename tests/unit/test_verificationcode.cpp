#include "catch.h"

#include "rules/verificationcodestate.h"

#include <QDateTime>

using gtol::VerificationCodeState;
using Phase = VerificationCodeState::Phase;
using std::chrono::seconds;

namespace {

const QString kCode = QStringLiteral("482913");

// A fixed start; every step adds seconds to it, so nothing depends on the wall clock.
QDateTime at(qint64 secondsAfterStart)
{
    static const QDateTime start(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
    return start.addSecs(secondsAfterStart);
}

QString codeOf(const gtol::Status &status)
{
    return status.ok() ? QString() : status.error().code;
}

} // namespace

TEST_CASE("Verification code: defaults follow the identity provider", "[rules][verification]")
{
    const VerificationCodeState state;
    CHECK(state.limits().validity == seconds(600));
    CHECK(state.limits().maxAttempts == 5);
    CHECK(state.limits().resendCooldown == seconds(60));
    CHECK(state.phase() == Phase::None);
    CHECK(state.canSend(at(0)));
}

TEST_CASE("Verification code: the right code within the validity is accepted once", "[rules][verification]")
{
    VerificationCodeState state;
    CHECK(codeOf(state.verify(kCode, kCode, at(0))) == QStringLiteral("verificationCode.none"));
    REQUIRE(state.send(at(0)).ok());
    CHECK(state.phase() == Phase::Pending);
    CHECK(state.timeLeft(at(0)) == seconds(600));
    CHECK(state.timeLeft(at(599)) == seconds(1));
    CHECK(state.verify(kCode, kCode, at(599)).ok());
    CHECK(state.phase() == Phase::Verified);
    // A used code cannot be used again.
    CHECK(codeOf(state.verify(kCode, kCode, at(600))) == QStringLiteral("verificationCode.none"));
}

TEST_CASE("Verification code: expires after the validity", "[rules][verification]")
{
    VerificationCodeState state;
    REQUIRE(state.send(at(0)).ok());
    CHECK_FALSE(state.isExpired(at(599)));
    CHECK(state.isExpired(at(600)));
    CHECK(state.timeLeft(at(600)) == seconds(0));
    const auto expired = state.verify(kCode, kCode, at(600));
    CHECK(codeOf(expired) == QStringLiteral("verificationCode.expired"));
    CHECK(expired.error().message.contains(QStringLiteral("10")));
    // A new code works again.
    REQUIRE(state.send(at(601)).ok());
    CHECK(state.verify(kCode, kCode, at(602)).ok());
}

TEST_CASE("Verification code: wrong codes count down, then the code is locked", "[rules][verification]")
{
    VerificationCodeState state;
    REQUIRE(state.send(at(0)).ok());
    for (int attempt = 1; attempt <= 4; ++attempt) {
        const auto wrong = state.verify(QStringLiteral("000000"), kCode, at(attempt));
        CHECK(codeOf(wrong) == QStringLiteral("verificationCode.wrong"));
        CHECK(state.attemptsLeft() == 5 - attempt);
        CHECK(wrong.error().message.contains(QString::number(5 - attempt)));
    }
    CHECK(codeOf(state.verify(QStringLiteral("000000"), kCode, at(5))) == QStringLiteral("verificationCode.locked"));
    CHECK(state.phase() == Phase::Locked);
    // Locked: even the right code is refused until a new one is sent.
    CHECK(codeOf(state.verify(kCode, kCode, at(6))) == QStringLiteral("verificationCode.locked"));
    REQUIRE(state.send(at(60)).ok());
    CHECK(state.attemptsLeft() == 5);
    CHECK(state.verify(kCode, kCode, at(61)).ok());
}

TEST_CASE("Verification code: malformed input does not use up an attempt", "[rules][verification]")
{
    VerificationCodeState state;
    REQUIRE(state.send(at(0)).ok());
    CHECK(codeOf(state.verify(QStringLiteral("12345"), kCode, at(1))) == QStringLiteral("verificationCode.format"));
    CHECK(codeOf(state.verify(QString(), kCode, at(1))) == QStringLiteral("verificationCode.required"));
    CHECK(state.attemptsLeft() == 5);
    // A prefix of the right code is still wrong.
    CHECK(codeOf(state.verify(QStringLiteral("482910"), kCode, at(2))) == QStringLiteral("verificationCode.wrong"));
}

TEST_CASE("Verification code: resend waits for the cool-down, and is capped", "[rules][verification]")
{
    VerificationCodeState state;
    REQUIRE(state.send(at(0)).ok());
    CHECK(state.resendWait(at(0)) == seconds(60));
    CHECK(state.resendWait(at(59)) == seconds(1));
    const auto early = state.send(at(59));
    CHECK(codeOf(early) == QStringLiteral("verificationCode.cooldown"));
    CHECK(early.error().message.contains(QStringLiteral("1")));
    CHECK(state.sendsSoFar() == 1);
    CHECK(state.resendWait(at(60)) == seconds(0));
    REQUIRE(state.send(at(60)).ok());
    CHECK(state.sendsSoFar() == 2);

    VerificationCodeState::Limits limits;
    limits.maxSends = 3;
    VerificationCodeState capped(limits);
    for (int i = 0; i < 3; ++i)
        REQUIRE(capped.send(at(i * 60)).ok());
    CHECK(codeOf(capped.send(at(10'000))) == QStringLiteral("verificationCode.tooManySends"));
    CHECK_FALSE(capped.canSend(at(10'000)));
}

TEST_CASE("Verification code: a new code replaces the old one and its timer", "[rules][verification]")
{
    VerificationCodeState state;
    REQUIRE(state.send(at(0)).ok());
    CHECK(codeOf(state.verify(QStringLiteral("111111"), kCode, at(10))) == QStringLiteral("verificationCode.wrong"));
    REQUIRE(state.send(at(500)).ok());
    CHECK(state.attemptsLeft() == 5);
    CHECK(state.timeLeft(at(1000)) == seconds(100));
    CHECK(state.verify(kCode, kCode, at(1000)).ok());
}
