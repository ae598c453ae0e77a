#pragma once

#include "ssh/BenchOptions.h"
#include "ssh/Connection.h"

#include <QString>
#include <QStringList>

namespace capataz::bench {

// What both halves of bench_ssh work with, set up once by run() before anything is timed.
struct BenchContext {
    const Options& opt;
    ssh::Connection& conn; // capataz: one connection to root@host, open
    QString host;
    QString dir;      // this run's temporary directory
    QString sshLog;   // OpenSSH's stderr
    QStringList base; // OpenSSH: the same host, user, key and known_hosts; no user or system config
    QString cipher;   // what libssh2 negotiated
    QString mac;
    QString thName; // the test host's name (its cgroup, for its CPU time)
};

} // namespace capataz::bench
