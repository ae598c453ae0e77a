// ssh::AtomicWrite::script() run by the local /bin/sh (dash on Debian, the same POSIX shell the
// servers run it with), cancelled the way RemoteProcess cancels it: TERM to its whole process
// group, at every moment of its life from its first instruction on. Whenever it is stopped, the
// directory holds the target with its old content and nothing else: no temporary file. The
// same for the other atomic writer, the TLS plan's cron file (old or new content, nothing else).
#include "setup/TlsPlan.h"
#include "ssh/AtomicWrite.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <unistd.h>

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

namespace {
QByteArray contentOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<absent>");
}

// Starts the script in a process group of its own, writing `target` inside `dir`.
void startScript(QProcess& p, const QString& target)
{
    p.setChildProcessModifier([] { ::setsid(); });
    p.start(u"/bin/sh"_s, {u"-c"_s, ssh::AtomicWrite::script(), u"sh"_s, target, u"600"_s, u"1"_s,
                           u"20261207-120000"_s, QString()});
}

// A file with `content`; false when it cannot be written.
bool writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

// Runs a writer `runs` times on a target holding "OLD=1\n" in a fresh directory: `start` starts
// it (in a process group of its own), TERM goes to that group after a delay spread over
// [0, rangeUs). Returns what went wrong in the first bad run ("" when none): a file other than
// the target left in the directory, or content other than the old or (`newAllowed`) the new.
QString cancelAtSpreadMoments(int runs, qint64 rangeUs, const QString& name,
                              const std::function<void(QProcess&, const QString&)>& start,
                              const QByteArray& newContent, bool newAllowed);

void spinFor(qint64 microseconds)
{
    QElapsedTimer t;
    t.start();
    while (t.nsecsElapsed() < microseconds * 1000) {
    }
}
QString cancelAtSpreadMoments(int runs, qint64 rangeUs, const QString& name,
                              const std::function<void(QProcess&, const QString&)>& start,
                              const QByteArray& newContent, bool newAllowed)
{
    int leftovers = 0;
    QStringList seen;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir dir;
        const QString target = dir.filePath(name);
        if (!writeFile(target, "OLD=1\n"))
            return u"cannot write "_s + target;
        QProcess p;
        start(p, target);
        if (!p.waitForStarted(10000))
            return u"the script did not start"_s;
        spinFor(rangeUs * i / runs);
        ::kill(-static_cast<pid_t>(p.processId()), SIGTERM);
        if (!p.waitForFinished(10000))
            return u"the script did not end after TERM"_s;
        const QStringList names = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        if (names != QStringList{name}) {
            ++leftovers;
            seen = names;
        }
        const QByteArray now = contentOf(target);
        if (now != "OLD=1\n" && !(newAllowed && now == newContent))
            return u"run %1 left the content %2"_s.arg(i).arg(QString::fromUtf8(now));
    }
    if (leftovers == 0)
        return {};
    return u"%1 of %2 cancelled runs left files behind, e.g. %3"_s.arg(leftovers).arg(runs).arg(
        seen.join(u", "_s));
}
} // namespace

class TestAtomicWriteScript : public QObject {
    Q_OBJECT

private slots:
    // Without a cancel the script writes, and keeps the previous version beside the target.
    void writesWhenConfirmed()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"app.env"_s);
        QVERIFY(writeFile(target, "OLD=1\n"));
        QProcess p;
        startScript(p, target);
        p.write("6\nNEW=2\n");
        QVERIFY(p.waitForReadyRead(10000));
        QCOMPARE(p.readAllStandardOutput(), "capataz-received\n"_ba);
        p.write("commit\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(10000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(contentOf(target), "NEW=2\n"_ba);
        const QStringList names = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(names, QStringList({u"app.env"_s, u"app.env.capataz-20261207-120000.bak"_s}));
    }

    // The temporary name is taken by a file that is not the script's (mktemp -u names it without
    // creating it; here a stand-in mktemp on PATH gives that name): the script stops, and both
    // that file and the target stay as they were.
    void aTakenTemporaryNameIsLeftAlone()
    {
        QTemporaryDir dir;
        QTemporaryDir bin;
        const QString target = dir.filePath(u"app.env"_s);
        const QString taken = dir.filePath(u".app.env.capataz.TAKEN"_s);
        QVERIFY(writeFile(target, "OLD=1\n"));
        QVERIFY(writeFile(taken, "not Capataz's\n"));
        const QString fakeMktemp = bin.filePath(u"mktemp"_s);
        QVERIFY(writeFile(fakeMktemp, "#!/bin/sh\necho ./.app.env.capataz.TAKEN\n"));
        QVERIFY(QFile::setPermissions(fakeMktemp, QFile::ReadOwner | QFile::ExeOwner));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PATH"_s, bin.path() + u':' + env.value(u"PATH"_s));
        p.setProcessEnvironment(env);
        startScript(p, target);
        p.write("6\nNEW=2\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(p.exitCode() != 0);
        QCOMPARE(contentOf(target), "OLD=1\n"_ba);
        QCOMPARE(contentOf(taken), "not Capataz's\n"_ba);
    }

    // TERM to the process group at spread moments: from before the shell's first line to
    // waiting for "commit". Each run must leave the directory as it found it.
    void termAtAnyMomentLeavesNothing()
    {
        // How long the script takes to reach "capataz-received" here sets the range to cover.
        QElapsedTimer clock;
        qint64 reachMs = 0;
        {
            QTemporaryDir dir;
            QProcess p;
            clock.start();
            startScript(p, dir.filePath(u"app.env"_s));
            p.write("6\nNEW=2\n");
            QVERIFY(p.waitForReadyRead(10000));
            reachMs = clock.elapsed();
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(10000));
        }
        const qint64 rangeUs = qMax<qint64>(2000, reachMs * 1000 * 3 / 2);
        const QString wrong = cancelAtSpreadMoments(
            400, rangeUs, u"app.env"_s,
            [](QProcess& p, const QString& target) {
                startScript(p, target);
                p.write("6\nNEW=2\n");
            },
            "NEW=2\n", false); // never confirmed: the old content stays
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    // The renewal cron file's writer, cancelled at spread moments over its whole run: the
    // directory then holds the file with its old or its new content, and nothing else.
    void cronWriterTermAtAnyMomentLeavesNoTemporaryFile()
    {
        const auto start = [](QProcess& p, const QString& target) {
            p.setChildProcessModifier([] { ::setsid(); });
            p.start(u"/bin/sh"_s,
                    {u"-c"_s, setup::tlsRenewalCronWriteScript(), u"sh"_s, target, u"NEW=2\n"_s});
        };
        QElapsedTimer clock;
        qint64 wholeMs = 0;
        {
            QTemporaryDir dir;
            const QString target = dir.filePath(u"certbot-capataz"_s);
            QProcess p;
            clock.start();
            start(p, target);
            QVERIFY(p.waitForFinished(10000));
            wholeMs = clock.elapsed();
            QCOMPARE(p.exitCode(), 0);
            QCOMPARE(contentOf(target), "NEW=2\n"_ba);
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                     QStringList{u"certbot-capataz"_s});
        }
        const qint64 rangeUs = qMax<qint64>(2000, wholeMs * 1000 * 3 / 2);
        const QString wrong =
            cancelAtSpreadMoments(200, rangeUs, u"certbot-capataz"_s, start, "NEW=2\n", true);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }
};

QTEST_GUILESS_MAIN(TestAtomicWriteScript)
#include "tst_atomicwritescript.moc"
