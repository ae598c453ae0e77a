#pragma once

// The capataz side of bench_ssh: its jobs, waited for in a local event loop.
#include "ssh/Connection.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SftpJob.h"

#include <QByteArray>
#include <QStringList>

namespace capataz::bench {

struct ExecOutput {
    QByteArray out;
    QByteArray err;
    ssh::ProcessResult result;
};

ExecOutput execAndWait(ssh::Connection& conn, const remote::Command& cmd, int timeoutMs = 600000);
// The remote shell script must succeed; returns its stdout.
QByteArray remoteSh(ssh::Connection& conn, const QString& script, const QStringList& args = {});
ssh::SftpResult sftpAndWait(ssh::Connection& conn, ssh::SftpJob::Spec spec);

} // namespace capataz::bench
