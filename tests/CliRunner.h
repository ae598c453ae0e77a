#pragma once
// Runs the real capataz-cli binary (CAPATAZ_CLI_PATH, set by tests/CMakeLists.txt) as a user
// would, for the unit, integration and README tests: one way to build its environment and to
// collect what it printed, instead of a copy in every test file.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#ifndef CAPATAZ_CLI_PATH
#error "CliRunner.h needs CAPATAZ_CLI_PATH (link the test with capataz-cli as tests/CMakeLists.txt does)"
#endif

namespace capataz::test {

// How one run ended: the exit status (-1: did not start, crashed or was killed at the time
// limit) and everything it wrote.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// For a failure message: the exit status, the first 3,000 bytes of stdout, stderr.
inline QByteArray show(const CliRun& r)
{
    return "exit " + QByteArray::number(r.exitCode) + "\nstdout: " + r.out.left(3000) + "\nstderr: " + r.err;
}

// The machine's environment with the in-memory keychain (never the user's), messages in `lang`
// (LANG; LC_ALL, LC_MESSAGES and LANGUAGE removed, so the machine's locale does not choose), no
// CAPATAZ_DATA_DIR and no ssh-agent; HOME is `home` when given, so no ~/.ssh/known_hosts or
// ~/.ssh/config of the real user is read.
inline QProcessEnvironment cliEnvironment(const QString& home = {},
                                          const QString& lang = QStringLiteral("C.UTF-8"))
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CAPATAZ_KEYCHAIN"), QStringLiteral("memory"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), lang);
    if (!home.isEmpty())
        env.insert(QStringLiteral("HOME"), home);
    env.remove(QStringLiteral("CAPATAZ_DATA_DIR"));
    env.remove(QStringLiteral("SSH_AUTH_SOCK"));
    return env;
}

// Runs `capataz-cli [--data-dir dataDir] args...` in `env`, writes `input` to its stdin and
// closes it, and waits up to `timeoutMs` (then kills it: exitCode -1).
inline CliRun runCli(const QProcessEnvironment& env, const QString& dataDir, const QStringList& args,
                     const QByteArray& input = {}, int timeoutMs = 90000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QStringList all;
    if (!dataDir.isEmpty())
        all << QStringLiteral("--data-dir") << dataDir;
    p.start(QStringLiteral(CAPATAZ_CLI_PATH), all + args);
    CliRun r;
    if (!p.waitForStarted())
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    p.waitForFinished();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

} // namespace capataz::test
