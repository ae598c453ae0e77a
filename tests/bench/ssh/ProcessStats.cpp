#include "ssh/ProcessStats.h"

#include "ssh/BenchUtil.h"

#include <QDir>
#include <QElapsedTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace capataz::bench {

using namespace Qt::Literals::StringLiterals;

// ---- child processes: posix_spawn + wait4, the least overhead we can give OpenSSH ---------
double tvSeconds(const timeval& tv)
{
    return double(tv.tv_sec) + double(tv.tv_usec) / 1e6;
}

Spawned spawnWait(const QStringList& argv, const QString& stdoutPath, const QString& stderrPath)
{
    QList<QByteArray> args;
    for (const QString& a : argv)
        args << a.toLocal8Bit();
    QList<char*> cargv;
    for (QByteArray& a : args)
        cargv << a.data();
    cargv << nullptr;
    const QByteArray outPath = stdoutPath.toLocal8Bit();
    const QByteArray errPath = stderrPath.toLocal8Bit();
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&fa, 2, errPath.constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    Spawned r;
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, cargv.first(), &fa, nullptr, cargv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0)
        throw BenchError(u"cannot start %1: %2"_s.arg(argv.first(), QString::fromLocal8Bit(strerror(rc))));
    int status = 0;
    rusage ru{};
    while (::wait4(pid, &status, 0, &ru) < 0 && errno == EINTR) {
    }
    r.seconds = double(t.nsecsElapsed()) / 1e9;
    r.cpuSeconds = tvSeconds(ru.ru_utime) + tvSeconds(ru.ru_stime);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return r;
}

// ---- CPU accounting, to tell "slow because busy" from "slow because waiting" ----------------
double selfCpuSeconds()
{
    rusage ru{};
    ::getrusage(RUSAGE_SELF, &ru);
    return tvSeconds(ru.ru_utime) + tvSeconds(ru.ru_stime);
}

double pidCpuSeconds(qint64 pid)
{
    if (pid <= 0)
        return 0;
    const QByteArray stat = readFile(u"/proc/%1/stat"_s.arg(pid));
    const QList<QByteArray> f = stat.mid(stat.lastIndexOf(')') + 2).split(' '); // f[0] is field 3
    if (f.size() < 13)
        return 0;
    return double(f.at(11).toLongLong() + f.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

SchedTimes threadSched(const QString& prefix)
{
    SchedTimes t;
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!QString::fromLocal8Bit(readFile(tasks.filePath(tid + u"/comm"_s))).startsWith(prefix))
            continue;
        const QList<QByteArray> f = readFile(tasks.filePath(tid + u"/schedstat"_s)).trimmed().split(' ');
        if (f.size() >= 2) {
            t.onCpu += double(f.at(0).toLongLong()) / 1e9;
            t.runDelay += double(f.at(1).toLongLong()) / 1e9;
        }
    }
    return t;
}

double hostCpuSeconds(const QString& thName)
{
    if (thName.isEmpty())
        return -1;
    const QString cg = u"testhost-"_s + thName;
    bool ok = false;
    const qint64 ns =
        readFile(u"/sys/fs/cgroup/cpuacct/%1/cpuacct.usage"_s.arg(cg)).trimmed().toLongLong(&ok);
    if (ok)
        return double(ns) / 1e9;
    for (const QByteArray& line : readFile(u"/sys/fs/cgroup/%1/cpu.stat"_s.arg(cg)).split('\n'))
        if (line.startsWith("usage_usec "))
            return double(line.mid(11).toLongLong()) / 1e6;
    return -1;
}

} // namespace capataz::bench
