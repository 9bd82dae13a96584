#include "catch.h"

#include "rules/accountrules.h"
#include "rules/fieldrules.h"
#include "rules/passwordpolicy.h"
#include "rules/prefectures.h"
#include "rules/verificationcodestate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QTranslator>

#include <algorithm>
#include <memory>

using gtol::AccountRules;
using gtol::ApplicationForm;
using gtol::FieldRules;
using gtol::PasswordPolicy;
using gtol::Prefectures;
using Field = ApplicationForm::Field;

namespace {

// Installs the Japanese catalogue built from translations/core_rules_ja.ts for one scope.
class JapaneseCatalogue
{
public:
    JapaneseCatalogue()
    {
        m_loaded = m_translator.load(QStringLiteral(":/test-i18n/core_rules_ja.qm"));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~JapaneseCatalogue()
    {
        if (m_loaded)
            QCoreApplication::removeTranslator(&m_translator);
    }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

bool hasJapanese(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x3040 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xFF01 && u <= 0xFF5E);
    });
}

// One bad input for every issue code the rules can give, as (code, message) pairs produced in
// the current language.
struct Message
{
    QString code;
    QString text;
};

QList<Message> everyMessage()
{
    QList<Message> messages;
    const auto field = [&](Field f, const QString &typed) {
        const auto problem = FieldRules::check(f, FieldRules::normalize(f, typed));
        REQUIRE(problem.has_value());
        messages.append({problem->code, problem->message});
    };
    for (const char16_t *typed : {u"", u"a b@x.jp", u"あ@x.jp", u"a@b@x.jp", u"@x.jp", u".a@x.jp", u"a(@x.jp",
                                  u"a@x"})
        field(Field::Email, QString::fromUtf16(typed));
    field(Field::Email, QString(255, u'a'));
    field(Field::Email, QString(QString(65, u'a') + QStringLiteral("@x.jp")));
    for (const char16_t *typed : {u"", u"48"})
        field(Field::PrefectureCode, QString::fromUtf16(typed));
    for (const char16_t *typed : {u"", u"123"})
        field(Field::FacilityCode, QString::fromUtf16(typed));
    for (Field f : {Field::ManagerName, Field::ApplicantName}) {
        for (const char16_t *typed : {u"", u"é"})
            field(f, QString::fromUtf16(typed));
    }
    field(Field::ManagerName, QString(101, u'山'));
    for (const char16_t *typed : {u"", u"山"})
        field(Field::ManagerNameKana, QString::fromUtf16(typed));
    field(Field::ManagerNameKana, QString(101, u'ア'));
    for (Field f : {Field::Department, Field::Position}) {
        for (const char16_t *typed : {u"", u"é"})
            field(f, QString::fromUtf16(typed));
        field(f, QString(101, u'課'));
    }
    for (const char16_t *typed : {u"", u"12a45", u"1234"})
        field(Field::FacilityPhone, QString::fromUtf16(typed));
    for (const char16_t *typed : {u"", u"12a", u"#-", u"12345678901234"})
        field(Field::ApplicantContact, QString::fromUtf16(typed));

    const auto add = [&](const std::optional<gtol::FieldIssue> &problem) {
        REQUIRE(problem.has_value());
        messages.append({problem->code, problem->message});
    };
    add(FieldRules::checkEmailConfirmation(QStringLiteral("a@x.jp"), QStringLiteral("b@x.jp")));
    add(FieldRules::checkEmailConfirmation(QStringLiteral("a@x.jp"), QString()));
    add(FieldRules::checkFacilityInPrefecture(QStringLiteral("2910000000"), QStringLiteral("13")));
    add(FieldRules::mobileCarrierWarning(QStringLiteral("a@docomo.ne.jp")));

    const auto password = [&](const QString &pw, const QString &confirmation, const QString &current) {
        for (const gtol::Error &error : PasswordPolicy::evaluate(pw, confirmation, current).issues)
            messages.append({error.code, error.message});
    };
    password(QString(), QString(), QString());
    password(QStringLiteral("aaaa"), QStringLiteral("bbbb"), QString());
    password(QString(65, u'a') + u'あ', QString(65, u'a') + u'あ', QString());
    password(QStringLiteral("Abcd1234"), QStringLiteral("Abcd1234"), QStringLiteral("Abcd1234"));

    for (const gtol::Status &status : {AccountRules::checkUserId(QString()), AccountRules::checkUserId(QStringLiteral("1")),
                                       AccountRules::checkInitialPassword(QString()),
                                       AccountRules::checkInitialPassword(QStringLiteral("1")),
                                       AccountRules::checkVerificationCode(QString()),
                                       AccountRules::checkVerificationCode(QStringLiteral("1"))}) {
        REQUIRE_FALSE(status.ok());
        messages.append({status.error().code, status.error().message});
    }

    const QDateTime start(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
    const QString code = QStringLiteral("123456");
    const auto record = [&](const gtol::Status &status) {
        REQUIRE_FALSE(status.ok());
        messages.append({status.error().code, status.error().message});
    };
    gtol::VerificationCodeState state;
    record(state.verify(code, code, start));                                   // none
    REQUIRE(state.send(start).ok());
    record(state.send(start.addSecs(1)));                                      // cooldown
    record(state.verify(QStringLiteral("000000"), code, start.addSecs(2)));    // wrong
    record(state.verify(code, code, start.addSecs(601)));                      // expired
    REQUIRE(state.send(start.addSecs(700)).ok());
    for (int i = 0; i < state.limits().maxAttempts - 1; ++i)
        REQUIRE_FALSE(state.verify(QStringLiteral("000000"), code, start.addSecs(701)).ok());
    record(state.verify(QStringLiteral("000000"), code, start.addSecs(702)));  // locked
    gtol::VerificationCodeState::Limits once;
    once.maxSends = 1;
    gtol::VerificationCodeState capped(once);
    REQUIRE(capped.send(start).ok());
    record(capped.send(start.addSecs(3600)));                                  // tooManySends
    return messages;
}

// Labels and help texts shown beside the fields and in the password checklist.
QStringList everyLabel()
{
    QStringList labels;
    for (Field f : ApplicationForm::allFields())
        labels << FieldRules::label(f) << FieldRules::hint(f);
    for (const auto &item : PasswordPolicy::evaluate(QString(), QString()).checklist())
        labels << item.label;
    labels << PasswordPolicy::description();
    return labels;
}

} // namespace

TEST_CASE("Every rule message is non-empty English without a catalogue", "[rules][i18n]")
{
    const QList<Message> messages = everyMessage();
    QStringList codes;
    for (const Message &m : messages) {
        INFO(m.code);
        CHECK_FALSE(m.text.trimmed().isEmpty());
        codes << m.code;
    }
    codes.removeDuplicates();
    // Each code path above really produced a distinct issue code (no silent fallthrough).
    CHECK(codes.size() >= 45);
}

TEST_CASE("Every rule message, label and hint is Japanese with the Japanese catalogue", "[rules][i18n]")
{
    const QList<Message> english = everyMessage();
    const QStringList englishLabels = everyLabel();
    JapaneseCatalogue catalogue;
    REQUIRE(catalogue.loaded());
    const QList<Message> japanese = everyMessage();
    REQUIRE(japanese.size() == english.size());
    for (qsizetype i = 0; i < japanese.size(); ++i) {
        INFO(japanese.at(i).code << ": " << japanese.at(i).text);
        CHECK(japanese.at(i).code == english.at(i).code); // codes never translate
        CHECK(hasJapanese(japanese.at(i).text));
        CHECK(japanese.at(i).text != english.at(i).text);
        CHECK_FALSE(japanese.at(i).text.contains(QRegularExpression(QStringLiteral("%\\d")))); // placeholders filled
    }
    const QStringList labels = everyLabel();
    REQUIRE(labels.size() == englishLabels.size());
    for (qsizetype i = 0; i < labels.size(); ++i) {
        INFO(englishLabels.at(i) << " -> " << labels.at(i));
        CHECK(hasJapanese(labels.at(i)));
    }
}

TEST_CASE("Japanese labels are the service's own", "[rules][i18n]")
{
    JapaneseCatalogue catalogue;
    REQUIRE(catalogue.loaded());
    struct Row { Field field; const char16_t *label; };
    for (const Row &row : {Row{Field::PrefectureCode, u"都道府県"}, Row{Field::FacilityCode, u"病院・診療所"},
                           Row{Field::ManagerName, u"施設管理者氏名"},
                           Row{Field::ManagerNameKana, u"施設管理者氏名（全角フリカナ）"},
                           Row{Field::ApplicantName, u"申請者氏名"},
                           Row{Field::ApplicantNameKana, u"申請者氏名（全角フリカナ）"},
                           Row{Field::Department, u"施設内部署"}, Row{Field::Position, u"施設内役職"},
                           Row{Field::Email, u"届出用メールアドレス"}, Row{Field::FacilityPhone, u"施設代表電話番号"},
                           Row{Field::ApplicantContact, u"申請者の連絡先"}})
        CHECK(FieldRules::label(row.field) == QString::fromUtf16(row.label));
    CHECK(FieldRules::hint(Field::FacilityPhone) == QStringLiteral("数字のみ5～13桁"));
    CHECK(FieldRules::check(Field::Department, QString())->message.contains(QStringLiteral("「なし」")));
    // Prefecture names come from the bundled list in Japanese, romanised in English.
    for (const gtol::Prefecture &p : Prefectures::all()) {
        INFO(p.romaji);
        CHECK(Prefectures::displayName(p) == p.name);
    }
}
