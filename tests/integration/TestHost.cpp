#include "TestHost.h"

#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QTimer>

namespace capataz::test {

const TestHost* TestHost::instance(QString* whyNot)
{
    static TestHost* host = []() -> TestHost* {
        const QString path = qEnvironmentVariable("CAPATAZ_TESTHOST_ENV");
        QFile f(path);
        if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
            return nullptr;
        auto* h = new TestHost;
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (line.startsWith('#') || !line.contains('='))
                continue;
            const qsizetype eq = line.indexOf('=');
            h->m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
        return h;
    }();
    if (!host && whyNot)
        *whyNot = QStringLiteral(
                      "no test host: CAPATAZ_TESTHOST_ENV (%1) is not readable; run the tests through ctest")
                      .arg(qEnvironmentVariable("CAPATAZ_TESTHOST_ENV"));
    return host;
}

ssh::ConnectionSettings TestHost::keySettings(const QString& user) const
{
    ssh::ConnectionSettings s;
    s.host = host();
    s.port = port();
    s.user = user;
    s.auth = ssh::AuthKind::KeyFile;
    s.keyPath = value(QStringLiteral("TH_KEY_") + user.toUpper());
    s.knownHostsFiles = {value(QStringLiteral("TH_KNOWN_HOSTS"))};
    s.hostKeyPolicy = ssh::HostKeyPolicy::Strict;
    s.connectTimeoutMs = 15000;
    if (user == u"root")
        s.sudo = remote::SudoMode::RootLogin;
    else if (user == u"ops")
        s.sudo = remote::SudoMode::NoPassword;
    else if (user == u"deploy") {
        s.sudo = remote::SudoMode::Password;
        s.sudoPassword = value(QStringLiteral("TH_DEPLOY_PASSWORD"));
    }
    return s;
}

QByteArray TestHost::inside(const QString& shellCommand, int* rc) const
{
    QProcess p;
    p.start(QStringLiteral("nsenter"),
            {QStringLiteral("-t"), value(QStringLiteral("TH_PID")), QStringLiteral("-a"),
             QStringLiteral("sh"), QStringLiteral("-c"), shellCommand});
    p.waitForFinished(120000);
    if (rc)
        *rc = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

bool waitForState(ssh::Connection& c, ssh::ConnectionState wanted, int timeoutMs)
{
    if (c.state() == wanted)
        return true;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(&c, &ssh::Connection::stateChanged, &loop, [&](ssh::ConnectionState s) {
        if (s == wanted || s == ssh::ConnectionState::Failed)
            loop.quit();
    });
    loop.exec();
    return c.state() == wanted;
}

bool connectAndWait(ssh::Connection& c, int timeoutMs)
{
    c.connectToHost();
    return waitForState(c, ssh::ConnectionState::Connected, timeoutMs);
}

RunOutput run(ssh::Connection& c, const remote::Command& command, const QByteArray& input, int timeoutMs)
{
    RunOutput out;
    auto* p = c.exec(command);
    QEventLoop loop;
    bool done = false;
    QObject::connect(p, &ssh::RemoteProcess::readyReadStdout, &loop,
                     [&](const QByteArray& d) { out.out += d; });
    QObject::connect(p, &ssh::RemoteProcess::readyReadStderr, &loop,
                     [&](const QByteArray& d) { out.err += d; });
    QObject::connect(p, &ssh::RemoteProcess::finished, &loop, [&](const ssh::ProcessResult& r) {
        out.result = r;
        done = true;
        loop.quit();
    });
    p->setTimeout(timeoutMs);
    p->start();
    if (!input.isEmpty())
        p->write(input);
    p->closeWriteChannel();
    if (!done)
        loop.exec();
    p->deleteLater();
    return out;
}

ssh::SftpResult runSftp(ssh::Connection& c, ssh::SftpJob::Spec spec, int timeoutMs)
{
    ssh::SftpResult result;
    auto* j = c.sftp(std::move(spec));
    QEventLoop loop;
    bool done = false;
    QObject::connect(j, &ssh::SftpJob::finished, &loop, [&](const ssh::SftpResult& r) {
        result = r;
        done = true;
        loop.quit();
    });
    j->setTimeout(timeoutMs);
    j->start();
    if (!done)
        loop.exec();
    j->deleteLater();
    return result;
}

PlanRun runPlan(plan::Plan plan, ssh::Connection* connection, store::AuditLog* audit,
                const plan::PlanRunner::Options& options, int timeoutMs)
{
    PlanRun run;
    std::optional<plan::PlanReport> report;
    plan::PlanRunner runner(std::move(plan), connection, audit, options);
    QObject::connect(&runner, &plan::PlanRunner::finished, &runner, [&](const plan::PlanReport& r) {
        report = r;
        ++run.finishedCount;
    });
    QObject::connect(
        &runner, &plan::PlanRunner::stepOutput, &runner,
        [&](int, const QString& id, const QString& text) { run.output += u'<' + id + u"> " + text; });
    QObject::connect(&runner, &plan::PlanRunner::stepFinished, &runner,
                     [](int, const QString& id, plan::StepStatus status, const Error& e) {
                         qInfo("%s: %s %s", qPrintable(id), qPrintable(plan::stepStatusName(status)),
                               qPrintable(e.isError() ? e.toString() : QString()));
                     });
    runner.start();
    if (!QTest::qWaitFor([&] { return report.has_value(); }, timeoutMs)) {
        QTest::qFail(qPrintable(QStringLiteral("the plan did not finish within %1 ms").arg(timeoutMs)),
                     __FILE__, __LINE__);
        return run;
    }
    QCoreApplication::processEvents(); // a second finished() would come now
    run.report = *report;
    return run;
}

void TestHost::repairNginx() const
{
    inside(QStringLiteral(
        "nginx -t >/dev/null 2>&1 || { find /etc/nginx/sites-enabled -mindepth 1 ! -name default "
        "-delete; if [ -s /run/nginx.pid ]; then nginx -s reload; fi; } >/dev/null 2>&1"));
}

} // namespace capataz::test
