#include "applicationsummary.h"

#include "rules/fieldrules.h"

#include "onboardingcontroller.h"

#include <QApplication>
#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrinter>
#include <QTextDocument>

namespace gtol {

using Field = ApplicationForm::Field;

QList<ApplicationSummary::Row> ApplicationSummary::rows(const OnboardingController &c)
{
    const QString prefecture = c.prefectureName(c.value(Field::PrefectureCode));
    const QString facilityName = c.state(OnboardingController::FacilityNameKey).toString();
    const QString address = c.state(OnboardingController::FacilityAddressKey).toString();
    const QString postalCode = c.state(OnboardingController::FacilityPostalCodeKey).toString();
    const QString addressPrefecture = c.prefectureNameInAddress(c.value(Field::PrefectureCode));
    return {
        {QStringLiteral("prefecture"), FieldRules::label(Field::PrefectureCode), prefecture},
        {QStringLiteral("facility"), FieldRules::label(Field::FacilityCode), facilityName},
        {QStringLiteral("facilityCode"), tr("Facility code"), c.value(Field::FacilityCode)},
        {QStringLiteral("facilityAddress"), tr("Facility address"), address.isEmpty() ? QString() : postalAddress(postalCode, addressPrefecture, address)},
        {QStringLiteral("managerName"), FieldRules::label(Field::ManagerName), c.value(Field::ManagerName)},
        {QStringLiteral("managerNameKana"), FieldRules::label(Field::ManagerNameKana), c.value(Field::ManagerNameKana)},
        {QStringLiteral("applicantName"), FieldRules::label(Field::ApplicantName), c.value(Field::ApplicantName)},
        {QStringLiteral("applicantNameKana"), FieldRules::label(Field::ApplicantNameKana), c.value(Field::ApplicantNameKana)},
        {QStringLiteral("department"), FieldRules::label(Field::Department), c.value(Field::Department)},
        {QStringLiteral("position"), FieldRules::label(Field::Position), c.value(Field::Position)},
        {QStringLiteral("email"), FieldRules::label(Field::Email), c.value(Field::Email)},
        {QStringLiteral("facilityPhone"), FieldRules::label(Field::FacilityPhone), c.value(Field::FacilityPhone)},
        {QStringLiteral("applicantContact"), FieldRules::label(Field::ApplicantContact), c.value(Field::ApplicantContact)},
    };
}

QString ApplicationSummary::html(const OnboardingController &controller)
{
    QString out = QStringLiteral("<h2>") + tr("Step 2: Confirm the application").toHtmlEscaped() + QStringLiteral("</h2>");
    out += QStringLiteral("<p>") + tr("The application will be made with the following details.").toHtmlEscaped()
           + QStringLiteral("</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\">");
    for (const Row &row : rows(controller)) {
        out += QStringLiteral("<tr><th align=\"left\" width=\"35%\">") + row.label.toHtmlEscaped()
               + QStringLiteral("</th><td>") + row.value.toHtmlEscaped() + QStringLiteral("</td></tr>");
    }
    out += QStringLiteral("</table>");
    const QJsonObject consent = controller.state(OnboardingController::ConsentKey).toObject();
    if (!consent.isEmpty()) {
        out += QStringLiteral("<p>")
               + tr("Terms of use agreed: version %1, %2 (SHA-256 %3)")
                     .arg(consent.value(QStringLiteral("version")).toString(),
                          consent.value(QStringLiteral("agreedAt")).toString(),
                          consent.value(QStringLiteral("sha256")).toString())
                     .toHtmlEscaped()
               + QStringLiteral("</p>");
    }
    return out;
}

void ApplicationSummary::render(const OnboardingController &controller, QPagedPaintDevice *device)
{
    QTextDocument document;
    // The application font has Japanese glyphs on a Japanese desktop; Qt embeds the subset used.
    document.setDefaultFont(QApplication::font());
    document.setHtml(html(controller));
    document.print(device);
}

Status ApplicationSummary::writePdf(const OnboardingController &controller, const QString &path)
{
    QFile::remove(path);
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setTitle(tr("GTOL application"));
        writer.setCreator(QStringLiteral("gtol-onboard"));
        render(controller, &writer);
    } // the file is complete when the writer is gone
    if (QFile(path).size() == 0)
        return Error{QStringLiteral("pdf.write"), tr("The PDF could not be written. Choose another folder."), path};
    return {};
}

void ApplicationSummary::print(const OnboardingController &controller, QPrinter *printer)
{
    render(controller, printer);
}

} // namespace gtol
