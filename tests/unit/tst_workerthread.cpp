// common/WorkerThread: the services' own thread for heavy work (the log store's writer, the
// metrics parser, the alert evaluator), started on first use and stopped before its owner goes.
#include "common/ThreadPriority.h"
#include "common/WorkerThread.h"

#include <QPointer>
#include <QTest>
#include <QThread>

#include <atomic>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

namespace {
#ifdef __linux__
int niceOfThisThread()
{
    return ::getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)));
}
#endif
} // namespace

class TestWorkerThread : public QObject {
    Q_OBJECT

private slots:
    // A service that never needs it costs no thread.
    void startsOnFirstUse()
    {
        WorkerThread w(u"capataz-test"_s);
        QVERIFY(!w.isStarted());
        QObject* context = w.context();
        QVERIFY(w.isStarted());
        QCOMPARE(w.context(), context); // the same thread for all that is posted
        QVERIFY(context->thread() != QThread::currentThread());
        QCOMPARE(context->thread()->objectName(), u"capataz-test"_s);
    }

    // Work posted there runs there, in the order it was posted.
    void runsPostedWorkInOrderOnItsThread()
    {
        WorkerThread w(u"capataz-test"_s);
        std::atomic_int next{0};
        std::atomic_bool outOfOrder{false};
        std::atomic_bool onThisThread{false};
        QThread* const here = QThread::currentThread();
        for (int i = 0; i < 100; ++i)
            QMetaObject::invokeMethod(w.context(), [&, i] {
                if (next.load() != i)
                    outOfOrder = true;
                if (QThread::currentThread() == here)
                    onThisThread = true;
                ++next;
            });
        QTRY_COMPARE(next.load(), 100);
        QVERIFY(!outOfOrder.load());
        QVERIFY(!onThisThread.load());
    }

    // stop() returns only once the work running there has ended, and deletes the context: an
    // owner that stops it first may let that work use its members.
    void stopWaitsForRunningWorkAndDeletesTheContext()
    {
        WorkerThread w(u"capataz-test"_s);
        std::atomic_bool started{false};
        std::atomic_bool ended{false};
        QPointer<QObject> context = w.context();
        QMetaObject::invokeMethod(context, [&] {
            started = true;
            QThread::msleep(200);
            ended = true;
        });
        QTRY_VERIFY(started.load());
        w.stop();
        QVERIFY(ended.load());
        QVERIFY(context.isNull());
        QVERIFY(!w.isStarted());
        w.stop(); // twice is harmless
        // Used again after a stop: a new thread.
        QVERIFY(w.context() != nullptr);
        QVERIFY(w.isStarted());
    }

    // common/ThreadPriority, used by the connection's thread (bench_console measured the
    // console's stalls with and without): the calling thread's nice value goes kBackgroundNice
    // up, once however often it is called, and no other thread's changes. The worker thread
    // itself is NOT lowered: its store shares a lock with the GUI thread, and lowered it was
    // starved under load while holding it (ui_tst_logstab's million lines beside two busy loops:
    // more than 300 s instead of 15 s).
    void lowersOnlyTheCallingThreadOnce()
    {
#ifndef __linux__
        QSKIP("per-thread nice values are Linux's");
#else
        const int gui = niceOfThisThread();
        if (gui + kBackgroundNice > 19)
            QSKIP("this test already runs at the lowest priority");
        WorkerThread w(u"capataz-test"_s);
        std::atomic_int seen{-100};
        std::atomic_int lowered{-100};
        std::atomic_int again{-100};
        QMetaObject::invokeMethod(w.context(), [&] {
            seen = niceOfThisThread();
            lowerCurrentThreadPriority();
            lowered = niceOfThisThread();
            lowerCurrentThreadPriority();
            again = niceOfThisThread();
        });
        QTRY_VERIFY(again.load() != -100);
        QCOMPARE(seen.load(), gui); // a worker runs at the GUI thread's priority
        QCOMPARE(lowered.load(), gui + kBackgroundNice);
        QCOMPARE(again.load(), gui + kBackgroundNice);
        QCOMPARE(niceOfThisThread(), gui);
#endif
    }
};

QTEST_GUILESS_MAIN(TestWorkerThread)
#include "tst_workerthread.moc"
