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
// The pieces are in tests/bench/ssh/: RoundTripBench and SftpBench (what is measured),
// OpenSshMaster, CapatazSide, ProcessStats (child processes, CPU accounting), TestHostBashrc,
// BenchOptions and BenchUtil.
#include "ssh/BenchOptions.h"
#include "ssh/BenchUtil.h"
#include "ssh/CapatazSide.h"
#include "ssh/ProcessStats.h"
#include "ssh/RoundTripBench.h"
#include "ssh/SftpBench.h"
#include "ssh/TestHostBashrc.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace {

using namespace capataz;
using namespace capataz::bench;
using namespace capataz::ssh;
using namespace Qt::Literals::StringLiterals;

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

    const BenchContext context{opt, conn, host, dir, sshLog, base, cipher, mac, env.value(u"TH_NAME"_s)};
    double rtRatio = -1;
    SftpRatios sftp;
    if (doRt)
        rtRatio = benchRoundTrip(context);
    if (doDown || doUp)
        sftp = benchSftp(context, doDown, doUp);
    auto ratio = [](const char* name, double v) {
        if (v >= 0)
            out(u"ratio %1 %2"_s.arg(QString::fromLatin1(name), QString::number(v, 'f', 2)));
    };
    ratio("roundtrip_vs_openssh_controlmaster", rtRatio);
    ratio("sftp_download_vs_openssh", sftp.download);
    ratio("sftp_upload_vs_openssh", sftp.upload);
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
