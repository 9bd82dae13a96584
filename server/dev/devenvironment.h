#pragma once

#include "result.h"

#include <QString>

namespace gtol::server {

struct ServerConfig;

// `--dev DIR`: everything a local backend needs in one folder. The CA and server certificate are
// made once (gtol_devpki) and reused on later starts, so a wizard that trusts DIR/ca.pem keeps
// working across restarts; the database and the mail spool live in DIR too.
class DevEnvironment
{
public:
    // Fills config's certificate, key, database and mail paths; returns the CA file's path.
    static Result<QString> prepare(const QString &dir, ServerConfig &config);
    // DIR/profile.json: a client deployment profile pointing at https://127.0.0.1:<port> with DIR/ca.pem.
    static Result<QString> writeProfile(const QString &dir, const QString &backendUrl);
};

} // namespace gtol::server
