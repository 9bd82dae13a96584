#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace gtol::server {

// The prefecture officer's and the administrator's commands on the server machine:
//   admin list | confirm ID | approve ID | reject ID --reason TEXT | issue-token ROLE [--label] | tokens
// They open the server's database directly (WAL lets them run while the server serves) and mail
// through the spool the server recorded. Returns the process exit code: 0 done, 1 refused or
// failed (message on `err`), 2 bad usage.
struct AdminOptions
{
    QString dbPath;
    QString mailDir; // empty: the one the server recorded, else <db dir>/mail
    QString reason;
    QString label;
};

int runAdmin(const AdminOptions &options, const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace gtol::server
