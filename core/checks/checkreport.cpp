#include "checkreport.h"

#include <QJsonArray>

#include <algorithm>

namespace gtol {

int CheckReport::count(CheckStatus status) const
{
    return static_cast<int>(std::count_if(results.begin(), results.end(),
                                          [status](const CheckResult &r) { return r.status == status; }));
}

CheckStatus CheckReport::overall() const
{
    if (results.isEmpty())
        return CheckStatus::Unknown;
    CheckStatus worst = CheckStatus::Pass;
    for (const CheckResult &result : results) {
        if (severity(result.status) > severity(worst))
            worst = result.status;
    }
    return worst;
}

const CheckResult *CheckReport::find(const QString &id) const
{
    for (const CheckResult &result : results) {
        if (result.id == id)
            return &result;
    }
    return nullptr;
}

QJsonObject CheckReport::summaryJson() const
{
    QJsonObject summary{
        {QStringLiteral("total"), static_cast<int>(results.size())},
        {QStringLiteral("overall"), statusKey(overall())},
        {QStringLiteral("failed"), anyFailed()},
        {QStringLiteral("lineContract"), lineContractKey(lineContract)},
        {QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("finishedAt"), finishedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("machine"), machine},
    };
    for (const CheckStatus status : {CheckStatus::Pass, CheckStatus::Warn, CheckStatus::Fail, CheckStatus::Manual,
                                     CheckStatus::Unknown})
        summary.insert(statusKey(status), count(status));
    if (!acknowledgedIds.isEmpty()) {
        summary.insert(QStringLiteral("acknowledged"), QJsonArray::fromStringList(acknowledgedIds));
        summary.insert(QStringLiteral("acknowledgedAt"), acknowledgedAt.toUTC().toString(Qt::ISODateWithMs));
    }
    return summary;
}

} // namespace gtol
