#include "console.h"

#include <cstdio>

namespace gtol::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString oneField(const QString &value)
{
    QString field;
    field.reserve(value.size());
    bool inControlRun = false;
    for (QChar c : value) {
        const bool control = c.category() == QChar::Other_Control;
        if (!control)
            field.append(c);
        else if (!inControlRun)
            field.append(u' ');
        inControlRun = control;
    }
    return field;
}

} // namespace gtol::cli
