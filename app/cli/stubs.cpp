// Temporary: each command moves to its own file (facilitycommands.cpp, draftcommands.cpp,
// checkcommand.cpp) and its line here is removed.
#include "commands.h"
#include "console.h"

namespace gtol::cli {
int runFacility(const AppOptions &, const QStringList &) { err() << "not built yet" << Qt::endl; return 2; }
int runDraft(const AppOptions &, const QStringList &) { err() << "not built yet" << Qt::endl; return 2; }
int runCheck(const AppOptions &, const QStringList &) { err() << "not built yet" << Qt::endl; return 2; }
} // namespace gtol::cli
