#pragma once

#include "checkresult.h"
#include "model/deploymentprofile.h"
#include "linecontract.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QList>
#include <QStringList>

namespace gtol {

// One finished self-check as a value: what the report writers, the CLI and the draft store keep.
struct CheckReport
{
    QList<CheckResult> results;
    DeploymentProfile profile;
    LineContract lineContract = LineContract::NotAnswered;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString machine;             // host name and OS, for the IT vendor
    QStringList acknowledgedIds; // NG items the clerk chose to go on with
    QDateTime acknowledgedAt;    // when (UTC)

    int count(CheckStatus status) const;
    bool anyFailed() const { return count(CheckStatus::Fail) > 0; }
    CheckStatus overall() const; // the worst status; Unknown when there are no results
    const CheckResult *find(const QString &id) const;

    QJsonObject summaryJson() const;
};

} // namespace gtol

Q_DECLARE_METATYPE(gtol::CheckReport)
