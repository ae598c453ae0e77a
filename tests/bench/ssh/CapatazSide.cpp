#include "ssh/CapatazSide.h"

#include "ssh/BenchUtil.h"

#include <QEventLoop>

namespace capataz::bench {

using namespace capataz::ssh;
using namespace Qt::Literals::StringLiterals;

ExecOutput execAndWait(Connection& conn, const remote::Command& cmd, int timeoutMs)
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

QByteArray remoteSh(Connection& conn, const QString& script, const QStringList& args)
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

} // namespace capataz::bench
