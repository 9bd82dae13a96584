#include "dnsprobe.h"

#include <QHostInfo>
#include <QJsonArray>

#include <algorithm>

namespace gtol {

QString DnsProbe::title() const
{
    return tr("Name resolution (DNS)");
}

void DnsProbe::run()
{
    const QStringList names = context().profile.fqdns();
    if (names.isEmpty()) {
        CheckResult result;
        result.status = CheckStatus::Unknown;
        result.evidence.append(tr("The deployment profile names no host to resolve."));
        finish(result);
        return;
    }
    for (const QString &name : names)
        m_answers.append(Answer{name, Answer::State::Pending, {}, {}});
    for (qsizetype i = 0; i < names.size(); ++i)
        m_lookupIds.append(QHostInfo::lookupHost(names.at(i), this, [this, i](const QHostInfo &info) { onLookedUp(i, info); }));
}

void DnsProbe::onLookedUp(qsizetype index, const QHostInfo &info)
{
    if (!isRunning())
        return;
    Answer &answer = m_answers[index];
    if (info.error() == QHostInfo::NoError && !info.addresses().isEmpty()) {
        answer.state = Answer::State::Resolved;
        for (const QHostAddress &address : info.addresses())
            answer.addresses.append(address.toString());
    } else {
        answer.state = Answer::State::Failed;
        answer.error = info.errorString();
    }
    const bool allDone = std::none_of(m_answers.begin(), m_answers.end(),
                                      [](const Answer &a) { return a.state == Answer::State::Pending; });
    if (allDone)
        finish(evaluate(m_answers, context().timeoutMs));
}

void DnsProbe::abort()
{
    for (const int lookupId : std::as_const(m_lookupIds))
        QHostInfo::abortHostLookup(lookupId);
}

CheckResult DnsProbe::partialResult()
{
    return evaluate(m_answers, context().timeoutMs);
}

CheckResult DnsProbe::evaluate(const QList<Answer> &answers, int timeoutMs)
{
    CheckResult result;
    QStringList unresolved;
    QJsonArray names;
    for (const Answer &answer : answers) {
        names.append(answer.name);
        switch (answer.state) {
        case Answer::State::Resolved:
            result.evidence.append(tr("%1 → %2").arg(answer.name, answer.addresses.join(QStringLiteral(", "))));
            break;
        case Answer::State::Failed:
            result.evidence.append(tr("%1: not resolved (%2)").arg(answer.name, answer.error));
            unresolved.append(answer.name);
            break;
        case Answer::State::Pending:
            result.evidence.append(tr("%1: no answer within %2 ms").arg(answer.name).arg(timeoutMs));
            unresolved.append(answer.name);
            break;
        }
    }
    result.data.insert(QStringLiteral("dnsNames"), names);
    result.data.insert(QStringLiteral("unresolved"), QJsonArray::fromStringList(unresolved));
    if (answers.isEmpty()) {
        result.status = CheckStatus::Unknown;
        return result;
    }
    if (unresolved.isEmpty()) {
        result.status = CheckStatus::Pass;
        return result;
    }
    result.status = CheckStatus::Fail;
    result.remediation = tr("This PC cannot resolve %1. If the facility uses an internal DNS server, the IT vendor "
                            "must let it resolve (forward) these names.").arg(unresolved.join(QStringLiteral(", ")));
    result.actor = Actor::ItVendor;
    return result;
}

} // namespace gtol
