#pragma once

#include <QString>

class QCoreApplication;

namespace gtol {

// Loads our translations (embedded under :/i18n) and Qt's own qtbase_<lang>.qm, without which
// QWizard's Back/Next/Cancel and the standard dialogs stay English. English needs no files: it
// is the source language. Returns the number of translation catalogues installed.
int installTranslations(QCoreApplication &app, const QString &language);

} // namespace gtol
