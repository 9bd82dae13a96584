#include "catch.h"

#include "rules/fieldrules.h"

#include <initializer_list>

using gtol::ApplicationForm;
using gtol::FieldRules;
using Field = ApplicationForm::Field;

namespace {

// One row: what the clerk typed, what is stored, and the issue code check() gives the stored
// value (empty when it is accepted).
struct Row
{
    const char16_t *typed;
    const char16_t *stored;
    const char *code;
};

void checkRows(Field field, std::initializer_list<Row> rows)
{
    for (const Row &row : rows) {
        const QString typed = QString::fromUtf16(row.typed);
        const QString stored = FieldRules::normalize(field, typed);
        INFO("field " << ApplicationForm::key(field) << ", typed \"" << typed << "\"");
        CHECK(stored == QString::fromUtf16(row.stored));
        // Stored values are normalised again on import and on every edit: nothing may drift.
        CHECK(FieldRules::normalize(field, stored) == stored);
        const auto problem = FieldRules::check(field, stored);
        if (*row.code == '\0') {
            CHECK((problem ? problem->code : QString()) == QString());
        } else {
            REQUIRE(problem.has_value());
            CHECK(problem->code == QLatin1String(row.code));
            CHECK(problem->field == field);
            CHECK_FALSE(problem->message.isEmpty());
        }
    }
}

ApplicationForm validForm()
{
    ApplicationForm form;
    form.setValue(Field::Email, QStringLiteral("f00655@office.pref.nara.lg.jp"));
    form.setValue(Field::PrefectureCode, QStringLiteral("29"));
    form.setValue(Field::FacilityCode, QStringLiteral("2919801833"));
    form.setValue(Field::ManagerName, QStringLiteral("院長　太郎"));
    form.setValue(Field::ManagerNameKana, QStringLiteral("インチョウ　タロウ"));
    form.setValue(Field::ApplicantName, QStringLiteral("築地　太郎"));
    form.setValue(Field::ApplicantNameKana, QStringLiteral("ツキシ　タロウ"));
    form.setValue(Field::Department, QStringLiteral("医事課"));
    form.setValue(Field::Position, QStringLiteral("なし"));
    form.setValue(Field::FacilityPhone, QStringLiteral("0742221101"));
    form.setValue(Field::ApplicantContact, QStringLiteral("123-4567"));
    return form;
}

} // namespace

TEST_CASE("E-mail: trimmed, full-width to ASCII, domain lower-cased, RFC subset", "[rules][email]")
{
    checkRows(Field::Email, {
        {u"f00655@office.pref.nara.lg.jp", u"f00655@office.pref.nara.lg.jp", ""},
        {u"  ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ　", u"taro@example.jp", ""},
        {u"Taro.Yamada+gtol@Example.JP", u"Taro.Yamada+gtol@example.jp", ""},
        {u"ｔａｒｏーｙａｍａｄａ＠ｅｘａｍｐｌｅ。ｊｐ", u"taro-yamada@example.jp", ""},
        {u"taro_yamada@nara‐med.example.jp", u"taro_yamada@nara-med.example.jp", ""},
        {u"", u"", "email.required"},
        {u"　 ", u"", "email.required"},
        {u"taro @example.jp", u"taro @example.jp", "email.space"},
        {u"たろう@example.jp", u"たろう@example.jp", "email.invalidChar"},
        {u"taro.example.jp", u"taro.example.jp", "email.at"},
        {u"taro@@example.jp", u"taro@@example.jp", "email.at"},
        {u"@example.jp", u"@example.jp", "email.localPart"},
        {u".taro@example.jp", u".taro@example.jp", "email.localPart"},
        {u"taro.@docomo.ne.jp", u"taro.@docomo.ne.jp", "email.localPart"},
        {u"ta..ro@example.jp", u"ta..ro@example.jp", "email.localPart"},
        {u"ta(ro)@example.jp", u"ta(ro)@example.jp", "email.localPart"},
        {u"taro@localhost", u"taro@localhost", "email.domain"},
        {u"taro@example..jp", u"taro@example..jp", "email.domain"},
        {u"taro@-example.jp", u"taro@-example.jp", "email.domain"},
        {u"taro@example.jp.", u"taro@example.jp.", "email.domain"},
        {u"taro@192.168.0.1", u"taro@192.168.0.1", "email.domain"},
        {u"taro@exa_mple.jp", u"taro@exa_mple.jp", "email.domain"},
    });
}

TEST_CASE("E-mail length limits: 64 before the @, 254 in all", "[rules][email]")
{
    const QString local64(64, u'a');
    CHECK_FALSE(FieldRules::check(Field::Email, local64 + QStringLiteral("@example.jp")));
    CHECK(FieldRules::check(Field::Email, local64 + QStringLiteral("a@example.jp"))->code == QStringLiteral("email.localPart"));

    const QString label(60, u'b');
    const QString domain = label + u'.' + label + u'.' + label + u'.' + label + QStringLiteral(".jp");
    const QString at254 = QString(254 - 1 - domain.size(), u'a') + u'@' + domain;
    REQUIRE(at254.size() == 254);
    CHECK_FALSE(FieldRules::check(Field::Email, at254));
    CHECK(FieldRules::check(Field::Email, u'a' + at254)->code == QStringLiteral("email.tooLong"));

    const QString longLabel(64, u'c');
    CHECK(FieldRules::check(Field::Email, QStringLiteral("a@") + longLabel + QStringLiteral(".jp"))->code
          == QStringLiteral("email.domain"));
}

TEST_CASE("E-mail confirmation compares normalised addresses", "[rules][email]")
{
    CHECK_FALSE(FieldRules::checkEmailConfirmation(QStringLiteral("taro@example.jp"),
                                                   QStringLiteral(" ｔａｒｏ＠ＥＸＡＭＰＬＥ．ＪＰ ")));
    const auto mismatch = FieldRules::checkEmailConfirmation(QStringLiteral("taro@example.jp"),
                                                             QStringLiteral("jiro@example.jp"));
    REQUIRE(mismatch);
    CHECK(mismatch->code == QStringLiteral("email.mismatch"));
    CHECK(mismatch->field == Field::Email);
    // Local parts may be case-sensitive at the far end, so case differences there count.
    CHECK(FieldRules::checkEmailConfirmation(QStringLiteral("Taro@example.jp"), QStringLiteral("taro@example.jp")));
    const auto empty = FieldRules::checkEmailConfirmation(QStringLiteral("taro@example.jp"), QStringLiteral("　"));
    REQUIRE(empty);
    CHECK(empty->code == QStringLiteral("email.confirmationRequired"));
}

TEST_CASE("Mobile-carrier mail domains are recognised, subdomains too, others not", "[rules][email]")
{
    for (const char16_t *address : {u"a@docomo.ne.jp", u"a@ezweb.ne.jp", u"a@biz.ezweb.ne.jp", u"a@au.com",
                                    u"a@softbank.ne.jp", u"a@i.softbank.jp", u"a@t.vodafone.ne.jp",
                                    u"a@ymobile.ne.jp", u"a@yahoo.ne.jp", u"a@emobile.ne.jp", u"a@willcom.com",
                                    u"a@dj.pdx.ne.jp", u"a@disney.ne.jp", u"a@rakuten.jp", u"a@uqmobile.jp",
                                    u"A@DOCOMO.NE.JP"}) {
        INFO(QString::fromUtf16(address));
        CHECK(FieldRules::isMobileCarrierAddress(QString::fromUtf16(address)));
    }
    for (const char16_t *address : {u"a@office.pref.nara.lg.jp", u"a@example.jp", u"a@notdocomo.ne.jp",
                                    u"a@docomo.ne.jp.example.com", u"a@gmail.com", u"a@beau.com",
                                    u"docomo.ne.jp"}) {
        INFO(QString::fromUtf16(address));
        CHECK_FALSE(FieldRules::isMobileCarrierAddress(QString::fromUtf16(address)));
    }
    // A warning only: the address itself is valid.
    CHECK_FALSE(FieldRules::check(Field::Email, QStringLiteral("taro@docomo.ne.jp")));
    const auto warning = FieldRules::mobileCarrierWarning(QStringLiteral("taro@docomo.ne.jp"));
    REQUIRE(warning);
    CHECK(warning->code == QStringLiteral("email.mobileCarrier"));
    CHECK_FALSE(warning->message.isEmpty());
    CHECK_FALSE(FieldRules::mobileCarrierWarning(QStringLiteral("taro@example.jp")));
}

TEST_CASE("Prefecture: the 47 JIS codes, full-width digits and one digit accepted", "[rules][prefecture]")
{
    checkRows(Field::PrefectureCode, {
        {u"29", u"29", ""},
        {u"２９", u"29", ""},
        {u" 01 ", u"01", ""},
        {u"1", u"01", ""},
        {u"１", u"01", ""},
        {u"47", u"47", ""},
        {u"", u"", "prefecture.required"},
        {u"48", u"48", "prefecture.invalid"},
        {u"00", u"00", "prefecture.invalid"},
        {u"0", u"00", "prefecture.invalid"},
        {u"029", u"029", "prefecture.invalid"},
        {u"奈良県", u"29", ""},
        {u"奈良", u"29", ""},
        {u"Nara", u"29", ""},
        {u"京都", u"26", ""},
        {u"東京都", u"13", ""},
        {u"奈良市", u"奈良市", "prefecture.invalid"},
    });
}

TEST_CASE("Facility code: 10 digits, within the chosen prefecture", "[rules][facility]")
{
    checkRows(Field::FacilityCode, {
        {u"2919801833", u"2919801833", ""},
        {u"２９１９８０１８３３", u"2919801833", ""},
        {u"29-1-9801833", u"2919801833", ""},
        {u"", u"", "facility.required"},
        {u"291980183", u"291980183", "facility.format"},
        {u"29198018330", u"29198018330", "facility.format"},
        {u"29198O1833", u"29198O1833", "facility.format"},
    });
    CHECK_FALSE(FieldRules::checkFacilityInPrefecture(QStringLiteral("2919801833"), QStringLiteral("29")));
    const auto mismatch = FieldRules::checkFacilityInPrefecture(QStringLiteral("2919801833"), QStringLiteral("13"));
    REQUIRE(mismatch);
    CHECK(mismatch->code == QStringLiteral("facility.prefectureMismatch"));
    CHECK(mismatch->field == Field::FacilityCode);
    // Malformed values are reported by their own rules, not as a mismatch.
    CHECK_FALSE(FieldRules::checkFacilityInPrefecture(QStringLiteral("29"), QStringLiteral("13")));
}

TEST_CASE("Names: required, full width, spaces folded to one ideographic space", "[rules][name]")
{
    for (Field field : {Field::ManagerName, Field::ApplicantName}) {
        checkRows(field, {
            {u"院長　太郎", u"院長　太郎", ""},
            {u"  院長 \t　太郎　", u"院長　太郎", ""},
            {u"ﾔﾏﾀﾞ ﾀﾛｳ", u"ヤマダ　タロウ", ""},
            {u"John Smith", u"Ｊｏｈｎ　Ｓｍｉｔｈ", ""},
            {u"髙橋　一2", u"髙橋　一２", ""},
            {u"", u"", "name.required"},
            {u" 　\t", u"", "name.required"},
            {u"José", u"Ｊｏｓé", "name.halfWidth"},
            {u"院長\u200b太郎", u"院長\u200b太郎", "name.halfWidth"},
        });
    }
    const QString tooLong(101, u'山');
    CHECK(FieldRules::check(Field::ManagerName, tooLong)->code == QStringLiteral("name.tooLong"));
    CHECK_FALSE(FieldRules::check(Field::ManagerName, QString(100, u'山')));
}

TEST_CASE("Readings: hiragana and half-width katakana converted, ー ・ ヴ and spaces kept", "[rules][kana]")
{
    for (Field field : {Field::ManagerNameKana, Field::ApplicantNameKana}) {
        checkRows(field, {
            {u"インチョウ　タロウ", u"インチョウ　タロウ", ""},
            {u"いんちょう たろう", u"インチョウ　タロウ", ""},
            {u"ｲﾝﾁｮｳ ﾀﾛｳ", u"インチョウ　タロウ", ""},
            {u"ｳﾞｧｲｵﾚｯﾄ", u"ヴァイオレット", ""},
            {u"ゔぃくとりあ", u"ヴィクトリア", ""},
            {u"スミス・ジョーンズ", u"スミス・ジョーンズ", ""},
            {u"ｽﾐｽ･ｼﾞｮｰﾝｽﾞ", u"スミス・ジョーンズ", ""},
            {u"ジョ-ンズ", u"ジョーンズ", ""},
            {u"ジョ－ンズ", u"ジョーンズ", ""},
            {u"カ\u3099ク", u"ガク", ""},
            {u"  ヤマダ 　 ハナコ  ", u"ヤマダ　ハナコ", ""},
            {u"さゝき", u"ササキ", ""},
            {u"スヾキ", u"スズキ", ""},
            {u"ミスヾ", u"ミスズ", ""},
            {u"ガヽ", u"ガカ", ""},
            {u"ヽア", u"ヽア", "kana.invalidChar"},
            {u"アーヽ", u"アーヽ", "kana.invalidChar"},
            {u"", u"", "kana.required"},
            {u"　", u"", "kana.required"},
            {u"山田　タロウ", u"山田　タロウ", "kana.invalidChar"},
            {u"Yamada", u"Yamada", "kana.invalidChar"},
            {u"ヤマダ1", u"ヤマダ1", "kana.invalidChar"},
            {u"-ヤマダ", u"-ヤマダ", "kana.invalidChar"},
        });
    }
    // The message names the first bad character so the clerk can find it.
    const auto problem = FieldRules::check(Field::ManagerNameKana, QStringLiteral("ヤマダ田中"));
    REQUIRE(problem);
    CHECK(problem->message.contains(u'田'));
    CHECK_FALSE(problem->message.contains(u'中'));
    const auto invisible = FieldRules::check(Field::ManagerNameKana, QStringLiteral("ヤマダ\u200bタロウ"));
    REQUIRE(invisible);
    CHECK(invisible->message.contains(QStringLiteral("U+200B")));
}

TEST_CASE("Department and position: required, なし when none, full width", "[rules][department]")
{
    checkRows(Field::Department, {
        {u"医事課", u"医事課", ""},
        {u"なし", u"なし", ""},
        {u" 医事課 ", u"医事課", ""},
        {u"ICU", u"ＩＣＵ", ""},
        {u"ｹﾝｻ 室", u"ケンサ　室", ""},
        {u"", u"", "department.required"},
        {u"　", u"", "department.required"},
    });
    checkRows(Field::Position, {
        {u"主任", u"主任", ""},
        {u"なし", u"なし", ""},
        {u"", u"", "position.required"},
        {u"Café", u"Ｃａｆé", "position.halfWidth"},
    });
    // The message tells the clerk what to type when there is none.
    CHECK(FieldRules::check(Field::Department, QString())->message.contains(QStringLiteral("なし")));
    CHECK(FieldRules::check(Field::Position, QString())->message.contains(QStringLiteral("なし")));
}

TEST_CASE("Facility phone: hyphens, spaces, full-width digits removed, 5 to 13 digits", "[rules][phone]")
{
    checkRows(Field::FacilityPhone, {
        {u"0742221101", u"0742221101", ""},
        {u"0742-22-1101", u"0742221101", ""},
        {u"０７４２－２２－１１０１", u"0742221101", ""},
        {u"0742‐22‑1101", u"0742221101", ""},
        {u"0742–22—1101", u"0742221101", ""},
        {u"0742−22ー1101", u"0742221101", ""},
        {u"0742ｰ22 1101", u"0742221101", ""},
        {u" 0742　22 1101 ", u"0742221101", ""},
        {u"12345", u"12345", ""},
        {u"1234", u"1234", "phone.length"},
        {u"1234567890123", u"1234567890123", ""},
        {u"12345678901234", u"12345678901234", "phone.length"},
        {u"", u"", "phone.required"},
        {u" - ", u"", "phone.required"},
        {u"(0742)22-1101", u"(0742)221101", "phone.digits"},
        {u"0742221101#1", u"0742221101#1", "phone.digits"},
        {u"O742221101", u"O742221101", "phone.digits"},
    });
}

TEST_CASE("Applicant contact: digits, # and -, at most 13 characters", "[rules][contact]")
{
    checkRows(Field::ApplicantContact, {
        {u"123-4567", u"123-4567", ""},
        {u"123", u"123", ""},
        {u"0742-22-1101#1", u"0742-22-1101#1", "contact.tooLong"},
        {u"0742-22-1101#", u"0742-22-1101#", ""},
        {u"０７４２－２２－１１０１", u"0742-22-1101", ""},
        {u"0742ー22ｰ1101", u"0742-22-1101", ""},
        {u"0742−22—1101", u"0742-22-1101", ""},
        {u"内線＃１２３", u"内線#123", "contact.invalidChar"},
        {u"#123", u"#123", ""},
        {u"♯123", u"#123", ""},
        {u"0742 22 1101", u"0742221101", ""},
        {u"1234567890123", u"1234567890123", ""},
        {u"12345678901234", u"12345678901234", "contact.tooLong"},
        {u"", u"", "contact.required"},
        {u"　", u"", "contact.required"},
        {u"#-", u"#-", "contact.digits"},
        {u"(0742)221101", u"(0742)221101", "contact.invalidChar"},
    });
}

TEST_CASE("validate() normalises the whole form and reports every issue in field order", "[rules][form]")
{
    const auto ok = FieldRules::validate(validForm());
    CHECK(ok.isValid());
    CHECK(ok.normalized == validForm());
    CHECK(ok.warnings.isEmpty());

    ApplicationForm mobile = validForm();
    mobile.setValue(Field::Email, QStringLiteral("ｔａｒｏ＠ｅｚｗｅｂ．ｎｅ．ｊｐ"));
    const auto warned = FieldRules::validate(mobile);
    CHECK(warned.isValid()); // a warning does not block
    REQUIRE(warned.warnings.size() == 1);
    CHECK(warned.warnings.first().code == QStringLiteral("email.mobileCarrier"));

    ApplicationForm typed = validForm();
    typed.setValue(Field::ManagerNameKana, QStringLiteral("いんちょう たろう"));
    typed.setValue(Field::FacilityPhone, QStringLiteral("０７４２－２２－１１０１"));
    const auto converted = FieldRules::validate(typed);
    CHECK(converted.isValid());
    CHECK(converted.normalized.value(Field::ManagerNameKana) == QStringLiteral("インチョウ　タロウ"));
    CHECK(converted.normalized.value(Field::FacilityPhone) == QStringLiteral("0742221101"));

    const auto empty = FieldRules::validate(ApplicationForm());
    CHECK_FALSE(empty.isValid());
    REQUIRE(empty.issues.size() == ApplicationForm::FieldCount);
    for (int i = 0; i < ApplicationForm::FieldCount; ++i) {
        CHECK(empty.issues.at(i).field == ApplicationForm::allFields().at(i));
        CHECK(empty.issues.at(i).code.endsWith(QStringLiteral(".required")));
    }

    ApplicationForm elsewhere = validForm();
    elsewhere.setValue(Field::PrefectureCode, QStringLiteral("１３"));
    const auto mismatch = FieldRules::validate(elsewhere);
    REQUIRE(mismatch.issues.size() == 1);
    CHECK(mismatch.issues.first().code == QStringLiteral("facility.prefectureMismatch"));
    CHECK(mismatch.normalized.value(Field::PrefectureCode) == QStringLiteral("13"));
}

TEST_CASE("Every field has a label and a hint", "[rules][labels]")
{
    for (Field field : ApplicationForm::allFields()) {
        INFO(ApplicationForm::key(field));
        CHECK_FALSE(FieldRules::label(field).isEmpty());
        CHECK_FALSE(FieldRules::hint(field).isEmpty());
    }
    CHECK(FieldRules::label(Field::ManagerNameKana) != FieldRules::label(Field::ManagerName));
}
