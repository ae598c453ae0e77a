// common/WorkerThread: the services' own thread for heavy work (the log store's writer, the
// metrics parser, the alert evaluator), started on first use and stopped before its owner goes.
#include "common/WorkerThread.h"

#include <QPointer>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

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
};

QTEST_GUILESS_MAIN(TestWorkerThread)
#include "tst_workerthread.moc"
