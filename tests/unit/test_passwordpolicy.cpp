#include "catch.h"

#include "rules/passwordpolicy.h"

#include <QStringList>

using gtol::PasswordPolicy;
using Criterion = PasswordPolicy::Criterion;

namespace {

QStringList codes(const PasswordPolicy::Evaluation &e)
{
    QStringList result;
    for (const gtol::Error &error : e.issues)
        result.append(error.code);
    return result;
}

// Evaluates a new password typed twice alike, with a different current password.
PasswordPolicy::Evaluation typedTwice(const QString &password)
{
    return PasswordPolicy::evaluate(password, password, QStringLiteral("123456@G"));
}

} // namespace

TEST_CASE("Password length: 7 and 65 rejected, 8 and 64 accepted", "[rules][password]")
{
    struct Row { int length; const char *code; };
    for (const Row &row : {Row{7, "password.tooShort"}, Row{8, ""}, Row{64, ""}, Row{65, "password.tooLong"}}) {
        // Upper, lower and digit from the start, padded with lower-case letters.
        const QString password = QStringLiteral("Ab1") + QString(row.length - 3, u'x');
        INFO("length " << row.length);
        const auto e = typedTwice(password);
        CHECK(e.length == row.length);
        CHECK(e.lengthOk == (*row.code == '\0'));
        CHECK(codes(e) == (*row.code ? QStringList{QString::fromLatin1(row.code)} : QStringList()));
    }
}

TEST_CASE("Password needs 3 of the 4 kinds: exactly 2 is not enough", "[rules][password]")
{
    struct Row { const char *password; int classes; bool ok; };
    for (const Row &row : {Row{"abcdefgh", 1, false}, Row{"abcd1234", 2, false}, Row{"ABCDabcd", 2, false},
                           Row{"abcd!@#$", 2, false}, Row{"1234!@#$", 2, false},
                           Row{"Abcd1234", 3, true}, Row{"abcd123!", 3, true}, Row{"ABCD123!", 3, true},
                           Row{"ABCDabc!", 3, true}, Row{"Abc123!?", 4, true}}) {
        INFO(row.password);
        const auto e = typedTwice(QString::fromLatin1(row.password));
        CHECK(e.classCount == row.classes);
        CHECK(e.enoughClasses == row.ok);
        CHECK(e.isAcceptable() == row.ok);
        CHECK(codes(e).contains(QStringLiteral("password.classes")) == !row.ok);
    }
}

TEST_CASE("Every listed symbol counts as a symbol, space included", "[rules][password]")
{
    // The seed's list and Azure AD B2C's, written out here independently of the implementation.
    const QString listed = QStringLiteral("@#$%^&*-_!+=[]{}|\\:',.?/`~\"();<> ");
    CHECK(listed.size() == 33);
    for (QChar symbol : listed) {
        INFO("symbol '" << QString(symbol) << "'");
        CHECK(PasswordPolicy::isSymbol(symbol));
        const auto e = typedTwice(QStringLiteral("abcd123") + symbol);
        CHECK(e.hasSymbol);
        CHECK(e.isAcceptable());
    }
    // Exactly those: nothing else in printable ASCII is a symbol.
    for (char16_t c = 0x21; c < 0x7F; ++c) {
        const QChar ch(c);
        const bool letterOrDigit = (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
        if (!letterOrDigit)
            CHECK(PasswordPolicy::isSymbol(ch) == listed.contains(ch));
    }
    CHECK(PasswordPolicy::symbols().size() == listed.size());
}

TEST_CASE("Characters outside the list are rejected and named", "[rules][password]")
{
    struct Row { const char16_t *password; const char *shown; };
    for (const Row &row : {Row{u"Abcd123あ", "あ"}, Row{u"Ａbcd1234", "Ａ"}, Row{u"Abcd\t1234", "U+0009"},
                           Row{u"Abcd1234€", "€"}, Row{u"Abcd\u30001234", "U+3000"}, Row{u"Abcd1234😀", "😀"}}) {
        const QString password = QString::fromUtf16(row.password);
        INFO(password);
        const auto e = typedTwice(password);
        CHECK_FALSE(e.allowedCharactersOnly);
        CHECK(e.firstDisallowed == QString::fromUtf8(row.shown));
        CHECK(codes(e).contains(QStringLiteral("password.invalidChar")));
        CHECK_FALSE(e.isAcceptable());
    }
    // An emoji is one character, not two, when counting length.
    CHECK(typedTwice(QStringLiteral("Abcd123😀")).length == 8);
}

TEST_CASE("New password must differ from the current one, and be confirmed", "[rules][password]")
{
    const QString password = QStringLiteral("Nara2026!");
    const auto same = PasswordPolicy::evaluate(password, password, password);
    CHECK_FALSE(same.differsFromCurrent);
    CHECK(codes(same) == QStringList{QStringLiteral("password.sameAsCurrent")});

    const auto unknownCurrent = PasswordPolicy::evaluate(password, password);
    CHECK(unknownCurrent.isAcceptable());

    const auto mismatch = PasswordPolicy::evaluate(password, QStringLiteral("Nara2026?"), QStringLiteral("x"));
    CHECK_FALSE(mismatch.confirmationMatches);
    CHECK(codes(mismatch) == QStringList{QStringLiteral("password.mismatch")});

    const auto unconfirmed = PasswordPolicy::evaluate(password, QString(), QStringLiteral("x"));
    CHECK(codes(unconfirmed) == QStringList{QStringLiteral("password.confirmationRequired")});

    const auto nothing = PasswordPolicy::evaluate(QString(), QString(), QStringLiteral("x"));
    CHECK(codes(nothing) == (QStringList{QStringLiteral("password.required"), QStringLiteral("password.confirmationRequired")}));
}

TEST_CASE("Password checklist follows the typing, one line per criterion", "[rules][password]")
{
    const auto partial = PasswordPolicy::evaluate(QStringLiteral("abc1"), QString(), QStringLiteral("old"));
    const auto items = partial.checklist();
    REQUIRE(items.size() == 9);
    CHECK(items.first().criterion == Criterion::Length);
    CHECK(items.last().criterion == Criterion::ConfirmationMatches);
    for (const auto &item : items) {
        CHECK_FALSE(item.label.isEmpty());
        CHECK(item.met == partial.met(item.criterion));
    }
    CHECK_FALSE(partial.met(Criterion::Length));
    CHECK_FALSE(partial.met(Criterion::Classes));
    CHECK_FALSE(partial.met(Criterion::Upper));
    CHECK(partial.met(Criterion::Lower));
    CHECK(partial.met(Criterion::Digit));
    CHECK_FALSE(partial.met(Criterion::Symbol));
    CHECK(partial.met(Criterion::AllowedCharacters));
    CHECK(partial.met(Criterion::DiffersFromCurrent));
    CHECK_FALSE(partial.met(Criterion::ConfirmationMatches));

    const auto done = PasswordPolicy::evaluate(QStringLiteral("abc1 XYZ"), QStringLiteral("abc1 XYZ"), QStringLiteral("old"));
    CHECK(done.isAcceptable());
    for (const auto &item : done.checklist())
        CHECK(item.met);
    CHECK_FALSE(PasswordPolicy::description().isEmpty());
}

TEST_CASE("The journal summary of a password holds its length and kinds, never its characters", "[rules][password]")
{
    CHECK(PasswordPolicy::journalSummary(QStringLiteral("Nara2026!")) == QStringLiteral("length=9 classes=ULDS"));
    CHECK(PasswordPolicy::journalSummary(QStringLiteral("123456@G")) == QStringLiteral("length=8 classes=U-DS"));
    CHECK(PasswordPolicy::journalSummary(QStringLiteral("abcあ")) == QStringLiteral("length=4 classes=-L--X"));
    CHECK_FALSE(PasswordPolicy::journalSummary(QStringLiteral("Secret99")).contains(QStringLiteral("Secret")));
}
