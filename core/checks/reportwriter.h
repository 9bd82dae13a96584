#pragma once

#include "checkreport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace gtol {

// The self-check as documents: JSON for scripts and support, HTML for people (printable, in the
// UI language — Japanese for clerks — with a section written for the IT vendor that lists the
// exact hosts, ports, proxy exclusions and DNS names to configure). The HTML is a plain string
// (core links no QtGui); the wizard turns it into PDF with QTextDocument.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    // {"results":[{"id","title","status","evidence":[…],"remediation","actor","durationMs"}],"summary":{…},
    //  "profile":{…}}
    static QJsonObject toJson(const CheckReport &report);
    static QString toHtml(const CheckReport &report);
};

} // namespace gtol
