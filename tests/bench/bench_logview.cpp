// bench_logview: the Logs tab taking a stream of log lines with a filter on, next to a
// QPlainTextEdit fed the same stream (the way a simple log viewer shows logs: the lines that pass
// the same filter appended as text), in one run, on the GUI thread of one offscreen application.
//   capataz: records built on the GUI thread (what LogSource::convert does there), handed to
//            client::LogService (stored on its writer thread), shown by ui::LogsTab with a text
//            filter ("ERROR") and following the end;
//   plain:   the same lines, those containing "ERROR" appended to a QPlainTextEdit (no line cap),
//            following the end.
// Both are offered lines at the same rate for the same time, in batches every 10 ms (what a
// source's batches look like); a side that cannot keep up falls behind (its rate is what it did).
// Measured: lines per second taken and shown, the longest GUI-thread event (the stall: nothing
// else could run, not even a key press), the longest gap of a 2 ms heartbeat timer.
// Then the same with ten million lines already stored while 10,000 lines per second arrive.
// Prints, last (ratio > 1: capataz better for rates, lower stall for stalls):
//   ratio logview_lines_per_s_vs_plaintextedit X
//   ratio logview_worst_stall_ms_plaintextedit_vs_capataz X
//   logview_worst_stall_ms X (target <= 16)
//   logview_10m_worst_stall_ms X (target <= 16)
// Usage: bench_logview [--rate LINES_PER_S] [--seconds S] [--big LINES] (offscreen by default)
#include "client/LogService.h"
#include "client/ServerSession.h"
#include "logs/LogView.h"
#include "logs/LogsTab.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

namespace {

class TimingApplication final : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!recording || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (depth++ > 0) {
            const bool r = QApplication::notify(receiver, event);
            --depth;
            return r;
        }
        QElapsedTimer t;
        t.start();
        const bool r = QApplication::notify(receiver, event);
        --depth;
        worstUs = std::max(worstUs, t.nsecsElapsed() / 1000);
        return r;
    }
    bool recording = false;
    int depth = 0;
    qint64 worstUs = 0;
};

TimingApplication* app()
{
    return static_cast<TimingApplication*>(qApp);
}

// Line n of the stream: ~100 bytes, compose-like, every 50th an ERROR.
QString lineText(qint64 n)
{
    if (n % 50 == 0)
        return u"ERROR:    request %1 failed: upstream timed out (110: Connection timed out) while reading"_s
            .arg(n);
    return u"INFO:     10.0.0.7:51234 - \"GET /api/v1/animals/%1/weight HTTP/1.1\" 200 OK (12 ms)"_s.arg(n);
}

struct Measured {
    double linesPerS = 0;
    double worstStallMs = 0;
    double longestGapMs = 0;
    qint64 shown = 0;
};

// Offers `rate` lines a second for `seconds`, in a batch every 10 ms, to `sink`; measures.
template <typename Sink, typename Shown>
Measured drive(int rate, int seconds, qint64 firstLine, Sink sink, Shown shown)
{
    Measured r;
    QElapsedTimer clock;
    qint64 offered = 0;
    qint64 longestGap = 0;
    qint64 lastTick = 0;
    QTimer heartbeat;
    heartbeat.setInterval(2);
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed() / 1000;
        longestGap = std::max(longestGap, now - lastTick);
        lastTick = now;
    });
    QTimer feeder;
    feeder.setInterval(10);
    feeder.setTimerType(Qt::PreciseTimer);
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        const qint64 due = clock.elapsed() * rate / 1000;
        // A side that is behind gets at most one batch's worth more: it cannot catch up by
        // being handed everything at once (that would hide its stall in one event).
        const qint64 n = std::min<qint64>(due - offered, rate / 100 * 2);
        if (n > 0) {
            sink(firstLine + offered, n);
            offered += n;
        }
    });
    app()->worstUs = 0;
    app()->recording = true;
    clock.start();
    heartbeat.start();
    feeder.start();
    while (clock.elapsed() < seconds * 1000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    feeder.stop();
    // Until what was offered is shown (bounded).
    QElapsedTimer drain;
    drain.start();
    while (drain.elapsed() < 10000 && shown() < offered / 50)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const double took = double(clock.elapsed()) / 1000.0;
    heartbeat.stop();
    app()->recording = false;
    r.linesPerS = double(offered) / took;
    r.worstStallMs = double(app()->worstUs) / 1000.0;
    r.longestGapMs = double(longestGap) / 1000.0;
    r.shown = shown();
    return r;
}

logs::LogBatch batch(qint64 first, qint64 n)
{
    logs::LogBatch b;
    b.reserve(n);
    for (qint64 i = 0; i < n; ++i) {
        logs::LogRecord rec;
        rec.timeMs = 1'765'000'000'000LL + first + i;
        rec.text = lineText(first + i);
        rec.origin = u"api"_s;
        b << std::move(rec);
    }
    return b;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication application(argc, argv);
    int rate = 100000;
    int seconds = 5;
    qint64 big = 10'000'000;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--rate"_s)
            rate = args[i + 1].toInt();
        else if (args[i] == u"--seconds"_s)
            seconds = args[i + 1].toInt();
        else if (args[i] == u"--big"_s)
            big = args[i + 1].toLongLong();
    }
    store::ServerProfile p;
    p.name = u"bench"_s;
    p.host = u"192.0.2.1"_s;
    p.user = u"ops"_s;
    p.role = store::Role::Support;

    // --- capataz -----------------------------------------------------------------------------
    Measured mine;
    {
        client::ServerSession session(p);
        ui::LogsTab tab;
        tab.resize(1366, 700);
        tab.setSession(&session); // applies the tab's Keep setting: the bench's cap comes after
        session.logs()->setMaxLines(20'000'000);
        tab.show();
        QApplication::processEvents();
        auto* filter = tab.findChild<QLineEdit*>(u"logsFilterText"_s);
        filter->setText(u"ERROR"_s);
        QTest::keyClick(filter, Qt::Key_Return);
        mine = drive(
            rate, seconds, 0,
            [&](qint64 first, qint64 n) { session.logs()->ingest(batch(first, n), u"api"_s); },
            [&] { return tab.shownCount(); });
    }
    // --- QPlainTextEdit ----------------------------------------------------------------------
    Measured plain;
    {
        QPlainTextEdit edit;
        edit.setReadOnly(true);
        edit.resize(1366, 700);
        edit.show();
        qint64 shown = 0;
        plain = drive(
            rate, seconds, 0,
            [&](qint64 first, qint64 n) {
                QStringList pass;
                for (qint64 i = 0; i < n; ++i) {
                    const QString t = lineText(first + i);
                    if (t.contains(u"ERROR"_s))
                        pass << t;
                }
                if (!pass.isEmpty()) {
                    edit.appendPlainText(pass.join(u'\n'));
                    shown += pass.size();
                }
                edit.verticalScrollBar()->setValue(edit.verticalScrollBar()->maximum());
            },
            [&] { return shown; });
    }
    std::printf("%-40s %14s %14s\n", "", "capataz", "QPlainTextEdit");
    std::printf("%-40s %14.0f %14.0f\n", "lines per second taken", mine.linesPerS, plain.linesPerS);
    std::printf("%-40s %14lld %14lld\n", "matching lines shown", static_cast<long long>(mine.shown),
                static_cast<long long>(plain.shown));
    std::printf("%-40s %14.1f %14.1f\n", "worst GUI event, ms", mine.worstStallMs, plain.worstStallMs);
    std::printf("%-40s %14.1f %14.1f\n", "longest heartbeat gap, ms", mine.longestGapMs, plain.longestGapMs);

    // --- ten million lines held, 10,000 a second arriving -------------------------------------
    Measured held;
    {
        client::ServerSession session(p);
        ui::LogsTab tab;
        tab.resize(1366, 700);
        tab.setSession(&session);
        session.logs()->setMaxLines(std::max<qint64>(big, 1'000'000));
        tab.show();
        for (qint64 done = 0; done < big; done += 100000)
            session.logs()->ingest(batch(done, std::min<qint64>(100000, big - done)), u"api"_s);
        QElapsedTimer wait;
        wait.start();
        while (tab.view()->snapshot().size().get() < big && wait.elapsed() < 300000)
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        std::printf("%-40s %14lld lines, %.0f MB\n", "held",
                    static_cast<long long>(tab.view()->snapshot().size().get()),
                    double(session.logs()->memoryBytes()) / 1048576.0);
        held = drive(
            10000, seconds, big,
            [&](qint64 first, qint64 n) { session.logs()->ingest(batch(first, n), u"api"_s); },
            [&] { return tab.shownCount() / 50; });
    }
    std::printf("%-40s %14.1f\n", "10M held: worst GUI event, ms", held.worstStallMs);
    std::printf("%-40s %14.1f\n", "10M held: longest heartbeat gap, ms", held.longestGapMs);
    std::printf("ratio logview_lines_per_s_vs_plaintextedit %.2f\n",
                mine.linesPerS / std::max(1.0, plain.linesPerS));
    std::printf("ratio logview_worst_stall_ms_plaintextedit_vs_capataz %.2f\n",
                plain.worstStallMs / std::max(0.001, mine.worstStallMs));
    std::printf("logview_worst_stall_ms %.1f (target <= 16)\n", mine.worstStallMs);
    std::printf("logview_10m_worst_stall_ms %.1f (target <= 16)\n", held.worstStallMs);
    return 0;
}
