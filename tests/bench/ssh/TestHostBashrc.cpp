#include "ssh/TestHostBashrc.h"

#include "ssh/BenchUtil.h"
#include "ssh/CapatazSide.h"

#include <QElapsedTimer>

#include <cstdio>

namespace capataz::bench {

using namespace capataz::ssh;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kBashrc = QStringLiteral("/root/.bashrc");
const QString kBashrcSaved = QStringLiteral("/root/.bashrc.bench_ssh-saved");
} // namespace

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

BashrcGuard::~BashrcGuard()
{
    if (!m_active || !m_conn.isConnected())
        return;
    try {
        remoteSh(m_conn, u"if [ -e \"$2\" ]; then mv -f \"$2\" \"$1\"; fi"_s, {kBashrc, kBashrcSaved});
    } catch (const BenchError& e) {
        std::fprintf(stderr, "bench_ssh: could not restore %s on the test host: %s\n", qPrintable(kBashrc),
                     e.what());
    }
}

} // namespace capataz::bench
