// bench_ssh: capataz's SSH core vs OpenSSH, side by side in one run, against the disposable
// test host named by CAPATAZ_TESTHOST_ENV (tests/host/start-test-host.sh; run-bench.sh does it all).
//
//  1. round trip of `true` on an already open connection: Connection::exec + wait for
//     finished, vs `ssh` through a ControlMaster started before timing (ControlPersist=60).
//     Median and p90 of N runs after W warm-ups, interleaved (A,B,B,A,A,B...).
//  2. SFTP download and upload of a file of random data (256 MiB): SftpJob Op::Download /
//     Op::Upload vs `sftp -b` with the cipher and MAC libssh2 negotiated. Both sides run on an
//     already open connection (OpenSSH: a ControlMaster started with the same -c/-o MACs, which
//     are also passed to sftp), so neither pays for a new handshake and login. Every transfer is
//     checked by size, the first of each tool and direction also by SHA-256. R repetitions,
//     interleaved, median. Next to each: client and test-host CPU time, and how capataz's
//     connection thread spent the transfer (on a CPU / waiting for one / idle), to tell "busy"
//     from "waiting".
// Prints the absolute figures, then exactly:
//   ratio roundtrip_vs_openssh_controlmaster V   (capataz median / openssh median; lower is better)
//   ratio sftp_download_vs_openssh V             (capataz MB/s / openssh MB/s; higher is better)
//   ratio sftp_upload_vs_openssh V
// Exits non-zero only if something failed to run, never because a target is missed.
//
// Usage: bench_ssh [--rt N] [--warmup W] [--reps R] [--size-mib M] [--only roundtrip|sftp|download|upload]
//                  [--keep-bashrc]
//   defaults: N=200 W=20 R=3 M=256. Progress goes to stderr, results to stdout.
//   The test host's ~root/.bashrc is set aside while the bench runs (see run()); --keep-bashrc keeps it.
#include "ssh/Connection.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SftpJob.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <stdexcept>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace {

using namespace capataz;
using namespace capataz::ssh;
using namespace Qt::Literals::StringLiterals;

struct BenchError : std::runtime_error {
    explicit BenchError(const QString& what)
        : std::runtime_error(what.toStdString())
    {}
};

void progress(const QString& msg)
{
    std::fprintf(stderr, "bench_ssh: %s\n", qPrintable(msg));
    std::fflush(stderr);
}

void out(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// ---- statistics ------------------------------------------------------------------------------
double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

double percentile(QList<double> v, double p) // nearest rank
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(v.size())));
    return v.at(std::clamp<qsizetype>(rank - 1, 0, v.size() - 1));
}

// ---- child processes: posix_spawn + wait4, the least overhead we can give OpenSSH ---------
struct Spawned {
    int exitCode = -1; // 128+N if killed by signal N
    double seconds = 0;
    double cpuSeconds = 0; // user+system of the child and the children it waited for
};

double tvSeconds(const timeval& tv)
{
    return double(tv.tv_sec) + double(tv.tv_usec) / 1e6;
}

Spawned spawnWait(const QStringList& argv, const QString& stdoutPath = u"/dev/null"_s,
                  const QString& stderrPath = u"/dev/null"_s)
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

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// ---- CPU accounting, to tell "slow because busy" from "slow because waiting" ----------------
double selfCpuSeconds() // this process, all threads (capataz's connection thread does the work)
{
    rusage ru{};
    ::getrusage(RUSAGE_SELF, &ru);
    return tvSeconds(ru.ru_utime) + tvSeconds(ru.ru_stime);
}

double pidCpuSeconds(qint64 pid) // e.g. the OpenSSH ControlMaster, which is not our child
{
    if (pid <= 0)
        return 0;
    const QByteArray stat = readFile(u"/proc/%1/stat"_s.arg(pid));
    const QList<QByteArray> f = stat.mid(stat.lastIndexOf(')') + 2).split(' '); // f[0] is field 3
    if (f.size() < 13)
        return 0;
    return double(f.at(11).toLongLong() + f.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// On-CPU and waiting-for-a-CPU time of this process's threads whose name starts with `prefix`
// (/proc/self/task/*/schedstat; Connection names its thread "ssh:HOST").
struct SchedTimes {
    double onCpu = 0;
    double runDelay = 0;
};
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

// CPU time of everything in the test host (sshd, sftp-server, ...): its cgroup, v1 or v2.
// Negative when not readable.
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

// ---- capataz side: waiting for signals in a local event loop ---------------------------------
struct ExecOutput {
    QByteArray out;
    QByteArray err;
    ProcessResult result;
};

ExecOutput execAndWait(Connection& conn, const remote::Command& cmd, int timeoutMs = 600000)
{
    ExecOutput o;
    auto* p = conn.exec(cmd);
    QEventLoop loop;
    bool done = false;
    QObject::connect(p, &RemoteProcess::readyReadStdout, &loop, [&](const QByteArray& d) { o.out += d; });
    QObject::connect(p, &RemoteProcess::readyReadStderr, &loop, [&](const QByteArray& d) { o.err += d; });
    QObject::connect(p, &RemoteProcess::finished, &loop, [&](const ProcessResult& r) {
        o.result = r;
        done = true;
        loop.quit();
    });
    p->setTimeout(timeoutMs);
    p->start();
    if (!done)
        loop.exec();
    p->deleteLater();
    return o;
}

// The remote shell script must succeed; returns its stdout.
QByteArray remoteSh(Connection& conn, const QString& script, const QStringList& args = {})
{
    const ExecOutput o = execAndWait(conn, remote::Command::script(script, args));
    if (!o.result.ok())
        throw BenchError(u"remote command failed (%1, exit %2): %3 %4"_s.arg(script)
                             .arg(o.result.exitCode)
                             .arg(o.result.error.toString(), QString::fromUtf8(o.err.trimmed())));
    return o.out;
}

SftpResult sftpAndWait(Connection& conn, SftpJob::Spec spec)
{
    SftpResult result;
    auto* j = conn.sftp(std::move(spec));
    QEventLoop loop;
    bool done = false;
    QObject::connect(j, &SftpJob::finished, &loop, [&](const SftpResult& r) {
        result = r;
        done = true;
        loop.quit();
    });
    j->setTimeout(600000);
    j->start();
    if (!done)
        loop.exec();
    j->deleteLater();
    return result;
}

// ---- the test host ----------------------------------------------------------------------------
QHash<QString, QString> readEnvFile(const QString& path)
{
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        throw BenchError(
            u"CAPATAZ_TESTHOST_ENV (%1) is not readable: start a test host (tests/host/start-test-host.sh) "
            "or use tests/bench/run-bench.sh"_s.arg(path));
    QHash<QString, QString> env;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith('#') || !line.contains('='))
            continue;
        const qsizetype eq = line.indexOf('=');
        env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    for (const char* k : {"TH_HOST", "TH_PORT", "TH_KNOWN_HOSTS", "TH_KEY_ROOT"})
        if (env.value(QString::fromLatin1(k)).isEmpty())
            throw BenchError(u"%1 has no %2"_s.arg(path, QString::fromLatin1(k)));
    return env;
}

// An OpenSSH ControlMaster, told to exit when this goes out of scope.
class Master {
public:
    Master(QStringList base, QString host, QString socket)
        : m_base(std::move(base))
        , m_host(std::move(host))
        , m_socket(std::move(socket))
    {}
    Master(const Master&) = delete;
    Master& operator=(const Master&) = delete;
    ~Master() { stop(); }
    void started() { m_started = true; }
    // Running? Also learns its PID ("Master running (pid=N)").
    [[nodiscard]] bool check()
    {
        const QString err = m_socket + u".check"_s;
        QFile::remove(err);
        const bool ok =
            spawnWait(QStringList{u"ssh"_s} + m_base +
                          QStringList{u"-o"_s, u"ControlPath="_s + m_socket, u"-O"_s, u"check"_s, m_host},
                      u"/dev/null"_s, err)
                .exitCode == 0;
        static const QRegularExpression re(u"pid=(\\d+)"_s);
        const auto m = re.match(QString::fromLocal8Bit(readFile(err)));
        m_pid = m.hasMatch() ? m.captured(1).toLongLong() : 0;
        return ok;
    }
    [[nodiscard]] qint64 pid() const { return m_pid; }
    void stop()
    {
        if (!m_started)
            return;
        m_started = false;
        spawnWait(QStringList{u"ssh"_s} + m_base +
                  QStringList{u"-o"_s, u"ControlPath="_s + m_socket, u"-O"_s, u"exit"_s, m_host});
    }

private:
    QStringList m_base;
    QString m_host;
    QString m_socket;
    bool m_started = false;
    qint64 m_pid = 0;
};

// ~root/.bashrc on the test host, set aside for the run (see run()).
const QString kBashrc = QStringLiteral("/root/.bashrc");
const QString kBashrcSaved = QStringLiteral("/root/.bashrc.bench_ssh-saved");

double timeTrueMs(Connection& conn, int n)
{
    QList<double> v;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        const ExecOutput o = execAndWait(conn, remote::Command({u"true"_s}));
        if (!o.result.ok())
            throw BenchError(u"capataz exec true failed: %1"_s.arg(o.result.error.toString()));
        v << double(t.nsecsElapsed()) / 1e6;
    }
    return median(v);
}

QString setAsideBashrc(Connection& conn)
{
    const bool exists =
        remoteSh(conn, u"if [ -e \"$1\" ]; then echo yes; fi"_s, {kBashrc}).trimmed() == "yes";
    if (!exists)
        return u"none"_s;
    const double with = timeTrueMs(conn, 5);
    remoteSh(conn, u"mv -f \"$1\" \"$2\""_s, {kBashrc, kBashrcSaved});
    const double without = timeTrueMs(conn, 5);
    return u"set aside during the run (capataz `true`: median %1 ms with it, %2 ms without; --keep-bashrc keeps it)"_s
        .arg(QString::number(with, 'f', 1), QString::number(without, 'f', 1));
}

class BashrcGuard {
public:
    BashrcGuard(Connection& conn, bool active)
        : m_conn(conn)
        , m_active(active)
    {}
    BashrcGuard(const BashrcGuard&) = delete;
    BashrcGuard& operator=(const BashrcGuard&) = delete;
    ~BashrcGuard()
    {
        if (!m_active || !m_conn.isConnected())
            return;
        try {
            remoteSh(m_conn, u"if [ -e \"$2\" ]; then mv -f \"$2\" \"$1\"; fi"_s, {kBashrc, kBashrcSaved});
        } catch (const BenchError& e) {
            std::fprintf(stderr, "bench_ssh: could not restore %s on the test host: %s\n",
                         qPrintable(kBashrc), e.what());
        }
    }

private:
    Connection& m_conn;
    bool m_active;
};

struct Sample {
    double wall = 0;         // seconds
    double clientCpu = 0;    // seconds
    double hostCpu = -1;     // seconds; negative: unknown
    double threadCpu = -1;   // capataz's connection thread: on a CPU
    double threadDelay = -1; // ... runnable but waiting for a CPU
};

struct Options {
    int rtRuns = 200;
    int rtWarmup = 20;
    int reps = 3;
    qint64 sizeMiB = 256;
    QString only; // empty: everything
    bool keepBashrc = false;
};

Options parseArgs(const QStringList& args)
{
    Options o;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto value = [&]() -> QString {
            if (i + 1 >= args.size())
                throw BenchError(u"%1 needs a value"_s.arg(a));
            return args.at(++i);
        };
        bool ok = true;
        if (a == u"--rt")
            o.rtRuns = value().toInt(&ok);
        else if (a == u"--warmup")
            o.rtWarmup = value().toInt(&ok);
        else if (a == u"--reps")
            o.reps = value().toInt(&ok);
        else if (a == u"--size-mib")
            o.sizeMiB = value().toLongLong(&ok);
        else if (a == u"--only")
            o.only = value();
        else if (a == u"--keep-bashrc")
            o.keepBashrc = true;
        else
            throw BenchError(
                u"unknown argument %1 (usage: bench_ssh [--rt N] [--warmup W] [--reps R] [--size-mib M] "
                "[--only roundtrip|sftp|download|upload] [--keep-bashrc])"_s.arg(a));
        if (!ok || o.rtRuns < 1 || o.rtWarmup < 0 || o.reps < 1 || o.sizeMiB < 1)
            throw BenchError(u"bad value for %1"_s.arg(a));
    }
    return o;
}

QString fmtMs(double seconds)
{
    return QString::number(seconds * 1000, 'f', 3) + u" ms"_s;
}

QString fmtRate(double mbps)
{
    return QString::number(mbps, 'f', 1) + u" MB/s"_s;
}

QString sha256File(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw BenchError(u"cannot read %1: %2"_s.arg(path, f.errorString()));
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

// Random data in a local file; returns its SHA-256.
QString makeLocalRandomFile(const QString& path, qint64 size)
{
    QFile src(u"/dev/urandom"_s);
    QFile dst(path);
    if (!src.open(QIODevice::ReadOnly | QIODevice::Unbuffered) ||
        !dst.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw BenchError(u"cannot make %1: %2"_s.arg(path, dst.errorString()));
    QCryptographicHash h(QCryptographicHash::Sha256);
    QByteArray buf(4 << 20, Qt::Uninitialized);
    for (qint64 left = size; left > 0;) {
        const qint64 want = std::min<qint64>(left, buf.size());
        const qint64 n = src.read(buf.data(), want);
        if (n <= 0 || dst.write(buf.constData(), n) != n)
            throw BenchError(u"cannot write %1: %2"_s.arg(path, dst.errorString()));
        h.addData(QByteArrayView(buf.constData(), n));
        left -= n;
    }
    if (!dst.flush())
        throw BenchError(u"cannot write %1: %2"_s.arg(path, dst.errorString()));
    return QString::fromLatin1(h.result().toHex());
}

int run(const QStringList& args)
{
    const Options opt = parseArgs(args);
    const bool doRt = opt.only.isEmpty() || opt.only == u"roundtrip";
    const bool doDown = opt.only.isEmpty() || opt.only == u"sftp" || opt.only == u"download";
    const bool doUp = opt.only.isEmpty() || opt.only == u"sftp" || opt.only == u"upload";
    if (!doRt && !doDown && !doUp)
        throw BenchError(u"--only: roundtrip, sftp, download or upload"_s);

    const auto env = readEnvFile(qEnvironmentVariable("CAPATAZ_TESTHOST_ENV"));
    const QString host = env.value(u"TH_HOST"_s);
    const QString port = env.value(u"TH_PORT"_s);
    const QString knownHosts = env.value(u"TH_KNOWN_HOSTS"_s);
    const QString key = env.value(u"TH_KEY_ROOT"_s);

    QTemporaryDir tmp(QDir::tempPath() + u"/bench_ssh-XXXXXX"_s);
    if (!tmp.isValid())
        throw BenchError(u"no temporary directory: %1"_s.arg(tmp.errorString()));
    const QString dir = tmp.path();
    const QString sshLog = dir + u"/openssh-stderr.log"_s;

    // ---- capataz: one connection, opened before anything is timed --------------------------------
    ConnectionSettings s;
    s.host = host;
    s.port = port.toInt();
    s.user = u"root"_s;
    s.auth = AuthKind::KeyFile;
    s.keyPath = key;
    s.knownHostsFiles = {knownHosts};
    s.hostKeyPolicy = HostKeyPolicy::Strict;
    s.sudo = remote::SudoMode::RootLogin;
    Connection conn(s);
    {
        QEventLoop loop;
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        QObject::connect(&conn, &Connection::stateChanged, &loop, [&](ConnectionState st) {
            if (st == ConnectionState::Connected || st == ConnectionState::Failed)
                loop.quit();
        });
        conn.connectToHost();
        loop.exec();
        if (!conn.isConnected())
            throw BenchError(u"capataz could not connect to root@%1:%2: %3"_s.arg(
                host, port, conn.lastError().toString()));
    }
    const QString cipher = conn.cipher();
    const QString mac = conn.mac();
    if (cipher.isEmpty() || mac.isEmpty())
        throw BenchError(u"Connection::cipher()/mac() are empty after connecting"_s);

    // OpenSSH: the same host, user, key and known_hosts; no user or system config.
    const QStringList base{u"-F"_s, u"/dev/null"_s,
                           u"-o"_s, u"BatchMode=yes"_s,
                           u"-o"_s, u"StrictHostKeyChecking=yes"_s,
                           u"-o"_s, u"UserKnownHostsFile="_s + knownHosts,
                           u"-o"_s, u"GlobalKnownHostsFile=/dev/null"_s,
                           u"-o"_s, u"IdentitiesOnly=yes"_s,
                           u"-o"_s, u"IdentityFile="_s + key,
                           u"-o"_s, u"User=root"_s,
                           u"-o"_s, u"Port="_s + port};

    QString sshVersion;
    {
        const QString v = dir + u"/ssh-version"_s;
        spawnWait({u"ssh"_s, u"-V"_s}, u"/dev/null"_s, v);
        sshVersion = QString::fromLocal8Bit(readFile(v)).trimmed();
    }
    const QByteArray remoteUname = remoteSh(conn, u"uname -srm"_s).trimmed();

    // On this machine the test host overlays the real /root, and Debian's bash sources ~/.bashrc
    // for every command sshd runs (also the sftp-server subsystem): a heavy .bashrc (pyenv init
    // forks ~100 processes) costs the server 100+ ms per command and drowns what the clients do.
    // It is set aside on the (disposable) test host while we run, and put back at the end.
    BashrcGuard bashrcGuard(conn, !opt.keepBashrc);
    const QString bashrcNote = opt.keepBashrc ? u"kept (--keep-bashrc)"_s : setAsideBashrc(conn);

    out(u"bench_ssh: capataz core (libssh2, Release) vs %1"_s.arg(sshVersion));
    out(u"test host root@%1:%2 (%3), %4 CPUs here"_s.arg(host, port, QString::fromUtf8(remoteUname))
            .arg(sysconf(_SC_NPROCESSORS_ONLN)));
    out(u"test host root's ~/.bashrc: %1"_s.arg(bashrcNote));
    out(u"capataz negotiated: cipher %1, MAC %2"_s.arg(cipher, mac));

    double rtRatio = -1;
    double downRatio = -1;
    double upRatio = -1;

    // ---- 1. round trip ----------------------------------------------------------------------------
    if (doRt) {
        const QString socket = dir + u"/rt.sock"_s;
        const QStringList rtSsh =
            QStringList{u"ssh"_s} + base +
            QStringList{u"-o"_s, u"ControlMaster=auto"_s, u"-o"_s, u"ControlPath="_s + socket,
                        u"-o"_s, u"ControlPersist=60"_s,  host,    u"true"_s};
        Master master(base, host, socket);
        progress(u"starting the OpenSSH ControlMaster for the round trips"_s);
        const Spawned first = spawnWait(rtSsh, u"/dev/null"_s, sshLog);
        master.started();
        if (first.exitCode != 0 || !master.check())
            throw BenchError(u"OpenSSH ControlMaster did not start (exit %1): %2"_s.arg(first.exitCode)
                                 .arg(QString::fromLocal8Bit(readFile(sshLog))));
        const remote::Command trueCmd({u"true"_s});
        auto capatazOnce = [&]() -> double {
            QElapsedTimer t;
            t.start();
            auto* p = conn.exec(trueCmd);
            QEventLoop loop;
            ProcessResult result;
            QObject::connect(p, &RemoteProcess::finished, &loop, [&](const ProcessResult& r) {
                result = r;
                loop.quit();
            });
            p->setTimeout(60000);
            p->start();
            loop.exec();
            const double sec = double(t.nsecsElapsed()) / 1e9;
            p->deleteLater();
            if (!result.ok())
                throw BenchError(u"capataz exec true failed: %1 (exit %2)"_s.arg(result.error.toString())
                                     .arg(result.exitCode));
            return sec;
        };
        auto opensshOnce = [&]() -> double {
            const Spawned r = spawnWait(rtSsh, u"/dev/null"_s, sshLog);
            if (r.exitCode != 0)
                throw BenchError(u"ssh (ControlMaster) true failed with exit %1: %2"_s.arg(r.exitCode)
                                     .arg(QString::fromLocal8Bit(readFile(sshLog))));
            return r.seconds;
        };
        QList<double> a;
        QList<double> b;
        const int total = opt.rtWarmup + opt.rtRuns;
        progress(u"round trips: %1 warm-ups + %2 timed, each side, interleaved"_s.arg(opt.rtWarmup)
                     .arg(opt.rtRuns));
        for (int i = 0; i < total; ++i) {
            // A,B then B,A: each side goes first half of the time
            double ta = 0;
            double tb = 0;
            if (i % 2 == 0) {
                ta = capatazOnce();
                tb = opensshOnce();
            } else {
                tb = opensshOnce();
                ta = capatazOnce();
            }
            if (i >= opt.rtWarmup) {
                a << ta;
                b << tb;
            }
        }
        master.stop();
        const double ma = median(a);
        const double mb = median(b);
        out(u"round trip of `true` on an open connection (%1 runs after %2 warm-ups, interleaved):"_s
                .arg(opt.rtRuns)
                .arg(opt.rtWarmup));
        out(u"  capataz Connection::exec           median %1   p90 %2   min %3"_s.arg(
            fmtMs(ma), fmtMs(percentile(a, 90)), fmtMs(*std::min_element(a.begin(), a.end()))));
        out(u"  openssh ssh via ControlMaster      median %1   p90 %2   min %3"_s.arg(
            fmtMs(mb), fmtMs(percentile(b, 90)), fmtMs(*std::min_element(b.begin(), b.end()))));
        rtRatio = mb > 0 ? ma / mb : -1;
    }

    // ---- 2. SFTP ----------------------------------------------------------------------------------
    if (doDown || doUp) {
        const qint64 size = opt.sizeMiB * 1024 * 1024;
        const double mb = double(size) / 1e6;
        const QString remoteSrc = u"/tmp/capataz-bench-src"_s;
        const QString remoteUpCz = u"/tmp/capataz-bench-up-capataz"_s;
        const QString remoteUpOs = u"/tmp/capataz-bench-up-openssh"_s;
        const QString localSrc = dir + u"/src"_s;
        const QString localDlCz = dir + u"/dl-capataz"_s;
        const QString localDlOs = dir + u"/dl-openssh"_s;

        progress(u"making %1 MiB of random data on the test host and here"_s.arg(opt.sizeMiB));
        const QByteArray remoteSum =
            remoteSh(conn, u"head -c \"$1\" /dev/urandom > \"$2\" && sha256sum \"$2\""_s,
                     {QString::number(size), remoteSrc})
                .left(64);
        const QString localSum = makeLocalRandomFile(localSrc, size);

        // OpenSSH: a ControlMaster with libssh2's cipher and MAC, so sftp runs on an open
        // connection like SftpJob does; sftp gets the same -c/-o MACs (what it would use alone).
        const QString socket = dir + u"/sftp.sock"_s;
        const QString masterLog = dir + u"/sftp-master.log"_s;
        // An AEAD cipher (aes*-gcm@openssh.com, chacha20-poly1305; libssh2 >= 1.11) has no separate
        // MAC: libssh2 then names a made-up one ("INTEGRATED-AES-GCM"), OpenSSH logs "<implicit>".
        const bool aead = cipher.contains(u"gcm"_s) || cipher.contains(u"poly1305"_s);
        const QStringList cipherOpts =
            aead ? QStringList{u"-c"_s, cipher} : QStringList{u"-c"_s, cipher, u"-o"_s, u"MACs="_s + mac};
        Master master(base, host, socket);
        progress(u"starting the OpenSSH ControlMaster for sftp (%1, %2)"_s.arg(cipher, mac));
        const Spawned m =
            spawnWait(QStringList{u"ssh"_s} + base + cipherOpts +
                          QStringList{u"-v"_s, u"-E"_s, masterLog, u"-o"_s, u"ControlMaster=yes"_s, u"-o"_s,
                                      u"ControlPath="_s + socket, u"-f"_s, u"-N"_s, host},
                      u"/dev/null"_s, sshLog);
        master.started();
        if (m.exitCode != 0 || !master.check())
            throw BenchError(u"OpenSSH ControlMaster (sftp) did not start (exit %1): %2 %3"_s.arg(m.exitCode)
                                 .arg(QString::fromLocal8Bit(readFile(sshLog)),
                                      QString::fromLocal8Bit(readFile(masterLog).right(2000))));
        // What the master really negotiated (client->server; server->client is the same here).
        QString osCipher;
        QString osMac;
        {
            static const QRegularExpression re(u"kex: client->server cipher: (\\S+) MAC: (\\S+)"_s);
            const auto match = re.match(QString::fromLocal8Bit(readFile(masterLog)));
            if (match.hasMatch()) {
                osCipher = match.captured(1);
                osMac = match.captured(2);
            }
        }
        out(u"openssh sftp (ControlMaster) negotiated: cipher %1, MAC %2"_s.arg(
            osCipher.isEmpty() ? u"?"_s : osCipher, osMac.isEmpty() ? u"?"_s : osMac));
        if (osCipher != cipher || (!aead && osMac != mac))
            throw BenchError(
                u"OpenSSH did not negotiate libssh2's %1/%2 (got %3/%4)"_s.arg(cipher, mac, osCipher, osMac));

        const QStringList sftpCmd =
            QStringList{u"sftp"_s, u"-q"_s} + cipherOpts + base +
            QStringList{u"-o"_s, u"ControlMaster=no"_s, u"-o"_s, u"ControlPath="_s + socket};
        const QString thName = env.value(u"TH_NAME"_s);
        auto opensshSftp = [&](const QString& batchLine) -> Sample {
            const QString batch = dir + u"/batch"_s;
            QFile f(batch);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                f.write(batchLine.toLocal8Bit() + '\n') < 0)
                throw BenchError(u"cannot write %1"_s.arg(batch));
            f.close();
            const QString errLog = dir + u"/sftp-stderr.log"_s;
            QFile::remove(errLog);
            const double master0 = pidCpuSeconds(master.pid());
            const double host0 = hostCpuSeconds(thName);
            const Spawned r = spawnWait(sftpCmd + QStringList{u"-b"_s, batch, host}, u"/dev/null"_s, errLog);
            const double host1 = hostCpuSeconds(thName);
            if (r.exitCode != 0)
                throw BenchError(u"sftp -b (%1) failed with exit %2: %3"_s.arg(batchLine)
                                     .arg(r.exitCode)
                                     .arg(QString::fromLocal8Bit(readFile(errLog))));
            return Sample{r.seconds, r.cpuSeconds + pidCpuSeconds(master.pid()) - master0,
                          host0 < 0 ? -1 : host1 - host0};
        };
        auto capatazSftp = [&](SftpJob::Spec spec) -> Sample {
            const double cpu0 = selfCpuSeconds();
            const SchedTimes sched0 = threadSched(u"ssh:"_s);
            const double host0 = hostCpuSeconds(thName);
            QElapsedTimer t;
            t.start();
            const SftpResult r = sftpAndWait(conn, std::move(spec));
            const double sec = double(t.nsecsElapsed()) / 1e9;
            const double host1 = hostCpuSeconds(thName);
            if (!r.ok())
                throw BenchError(u"capataz SftpJob failed: %1"_s.arg(r.error.toString()));
            if (r.bytes != size)
                throw BenchError(u"capataz SftpJob moved %1 bytes, not %2"_s.arg(r.bytes).arg(size));
            const SchedTimes sched1 = threadSched(u"ssh:"_s);
            return Sample{sec, selfCpuSeconds() - cpu0, host0 < 0 ? -1 : host1 - host0,
                          sched1.onCpu - sched0.onCpu, sched1.runDelay - sched0.runDelay};
        };
        auto checkLocal = [&](const QString& path, bool hash, const QString& who) {
            const qint64 got = QFileInfo(path).size();
            if (got != size)
                throw BenchError(u"%1 download: %2 has %3 bytes, not %4"_s.arg(who, path).arg(got).arg(size));
            if (hash && sha256File(path).toLatin1() != remoteSum)
                throw BenchError(
                    u"%1 download: SHA-256 of %2 differs from the remote file's"_s.arg(who, path));
        };
        auto checkRemote = [&](const QString& path, bool hash, const QString& who) {
            const QByteArray o = remoteSh(
                conn, hash ? u"stat -c %s \"$1\" && sha256sum \"$1\""_s : u"stat -c %s \"$1\""_s, {path});
            const QList<QByteArray> lines = o.split('\n');
            if (lines.value(0).toLongLong() != size)
                throw BenchError(u"%1 upload: %2 has %3 bytes on the test host, not %4"_s
                                     .arg(who, path, QString::fromUtf8(lines.value(0)))
                                     .arg(size));
            if (hash && lines.value(1).left(64) != localSum.toLatin1())
                throw BenchError(
                    u"%1 upload: SHA-256 of %2 on the test host differs from the local file's"_s.arg(who,
                                                                                                     path));
        };

        QList<Sample> dlA, dlB, ulA, ulB;
        for (int rep = 0; rep < opt.reps; ++rep) {
            const bool hash = rep == 0;
            const bool capatazFirst = rep % 2 == 0;
            if (doDown) {
                progress(u"download, repetition %1 of %2"_s.arg(rep + 1).arg(opt.reps));
                QFile::remove(localDlCz);
                QFile::remove(localDlOs);
                auto a = [&] {
                    dlA << capatazSftp(SftpJob::Spec::download(remoteSrc, localDlCz));
                    checkLocal(localDlCz, hash, u"capataz"_s);
                    QFile::remove(
                        localDlCz); // no dirty pages left to be written back during the next transfer
                };
                auto b = [&] {
                    dlB << opensshSftp(u"get %1 %2"_s.arg(remoteSrc, localDlOs));
                    checkLocal(localDlOs, hash, u"openssh"_s);
                    QFile::remove(localDlOs);
                };
                if (capatazFirst) {
                    a();
                    b();
                } else {
                    b();
                    a();
                }
            }
            if (doUp) {
                progress(u"upload, repetition %1 of %2"_s.arg(rep + 1).arg(opt.reps));
                remoteSh(conn, u"rm -f \"$1\" \"$2\""_s, {remoteUpCz, remoteUpOs});
                auto a = [&] {
                    ulA << capatazSftp(SftpJob::Spec::upload(localSrc, remoteUpCz));
                    checkRemote(remoteUpCz, hash, u"capataz"_s);
                    remoteSh(conn, u"rm -f \"$1\""_s, {remoteUpCz});
                };
                auto b = [&] {
                    ulB << opensshSftp(u"put %1 %2"_s.arg(localSrc, remoteUpOs));
                    checkRemote(remoteUpOs, hash, u"openssh"_s);
                    remoteSh(conn, u"rm -f \"$1\""_s, {remoteUpOs});
                };
                if (capatazFirst) {
                    a();
                    b();
                } else {
                    b();
                    a();
                }
            }
        }
        master.stop();
        remoteSh(conn, u"rm -f \"$1\" \"$2\" \"$3\""_s, {remoteSrc, remoteUpCz, remoteUpOs});

        out(u"SFTP %1 MiB of random data on an open connection, %2 repetitions interleaved; median MB/s (10^6 bytes/s),"_s
                .arg(opt.sizeMiB)
                .arg(opt.reps));
        out(u"  each run's MB/s, and median CPU seconds per run: client (capataz process | sftp+ssh+master), test host (sshd+sftp-server):"_s);
        auto line = [&](const QString& label, const QList<Sample>& v) {
            QList<double> wall, client, server, thCpu, thDelay;
            QStringList parts;
            for (const Sample& x : v) {
                wall << x.wall;
                client << x.clientCpu;
                server << x.hostCpu;
                thCpu << x.threadCpu;
                thDelay << x.threadDelay;
                parts << QString::number(mb / x.wall, 'f', 1);
            }
            const double sec = median(wall);
            const double hostCpu = median(server);
            out(u"  %1 %2   (%3)   cpu client %4 s, test host %5"_s.arg(
                label, fmtRate(mb / sec).rightJustified(12), parts.join(u", "_s),
                QString::number(median(client), 'f', 2),
                hostCpu < 0 ? u"?"_s : QString::number(hostCpu, 'f', 2) + u" s"_s));
            if (v.value(0).threadCpu >= 0) {
                const double busy = median(thCpu);
                const double delay = median(thDelay);
                out(u"      connection thread: on a CPU %1 s, waiting for a CPU %2 s, idle (waiting for the network) %3 s"_s
                        .arg(QString::number(busy, 'f', 2), QString::number(delay, 'f', 2),
                             QString::number(std::max(0.0, sec - busy - delay), 'f', 2)));
            }
            return mb / sec;
        };
        if (doDown) {
            const double a = line(u"download capataz SftpJob         "_s, dlA);
            const double b = line(u"download openssh sftp -b         "_s, dlB);
            downRatio = a / b;
        }
        if (doUp) {
            const double a = line(u"upload   capataz SftpJob         "_s, ulA);
            const double b = line(u"upload   openssh sftp -b         "_s, ulB);
            upRatio = a / b;
        }
        out(u"  verified: sizes every run, SHA-256 on the first run of each tool and direction"_s);
    }

    auto ratio = [](const char* name, double v) {
        if (v >= 0)
            out(u"ratio %1 %2"_s.arg(QString::fromLatin1(name), QString::number(v, 'f', 2)));
    };
    ratio("roundtrip_vs_openssh_controlmaster", rtRatio);
    ratio("sftp_download_vs_openssh", downRatio);
    ratio("sftp_upload_vs_openssh", upRatio);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    try {
        return run(QCoreApplication::arguments());
    } catch (const BenchError& e) {
        std::fprintf(stderr, "bench_ssh: FAILED: %s\n", e.what());
        return 1;
    }
}
