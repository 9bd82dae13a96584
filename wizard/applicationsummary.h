#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QPrinter;

namespace gtol {

class OnboardingController;

// The application as the service's 利用申し込み内容確認 screen shows it: the same rows, in the same
// order, including the facility's address. Used by the confirm page (as labels) and for the
// printed copy and the PDF (fonts embedded by Qt's PDF engine, so the Japanese survives).
class ApplicationSummary
{
    Q_DECLARE_TR_FUNCTIONS(gtol::ApplicationSummary)
public:
    struct Row
    {
        QString key;    // stable, for objectNames and tests ("prefecture", "facilityAddress", ...)
        QString label;  // translated
        QString value;
    };

    static QList<Row> rows(const OnboardingController &controller);
    static QString html(const OnboardingController &controller);

    static Status writePdf(const OnboardingController &controller, const QString &path);
    static void print(const OnboardingController &controller, QPrinter *printer);

private:
    static void render(const OnboardingController &controller, QPagedPaintDevice *device);
};

} // namespace gtol
