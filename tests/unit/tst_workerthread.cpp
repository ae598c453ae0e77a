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
        QList<int> order;
        std::atomic<QThread*> ranOn{nullptr};
        for (int i = 0; i < 100; ++i)
            QMetaObject::invokeMethod(w.context(), [&order, &ranOn, i] {
                order.append(i);
                ranOn = QThread::currentThread();
            });
        w.stop();
        QCOMPARE(order.size(), 100);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(order.at(i), i);
        QVERIFY(ranOn.load() != nullptr);
        QVERIFY(ranOn.load() != QThread::currentThread());
    }

    // stop() returns only once what runs there has ended, and deletes the context: an owner
    // that stops it first may let that work use its members.
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
