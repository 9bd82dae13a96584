#include "checkresult.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace gtol {

QString statusKey(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QStringLiteral("pass");
    case CheckStatus::Warn: return QStringLiteral("warn");
    case CheckStatus::Fail: return QStringLiteral("fail");
    case CheckStatus::Manual: return QStringLiteral("manual");
    case CheckStatus::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

QString statusLabel(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QCoreApplication::translate("gtol::CheckResult", "OK");
    case CheckStatus::Warn: return QCoreApplication::translate("gtol::CheckResult", "Caution");
    case CheckStatus::Fail: return QCoreApplication::translate("gtol::CheckResult", "NG");
    case CheckStatus::Manual: return QCoreApplication::translate("gtol::CheckResult", "Answer needed");
    case CheckStatus::Unknown: return QCoreApplication::translate("gtol::CheckResult", "Not checked");
    }
    return QCoreApplication::translate("gtol::CheckResult", "Not checked");
}

QString actorLabel(Actor actor)
{
    switch (actor) {
    case Actor::Clerk: return QCoreApplication::translate("gtol::CheckResult", "You (the clerk)");
    case Actor::ItVendor: return QCoreApplication::translate("gtol::CheckResult", "Your IT vendor");
    case Actor::Nobody: break;
    }
    return {};
}

QString actorKey(Actor actor)
{
    switch (actor) {
    case Actor::Clerk: return QStringLiteral("clerk");
    case Actor::ItVendor: return QStringLiteral("itVendor");
    case Actor::Nobody: break;
    }
    return {};
}

int severity(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return 0;
    case CheckStatus::Manual: return 1;
    case CheckStatus::Unknown: return 2;
    case CheckStatus::Warn: return 3;
    case CheckStatus::Fail: return 4;
    }
    return 2;
}

QJsonObject CheckResult::toJson() const
{
    QJsonObject object{
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title},
        {QStringLiteral("status"), statusKey(status)},
        {QStringLiteral("evidence"), QJsonArray::fromStringList(evidence)},
        {QStringLiteral("remediation"), remediation},
        {QStringLiteral("actor"), actorKey(actor)},
        {QStringLiteral("durationMs"), durationMs},
    };
    if (!data.isEmpty())
        object.insert(QStringLiteral("data"), data);
    return object;
}

} // namespace gtol
