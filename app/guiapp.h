#pragma once

#include "appoptions.h"

#include <QCoreApplication>

#include <memory>

namespace gtol {

// Process hardening before anything else runs (Windows: DLLs never from the working folder).
void hardenProcess();

// The QApplication of the wizard (style, high-DPI policy, fonts chosen here).
std::unique_ptr<QCoreApplication> createGuiApplication(int &argc, char **argv);

// Opens the store, builds the wizard and runs the event loop; returns the exit code.
int runWizard(QCoreApplication &app, const AppOptions &options);

} // namespace gtol
