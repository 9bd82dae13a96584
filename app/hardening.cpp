#include "guiapp.h"

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace gtol {

void hardenProcess()
{
#ifdef Q_OS_WIN
    // Load DLLs only from the application folder and System32, never from the current folder
    // (a ZIP extracted into Downloads must not be able to plant a DLL beside our working folder).
    SetDefaultDllDirectories(LOAD_LIBRARY_SEARCH_APPLICATION_DIR | LOAD_LIBRARY_SEARCH_SYSTEM32);
    SetDllDirectoryW(L"");
#endif
}

} // namespace gtol
