#pragma once

#include "plan/PlanRunner.h"
#include "ssh/Connection.h"
#include "ssh/RemoteProcess.h"
#include "ssh/SftpJob.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace capataz::test {

// The disposable test host started by tests/host/start-test-host.sh (a real sshd in its
// own namespaces). Reads the env file CTest names in CAPATAZ_TESTHOST_ENV.
class TestHost {
public:
    // nullptr (and a reason) when no test host is running.
    static const TestHost* instance(QString* whyNot = nullptr);

    [[nodiscard]] QString value(const QString& key) const { return m_env.value(key); }
    [[nodiscard]] QString host() const { return value(QStringLiteral("TH_HOST")); }
    [[nodiscard]] int port() const { return value(QStringLiteral("TH_PORT")).toInt(); }

    // Settings for a user of the test host with key auth, the test host's known_hosts and a
    // Strict host key policy.
    [[nodiscard]] ssh::ConnectionSettings keySettings(const QString& user) const;

    // Runs a shell command inside the test host as root, bypassing SSH (nsenter), for
    // preparing and checking what the code under test did. Returns stdout; exit code in *rc.
    QByteArray inside(const QString& shellCommand, int* rc = nullptr) const;
    // A test killed before its cleanup (a timeout) can leave an enabled nginx site whose
    // certificate is gone, and then every later `nginx -t` fails: when it does, every enabled
    // site but Debian's default is disabled and nginx reloaded. For the tests that use nginx.
    void repairNginx() const;

private:
    QHash<QString, QString> m_env;
};

// Test-side waiting helpers (tests may spin an event loop; the application never does).
bool waitForState(ssh::Connection& c, ssh::ConnectionState wanted, int timeoutMs = 20000);
bool connectAndWait(ssh::Connection& c, int timeoutMs = 20000);

struct RunOutput {
    QByteArray out;
    QByteArray err;
    ssh::ProcessResult result;
};
RunOutput run(ssh::Connection& c, const remote::Command& command, const QByteArray& input = {},
              int timeoutMs = 60000);
// The error text of a Result, or empty: for QVERIFY2 messages (r.error() is only valid on failure).
template <typename T> QByteArray why(const Result<T>& r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}

// Runs a plan to its end with PlanRunner (spinning the event loop, as tests may), logs every
// step's outcome with qInfo (for the log of a failing run) and collects what the steps printed
// as "<step.id> text". A run that does not finish within `timeoutMs` fails the test and gives
// an empty report.
struct PlanRun {
    plan::PlanReport report;
    QString output;
    int finishedCount = 0; // PlanRunner promises exactly one finished()
};
PlanRun runPlan(plan::Plan plan, ssh::Connection* connection, store::AuditLog* audit,
                const plan::PlanRunner::Options& options, int timeoutMs);

ssh::SftpResult runSftp(ssh::Connection& c, ssh::SftpJob::Spec spec, int timeoutMs = 120000);

} // namespace capataz::test
