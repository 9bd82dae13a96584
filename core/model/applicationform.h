#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace gtol {

// The facility application (Step 2 of the real service) as the clerk fills it in. A plain value:
// the wizard owns one, hands it to every page, and DraftStore persists it. Values held here are
// the *normalised* ones (see rules/fieldrules.h); what the clerk typed is kept only in the journal.
class ApplicationForm
{
public:
    // Stable identifiers: the JSON keys of the draft file and the API, and the journal's field
    // names. Never renumber or rename; add at the end.
    enum class Field {
        Email,
        PrefectureCode,
        FacilityCode,
        ManagerName,
        ManagerNameKana,
        ApplicantName,
        ApplicantNameKana,
        Department,
        Position,
        FacilityPhone,
        ApplicantContact,
    };
    static constexpr int FieldCount = 11;

    static const std::array<Field, FieldCount> &allFields();
    static QString key(Field field); // e.g. "managerNameKana"
    static std::optional<Field> fieldForKey(const QString &key);

    QString value(Field field) const { return m_values[index(field)]; }
    void setValue(Field field, const QString &value) { m_values[index(field)] = value; }

    bool isEmpty() const;

    // The "application" object of the draft file and of POST /api/v1/applications. Unknown keys
    // are ignored by fromJson; values that are not strings are reported by the importers, which
    // check shapes before calling this.
    QJsonObject toJson() const;
    static ApplicationForm fromJson(const QJsonObject &object);

    friend bool operator==(const ApplicationForm &, const ApplicationForm &) = default;

private:
    static constexpr int index(Field field) { return static_cast<int>(field); }
    std::array<QString, FieldCount> m_values;
};

} // namespace gtol
