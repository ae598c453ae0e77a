#pragma once

// Child processes started with the least overhead we can give OpenSSH (posix_spawn + wait4), and
// CPU accounting, to tell "slow because busy" from "slow because waiting".
#include <QString>
#include <QStringList>

namespace capataz::bench {

struct Spawned {
    int exitCode = -1; // 128+N if killed by signal N
    double seconds = 0;
    double cpuSeconds = 0; // user+system of the child and the children it waited for
};

// Runs argv (PATH looked up) with stdin from /dev/null; throws when it cannot start.
Spawned spawnWait(const QStringList& argv, const QString& stdoutPath = QStringLiteral("/dev/null"),
                  const QString& stderrPath = QStringLiteral("/dev/null"));

double selfCpuSeconds();          // this process, all threads (capataz's connection thread does the work)
double pidCpuSeconds(qint64 pid); // e.g. the OpenSSH ControlMaster, which is not our child

// On-CPU and waiting-for-a-CPU time of this process's threads whose name starts with `prefix`
// (/proc/self/task/*/schedstat; Connection names its thread "ssh:HOST").
struct SchedTimes {
    double onCpu = 0;
    double runDelay = 0;
};
SchedTimes threadSched(const QString& prefix);

// CPU time of everything in the test host (sshd, sftp-server, ...): its cgroup, v1 or v2.
// Negative when not readable.
double hostCpuSeconds(const QString& thName);

} // namespace capataz::bench
