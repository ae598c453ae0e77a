#include "ssh/SftpBench.h"

#include "ssh/BenchUtil.h"
#include "ssh/CapatazSide.h"
#include "ssh/OpenSshMaster.h"
#include "ssh/ProcessStats.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace capataz::bench {

using namespace capataz::ssh;
using namespace Qt::Literals::StringLiterals;

namespace {
struct Sample {
    double wall = 0;         // seconds
    double clientCpu = 0;    // seconds
    double hostCpu = -1;     // seconds; negative: unknown
    double threadCpu = -1;   // capataz's connection thread: on a CPU
    double threadDelay = -1; // ... runnable but waiting for a CPU
};
} // namespace

SftpRatios benchSftp(const BenchContext& c, bool doDown, bool doUp)
{
    const Options& opt = c.opt;
    Connection& conn = c.conn;
    const QString& host = c.host;
    const QString& dir = c.dir;
    const QString& sshLog = c.sshLog;
    const QStringList& base = c.base;
    const QString& cipher = c.cipher;
    const QString& mac = c.mac;
    const QString& thName = c.thName;
    SftpRatios ratios;

    const qint64 size = opt.sizeMiB * 1024 * 1024;
    const double mb = double(size) / 1e6;
    const QString remoteSrc = u"/tmp/capataz-bench-src"_s;
    const QString remoteUpCz = u"/tmp/capataz-bench-up-capataz"_s;
    const QString remoteUpOs = u"/tmp/capataz-bench-up-openssh"_s;
    const QString localSrc = dir + u"/src"_s;
    const QString localDlCz = dir + u"/dl-capataz"_s;
    const QString localDlOs = dir + u"/dl-openssh"_s;

    progress(u"making %1 MiB of random data on the test host and here"_s.arg(opt.sizeMiB));
    const QByteArray remoteSum = remoteSh(conn, u"head -c \"$1\" /dev/urandom > \"$2\" && sha256sum \"$2\""_s,
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
    const Spawned m = spawnWait(QStringList{u"ssh"_s} + base + cipherOpts +
                                    QStringList{u"-v"_s, u"-E"_s, masterLog, u"-o"_s, u"ControlMaster=yes"_s,
                                                u"-o"_s, u"ControlPath="_s + socket, u"-f"_s, u"-N"_s, host},
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
            throw BenchError(u"%1 download: SHA-256 of %2 differs from the remote file's"_s.arg(who, path));
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
                u"%1 upload: SHA-256 of %2 on the test host differs from the local file's"_s.arg(who, path));
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
                QFile::remove(localDlCz); // no dirty pages left to be written back during the next transfer
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
        ratios.download = a / b;
    }
    if (doUp) {
        const double a = line(u"upload   capataz SftpJob         "_s, ulA);
        const double b = line(u"upload   openssh sftp -b         "_s, ulB);
        ratios.upload = a / b;
    }
    out(u"  verified: sizes every run, SHA-256 on the first run of each tool and direction"_s);
    return ratios;
}

} // namespace capataz::bench
