// Placeholder: the owner of the "check" command replaces this file.
#include "commands.h"
#include "console.h"

namespace gtol::cli {
int runCheck(const AppOptions &, const QStringList &)
{
    err() << QStringLiteral("not built yet") << Qt::endl;
    return 2;
}
} // namespace gtol::cli
