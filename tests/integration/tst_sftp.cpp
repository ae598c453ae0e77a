// SFTP and atomic replace against the real test host.
#include "TestHost.h"
#include "ssh/AtomicWrite.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace capataz;
using namespace capataz::ssh;
using namespace Qt::Literals::StringLiterals;

class TestSftp : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    std::unique_ptr<Connection> conn;   // root
    std::unique_ptr<Connection> deploy; // sudo with password
    QTemporaryDir tmp;

    Result<AtomicWriteReport> atomicWrite(Connection& c, const QString& path, const QByteArray& content,
                                          AtomicWrite::Options o)
    {
        AtomicWrite w(c, path, content, o);
        std::optional<Result<AtomicWriteReport>> result;
        QEventLoop loop;
        connect(&w, &AtomicWrite::finished, &loop, [&](const Result<AtomicWriteReport>& r) {
            result = r;
            loop.quit();
        });
        w.start();
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        if (!result)
            loop.exec();
        if (!result)
            return fail(ErrorCode::Timeout, u"no answer"_s);
        return *result;
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        conn = std::make_unique<Connection>(th->keySettings(u"root"_s));
        QVERIFY2(test::connectAndWait(*conn), qPrintable(conn->lastError().toString()));
        deploy = std::make_unique<Connection>(th->keySettings(u"deploy"_s));
        QVERIFY2(test::connectAndWait(*deploy), qPrintable(deploy->lastError().toString()));
    }
    void cleanupTestCase()
    {
        conn.reset();
        deploy.reset();
    }

    void statListReadWrite()
    {
        th->inside(
            u"rm -rf /srv/sftp && mkdir -p /srv/sftp/sub && printf 'hello\\n' > /srv/sftp/a.txt && chmod 640 /srv/sftp/a.txt"_s);
        auto st = test::runSftp(*conn, SftpJob::Spec::stat(u"/srv/sftp/a.txt"_s));
        QVERIFY2(st.ok(), qPrintable(st.error.toString()));
        QCOMPARE(st.entry.size, 6);
        QCOMPARE(st.entry.mode(), 0640);
        QVERIFY(!st.entry.isDir());

        auto ls = test::runSftp(*conn, SftpJob::Spec::list(u"/srv/sftp"_s));
        QVERIFY(ls.ok());
        QStringList names;
        for (const auto& e : ls.entries)
            names << e.name + (e.isDir() ? u"/"_s : QString());
        names.sort();
        QCOMPARE(names, (QStringList{u"a.txt"_s, u"sub/"_s}));

        auto rd = test::runSftp(*conn, SftpJob::Spec::read(u"/srv/sftp/a.txt"_s));
        QVERIFY(rd.ok());
        QCOMPARE(rd.data, QByteArray("hello\n"));

        auto wr = test::runSftp(*conn,
                                SftpJob::Spec::write(u"/srv/sftp/new ñ.txt"_s, "written by capataz\n", 0600));
        QVERIFY2(wr.ok(), qPrintable(wr.error.toString()));
        QCOMPARE(th->inside(u"stat -c '%a %s' '/srv/sftp/new ñ.txt'"_s).trimmed(), QByteArray("600 19"));

        auto missing = test::runSftp(*conn, SftpJob::Spec::stat(u"/srv/sftp/nope"_s));
        QCOMPARE(missing.error.code, ErrorCode::RemoteFileNotFound);
        auto denied = test::runSftp(*deploy, SftpJob::Spec::read(u"/etc/shadow"_s));
        QCOMPARE(denied.error.code, ErrorCode::RemotePermissionDenied);
    }

    void roundTrip100MiB()
    {
        const QString local = tmp.filePath(u"big.bin"_s);
        {
            QFile f(local);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray block(1024 * 1024, Qt::Uninitialized);
            auto* rng = QRandomGenerator::global();
            for (int i = 0; i < 100; ++i) {
                rng->fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
                f.write(block);
            }
        }
        QFile lf(local);
        QVERIFY(lf.open(QIODevice::ReadOnly));
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&lf);
        const QByteArray localSum = h.result().toHex();
        lf.close();

        const auto up = SftpJob::Spec::upload(local, u"/tmp/big.bin"_s);
        int progressSignals = 0;
        auto* job = conn->sftp(up);
        QEventLoop loop;
        SftpResult result;
        connect(job, &SftpJob::progress, &loop, [&](qint64, qint64) { ++progressSignals; });
        connect(job, &SftpJob::finished, &loop, [&](const SftpResult& r) {
            result = r;
            loop.quit();
        });
        job->start();
        loop.exec();
        job->deleteLater();
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.bytes, qint64(100) * 1024 * 1024);
        QVERIFY(progressSignals > 10 && progressSignals <= 101); // once per percent, not per packet
        const QByteArray remoteSum = th->inside(u"sha256sum /tmp/big.bin"_s).left(64);
        QCOMPARE(remoteSum, localSum);

        const auto down = SftpJob::Spec::download(u"/tmp/big.bin"_s, tmp.filePath(u"back.bin"_s));
        auto back = test::runSftp(*conn, down);
        QVERIFY2(back.ok(), qPrintable(back.error.toString()));
        QFile bf(down.localPath);
        QVERIFY(bf.open(QIODevice::ReadOnly));
        QCryptographicHash h2(QCryptographicHash::Sha256);
        h2.addData(&bf);
        QCOMPARE(h2.result().toHex(), localSum);
        QVERIFY(!QFile::exists(down.localPath + u".part"_s));
    }

    void writeFromMemoryLargerThanWriteAhead()
    {
        // More than the upload keeps in front of libssh2 (4 MiB) and not a multiple of a chunk:
        // every byte arrives once and in order.
        QByteArray data(9 * 1024 * 1024 + 12345, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(data.data()), data.size() / 4);
        const QByteArray sum = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
        auto wr = test::runSftp(*conn, SftpJob::Spec::write(u"/tmp/memory.bin"_s, data, 0600));
        QVERIFY2(wr.ok(), qPrintable(wr.error.toString()));
        QCOMPARE(wr.bytes, data.size());
        QCOMPARE(th->inside(u"sha256sum /tmp/memory.bin"_s).left(64), sum);
    }

    void cancelledDownloadLeavesNothing()
    {
        th->inside(u"head -c 64M /dev/urandom > /tmp/cancel.bin"_s);
        const auto down = SftpJob::Spec::download(u"/tmp/cancel.bin"_s, tmp.filePath(u"cancel.bin"_s));
        auto* job = conn->sftp(down);
        QEventLoop loop;
        SftpResult result;
        connect(job, &SftpJob::progress, &loop, [&](qint64 done, qint64) {
            if (done > 0)
                job->cancel();
        });
        connect(job, &SftpJob::finished, &loop, [&](const SftpResult& r) {
            result = r;
            loop.quit();
        });
        job->start();
        loop.exec();
        job->deleteLater();
        QCOMPARE(result.error.code, ErrorCode::Cancelled);
        QVERIFY(!QFile::exists(down.localPath));
        QVERIFY(!QFile::exists(down.localPath + u".part"_s));
        // The connection is still good.
        QVERIFY(test::run(*conn, remote::Command({u"true"_s})).result.ok());
    }

    void cancelWhileChannelsOpen()
    {
        // Cancels landing at every moment of a channel open (SFTP start takes several round trips
        // and a process on the server; exec one): each job ends once, either done or Cancelled,
        // nothing leaks on the server and the connection stays good for both kinds of job.
        Connection c(th->keySettings(u"root"_s));
        QVERIFY2(test::connectAndWait(c), qPrintable(c.lastError().toString()));
        th->inside(u"printf 'x' > /tmp/cancel-open.txt"_s);
        constexpr int kJobs = 24;
        int finishedSignals = 0;
        int cancelled = 0;
        int succeeded = 0;
        QStringList unexpected;
        QEventLoop loop;
        auto done = [&](const Error& e) {
            ++finishedSignals;
            if (e.code == ErrorCode::Cancelled)
                ++cancelled;
            else if (!e.isError())
                ++succeeded;
            else
                unexpected << e.toString();
            if (finishedSignals == 2 * kJobs)
                loop.quit();
        };
        for (int i = 0; i < kJobs; ++i) {
            auto* sftp = c.sftp(SftpJob::Spec::stat(u"/tmp/cancel-open.txt"_s));
            connect(sftp, &SftpJob::finished, &loop, [&, sftp](const SftpResult& r) {
                done(r.error);
                sftp->deleteLater();
            });
            auto* proc = c.exec(remote::Command({u"true"_s}));
            connect(proc, &RemoteProcess::finished, &loop, [&, proc](const ProcessResult& r) {
                done(r.error.isError() || r.exitCode == 0 ? r.error : Error{ErrorCode::Internal, u"exit"_s});
                proc->deleteLater();
            });
            sftp->start();
            proc->start();
            // Staggered: the first ones before they reach the wire, later ones mid-open.
            QTimer::singleShot(i / 2, sftp, &SftpJob::cancel);
            QTimer::singleShot(i / 3, proc, &RemoteProcess::cancel);
        }
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(finishedSignals, 2 * kJobs);
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n')));
        QVERIFY(cancelled > 0);
        QCOMPARE(cancelled + succeeded, 2 * kJobs);
        QTest::qWait(200); // no more finished signals after the last one
        QCOMPARE(finishedSignals, 2 * kJobs);

        for (int i = 0; i < 3; ++i) {
            auto st = test::runSftp(c, SftpJob::Spec::stat(u"/tmp/cancel-open.txt"_s));
            QVERIFY2(st.ok(), qPrintable(st.error.toString()));
            QCOMPARE(st.entry.size, 1);
            QVERIFY(test::run(c, remote::Command({u"true"_s})).result.ok());
        }
        // Every SFTP server process the cancelled jobs started is gone again.
        QTRY_COMPARE_WITH_TIMEOUT(th->inside(u"pgrep -x sftp-server | wc -l"_s).trimmed(), QByteArray("0"),
                                  15000);
    }

    void atomicReplaceKeepsOwnerAndMode()
    {
        // A file owned by deploy:www-data with mode 0640, replaced by root.
        th->inside(
            u"mkdir -p /srv/app && printf 'OLD=1\\n' > /srv/app/.env && chown deploy:www-data /srv/app/.env && chmod 0640 /srv/app/.env"_s);
        AtomicWrite::Options o;
        o.keepPrevious = true;
        auto r = atomicWrite(*conn, u"/srv/app/.env"_s, "NEW=2\nSECRET=s3cr3t'$(x)\n", o);
        QVERIFY2(r.has_value(), test::why(r).constData());
        QCOMPARE(th->inside(u"stat -c '%U:%G %a' /srv/app/.env"_s).trimmed(),
                 QByteArray("deploy:www-data 640"));
        QCOMPARE(th->inside(u"cat /srv/app/.env"_s), QByteArray("NEW=2\nSECRET=s3cr3t'$(x)\n"));
        QVERIFY(!r->previousVersion.isEmpty());
        QCOMPARE(th->inside(u"cat '"_s + r->previousVersion + u"'"_s), QByteArray("OLD=1\n"));
        // No temporary file is left behind.
        QCOMPARE(th->inside(u"ls -A /srv/app | grep -cF 'capataz.' || true"_s).trimmed(), QByteArray("0"));
        // The secret never went into a command line: it is not in sshd's log either.
        QVERIFY(
            !th->inside(u"cat /var/log/sshd.log /var/log/auth.log 2>/dev/null || true"_s).contains("s3cr3t"));
    }

    void atomicReplaceNewFileAndSudoPassword()
    {
        th->inside(u"mkdir -p /etc/capataz-test && rm -f /etc/capataz-test/new.conf"_s);
        AtomicWrite::Options o;
        o.asRoot = true;
        o.newFileMode = 0600;
        auto r = atomicWrite(*deploy, u"/etc/capataz-test/new.conf"_s, "x=1\n", o);
        QVERIFY2(r.has_value(), test::why(r).constData());
        QCOMPARE(th->inside(u"stat -c '%U %a' /etc/capataz-test/new.conf"_s).trimmed(),
                 QByteArray("root 600"));
        QVERIFY(r->previousVersion.isEmpty());
        // Without root, the same write is refused and the old file stays.
        o.asRoot = false;
        auto denied = atomicWrite(*deploy, u"/etc/capataz-test/new.conf"_s, "x=2\n", o);
        QVERIFY(!denied.has_value());
        QCOMPARE(denied.error().code, ErrorCode::RemotePermissionDenied);
        QCOMPARE(th->inside(u"cat /etc/capataz-test/new.conf"_s), QByteArray("x=1\n"));
    }

    void atomicReplaceRefusesSymlink()
    {
        // Someone who can write a project directory points its .env at a root-owned file: the
        // write, as root, must not go through the link.
        th->inside(u"rm -rf /srv/ln && mkdir -p /srv/ln && chown deploy /srv/ln && "
                   "printf 'root only\\n' > /etc/capataz-victim && chmod 0644 /etc/capataz-victim && "
                   "ln -s /etc/capataz-victim /srv/ln/.env"_s);
        const QString victim = u"stat -c '%U %a %s %Y' /etc/capataz-victim; cat /etc/capataz-victim"_s;
        const QByteArray before = th->inside(victim);
        AtomicWrite::Options o;
        o.asRoot = true;
        auto r = atomicWrite(*deploy, u"/srv/ln/.env"_s, "PWNED=1\n", o);
        QVERIFY2(!r.has_value(), "the write went through the link");
        QCOMPARE(r.error().code, ErrorCode::RemotePermissionDenied);
        QVERIFY2(r.error().detail.contains(u"/srv/ln/.env"_s) &&
                     r.error().detail.contains(u"/etc/capataz-victim"_s),
                 qPrintable(r.error().detail));
        QCOMPARE(th->inside(victim), before);
        QCOMPARE(th->inside(u"readlink /srv/ln/.env"_s), QByteArray("/etc/capataz-victim\n"));
        QCOMPARE(th->inside(u"ls -A /srv/ln"_s), QByteArray(".env\n")); // no temporary file, no .bak

        // A dangling link is refused too (it would create the file it names).
        th->inside(u"ln -sfn /etc/cron.d/capataz-victim /srv/ln/.env"_s);
        r = atomicWrite(*deploy, u"/srv/ln/.env"_s, "* * * * * root true\n", o);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::RemotePermissionDenied);
        QCOMPARE(th->inside(u"test -e /etc/cron.d/capataz-victim && echo yes || echo no"_s),
                 QByteArray("no\n"));
        th->inside(u"rm -rf /srv/ln /etc/capataz-victim"_s);
    }

    void atomicReplaceStaysInsideTheConfinedDirectory()
    {
        // /srv/cf is the project; its "conf" is a link to a directory elsewhere.
        th->inside(u"rm -rf /srv/cf /srv/cf-link /etc/capataz-cf && mkdir -p /srv/cf/sub /etc/capataz-cf && "
                   "ln -s /etc/capataz-cf /srv/cf/conf && ln -s /srv/cf /srv/cf-link"_s);
        AtomicWrite::Options o;
        o.confineTo = u"/srv/cf"_s;
        auto r = atomicWrite(*conn, u"/srv/cf/conf/app.conf"_s, "x=1\n", o);
        QVERIFY2(!r.has_value(), "the write left the project directory");
        QCOMPARE(r.error().code, ErrorCode::RemotePermissionDenied);
        QVERIFY2(r.error().detail.contains(u"/srv/cf/conf/app.conf"_s), qPrintable(r.error().detail));
        QCOMPARE(th->inside(u"ls -A /etc/capataz-cf"_s), QByteArray());
        // Inside it (a real subdirectory, or the project reached through a link to it) works.
        r = atomicWrite(*conn, u"/srv/cf/sub/app.conf"_s, "y=2\n", o);
        QVERIFY2(r.has_value(), test::why(r).constData());
        QCOMPARE(th->inside(u"cat /srv/cf/sub/app.conf"_s), QByteArray("y=2\n"));
        o.confineTo = u"/srv/cf-link"_s;
        r = atomicWrite(*conn, u"/srv/cf-link/.env"_s, "z=3\n", o);
        QVERIFY2(r.has_value(), test::why(r).constData());
        QCOMPARE(r->path, u"/srv/cf/.env"_s); // where it really went
        QCOMPARE(th->inside(u"cat /srv/cf/.env"_s), QByteArray("z=3\n"));
        // Without confinement, a linked directory is allowed (the file itself is no link).
        o.confineTo.clear();
        r = atomicWrite(*conn, u"/srv/cf/conf/app.conf"_s, "x=1\n", o);
        QVERIFY2(r.has_value(), test::why(r).constData());
        QCOMPARE(th->inside(u"cat /etc/capataz-cf/app.conf"_s), QByteArray("x=1\n"));
        th->inside(u"rm -rf /srv/cf /srv/cf-link /etc/capataz-cf"_s);
    }
};

QTEST_GUILESS_MAIN(TestSftp)
#include "tst_sftp.moc"
