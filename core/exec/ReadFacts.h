#pragma once

#include "common/CancelToken.h"
#include "common/Error.h"
#include "remote/ServerFacts.h"

#include <functional>

class QObject;

namespace capataz::ssh {
class Connection;
}

namespace capataz::exec {

// What reading a server's facts gave.
struct FactsReading {
    remote::ServerFacts facts;
    bool asRoot = false;      // read with root rights (the firewall's state needs them)
    bool rootRefused = false; // root was asked for, sudo refused, and the facts were read as the login user
    QByteArray stderrText;    // what the facts script printed on stderr (for a "details" box)
};

struct FactsOptions {
    bool asRoot = false;
    // With asRoot: when sudo refuses (wrong password, not allowed), read again as the login user
    // instead of failing. Everything but the firewall can be read without root.
    bool fallBackToLoginUser = true;
    QString projectDir; // also measure the disk that holds it
    int timeoutMs = 30000;
    CancelToken cancel;
};

// Reads remote::factsCommand on `connection` and parses it; `done` runs once on `owner`'s
// thread (never if `owner` dies first). The one facts reader: the Overview's FactsService and
// the server-check plan both use it.
void readFacts(ssh::Connection* connection, QObject* owner, FactsOptions options,
               std::function<void(Result<FactsReading>)> done);

} // namespace capataz::exec
