// bench_logview: the Logs tab taking a stream of log lines with a filter on, next to a
// QPlainTextEdit fed the same stream, in one run, on the GUI thread of one offscreen application.
//   capataz: records built on a producer thread (what the sources do on the logs thread: mask,
//            parse), handed to client::LogService (one queued call per batch; stored on its
//            writer thread), shown by ui::LogsTab with a text filter ("ERROR") and following;
//   plain:   a QPlainTextEdit (no line cap) following the end, fed either every line (a simple
//            viewer shows the stream) or only the lines containing "ERROR" (it filters first).
// Each side is offered lines at a rate, in batches every 10 ms (what a source's batches look
// like); a side that cannot keep up falls behind (its rate is what it did).
// Measured: lines per second taken and shown, the longest GUI-thread event (the stall: nothing
// else could run, not even a key press) and which it was, the longest gap of a 2 ms heartbeat.
//   1. both at --rate (100,000 lines/s) for --seconds;
//   2. the highest rate each sustains: keeping up (>= 95 % of the rate) with no GUI event over
//      16 ms, found by doubling from 1,000 lines/s then halving the interval (2 s per try);
//   3. ten million lines already stored while 10,000 lines per second arrive.
// Prints, last (ratio > 1: capataz better):
//   ratio logview_lines_per_s_vs_plaintextedit X            (at --rate, plain fed the matches)
//   ratio logview_worst_stall_ms_plaintextedit_vs_capataz X (at --rate, plain fed the matches)
//   ratio logview_max_rate_vs_plaintextedit X                (plain fed every line; target 25)
//   ratio logview_max_rate_vs_plaintextedit_filtered X       (plain fed the matches)
//   logview_worst_stall_ms X (target <= 16)
//   logview_10m_worst_stall_ms X (target <= 16)
// Usage: bench_logview [--rate LINES_PER_S] [--seconds S] [--big LINES] [--no-search]
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
#include <ctime>
#include <functional>

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

namespace {

qint64 threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

// Times every event the GUI thread delivers; only the outermost ones count (an event sent from
// inside another is part of it). Names the longest and the one that took the most CPU.
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
        const qint64 cpu0 = threadCpuUs();
        const QEvent::Type type = event->type();
        const char* cls = receiver->metaObject()->className();
        const bool r = QApplication::notify(receiver, event);
        --depth;
        const qint64 us = t.nsecsElapsed() / 1000;
        const qint64 cpuUs = threadCpuUs() - cpu0;
        if (us > worstUs) {
            worstUs = us;
            worstWhat = QString::fromLatin1(cls) + u' ' + QString::number(int(type));
        }
        if (cpuUs > worstCpuUs) {
            worstCpuUs = cpuUs;
            mostCpuWhat = QString::fromLatin1(cls) + u' ' + QString::number(int(type));
        }
        return r;
    }
    void reset()
    {
        worstUs = 0;
        worstCpuUs = 0;
        worstWhat.clear();
        mostCpuWhat.clear();
        depth = 0;
    }
    bool recording = false;
    int depth = 0;
    qint64 worstUs = 0;
    qint64 worstCpuUs = 0;
    QString worstWhat;
    QString mostCpuWhat;
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
    double worstCpuMs = 0;
    double longestGapMs = 0;
    qint64 shown = 0;
    QString worstWhat;
    QString mostCpuWhat;
};

// Offers `rate` lines a second for `seconds`, in a batch every 10 ms, to `sink`; measures.
// `shown` counts the matching lines on screen, `expected(offered)` how many there should be.
Measured drive(int rate, double seconds, qint64 firstLine, const std::function<void(qint64, qint64)>& sink,
               const std::function<qint64()>& shown, const std::function<qint64(qint64)>& expected)
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
        const qint64 n = std::min<qint64>(due - offered, std::max(1, rate / 100) * 2);
        if (n > 0) {
            sink(firstLine + offered, n);
            offered += n;
        }
    });
    app()->reset();
    app()->recording = true;
    clock.start();
    heartbeat.start();
    feeder.start();
    while (clock.elapsed() < qint64(seconds * 1000))
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    feeder.stop();
    // Until what was offered is shown (bounded).
    QElapsedTimer drain;
    drain.start();
    while (drain.elapsed() < 10000 && shown() < expected(offered))
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const double took = double(clock.elapsed()) / 1000.0;
    heartbeat.stop();
    app()->recording = false;
    r.linesPerS = double(offered) / took;
    r.worstStallMs = double(app()->worstUs) / 1000.0;
    r.worstCpuMs = double(app()->worstCpuUs) / 1000.0;
    r.longestGapMs = double(longestGap) / 1000.0;
    r.shown = shown();
    r.worstWhat = app()->worstWhat;
    r.mostCpuWhat = app()->mostCpuWhat;
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

qint64 matches(qint64 lines)
{
    return (lines + 49) / 50;
}

store::ServerProfile profile()
{
    store::ServerProfile p;
    p.name = u"bench"_s;
    p.host = u"192.0.2.1"_s;
    p.user = u"ops"_s;
    p.role = store::Role::Support;
    return p;
}

// The records are built where the sources build them, off the GUI thread: this producer builds
// each batch and hands it to the service on the GUI thread (a queued call).
class Producer {
public:
    Producer()
    {
        m_thread.setObjectName(u"bench-producer"_s);
        m_context.moveToThread(&m_thread);
        m_thread.start();
    }
    ~Producer()
    {
        m_thread.quit();
        m_thread.wait();
    }
    void produce(client::LogService* service, qint64 first, qint64 n)
    {
        QMetaObject::invokeMethod(&m_context, [service, first, n] {
            const logs::LogBatch b = batch(first, n);
            QMetaObject::invokeMethod(service, [service, b] { service->ingest(b, u"api"_s); });
        });
    }

private:
    QThread m_thread;
    QObject m_context;
};

Measured runCapataz(Producer& producer, int rate, double seconds, qint64 cap = 20'000'000)
{
    client::ServerSession session(profile());
    ui::LogsTab tab;
    tab.resize(1366, 700);
    tab.setSession(&session); // applies the tab's Keep setting: the bench's cap comes after
    session.logs()->setMaxLines(cap);
    tab.show();
    QApplication::processEvents();
    auto* filter = tab.findChild<QLineEdit*>(u"logsFilterText"_s);
    filter->setText(u"ERROR"_s);
    QTest::keyClick(filter, Qt::Key_Return);
    QApplication::processEvents();
    return drive(
        rate, seconds, 0, [&](qint64 first, qint64 n) { producer.produce(session.logs(), first, n); },
        [&] { return tab.shownCount(); }, matches);
}

Measured runPlain(int rate, double seconds, bool everyLine)
{
    QPlainTextEdit edit;
    edit.setReadOnly(true);
    edit.resize(1366, 700);
    edit.show();
    QApplication::processEvents();
    qint64 shown = 0;
    return drive(
        rate, seconds, 0,
        [&](qint64 first, qint64 n) {
            QStringList pass;
            for (qint64 i = 0; i < n; ++i) {
                QString t = lineText(first + i);
                if (everyLine || t.contains(u"ERROR"_s))
                    pass << std::move(t);
            }
            if (!pass.isEmpty()) {
                edit.appendPlainText(pass.join(u'\n'));
                shown += everyLine ? matches(first + n) - matches(first) : pass.size();
            }
            edit.verticalScrollBar()->setValue(edit.verticalScrollBar()->maximum());
        },
        [&] { return shown; }, matches);
}

bool sustained(const Measured& m, int rate)
{
    return m.linesPerS >= 0.95 * rate && m.worstStallMs <= 16.0;
}

// The highest rate `run` sustains: doubling from 1,000 lines/s to the first failure (or `ceiling`),
// then three halvings of the interval between the last success and that failure.
int maxRate(const char* name, const std::function<Measured(int)>& run, int ceiling)
{
    int good = 0;
    int bad = 0;
    for (int rate = 1000; rate <= ceiling; rate *= 2) {
        const Measured m = run(rate);
        const bool ok = sustained(m, rate);
        std::printf("  %-28s %9d lines/s offered: %9.0f taken, worst event %6.1f ms (%s) %s\n", name, rate,
                    m.linesPerS, m.worstStallMs, qPrintable(m.worstWhat), ok ? "ok" : "FAILS");
        std::fflush(stdout);
        if (!ok) {
            bad = rate;
            break;
        }
        good = rate;
    }
    if (bad == 0)
        return good; // sustained the ceiling: at least that
    for (int i = 0; i < 3 && good > 0; ++i) {
        const int rate = (good + bad) / 2;
        const Measured m = run(rate);
        const bool ok = sustained(m, rate);
        std::printf("  %-28s %9d lines/s offered: %9.0f taken, worst event %6.1f ms (%s) %s\n", name, rate,
                    m.linesPerS, m.worstStallMs, qPrintable(m.worstWhat), ok ? "ok" : "FAILS");
        std::fflush(stdout);
        (ok ? good : bad) = rate;
    }
    return good;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication application(argc, argv);
    int rate = 100000;
    double seconds = 5;
    qint64 big = 10'000'000;
    bool search = true;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--no-search"_s)
            search = false;
        else if (i + 1 >= args.size())
            break;
        else if (args[i] == u"--rate"_s)
            rate = args[++i].toInt();
        else if (args[i] == u"--seconds"_s)
            seconds = args[++i].toDouble();
        else if (args[i] == u"--big"_s)
            big = args[++i].toLongLong();
    }
    Producer producer;

    // --- 1. both at one rate -----------------------------------------------------------------
    const Measured mine = runCapataz(producer, rate, seconds);
    const Measured plain = runPlain(rate, seconds, false);
    std::printf("%-40s %14s %14s\n", "", "capataz", "QPlainTextEdit");
    std::printf("%-40s %14.0f %14.0f\n", "lines per second taken", mine.linesPerS, plain.linesPerS);
    std::printf("%-40s %14lld %14lld\n", "matching lines shown", static_cast<long long>(mine.shown),
                static_cast<long long>(plain.shown));
    std::printf("%-40s %14.1f %14.1f\n", "worst GUI event, ms", mine.worstStallMs, plain.worstStallMs);
    std::printf("%-40s %14.1f %14.1f\n", "most CPU in one GUI event, ms", mine.worstCpuMs, plain.worstCpuMs);
    std::printf("%-40s %14.1f %14.1f\n", "longest heartbeat gap, ms", mine.longestGapMs, plain.longestGapMs);
    std::printf("capataz's worst event: %s; most CPU: %s\n", qPrintable(mine.worstWhat),
                qPrintable(mine.mostCpuWhat));
    std::fflush(stdout);

    // --- 2. the highest rate each sustains ---------------------------------------------------
    int mineMax = 0;
    int plainMax = 0;
    int plainFilteredMax = 0;
    if (search) {
        constexpr double kTry = 2.0;
        constexpr int kCeiling = 2'048'000;
        mineMax = maxRate(
            "capataz (filter on)", [&](int r) { return runCapataz(producer, r, kTry); }, kCeiling);
        plainMax = maxRate(
            "QPlainTextEdit, every line", [&](int r) { return runPlain(r, kTry, true); }, kCeiling);
        plainFilteredMax = maxRate(
            "QPlainTextEdit, matches only", [&](int r) { return runPlain(r, kTry, false); }, kCeiling);
        std::printf("%-40s %14d%s\n", "capataz: highest rate sustained", mineMax,
                    mineMax >= kCeiling ? " (the ceiling tried)" : "");
        std::printf("%-40s %14d\n", "QPlainTextEdit, every line", plainMax);
        std::printf("%-40s %14d\n", "QPlainTextEdit, matches only", plainFilteredMax);
        std::fflush(stdout);
    }

    // --- 3. ten million lines held, 10,000 a second arriving -------------------------------------
    Measured held;
    {
        client::ServerSession session(profile());
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
        // No filter: every line is shown. Settled first (all held shown), then arrivals only.
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 20000 && tab.shownCount() < big)
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        const qint64 before = tab.shownCount();
        held = drive(
            10000, seconds, big, [&](qint64 first, qint64 n) { producer.produce(session.logs(), first, n); },
            [&] { return tab.shownCount() - before; }, [](qint64 offered) { return offered; });
    }
    std::printf("%-40s %14.1f (%s)\n", "10M held: worst GUI event, ms", held.worstStallMs,
                qPrintable(held.worstWhat));
    std::printf("%-40s %14.1f (%s)\n", "10M held: most CPU in one event, ms", held.worstCpuMs,
                qPrintable(held.mostCpuWhat));
    std::printf("%-40s %14.1f\n", "10M held: longest heartbeat gap, ms", held.longestGapMs);
    std::printf("ratio logview_lines_per_s_vs_plaintextedit %.2f\n",
                mine.linesPerS / std::max(1.0, plain.linesPerS));
    std::printf("ratio logview_worst_stall_ms_plaintextedit_vs_capataz %.2f\n",
                plain.worstStallMs / std::max(0.001, mine.worstStallMs));
    if (search) {
        std::printf("ratio logview_max_rate_vs_plaintextedit %.2f\n",
                    double(mineMax) / std::max(1, plainMax));
        std::printf("ratio logview_max_rate_vs_plaintextedit_filtered %.2f\n",
                    double(mineMax) / std::max(1, plainFilteredMax));
    }
    std::printf("logview_worst_stall_ms %.1f (target <= 16)\n", mine.worstStallMs);
    std::printf("logview_10m_worst_stall_ms %.1f (target <= 16)\n", held.worstStallMs);
    return 0;
}
