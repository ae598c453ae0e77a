#pragma once

// ~root/.bashrc on the test host, set aside while the bench runs (see bench_ssh.cpp's run()).
#include "ssh/Connection.h"

#include <QString>

namespace capataz::bench {

// Median wall time in ms of `true` run n times through capataz.
double timeTrueMs(ssh::Connection& conn, int n);
// Moves ~/.bashrc aside, if there is one; says what it did and what the file cost per command.
QString setAsideBashrc(ssh::Connection& conn);

// Puts ~/.bashrc back when it goes out of scope (when `active`).
class BashrcGuard {
public:
    BashrcGuard(ssh::Connection& conn, bool active)
        : m_conn(conn)
        , m_active(active)
    {}
    BashrcGuard(const BashrcGuard&) = delete;
    BashrcGuard& operator=(const BashrcGuard&) = delete;
    ~BashrcGuard();

private:
    ssh::Connection& m_conn;
    bool m_active;
};

} // namespace capataz::bench
