#pragma once

#include "appoptions.h"

#include <QStringList>

namespace gtol::cli {

// The IT-staff commands. Each takes the global options and its own arguments (commandArgs without
// the command name), prints to stdout/stderr and returns the process exit code. They run under a
// QCoreApplication: no display is needed.
int runFacility(const AppOptions &options, const QStringList &args); // facility search|import
int runDraft(const AppOptions &options, const QStringList &args);    // draft validate|import|export|list
int runCheck(const AppOptions &options, const QStringList &args);    // check [--json] [--report F]

} // namespace gtol::cli
