#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace gtol {

// The one status a requirement can have. "Not run" and "could not measure" are Unknown, never
// Pass: a clerk must not be told a machine is fine when nobody looked.
enum class CheckStatus {
    Pass,    // measured and fine
    Warn,    // works, but something needs attention
    Fail,    // measured and not fine: GTOL will not work until fixed
    Manual,  // needs the clerk's answer (e.g. the line contract)
    Unknown, // could not be measured on this machine, and why is in the evidence
};

// Who has to act on a remediation: the clerk at the PC, or the facility's IT vendor.
enum class Actor {
    Nobody,
    Clerk,
    ItVendor,
};

QString statusKey(CheckStatus status);   // "pass", "warn", ... (JSON, journal)
QString statusLabel(CheckStatus status); // "OK", "注意", "NG", ... (translated)
QString actorLabel(Actor actor);         // translated
QString actorKey(Actor actor);           // "clerk", "itVendor", "" (JSON)
int severity(CheckStatus status);        // Pass 0 .. Fail 4: the worst decides an overall verdict

// What one probe found.
struct CheckResult
{
    QString id;    // stable probe id: "os", "tls12", ...
    QString title; // translated
    CheckStatus status = CheckStatus::Unknown;
    QStringList evidence;   // what was measured, with the values, one fact a line
    QString remediation;    // what to do (translated), empty on a pass
    Actor actor = Actor::Nobody;
    qint64 durationMs = 0;
    QJsonObject data;       // machine-readable facts for the IT vendor section (e.g. proxiedHosts)

    QJsonObject toJson() const;
};

} // namespace gtol

Q_DECLARE_METATYPE(gtol::CheckResult)
