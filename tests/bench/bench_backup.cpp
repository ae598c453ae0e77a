// bench_backup: downloading and verifying a backup, Capataz vs OpenSSH, side by side in one run,
// against the disposable test host named by CAPATAZ_TESTHOST_ENV (tests/host/start-test-host.sh;
// `BENCH=bench_backup bash tests/bench/run-bench.sh` does it all).
//
// Setup (not timed): as `ops` (sudo without password, like a real profile), N MiB of random data
// in a root-only directory (/var/backups/capataz/bench_backup, mode 700) under a backup's name
// (<timestamp>-volume-bench.tar: uncompressed, so verify hashes and nothing more) and its
// manifest (backup::manifestToJson, written as root by backup::scripts::writeFile: what
// createBackup writes). Then R rounds, interleaved (the order turns every round):
//   download  backup::downloadBackup (one command: the manifest, then `tail -c +1` streamed into
//             the .partial file and hashed as it arrives) vs `ssh ... sudo -n cat FILE > local` through an
//             OpenSSH ControlMaster started before timing, with the cipher and MAC libssh2 negotiated (as
//             bench_ssh); "before" (unless --no-before): the download as it was until issue 12 (a hash of the
//             whole file on the server first, one exec per 8 MiB chunk of `tail | head` collected
//             in memory, then a second local pass to hash the copy), copied below.
//   verify    backup::verifyBackup (stat, sha256sum and the manifest on the server) vs
//             `ssh ... sudo -n sha256sum FILE`.
// Every copy is checked (SHA-256) after it is timed. Prints best and median wall time, MiB/s
// (of the median), and the CPU seconds of each side (capataz: this process; OpenSSH: ssh and the
// ControlMaster; the test host: its cgroup, sshd and the commands), then:
//   ratio backup_download_vs_ssh_cat V        (OpenSSH's median time / Capataz's; higher is better)
//   ratio backup_download_before_vs_ssh_cat V (the same for the old path)
//   ratio backup_verify_vs_ssh_sha256sum V
// Exits non-zero only if something failed to run, never because a target is missed.
//
// Usage: bench_backup [--mib N] [--reps R] [--no-before]     defaults: N=64 R=5
#include "backup/BackupDownload.h"
#include "backup/BackupNaming.h"
#include "backup/BackupOps.h"
#include "backup/BackupScripts.h"
#include "common/Sha256.h"
#include "ssh/BenchUtil.h"
#include "ssh/CapatazSide.h"
#include "ssh/OpenSshMaster.h"
#include "ssh/ProcessStats.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <variant>

namespace {

using namespace capataz;
using namespace capataz::bench;
using namespace Qt::Literals::StringLiterals;

const QString kDir = u"/var/backups/capataz/bench_backup"_s;

struct Sample {
    double seconds = 0;
    double cpuClient = 0;
    double cpuHost = 0;
    double connOnCpu = 0; // capataz's connection thread: on a CPU, runnable but waiting for one
    double connWaiting = 0;
};

struct Series {
    QString label;
    QList<Sample> runs;
    [[nodiscard]] double best() const
    {
        double b = runs.isEmpty() ? 0 : runs.first().seconds;
        for (const Sample& s : runs)
            b = std::min(b, s.seconds);
        return b;
    }
    [[nodiscard]] double med(double Sample::*field) const
    {
        QList<double> v;
        for (const Sample& s : runs)
            v << s.*field;
        return median(v);
    }
};

// Waits in a local event loop for an operation that calls done(Result<T>) once.
template <typename T, typename Start> Result<T> await(Start start)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    start([&](Result<T> r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

// ---- the download as it was before issue 12 (core/backup/BackupDownload.cpp at 3ad81b0) ---------
struct OldTransfer {
    plan::StepContext ctx;
    QString remotePath;
    QString localPath;
    qint64 total = 0;
    qint64 chunk = 8 * 1024 * 1024;
    backup::Manifest manifest;
    std::function<void(VoidResult)> done;
};

void oldNextChunk(const std::shared_ptr<OldTransfer>& t)
{
    const QString partial = t->localPath + u".partial"_s;
    const qint64 have = QFileInfo(partial).size();
    if (have >= t->total) {
        auto check = backup::verifyLocalCopy(partial, t->manifest);
        if (!check || !check->ok()) {
            t->done(fail(ErrorCode::CheckFailed, u"old path: the copy does not match"_s));
            return;
        }
        QFile::remove(t->localPath);
        QFile::rename(partial, t->localPath);
        t->done({});
        return;
    }
    remote::Command cmd =
        remote::Command::script(u"tail -c \"+$2\" -- \"$1\" | head -c \"$3\""_s,
                                {t->remotePath, QString::number(have + 1), QString::number(t->chunk)});
    cmd.asRoot();
    t->ctx.runChecked(cmd, [t, partial](Result<exec::Output> r) {
        if (!r || r->out.isEmpty()) {
            t->done(fail(ErrorCode::RemoteCommandFailed, u"old path: a chunk failed"_s));
            return;
        }
        QFile f(partial);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Append) || f.write(r->out) != r->out.size()) {
            t->done(fail(ErrorCode::LocalFileError, u"old path: %1"_s.arg(f.errorString())));
            return;
        }
        f.close();
        oldNextChunk(t);
    });
}

void oldDownload(const plan::StepContext& ctx, const QString& name, const QString& localDir,
                 std::function<void(VoidResult)> done)
{
    auto t = std::make_shared<OldTransfer>();
    t->ctx = ctx;
    t->remotePath = kDir + u'/' + name;
    t->localPath = QDir(localDir).filePath(name);
    t->done = std::move(done);
    backup::verifyBackup(ctx, kDir, name, [t](Result<backup::VerifyResult> v) {
        if (!v || !v->manifest) {
            t->done(fail(ErrorCode::CheckFailed, u"old path: no manifest"_s));
            return;
        }
        t->manifest = *v->manifest;
        t->total = v->size;
        oldNextChunk(t);
    });
}

// ---------------------------------------------------------------------------------------------------

// The SHA-256 of a local file (capataz::Sha256: OpenSSL, quicker than QCryptographicHash).
QString sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    Sha256 h;
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (qint64 n = 0; (n = f.read(block.data(), block.size())) > 0;)
        h.addData(QByteArrayView(block.constData(), n));
    return QString::fromLatin1(h.hexResult());
}

struct Options {
    qint64 mib = 64;
    int reps = 5;
    bool before = true;
};

Options parseOptions(const QStringList& args)
{
    Options o;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a == u"--mib"_s && !next.isEmpty()) {
            o.mib = next.toLongLong();
            ++i;
        } else if (a == u"--reps"_s && !next.isEmpty()) {
            o.reps = next.toInt();
            ++i;
        } else if (a == u"--no-before"_s) {
            o.before = false;
        } else {
            throw BenchError(u"usage: bench_backup [--mib N] [--reps R] [--no-before]"_s);
        }
    }
    if (o.mib <= 0 || o.reps <= 0)
        throw BenchError(u"--mib and --reps must be positive"_s);
    return o;
}

void printSeries(const Series& s, qint64 bytes)
{
    const double medSec = s.med(&Sample::seconds);
    out(u"  %1  best %2  median %3  %4 MiB/s  cpu client %5 s, test host %6 s (medians)"_s.arg(s.label, -26)
            .arg(fmtMs(s.best()), fmtMs(medSec))
            .arg(medSec > 0 ? double(bytes) / 1048576.0 / medSec : 0.0, 7, 'f', 1)
            .arg(s.med(&Sample::cpuClient), 0, 'f', 2)
            .arg(s.med(&Sample::cpuHost), 0, 'f', 2));
    if (s.med(&Sample::connOnCpu) > 0)
        out(u"  %1  connection thread (medians): on a CPU %2 s, waiting for one %3 s"_s.arg(QString(), -26)
                .arg(s.med(&Sample::connOnCpu), 0, 'f', 2)
                .arg(s.med(&Sample::connWaiting), 0, 'f', 2));
}

int run(const QStringList& args)
{
    const Options opt = parseOptions(args);
    const auto env = readEnvFile(qEnvironmentVariable("CAPATAZ_TESTHOST_ENV"));
    const QString host = env.value(u"TH_HOST"_s);
    const QString port = env.value(u"TH_PORT"_s);
    const QString knownHosts = env.value(u"TH_KNOWN_HOSTS"_s);
    const QString key = env.value(u"TH_KEY_OPS"_s);
    const QString thName = env.value(u"TH_NAME"_s);
    if (key.isEmpty())
        throw BenchError(u"the test host's env file names no TH_KEY_OPS"_s);

    QTemporaryDir tmp(QDir::tempPath() + u"/bench_backup-XXXXXX"_s);
    if (!tmp.isValid())
        throw BenchError(u"no temporary directory: %1"_s.arg(tmp.errorString()));
    const QString dir = tmp.path();

    // ---- capataz: one connection as ops (sudo -n), opened before anything is timed ----------------
    ssh::ConnectionSettings s;
    s.host = host;
    s.port = port.toInt();
    s.user = u"ops"_s;
    s.auth = ssh::AuthKind::KeyFile;
    s.keyPath = key;
    s.knownHostsFiles = {knownHosts};
    s.hostKeyPolicy = ssh::HostKeyPolicy::Strict;
    s.sudo = remote::SudoMode::NoPassword;
    ssh::Connection conn(s);
    {
        QEventLoop loop;
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        QObject::connect(&conn, &ssh::Connection::stateChanged, &loop, [&](ssh::ConnectionState st) {
            if (st == ssh::ConnectionState::Connected || st == ssh::ConnectionState::Failed)
                loop.quit();
        });
        conn.connectToHost();
        loop.exec();
        if (!conn.isConnected())
            throw BenchError(
                u"capataz could not connect to ops@%1:%2: %3"_s.arg(host, port, conn.lastError().toString()));
    }
    QObject owner;
    const plan::StepContext ctx{&conn, &owner, CancelToken()};
    const QString cipher = conn.cipher();
    const QString mac = conn.mac();

    // ---- the backup and its manifest ---------------------------------------------------------------
    const qint64 bytes = opt.mib * 1024 * 1024;
    const QString name =
        backup::backupStem(QDateTime::currentDateTimeUtc(), u"volume"_s, u"bench"_s) + u".tar"_s;
    const QString file = kDir + u'/' + name;
    progress(u"making %1 MiB of random data in %2 on the test host"_s.arg(opt.mib).arg(file));
    const ExecOutput made = execAndWait(
        conn,
        std::move(remote::Command::script(u"rm -rf -- \"$1\" && mkdir -p -m 700 -- \"$1\" && "
                                          u"head -c \"$2\" /dev/urandom > \"$3\" && sha256sum -- \"$3\""_s,
                                          {kDir, QString::number(bytes), file})
                      .asRoot()));
    if (!made.result.ok())
        throw BenchError(u"could not make the file: %1 %2"_s.arg(made.result.error.toString(),
                                                                 QString::fromUtf8(made.err)));
    const QString sum = QString::fromLatin1(made.out.left(64));
    backup::Manifest m;
    m.name = name;
    m.kind = u"volume"_s;
    m.project = u"bench"_s;
    m.volume = u"bench"_s;
    m.size = bytes;
    m.sha256 = sum;
    m.started = m.ended = QDateTime::currentDateTimeUtc();
    auto wrote = await<exec::Output>([&](auto done) {
        ctx.runChecked(
            exec::Request(backup::scripts::writeFile(file + u".manifest.json"_s, backup::manifestToJson(m)),
                          backup::manifestToJson(m)),
            std::move(done));
    });
    if (!wrote)
        throw BenchError(u"could not write the manifest: %1"_s.arg(wrote.error().toString()));

    // ---- OpenSSH: a ControlMaster as ops, with libssh2's cipher and MAC ------------------------------
    const QStringList base{u"-F"_s, u"/dev/null"_s,
                           u"-o"_s, u"BatchMode=yes"_s,
                           u"-o"_s, u"StrictHostKeyChecking=yes"_s,
                           u"-o"_s, u"UserKnownHostsFile="_s + knownHosts,
                           u"-o"_s, u"GlobalKnownHostsFile=/dev/null"_s,
                           u"-o"_s, u"IdentitiesOnly=yes"_s,
                           u"-o"_s, u"IdentityFile="_s + key,
                           u"-o"_s, u"User=ops"_s,
                           u"-o"_s, u"Port="_s + port};
    const bool aead = cipher.contains(u"gcm"_s) || cipher.contains(u"poly1305"_s);
    const QStringList cipherOpts =
        aead ? QStringList{u"-c"_s, cipher} : QStringList{u"-c"_s, cipher, u"-o"_s, u"MACs="_s + mac};
    const QString socket = dir + u"/master.sock"_s;
    const QString masterLog = dir + u"/master.log"_s;
    const QString sshLog = dir + u"/ssh-stderr.log"_s;
    Master master(base, host, socket);
    const Spawned started =
        spawnWait(QStringList{u"ssh"_s} + base + cipherOpts +
                      QStringList{u"-v"_s, u"-E"_s, masterLog, u"-o"_s, u"ControlMaster=yes"_s, u"-o"_s,
                                  u"ControlPath="_s + socket, u"-f"_s, u"-N"_s, host},
                  u"/dev/null"_s, sshLog);
    master.started();
    if (started.exitCode != 0 || !master.check())
        throw BenchError(
            u"OpenSSH ControlMaster did not start: %1"_s.arg(QString::fromLocal8Bit(readFile(sshLog))));
    QString osCipher = u"?"_s;
    {
        static const QRegularExpression re(u"kex: server->client cipher: (\\S+) MAC: (\\S+)"_s);
        const auto match = re.match(QString::fromLocal8Bit(readFile(masterLog)));
        if (match.hasMatch())
            osCipher = match.captured(1) + u' ' + match.captured(2);
    }
    const QStringList ssh =
        QStringList{u"ssh"_s} + base + cipherOpts +
        QStringList{u"-o"_s, u"ControlMaster=no"_s, u"-o"_s, u"ControlPath="_s + socket, host};

    out(u"bench_backup: %1 MiB, %2 rounds, test host ops@%3 (sudo -n)"_s.arg(opt.mib).arg(opt.reps).arg(
        host));
    out(u"capataz negotiated %1 %2; the OpenSSH master %3"_s.arg(cipher, mac, osCipher));

    // ---- one timed run of each side ------------------------------------------------------------------
    const QString local = dir + u"/copies"_s;
    const QString localFile = QDir(local).filePath(name);
    auto clean = [&] {
        for (const QString& suffix : {u""_s, u".partial"_s, u".corrupt"_s, u".manifest.json"_s})
            QFile::remove(localFile + suffix);
    };
    // `body` returns the CPU time of the ssh client it ran (0 for capataz). The client's CPU of
    // the OpenSSH side is that plus the ControlMaster's, capataz's that of this process.
    auto timed = [&](Series& series, bool viaSsh, const std::function<double()>& body) {
        const double self0 = selfCpuSeconds();
        const double master0 = pidCpuSeconds(master.pid());
        const double host0 = hostCpuSeconds(thName);
        const SchedTimes conn0 = threadSched(u"ssh:"_s);
        QElapsedTimer clock;
        clock.start();
        const double sshCpu = body();
        Sample smp;
        smp.seconds = double(clock.nsecsElapsed()) / 1e9;
        smp.cpuClient = viaSsh ? pidCpuSeconds(master.pid()) - master0 + sshCpu : selfCpuSeconds() - self0;
        const double host1 = hostCpuSeconds(thName);
        smp.cpuHost = host0 >= 0 && host1 >= 0 ? host1 - host0 : -1;
        const SchedTimes conn1 = threadSched(u"ssh:"_s);
        if (!viaSsh) {
            smp.connOnCpu = conn1.onCpu - conn0.onCpu;
            smp.connWaiting = conn1.runDelay - conn0.runDelay;
        }
        series.runs << smp;
    };
    auto checkCopy = [&](const QString& what) {
        if (sha256Of(localFile) != sum)
            throw BenchError(u"%1: the copy's SHA-256 differs"_s.arg(what));
        clean();
    };

    Series dlOurs{u"download capataz"_s, {}};
    Series dlBefore{u"download capataz before"_s, {}};
    Series dlSsh{u"download ssh sudo cat"_s, {}};
    Series vOurs{u"verify capataz"_s, {}};
    Series vSsh{u"verify ssh sudo sha256sum"_s, {}};

    auto ours = [&] {
        clean();
        timed(dlOurs, false, [&] {
            auto r = await<backup::DownloadResult>(
                [&](auto done) { backup::downloadBackup(ctx, kDir, name, local, {}, std::move(done)); });
            if (!r)
                throw BenchError(u"downloadBackup: %1"_s.arg(r.error().toString()));
            return 0.0;
        });
        checkCopy(u"downloadBackup"_s);
    };
    auto before = [&] {
        clean();
        timed(dlBefore, false, [&] {
            auto r = await<std::monostate>([&](auto done) {
                oldDownload(ctx, name, local, [done](VoidResult v) {
                    if (v)
                        done(std::monostate{});
                    else
                        done(std::unexpected(v.error()));
                });
            });
            if (!r)
                throw BenchError(u"old download: %1"_s.arg(r.error().toString()));
            return 0.0;
        });
        checkCopy(u"the old download"_s);
    };
    auto cat = [&] {
        clean();
        QDir().mkpath(local);
        timed(dlSsh, true, [&] {
            const Spawned sp =
                spawnWait(ssh + QStringList{u"sudo"_s, u"-n"_s, u"cat"_s, u"--"_s, file}, localFile, sshLog);
            if (sp.exitCode != 0)
                throw BenchError(u"ssh sudo cat: exit %1: %2"_s.arg(sp.exitCode)
                                     .arg(QString::fromLocal8Bit(readFile(sshLog))));
            return sp.cpuSeconds;
        });
        checkCopy(u"ssh sudo cat"_s);
    };
    auto verifyOurs = [&] {
        timed(vOurs, false, [&] {
            auto r = await<backup::VerifyResult>(
                [&](auto done) { backup::verifyBackup(ctx, kDir, name, std::move(done)); });
            if (!r || !r->ok())
                throw BenchError(u"verifyBackup did not find the backup intact"_s);
            return 0.0;
        });
    };
    auto verifySsh = [&] {
        const QString sumOut = dir + u"/sum"_s;
        timed(vSsh, true, [&] {
            const Spawned sp = spawnWait(ssh + QStringList{u"sudo"_s, u"-n"_s, u"sha256sum"_s, u"--"_s, file},
                                         sumOut, sshLog);
            if (sp.exitCode != 0)
                throw BenchError(u"ssh sudo sha256sum: exit %1"_s.arg(sp.exitCode));
            return sp.cpuSeconds;
        });
        if (QString::fromLatin1(readFile(sumOut).left(64)) != sum)
            throw BenchError(u"ssh sudo sha256sum printed another sum"_s);
    };

    // A warm-up of each (page cache on both ends, sudo's first run), not counted.
    progress(u"warming up"_s);
    ours();
    cat();
    dlOurs.runs.clear();
    dlSsh.runs.clear();
    for (int i = 0; i < opt.reps; ++i) {
        progress(u"round %1 of %2"_s.arg(i + 1).arg(opt.reps));
        if (i % 2 == 0) {
            ours();
            cat();
            if (opt.before)
                before();
            verifyOurs();
            verifySsh();
        } else {
            if (opt.before)
                before();
            cat();
            ours();
            verifySsh();
            verifyOurs();
        }
    }

    out(u"results (%1 rounds; MiB/s of the median):"_s.arg(opt.reps));
    printSeries(dlOurs, bytes);
    if (opt.before)
        printSeries(dlBefore, bytes);
    printSeries(dlSsh, bytes);
    printSeries(vOurs, bytes);
    printSeries(vSsh, bytes);
    execAndWait(conn, std::move(remote::Command::script(u"rm -rf -- \"$1\""_s, {kDir}).asRoot()));

    auto ratio = [](const char* rname, double peer, double ourTime) {
        if (peer > 0 && ourTime > 0)
            out(u"ratio %1 %2"_s.arg(QString::fromLatin1(rname), QString::number(peer / ourTime, 'f', 2)));
    };
    ratio("backup_download_vs_ssh_cat", dlSsh.med(&Sample::seconds), dlOurs.med(&Sample::seconds));
    if (opt.before)
        ratio("backup_download_before_vs_ssh_cat", dlSsh.med(&Sample::seconds),
              dlBefore.med(&Sample::seconds));
    ratio("backup_verify_vs_ssh_sha256sum", vSsh.med(&Sample::seconds), vOurs.med(&Sample::seconds));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    try {
        return run(QCoreApplication::arguments());
    } catch (const BenchError& e) {
        std::fprintf(stderr, "bench_backup: FAILED: %s\n", e.what());
        return 1;
    }
}
