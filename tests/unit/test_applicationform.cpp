#include "catch.h"

#include "model/applicationform.h"

using gtol::ApplicationForm;

TEST_CASE("ApplicationForm keys are the draft file's JSON keys", "[model]")
{
    CHECK(ApplicationForm::key(ApplicationForm::Field::ManagerNameKana) == QStringLiteral("managerNameKana"));
    CHECK(ApplicationForm::fieldForKey(QStringLiteral("facilityPhone")) == ApplicationForm::Field::FacilityPhone);
    CHECK_FALSE(ApplicationForm::fieldForKey(QStringLiteral("password")).has_value());
}

TEST_CASE("ApplicationForm survives a JSON round trip", "[model]")
{
    ApplicationForm form;
    form.setValue(ApplicationForm::Field::PrefectureCode, QStringLiteral("29"));
    form.setValue(ApplicationForm::Field::ManagerName, QStringLiteral("院長　太郎"));
    const ApplicationForm back = ApplicationForm::fromJson(form.toJson());
    CHECK(back == form);
    CHECK_FALSE(back.isEmpty());
    CHECK(ApplicationForm().isEmpty());
}
