#include "ssh/RoundTripBench.h"

#include "ssh/BenchUtil.h"
#include "ssh/OpenSshMaster.h"
#include "ssh/ProcessStats.h"
#include "ssh/RemoteProcess.h"

#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>

namespace capataz::bench {

using namespace capataz::ssh;
using namespace Qt::Literals::StringLiterals;

double benchRoundTrip(const BenchContext& c)
{
    const Options& opt = c.opt;
    Connection& conn = c.conn;
    const QString& host = c.host;
    const QString& dir = c.dir;
    const QString& sshLog = c.sshLog;
    const QStringList& base = c.base;

    const QString socket = dir + u"/rt.sock"_s;
    const QStringList rtSsh = QStringList{u"ssh"_s} + base + QStringList{u"-o"_s, u"ControlMaster=auto"_s,
                                                                         u"-o"_s, u"ControlPath="_s + socket,
                                                                         u"-o"_s, u"ControlPersist=60"_s,
                                                                         host,    u"true"_s};
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
    progress(
        u"round trips: %1 warm-ups + %2 timed, each side, interleaved"_s.arg(opt.rtWarmup).arg(opt.rtRuns));
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
    return mb > 0 ? ma / mb : -1;
}

} // namespace capataz::bench
