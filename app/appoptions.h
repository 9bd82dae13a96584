#pragma once

#include <QString>
#include <QStringList>

namespace gtol {

// What the global command line said; shared by the GUI and the IT commands.
struct AppOptions
{
    QString language;     // "ja" (default) or "en"
    QString dataDir;      // empty: the platform's app-data folder
    QString profilePath;  // deployment profile override, empty: built-in / backend
    bool quitAfterShow = false;
    QStringList commandArgs; // for a command: its name first, then its own arguments
};

} // namespace gtol
