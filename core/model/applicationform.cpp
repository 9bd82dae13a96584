#include "applicationform.h"

#include <algorithm>

namespace gtol {

namespace {
struct FieldKey
{
    ApplicationForm::Field field;
    const char16_t *key;
};

constexpr std::array<FieldKey, ApplicationForm::FieldCount> kKeys{{
    {ApplicationForm::Field::Email, u"email"},
    {ApplicationForm::Field::PrefectureCode, u"prefectureCode"},
    {ApplicationForm::Field::FacilityCode, u"facilityCode"},
    {ApplicationForm::Field::ManagerName, u"managerName"},
    {ApplicationForm::Field::ManagerNameKana, u"managerNameKana"},
    {ApplicationForm::Field::ApplicantName, u"applicantName"},
    {ApplicationForm::Field::ApplicantNameKana, u"applicantNameKana"},
    {ApplicationForm::Field::Department, u"department"},
    {ApplicationForm::Field::Position, u"position"},
    {ApplicationForm::Field::FacilityPhone, u"facilityPhone"},
    {ApplicationForm::Field::ApplicantContact, u"applicantContact"},
}};
} // namespace

const std::array<ApplicationForm::Field, ApplicationForm::FieldCount> &ApplicationForm::allFields()
{
    static const std::array<Field, FieldCount> fields = [] {
        std::array<Field, FieldCount> result{};
        std::transform(kKeys.begin(), kKeys.end(), result.begin(), [](const FieldKey &k) { return k.field; });
        return result;
    }();
    return fields;
}

QString ApplicationForm::key(Field field)
{
    return QString::fromUtf16(kKeys[index(field)].key);
}

std::optional<ApplicationForm::Field> ApplicationForm::fieldForKey(const QString &key)
{
    for (const FieldKey &k : kKeys) {
        if (key == QStringView(k.key))
            return k.field;
    }
    return std::nullopt;
}

bool ApplicationForm::isEmpty() const
{
    return std::all_of(m_values.begin(), m_values.end(), [](const QString &v) { return v.isEmpty(); });
}

QJsonObject ApplicationForm::toJson() const
{
    QJsonObject object;
    for (Field field : allFields())
        object.insert(key(field), value(field));
    return object;
}

ApplicationForm ApplicationForm::fromJson(const QJsonObject &object)
{
    ApplicationForm form;
    for (Field field : allFields())
        form.setValue(field, object.value(key(field)).toString());
    return form;
}

} // namespace gtol
