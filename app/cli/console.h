#pragma once

#include <QString>
#include <QTextStream>

namespace gtol::cli {

// UTF-8 text streams on stdout and stderr (Japanese names must survive a Windows console too).
QTextStream &out();
QTextStream &err();

// A value as one field of a tab-separated output line ("facility search", "draft list"): each run
// of tabs, line breaks and other control characters becomes one space, so a value imported with
// them (a quoted CSV field may hold a line break) cannot split or shift the line a script reads.
QString oneField(const QString &value);

} // namespace gtol::cli
