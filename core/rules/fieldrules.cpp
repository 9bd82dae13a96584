#include "fieldrules.h"

#include "japanesetext.h"
#include "prefectures.h"

#include <QStringList>

#include <algorithm>
#include <iterator>

namespace gtol {

using Field = ApplicationForm::Field;

namespace {

constexpr char16_t kIdeographicSpace = 0x3000;
constexpr qsizetype kMaxEmailLength = 254;      // RFC 5321 path limit less the angle brackets
constexpr qsizetype kMaxLocalPartLength = 64;   // RFC 5321 4.5.3.1.1
constexpr qsizetype kMaxDomainLength = 253;
constexpr qsizetype kMaxLabelLength = 63;
constexpr qsizetype kMinPhoneDigits = 5;        // 数字のみ5～13桁
constexpr qsizetype kMaxPhoneDigits = 13;
constexpr qsizetype kMaxContactLength = 13;     // #-を含む～13桁
constexpr qsizetype kFacilityCodeLength = 10;
// The service states no limit for names and departments; this only stops a pasted paragraph.
constexpr qsizetype kMaxTextLength = 100;

// Everything a clerk's keyboard or a pasted document may produce where a hyphen is meant: ASCII
// and full-width hyphen-minus, the Unicode hyphens and dashes, the minus sign, and the katakana
// prolonged-sound marks that a Japanese IME produces for the "-" key.
bool isHyphenLike(char16_t c)
{
    switch (c) {
    case u'-': case 0xFF0D: case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0xFE63: case 0x30FC: case 0xFF70:
        return true;
    default:
        return false;
    }
}

bool isSpace(QChar c)
{
    return c.isSpace() || c.unicode() == kIdeographicSpace;
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAllAsciiDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isAsciiDigit);
}

// A character as a person can see it in a message: invisible ones by their code point.
QString describeCharacter(QStringView text, qsizetype index)
{
    const bool pair = text.at(index).isHighSurrogate() && index + 1 < text.size()
        && text.at(index + 1).isLowSurrogate();
    const QString ch = text.mid(index, pair ? 2 : 1).toString();
    const char32_t ucs4 = pair ? QChar::surrogateToUcs4(text.at(index), text.at(index + 1))
                               : char32_t(text.at(index).unicode());
    const auto category = QChar::category(ucs4);
    const bool invisible = category == QChar::Other_Control || category == QChar::Other_Format
        || category == QChar::Separator_Space || category == QChar::Separator_Line
        || category == QChar::Separator_Paragraph || category == QChar::Mark_NonSpacing
        || category == QChar::Other_NotAssigned || QChar::isSpace(ucs4);
    if (invisible)
        return QStringLiteral("U+%1").arg(uint(ucs4), 4, 16, QLatin1Char('0')).toUpper();
    return ch;
}

FieldIssue issue(Field field, const char *code, const QString &message)
{
    return FieldIssue{field, QString::fromLatin1(code), message};
}

// --- normalisation -------------------------------------------------------------------------

// Names, departments and positions are stored full-width, as the service shows them.
QString normalizeFullWidthText(const QString &typed)
{
    QString text = japanese::halfWidthKatakanaToFullWidth(typed);
    text = text.normalized(QString::NormalizationForm_C);
    text = japanese::foldSpacesToIdeographic(text);
    return japanese::asciiToFullWidth(text);
}

// The letter an iteration mark stands for (ササキ for サヽキ, スズキ for スヾキ): readings are
// stored spelt out. Without a letter it can repeat, the mark is kept and reported by check().
QChar repeatedKana(QChar previous, bool voiced)
{
    const char16_t mark = voiced ? 0x30FE : 0x30FD;
    if (previous.unicode() < 0x30A1 || previous.unicode() > 0x30FA)
        return QChar(mark);
    const QChar base = QString(previous).normalized(QString::NormalizationForm_D).at(0);
    if (!voiced)
        return base;
    const QString composed = QString(QString(base) + QChar(char16_t(0x3099))).normalized(QString::NormalizationForm_C);
    return composed.size() == 1 ? composed.at(0) : QChar(mark);
}

QString normalizeReading(const QString &typed)
{
    // NFC composes a katakana followed by a combining voicing mark (macOS input, some PDFs) into
    // one letter, so カ + U+3099 is stored as ガ.
    QString text = japanese::halfWidthKatakanaToFullWidth(typed).normalized(QString::NormalizationForm_C);
    text = japanese::hiraganaToKatakana(text);
    // A hyphen typed after kana is the prolonged-sound mark the clerk meant (ｰ from a half-width
    // IME, "-" on an English keyboard); the middle dot has half-width and Latin look-alikes.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool afterKana = i > 0 && text.at(i - 1).unicode() >= 0x30A1 && text.at(i - 1).unicode() <= 0x30FC;
        if (afterKana && c != 0x30FC && isHyphenLike(c))
            text[i] = QChar(char16_t(0x30FC));
        else if (c == 0x00B7 || c == 0x2022 || c == 0x2027 || c == 0x30FB)
            text[i] = QChar(char16_t(0x30FB));
        else if ((c == 0x30FD || c == 0x30FE) && i > 0)
            text[i] = repeatedKana(text.at(i - 1), c == 0x30FE);
    }
    return japanese::foldSpacesToIdeographic(text);
}

QString normalizeEmail(const QString &typed)
{
    // Besides full-width ASCII, a Japanese IME left on turns "." into 。 and "-" into ー; neither
    // can be part of an address, so they are taken for what the clerk meant.
    QString text = japanese::fullWidthAsciiToAscii(typed).trimmed();
    for (QChar &c : text) {
        if (c.unicode() == 0x3002 || c.unicode() == 0xFF61)
            c = u'.';
        else if (isHyphenLike(c.unicode()))
            c = u'-';
    }
    // The domain is case-insensitive; storing it lower-case makes the confirmation and carrier
    // checks simple. The local part is left as typed (it may be case-sensitive at the far end).
    const qsizetype at = text.lastIndexOf(u'@');
    if (at >= 0)
        text = text.left(at + 1) + text.mid(at + 1).toLower();
    return text;
}

QString normalizePrefectureCode(const QString &typed)
{
    QString text = japanese::fullWidthAsciiToAscii(typed).trimmed();
    if (text.size() == 1 && isAsciiDigit(text.at(0)))
        text.prepend(u'0');
    // A draft written by hand may name the prefecture instead of giving its code.
    if (!text.isEmpty() && !isAllAsciiDigits(text)) {
        if (const auto prefecture = Prefectures::byName(text))
            return prefecture->code;
    }
    return text;
}

QString removeSpacesAndHyphens(const QString &typed)
{
    const QString ascii = japanese::fullWidthAsciiToAscii(typed);
    QString result;
    result.reserve(ascii.size());
    for (QChar c : ascii) {
        if (!isSpace(c) && !isHyphenLike(c.unicode()))
            result.append(c);
    }
    return result;
}

QString normalizeContact(const QString &typed)
{
    const QString ascii = japanese::fullWidthAsciiToAscii(typed);
    QString result;
    result.reserve(ascii.size());
    for (QChar c : ascii) {
        if (isSpace(c))
            continue;
        if (isHyphenLike(c.unicode()))
            result.append(u'-');
        else if (c.unicode() == 0x266F) // ♯, what an IME offers for "しゃーぷ"
            result.append(u'#');
        else
            result.append(c);
    }
    return result;
}

// --- checks ------------------------------------------------------------------------------------

bool isAtext(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isValidDomain(QStringView domain)
{
    if (domain.isEmpty() || domain.size() > kMaxDomainLength)
        return false;
    const QList<QStringView> labels = domain.split(u'.');
    if (labels.size() < 2)
        return false;
    for (QStringView label : labels) {
        if (label.isEmpty() || label.size() > kMaxLabelLength || label.front() == u'-' || label.back() == u'-')
            return false;
        for (QChar c : label) {
            const char16_t u = c.unicode();
            if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'))
                return false;
        }
    }
    // A top-level domain is never all digits; "1.2.3.4" is an IP address, not a mail domain here.
    return !isAllAsciiDigits(labels.last());
}

std::optional<FieldIssue> checkEmail(const QString &email)
{
    const Field f = Field::Email;
    if (email.isEmpty())
        return issue(f, "email.required", FieldRules::tr("Enter the e-mail address."));
    for (qsizetype i = 0; i < email.size(); ++i) {
        if (isSpace(email.at(i)))
            return issue(f, "email.space", FieldRules::tr("Remove the spaces from the e-mail address."));
        if (email.at(i).unicode() > 0x7E || email.at(i).unicode() < 0x21)
            return issue(f, "email.invalidChar",
                FieldRules::tr("\"%1\" cannot be used in an e-mail address. Use half-width letters, digits "
                               "and symbols only, as in taro@example.jp.")
                    .arg(describeCharacter(email, i)));
    }
    if (email.size() > kMaxEmailLength)
        return issue(f, "email.tooLong",
            FieldRules::tr("The e-mail address is too long (at most %1 characters). Check it for a paste mistake.")
                .arg(kMaxEmailLength));
    if (email.count(u'@') != 1)
        return issue(f, "email.at",
            FieldRules::tr("An e-mail address has exactly one @, as in taro@example.jp. Check the address."));
    const qsizetype at = email.indexOf(u'@');
    const QStringView local = QStringView(email).left(at);
    const QStringView domain = QStringView(email).mid(at + 1);
    if (local.isEmpty())
        return issue(f, "email.localPart",
            FieldRules::tr("Enter the part before the @ too, as in taro@example.jp."));
    if (local.size() > kMaxLocalPartLength)
        return issue(f, "email.localPart",
            FieldRules::tr("The part before the @ is too long (at most %1 characters). Check the address.")
                .arg(kMaxLocalPartLength));
    if (local.front() == u'.' || local.back() == u'.' || local.contains(u".."))
        return issue(f, "email.localPart",
            FieldRules::tr("The part before the @ cannot start or end with a dot or have two dots in a row. "
                           "Use a different address, such as your office PC address."));
    for (QChar c : local) {
        if (c != u'.' && !isAtext(c))
            return issue(f, "email.localPart",
                FieldRules::tr("\"%1\" cannot be used before the @. Check the address.").arg(c));
    }
    if (!isValidDomain(domain))
        return issue(f, "email.domain",
            FieldRules::tr("The part after the @ is not a valid mail domain. Check it, as in example.jp "
                           "(letters, digits, hyphens and at least one dot)."));
    return std::nullopt;
}

std::optional<FieldIssue> checkPrefecture(const QString &code)
{
    const Field f = Field::PrefectureCode;
    if (code.isEmpty())
        return issue(f, "prefecture.required", FieldRules::tr("Choose the prefecture."));
    if (!Prefectures::byCode(code) || code.size() != 2)
        return issue(f, "prefecture.invalid",
            FieldRules::tr("\"%1\" is not a prefecture. Choose the prefecture from the list (codes 01 to 47).")
                .arg(code));
    return std::nullopt;
}

std::optional<FieldIssue> checkFacility(const QString &code)
{
    const Field f = Field::FacilityCode;
    if (code.isEmpty())
        return issue(f, "facility.required",
            FieldRules::tr("Choose the hospital or clinic: type part of its name, press Filter and pick it "
                           "from the list."));
    if (code.size() != kFacilityCodeLength || !isAllAsciiDigits(code))
        return issue(f, "facility.format",
            FieldRules::tr("A facility code has 10 digits. Choose the hospital or clinic from the list "
                           "instead of typing the code."));
    return std::nullopt;
}

// The first character that is not full-width: half-width forms left after normalisation,
// accented Latin letters and control characters.
qsizetype firstHalfWidth(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        const bool control = c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
        const bool latin = u >= 0x0080 && u <= 0x024F && c.isLetter();
        const bool halfWidthForm = (u >= 0xFF61 && u <= 0xFFDC) || (u >= 0xFFE8 && u <= 0xFFEE);
        if (control || latin || halfWidthForm || u <= 0x7E)
            return i;
    }
    return -1;
}

std::optional<FieldIssue> checkName(Field f, const QString &name)
{
    if (name.isEmpty())
        return issue(f, "name.required",
            f == Field::ManagerName
                ? FieldRules::tr("Enter the name of the facility's manager (for example the director), as in 院長　太郎.")
                : FieldRules::tr("Enter your name, as in 築地　太郎."));
    if (const qsizetype i = firstHalfWidth(name); i >= 0)
        return issue(f, "name.halfWidth",
            FieldRules::tr("\"%1\" cannot be used in a name. Enter the name in full-width characters.")
                .arg(describeCharacter(name, i)));
    if (name.size() > kMaxTextLength)
        return issue(f, "name.tooLong",
            FieldRules::tr("The name is too long (at most %1 characters).").arg(kMaxTextLength));
    return std::nullopt;
}

bool isReadingCharacter(char16_t u)
{
    return (u >= 0x30A1 && u <= 0x30F6) // ァ..ヶ, including ヴ
        || u == 0x30FC                  // ー
        || u == 0x30FB                  // ・
        || u == kIdeographicSpace;
}

std::optional<FieldIssue> checkReading(Field f, const QString &reading)
{
    if (reading.isEmpty())
        return issue(f, "kana.required",
            FieldRules::tr("Enter the reading of the name in full-width katakana, as in インチョウ　タロウ."));
    for (qsizetype i = 0; i < reading.size(); ++i) {
        if (!isReadingCharacter(reading.at(i).unicode()))
            return issue(f, "kana.invalidChar",
                FieldRules::tr("\"%1\" cannot be used in the reading. Enter the reading in full-width katakana; "
                               "ー, ・ and spaces are allowed (hiragana is converted for you).")
                    .arg(describeCharacter(reading, i)));
    }
    if (reading.size() > kMaxTextLength)
        return issue(f, "kana.tooLong",
            FieldRules::tr("The reading is too long (at most %1 characters).").arg(kMaxTextLength));
    return std::nullopt;
}

std::optional<FieldIssue> checkDepartmentOrPosition(Field f, const QString &text)
{
    const bool department = f == Field::Department;
    if (text.isEmpty())
        return department
            ? issue(f, "department.required",
                  FieldRules::tr("Enter your department. If the facility has none (a small clinic, for example), "
                                 "enter なし."))
            : issue(f, "position.required",
                  FieldRules::tr("Enter your position. If you have none, enter なし."));
    if (const qsizetype i = firstHalfWidth(text); i >= 0)
        return issue(f, department ? "department.halfWidth" : "position.halfWidth",
            FieldRules::tr("\"%1\" cannot be used here. Enter the text in full-width characters.")
                .arg(describeCharacter(text, i)));
    if (text.size() > kMaxTextLength)
        return issue(f, department ? "department.tooLong" : "position.tooLong",
            FieldRules::tr("The text is too long (at most %1 characters).").arg(kMaxTextLength));
    return std::nullopt;
}

std::optional<FieldIssue> checkPhone(const QString &phone)
{
    const Field f = Field::FacilityPhone;
    if (phone.isEmpty())
        return issue(f, "phone.required",
            FieldRules::tr("Enter the facility's main phone number, digits only (for example 0742221101)."));
    for (qsizetype i = 0; i < phone.size(); ++i) {
        if (!isAsciiDigit(phone.at(i)))
            return issue(f, "phone.digits",
                FieldRules::tr("\"%1\" cannot be used in the phone number. Enter digits only; hyphens and "
                               "spaces are removed for you.")
                    .arg(describeCharacter(phone, i)));
    }
    if (phone.size() < kMinPhoneDigits || phone.size() > kMaxPhoneDigits)
        return issue(f, "phone.length",
            FieldRules::tr("The phone number has %1 digits; it must have %2 to %3. Check the number, "
                           "including the area code.")
                .arg(phone.size())
                .arg(kMinPhoneDigits)
                .arg(kMaxPhoneDigits));
    return std::nullopt;
}

std::optional<FieldIssue> checkContact(const QString &contact)
{
    const Field f = Field::ApplicantContact;
    if (contact.isEmpty())
        return issue(f, "contact.required",
            FieldRules::tr("Enter a phone number or extension where you can surely be reached "
                           "(digits, # and -, for example 0742-22-1101#123)."));
    for (qsizetype i = 0; i < contact.size(); ++i) {
        const QChar c = contact.at(i);
        if (!isAsciiDigit(c) && c != u'#' && c != u'-')
            return issue(f, "contact.invalidChar",
                FieldRules::tr("\"%1\" cannot be used in the contact number. Use digits, # and - only; write an "
                               "extension after #, as in 0742-22-1101#123.")
                    .arg(describeCharacter(contact, i)));
    }
    if (!std::any_of(contact.begin(), contact.end(), isAsciiDigit))
        return issue(f, "contact.digits",
            FieldRules::tr("The contact number has no digits. Enter the phone number or extension."));
    if (contact.size() > kMaxContactLength)
        return issue(f, "contact.tooLong",
            FieldRules::tr("The contact number has %1 characters; at most %2 are allowed, counting # and -. "
                           "Leave out hyphens to make it shorter.")
                .arg(contact.size())
                .arg(kMaxContactLength));
    return std::nullopt;
}

// Mail domains of the Japanese mobile carriers (and their MVNO brands' carrier mail). Subdomains
// count too: xx.ezweb.ne.jp, biz.ezweb.ne.jp, d.vodafone.ne.jp, dj.pdx.ne.jp.
constexpr const char16_t *kMobileDomains[] = {
    u"docomo.ne.jp",
    u"ezweb.ne.jp", u"au.com", u"uqmobile.jp",
    u"softbank.ne.jp", u"i.softbank.jp", u"vodafone.ne.jp", u"disney.ne.jp",
    u"ymobile.ne.jp", u"y-mobile.ne.jp", u"yahoo.ne.jp", u"emobile.ne.jp", u"emnet.ne.jp",
    u"willcom.com", u"pdx.ne.jp", u"wcm.ne.jp",
    u"rakuten.jp", u"rakumail.jp",
};

} // namespace

QString FieldRules::normalize(Field field, const QString &typed)
{
    switch (field) {
    case Field::Email:
        return normalizeEmail(typed);
    case Field::PrefectureCode:
        return normalizePrefectureCode(typed);
    case Field::FacilityCode:
        return removeSpacesAndHyphens(typed);
    case Field::ManagerName:
    case Field::ApplicantName:
    case Field::Department:
    case Field::Position:
        return normalizeFullWidthText(typed);
    case Field::ManagerNameKana:
    case Field::ApplicantNameKana:
        return normalizeReading(typed);
    case Field::FacilityPhone:
        return removeSpacesAndHyphens(typed);
    case Field::ApplicantContact:
        return normalizeContact(typed);
    }
    return typed;
}

std::optional<FieldIssue> FieldRules::check(Field field, const QString &normalized)
{
    switch (field) {
    case Field::Email:
        return checkEmail(normalized);
    case Field::PrefectureCode:
        return checkPrefecture(normalized);
    case Field::FacilityCode:
        return checkFacility(normalized);
    case Field::ManagerName:
    case Field::ApplicantName:
        return checkName(field, normalized);
    case Field::ManagerNameKana:
    case Field::ApplicantNameKana:
        return checkReading(field, normalized);
    case Field::Department:
    case Field::Position:
        return checkDepartmentOrPosition(field, normalized);
    case Field::FacilityPhone:
        return checkPhone(normalized);
    case Field::ApplicantContact:
        return checkContact(normalized);
    }
    return std::nullopt;
}

std::optional<FieldIssue> FieldRules::checkFacilityInPrefecture(const QString &facilityCode,
                                                               const QString &prefectureCode)
{
    if (checkFacility(facilityCode) || checkPrefecture(prefectureCode))
        return std::nullopt;
    if (!facilityCode.startsWith(prefectureCode))
        return issue(Field::FacilityCode, "facility.prefectureMismatch",
            tr("The chosen hospital or clinic is not in the chosen prefecture. Choose the prefecture "
               "first, then pick the facility from its list again."));
    return std::nullopt;
}

FieldRules::Validation FieldRules::validate(const ApplicationForm &form)
{
    Validation result;
    for (Field field : ApplicationForm::allFields()) {
        const QString value = normalize(field, form.value(field));
        result.normalized.setValue(field, value);
        if (auto problem = check(field, value))
            result.issues.append(*problem);
        else if (field == Field::Email) {
            if (auto warning = mobileCarrierWarning(value))
                result.warnings.append(*warning);
        }
        else if (field == Field::FacilityCode) {
            // Prefecture comes before facility in field order, so it is already normalised.
            if (auto mismatch = checkFacilityInPrefecture(value, result.normalized.value(Field::PrefectureCode)))
                result.issues.append(*mismatch);
        }
    }
    return result;
}

std::optional<FieldIssue> FieldRules::checkEmailConfirmation(const QString &email, const QString &confirmation)
{
    const QString confirmed = normalizeEmail(confirmation);
    if (confirmed.isEmpty())
        return issue(Field::Email, "email.confirmationRequired",
            tr("Enter the e-mail address again to confirm it."));
    if (normalizeEmail(email) != confirmed)
        return issue(Field::Email, "email.mismatch",
            tr("The two e-mail addresses differ. Enter the same address in both boxes."));
    return std::nullopt;
}

bool FieldRules::isMobileCarrierAddress(const QString &normalizedEmail)
{
    const qsizetype at = normalizedEmail.lastIndexOf(u'@');
    if (at < 0)
        return false;
    const QString domain = normalizedEmail.mid(at + 1).trimmed().toLower();
    return std::any_of(std::begin(kMobileDomains), std::end(kMobileDomains), [&](const char16_t *carrier) {
        const QStringView c(carrier);
        return domain == c || (domain.endsWith(c) && domain.at(domain.size() - c.size() - 1) == u'.');
    });
}

std::optional<FieldIssue> FieldRules::mobileCarrierWarning(const QString &normalizedEmail)
{
    if (!isMobileCarrierAddress(normalizedEmail))
        return std::nullopt;
    return issue(Field::Email, "email.mobileCarrier",
        tr("This looks like a mobile phone address. The service asks for a PC address, because mobile mail "
           "often rejects its automatic messages. Use a PC address if you can."));
}

QString FieldRules::label(Field field)
{
    switch (field) {
    case Field::Email:
        return tr("Notification e-mail address");
    case Field::PrefectureCode:
        return tr("Prefecture");
    case Field::FacilityCode:
        return tr("Hospital / clinic");
    case Field::ManagerName:
        return tr("Facility manager's name");
    case Field::ManagerNameKana:
        return tr("Facility manager's name (full-width katakana)");
    case Field::ApplicantName:
        return tr("Applicant's name");
    case Field::ApplicantNameKana:
        return tr("Applicant's name (full-width katakana)");
    case Field::Department:
        return tr("Department");
    case Field::Position:
        return tr("Position");
    case Field::FacilityPhone:
        return tr("Facility main phone number");
    case Field::ApplicantContact:
        return tr("Applicant's contact number");
    }
    return QString();
}

QString FieldRules::hint(Field field)
{
    switch (field) {
    case Field::Email:
        return tr("Use a PC e-mail address; mobile-phone mail may not receive the service's messages.");
    case Field::PrefectureCode:
        return tr("Choose the prefecture from the list.");
    case Field::FacilityCode:
        return tr("Type part of the name, press Filter, then choose from the list.");
    case Field::ManagerName:
        return tr("The name of the hospital's or clinic's manager.");
    case Field::ManagerNameKana:
    case Field::ApplicantNameKana:
        return tr("Full-width katakana.");
    case Field::ApplicantName:
        return tr("Your name.");
    case Field::Department:
        return tr("If there is no department (a clinic, for example), enter なし.");
    case Field::Position:
        return tr("If you have no position, enter なし.");
    case Field::FacilityPhone:
        return tr("Digits only, 5 to 13 digits.");
    case Field::ApplicantContact:
        return tr("A phone number or extension where you can surely be reached; up to 13 characters including # and -.");
    }
    return QString();
}

} // namespace gtol
