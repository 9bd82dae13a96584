#pragma once

#include <QTextStream>

namespace gtol::cli {

// UTF-8 text streams on stdout and stderr (Japanese names must survive a Windows console too).
QTextStream &out();
QTextStream &err();

} // namespace gtol::cli
