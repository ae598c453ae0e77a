// bench_console: the console showing 100,000 lines of remote output, today's path next to the
// new one, in one run (interleaved: old, new, new, old, ...; same host, same connection, same
// window, same bytes).
//   old: tests/bench/baseline/ (the console before issue 8): RemoteProcess chunks queued to the
//        GUI thread, UTF-8 decoding and escape filtering there (ConsoleTextFilter), the text
//        queued in ConsoleTranscript and inserted 12 ms at a time.
//   new: ui::ConsoleRun on exec::ExecStream: split, decoded and colour-parsed on the
//        connection's thread, batches at most ~30 a second, ConsoleTranscript::appendLines.
// The output is compose-log-like (a coloured service prefix, a timestamp, a request line),
// generated on the test host by awk. While it streams, a QTimer heartbeat (every 2 ms, precise)
// measures the GUI thread's event-loop latency: the longest gap between two ticks is the
// longest stall (what a key press or a repaint could have waited). Also measured: the time from
// start until the last line and the footer are in the view, and the GUI thread's CPU time.
// Prints each run, medians, the load average around each run, and last `ratio` lines (lower is
// better):
//   ratio console_stall_ms_new_vs_old X
//   ratio console_100k_lines_time_new_vs_old X
// and the new path's absolute longest stall against the 16 ms target.
// Needs a test host: CAPATAZ_TESTHOST_ENV (tests/bench/run-bench.sh console starts one).
// Usage: bench_console [--lines N] [--reps R] [--only old|new]   (QT_QPA_PLATFORM honoured; offscreen by
// default)
#include "TestHost.h"
#include "baseline/BaselineConsoleRun.h"
#include "baseline/BaselineConsoleTranscript.h"
#include "console/ConsoleRun.h"
#include "console/ConsoleTranscript.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kHeartbeatMs = 2;

// Times every event the GUI thread delivers: the slowest one says what a stall was made of.
class TimingApplication final : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        const QEvent::Type type = event->type();
        const char* cls = receiver->metaObject()->className();
        const bool r = QApplication::notify(receiver, event);
        const qint64 us = t.nsecsElapsed() / 1000;
        if (us > slowestUs) {
            slowestUs = us;
            slowest = QString::fromLatin1(cls) + u' ' + QString::number(int(type));
        }
        return r;
    }
    qint64 slowestUs = 0;
    QString slowest; // receiver class and event type
};

struct Measure {
    qint64 longestGapMs = 0;
    qint64 p99GapUs = 0;
    qint64 longestGapAtMs = 0; // when it ended, since the start
    qsizetype ticks = 0;
    qint64 slowestEventUs = 0;
    QString slowestEvent;
    qint64 totalMs = 0;
    qint64 guiCpuMs = 0;
    QString loadBefore;
    QString loadAfter;
    bool ok = false;
};

qint64 threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    if (!f.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

// The console's output widget (ui::ConsoleOutput, unchanged by issue 8) for any document:
// read-only, monospace, follows the end.
class View final : public QPlainTextEdit {
public:
    View()
    {
        setReadOnly(true);
        setUndoRedoEnabled(false);
        setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        setLineWrapMode(QPlainTextEdit::WidgetWidth);
        resize(960, 560);
    }
    void follow()
    {
        QScrollBar* bar = verticalScrollBar();
        bar->setValue(bar->maximum());
    }
};

// The last non-empty line of the document.
QString lastLine(const QTextDocument* doc)
{
    for (QTextBlock b = doc->lastBlock(); b.isValid(); b = b.previous()) {
        if (!b.text().isEmpty())
            return b.text();
    }
    return {};
}

qint64 percentileUs(QList<qint64> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(double(v.size()) * p)));
}

// Runs `command` through one path and measures it. `start` starts the run and returns the
// document it fills; `finished` says whether the run has ended.
template <typename StartFn, typename DoneFn>
Measure measure(View& view, int lines, StartFn start, DoneFn finished)
{
    Measure m;
    m.loadBefore = loadAverage();
    QList<qint64> gaps;
    gaps.reserve(100000);
    QElapsedTimer sinceTick;
    QElapsedTimer clock;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(kHeartbeatMs);
    bool done = false;
    QEventLoop loop; // the application's own loop, as in the console
    const QString lastExpected = QString::number(lines);
    QTextDocument* doc = nullptr;
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
        gaps.append(sinceTick.nsecsElapsed() / 1000);
        if (gaps.back() / 1000 > m.longestGapMs) {
            m.longestGapMs = gaps.back() / 1000;
            m.longestGapAtMs = clock.elapsed();
        }
        sinceTick.restart();
        // Done when the run has ended and its footer (after the last line) is in the view.
        if (!done && doc && finished() && lastLine(doc).startsWith(u"exit code 0"_s) &&
            doc->lastBlock().previous().previous().text().contains(u"/api/items/"_s + lastExpected + u' ')) {
            done = true;
            m.totalMs = clock.elapsed();
            loop.quit();
        }
    });
    auto* app = static_cast<TimingApplication*>(QCoreApplication::instance());
    app->slowestUs = 0;
    const qint64 cpu0 = threadCpuUs();
    clock.start();
    sinceTick.start();
    heartbeat.start();
    doc = start();
    QObject::connect(doc, &QTextDocument::contentsChanged, &view, [&view] { view.follow(); });
    QTimer::singleShot(300000, &loop, &QEventLoop::quit); // give up: printed as DID NOT FINISH
    if (!done)
        loop.exec();
    heartbeat.stop();
    m.guiCpuMs = (threadCpuUs() - cpu0) / 1000;
    m.slowestEventUs = app->slowestUs;
    m.slowestEvent = app->slowest;
    m.ok = done;
    m.longestGapMs = gaps.isEmpty() ? 0 : (*std::max_element(gaps.begin(), gaps.end()) + 500) / 1000;
    m.ticks = gaps.size();
    m.p99GapUs = percentileUs(gaps, 0.99);
    m.loadAfter = loadAverage();
    return m;
}

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

double median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return 0;
    return v.size() % 2 ? double(v.at(v.size() / 2)) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2.0;
}

void print(const char* path, int rep, const Measure& m)
{
    std::printf("%-3s rep %d: longest stall %4lld ms (ended %5lld ms in, %4lld ticks)  p99 gap %5.1f ms  "
                "time %5lld ms  GUI CPU %4lld ms  slowest event %.1f ms (%s)  load %s -> %s%s\n",
                path, rep, qlonglong(m.longestGapMs), qlonglong(m.longestGapAtMs), qlonglong(m.ticks),
                double(m.p99GapUs) / 1000.0, qlonglong(m.totalMs), qlonglong(m.guiCpuMs),
                double(m.slowestEventUs) / 1000.0, qPrintable(m.slowestEvent), qPrintable(m.loadBefore),
                qPrintable(m.loadAfter), m.ok ? "" : "  (DID NOT FINISH)");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    int lines = 100000;
    int reps = 3;
    QString only; // "old" or "new": one path only (profiling)
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--lines" && i + 1 < args.size())
            lines = args[++i].toInt();
        else if (args[i] == u"--reps" && i + 1 < args.size())
            reps = args[++i].toInt();
        else if (args[i] == u"--only" && i + 1 < args.size())
            only = args[++i];
    }

    QString why;
    const test::TestHost* th = test::TestHost::instance(&why);
    if (!th) {
        std::fprintf(stderr, "bench_console: no test host: %s\n", qPrintable(why));
        return 1;
    }
    ssh::Connection conn(th->keySettings(u"ops"_s));
    if (!test::connectAndWait(conn)) {
        std::fprintf(stderr, "bench_console: cannot connect: %s\n", qPrintable(conn.lastError().toString()));
        return 1;
    }
    // Compose-log-like lines: a coloured service name, a timestamp, a request (about 90 bytes).
    const QString script =
        u"awk -v n=%1 'BEGIN { for (i = 1; i <= n; i++) printf \"\\033[36mweb-1  |\\033[0m "
        u"2026-12-05T09:%02d:%02d.%03dZ GET /api/items/%d HTTP/1.1 200 %d bytes in %d ms\\n\", "
        u"int(i / 60) % 60, i % 60, i % 1000, i, 200 + i % 5000, i % 97 }'"_s.arg(lines);
    const remote::Command command({u"sh"_s, u"-c"_s, script});
    std::printf("bench_console: %d lines (~%d bytes each), %d reps each path, heartbeat every %d ms\n", lines,
                90, reps, kHeartbeatMs);

    View view;
    view.show();
    settle(300);

    QList<qint64> stallOld, stallNew, timeOld, timeNew, cpuOld, cpuNew;
    bool allOk = true;
    auto runOld = [&](int rep) {
        if (only == u"new")
            return;
        auto* transcript = new bench::baseline::ConsoleTranscript;
        auto* run = new bench::baseline::ConsoleRun(transcript, script, command);
        view.setDocument(transcript->document());
        const Measure m = measure(
            view, lines,
            [&] {
                run->start(&conn, u"bench"_s);
                return transcript->document();
            },
            [&] { return run->result().has_value(); });
        print("old", rep, m);
        allOk = allOk && m.ok;
        stallOld << m.longestGapMs;
        timeOld << m.totalMs;
        cpuOld << m.guiCpuMs;
        view.setDocument(nullptr);
        delete run;
        delete transcript;
    };
    auto runNew = [&](int rep) {
        if (only == u"old")
            return;
        auto* transcript = new ui::ConsoleTranscript;
        auto* run = new ui::ConsoleRun(transcript, script, command);
        view.setDocument(transcript->document());
        const Measure m = measure(
            view, lines,
            [&] {
                run->start(&conn, u"bench"_s);
                return transcript->document();
            },
            [&] { return run->result().has_value(); });
        print("new", rep, m);
        allOk = allOk && m.ok;
        stallNew << m.longestGapMs;
        timeNew << m.totalMs;
        cpuNew << m.guiCpuMs;
        view.setDocument(nullptr);
        delete run;
        delete transcript;
    };

    for (int rep = 1; rep <= reps; ++rep) {
        if (rep % 2) {
            runOld(rep);
            settle(500);
            runNew(rep);
        } else {
            runNew(rep);
            settle(500);
            runOld(rep);
        }
        settle(500);
    }

    if (!only.isEmpty())
        return allOk ? 0 : 2;
    const double so = median(stallOld), sn = median(stallNew);
    const double to = median(timeOld), tn = median(timeNew);
    std::printf("median old: longest stall %.0f ms, time %.0f ms, GUI CPU %.0f ms\n", so, to, median(cpuOld));
    std::printf("median new: longest stall %.0f ms, time %.0f ms, GUI CPU %.0f ms\n", sn, tn, median(cpuNew));
    std::printf("console_stall_ms_new_worst %lld (target <= 16)\n",
                qlonglong(*std::max_element(stallNew.begin(), stallNew.end())));
    std::printf("console_stall_ms_new_median %.0f (target <= 16)\n", sn);
    std::printf("ratio console_gui_cpu_new_vs_old %.2f\n", median(cpuNew) / std::max(1.0, median(cpuOld)));
    std::printf("ratio console_stall_ms_new_vs_old %.2f\n", sn / std::max(1.0, so));
    std::printf("ratio console_100k_lines_time_new_vs_old %.2f\n", tn / std::max(1.0, to));
    return allOk ? 0 : 2;
}
