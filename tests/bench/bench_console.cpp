// bench_console: the console showing 100,000 lines of remote output, today's path next to the
// new one, in one run (interleaved: old, new, new, old, ...; same host, same connection, same
// bytes).
//   old: tests/bench/baseline/ (the console before issue 8): RemoteProcess chunks queued to the
//        GUI thread, UTF-8 decoding and escape filtering there (ConsoleTextFilter), the text
//        queued in a ConsoleTranscript that fills a QTextDocument, shown by a QPlainTextEdit.
//   new: the real console path: ui::ConsoleRun on exec::ExecStream (split, decoded and
//        colour-parsed on the connection's thread, batches at most ~30 a second),
//        ui::ConsoleTranscript appending each batch to ui::ConsoleLines, ui::ConsoleOutput (the
//        virtual view) following the end and painting the lines in sight.
// The output is compose-log-like with mixed lengths, generated on the test host by awk: a
// coloured service prefix, a timestamp and a request line (~90 bytes); every 7th line longer
// and with a red marker, every 50th line 2,000 characters, every 100th on stderr (through `cat 1>&2`: mawk
// cannot open /dev/stderr when it is a socket). Measured while it streams: the duration of every event the
// GUI thread delivers (QApplication::notify, outermost events only: a stall is one event that keeps the
// thread), a QTimer heartbeat every 2 ms (the gaps between its ticks: what a key press or a repaint could
// have waited, events plus whatever runs between them), the time from start until the last line and the
// footer are in the view, and the GUI thread's CPU time. Prints each run, then old and new side by side
// (median over the runs of each run's worst event, and the worst of all), and last lines (lower is better):
//   ratio console_stall_ms_new_vs_old X
//   ratio console_worst_stall_ms_new_vs_old X
//   ratio console_100k_lines_time_new_vs_old X
//   console_worst_stall_ms_new X   (target <= 16)
// Needs a test host: CAPATAZ_TESTHOST_ENV (tests/bench/run-bench.sh console starts one).
// Usage: bench_console [--lines N] [--reps R] [--only old|new]   (QT_QPA_PLATFORM honoured; offscreen by
// default)
#include "TestHost.h"
#include "baseline/BaselineConsoleRun.h"
#include "baseline/BaselineConsoleTranscript.h"
#include "console/ConsoleOutput.h"
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

qint64 threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

// Times every event the GUI thread delivers. Only the outermost ones count (an event sent
// from inside another is part of it): each is a stretch the thread could do nothing else.
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
        const QString name = receiver->objectName(); // before: the event may delete its receiver
        const bool r = QApplication::notify(receiver, event);
        --depth;
        const qint64 us = t.nsecsElapsed() / 1000;
        const qint64 cpuUs = threadCpuUs() - cpu0;
        eventsUs.append(us);
        const auto label = [&]() -> QString { // not auto: a QStringBuilder would outlive its parts
            return QString::fromLatin1(cls) + (name.isEmpty() ? QString() : u'(' + name + u')') + u' ' +
                   QString::number(int(type));
        };
        if (cpuUs > worstCpuUs) {
            worstCpuUs = cpuUs;
            mostCpu = label();
        }
        if (us > slowestUs) {
            slowestUs = us;
            slowest = label();
        }
        return r;
    }
    void startRecording()
    {
        eventsUs.clear();
        eventsUs.reserve(200000);
        slowestUs = 0;
        worstCpuUs = 0;
        slowest.clear();
        mostCpu.clear();
        depth = 0;
        recording = true;
    }
    bool recording = false;
    int depth = 0;
    QList<qint64> eventsUs;
    qint64 slowestUs = 0;
    qint64 worstCpuUs = 0; // the most CPU time one event took (the thread may also wait for a CPU)
    QString slowest;       // receiver class (object name) and event type
    QString mostCpu;       // the same for the event that took the most CPU
};

struct Measure {
    qint64 worstEventUs = 0; // the longest GUI-thread event: the stall
    qint64 worstEventCpuUs = 0;
    qint64 medianEventUs = 0;
    qint64 p99EventUs = 0;
    qsizetype events = 0;
    qsizetype eventsOver16ms = 0;
    QString slowestEvent;
    QString mostCpuEvent;
    qint64 longestGapMs = 0; // between heartbeat ticks
    qint64 p99GapUs = 0;
    qint64 longestGapAtMs = 0; // when it ended, since the start
    qsizetype ticks = 0;
    qint64 totalMs = 0;
    qint64 guiCpuMs = 0;
    QString loadBefore;
    QString loadAfter;
    bool ok = false;
};

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    if (!f.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

// The console's output widget before the virtual view (ui::ConsoleOutput was a QPlainTextEdit):
// read-only, monospace, wrapped, follows the end.
class OldView final : public QPlainTextEdit {
public:
    OldView()
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

// The last non-empty lines of the old document, from the end.
QStringList lastLines(const QTextDocument* doc, int n)
{
    QStringList out;
    for (QTextBlock b = doc->lastBlock(); b.isValid() && out.size() < n; b = b.previous()) {
        if (!b.text().isEmpty())
            out << b.text();
    }
    return out;
}
QStringList lastLines(const ui::ConsoleLines& lines, int n)
{
    QStringList out;
    for (LineIndex i = lines.endLine(); i > lines.firstLine() && out.size() < n;) {
        i = i + LineCount(-1);
        if (const QString text = lines.text(i); !text.isEmpty())
            out << text;
    }
    return out;
}
// Done: the footer is there, after the last line of the output (stderr lines, which go through
// a pipe, may come after it).
bool complete(const QStringList& last, const QString& lastItem)
{
    return !last.isEmpty() && last.at(0).startsWith(u"exit code 0"_s) &&
           std::any_of(last.begin() + 1, last.end(), [&](const QString& l) { return l.contains(lastItem); });
}

qint64 percentile(QList<qint64> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(double(v.size()) * p)));
}

// Runs one path and measures it. `start` starts the run; `done` says whether the run has ended
// and its last line and footer are in the view.
template <typename StartFn, typename DoneFn> Measure measure(StartFn start, DoneFn done)
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
    bool finished = false;
    QEventLoop loop; // the application's own loop, as in the console
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
        gaps.append(sinceTick.nsecsElapsed() / 1000);
        if (gaps.back() / 1000 > m.longestGapMs) {
            m.longestGapMs = gaps.back() / 1000;
            m.longestGapAtMs = clock.elapsed();
        }
        sinceTick.restart();
        if (!finished && done()) {
            finished = true;
            m.totalMs = clock.elapsed();
            loop.quit();
        }
    });
    auto* app = static_cast<TimingApplication*>(QCoreApplication::instance());
    const qint64 cpu0 = threadCpuUs();
    clock.start();
    sinceTick.start();
    heartbeat.start();
    app->startRecording();
    start();
    QTimer::singleShot(300000, &loop, &QEventLoop::quit); // give up: printed as DID NOT FINISH
    if (!finished)
        loop.exec();
    app->recording = false;
    heartbeat.stop();
    m.guiCpuMs = (threadCpuUs() - cpu0) / 1000;
    m.ok = finished;
    m.events = app->eventsUs.size();
    m.worstEventUs = app->slowestUs;
    m.worstEventCpuUs = app->worstCpuUs;
    m.slowestEvent = app->slowest;
    m.mostCpuEvent = app->mostCpu;
    m.medianEventUs = percentile(app->eventsUs, 0.5);
    m.p99EventUs = percentile(app->eventsUs, 0.99);
    m.eventsOver16ms =
        std::count_if(app->eventsUs.begin(), app->eventsUs.end(), [](qint64 us) { return us > 16000; });
    m.longestGapMs = gaps.isEmpty() ? 0 : (*std::max_element(gaps.begin(), gaps.end()) + 500) / 1000;
    m.ticks = gaps.size();
    m.p99GapUs = percentile(gaps, 0.99);
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

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return 0;
    return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2.0;
}

double ms(qint64 us)
{
    return double(us) / 1000.0;
}

void print(const char* path, int rep, const Measure& m)
{
    std::printf(
        "%-3s rep %d: worst event %6.1f ms (%s; most CPU in one event %.1f ms, %s)  median event %.3f ms "
        " p99 event %.2f ms  events %lld "
        "(%lld over 16 ms)  heartbeat: longest gap %4lld ms (ended %5lld ms in), p99 %5.1f ms  "
        "time %5lld ms  GUI CPU %5lld ms  load %s -> %s%s\n",
        path, rep, ms(m.worstEventUs), qPrintable(m.slowestEvent), ms(m.worstEventCpuUs),
        qPrintable(m.mostCpuEvent), ms(m.medianEventUs), ms(m.p99EventUs), qlonglong(m.events),
        qlonglong(m.eventsOver16ms), qlonglong(m.longestGapMs), qlonglong(m.longestGapAtMs), ms(m.p99GapUs),
        qlonglong(m.totalMs), qlonglong(m.guiCpuMs), qPrintable(m.loadBefore), qPrintable(m.loadAfter),
        m.ok ? "" : "  (DID NOT FINISH)");
    std::fflush(stdout);
}

struct Runs {
    QList<double> worst, worstCpu, median, gap, time, cpu;
    void add(const Measure& m)
    {
        worst << ms(m.worstEventUs);
        worstCpu << ms(m.worstEventCpuUs);
        median << ms(m.medianEventUs);
        gap << double(m.longestGapMs);
        time << double(m.totalMs);
        cpu << double(m.guiCpuMs);
    }
};

double maxOf(const QList<double>& v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end());
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
    // Compose-log-like lines of mixed lengths: a coloured service name, a timestamp, a request
    // (about 90 bytes); every 7th longer (100 to 400 bytes) with a red marker, every 50th
    // 2,000 characters, every 100th an ERROR line. First 20 lines on stderr (from sed: awk writing
    // thousands of lines to stderr on the test host stopped half-way). The last line is a plain one.
    const QString script =
        u"seq 1 20 | sed 's/^/warning: cache miss /' >&2; awk -v n=%1 'BEGIN { pad = sprintf(\"%2000s\", "
        u"\"\"); gsub(/ /, \"=\", pad); "
        u"for (i = 1; i <= n; i++) { "
        u"t = sprintf(\"2026-12-05T09:%02d:%02d.%03dZ\", int(i / 60) % 60, i % 60, i % 1000); "
        u"if (i < n && i % 50 == 0) printf \"\\033[33m%s\\033[0m\\n\", substr(pad, 1, 2000); "
        u"else if (i < n && i % 100 == 1) printf \"\\033[35mworker-2 |\\033[0m %s \\033[1;31mERROR\\033[0m "
        u"job %d failed\\n\", t, i; "
        u"else if (i < n && i % 7 == 0) printf \"\\033[36mweb-1  |\\033[0m %s \\033[31mWARN\\033[0m GET "
        u"/api/items/%d?q=%s slow\\n\", t, i, substr(pad, 1, 100 + i % 300); "
        u"else printf \"\\033[36mweb-1  |\\033[0m %s GET /api/items/%d HTTP/1.1 200 %d bytes in %d ms\\n\", "
        u"t, i, 200 + i % 5000, i % 97 } }'"_s.arg(lines);
    const remote::Command command({u"sh"_s, u"-c"_s, script});
    const QString lastItem = u"/api/items/%1 "_s.arg(lines);
    std::printf(
        "bench_console: %d lines (mixed: ~90 bytes, every 7th 100-400, every 50th 2,000; ANSI colours; "
        "first 20 on stderr), %d reps each path, heartbeat every %d ms\n",
        lines, reps, kHeartbeatMs);

    OldView oldView;
    ui::ConsoleOutput newView;
    newView.resize(960, 560);
    settle(300);

    Runs runsOld, runsNew;
    bool allOk = true;
    auto runOld = [&](int rep) {
        if (only == u"new")
            return;
        auto* transcript = new bench::baseline::ConsoleTranscript;
        auto* run = new bench::baseline::ConsoleRun(transcript, script, command);
        oldView.setDocument(transcript->document());
        oldView.show();
        QTextDocument* doc = transcript->document();
        QObject::connect(doc, &QTextDocument::contentsChanged, &oldView, [&oldView] { oldView.follow(); });
        settle(200);
        const Measure m =
            measure([&] { run->start(&conn, u"bench"_s); },
                    [&] { return run->result().has_value() && complete(lastLines(doc, 40), lastItem); });
        print("old", rep, m);
        allOk = allOk && m.ok;
        runsOld.add(m);
        oldView.hide();
        oldView.setDocument(nullptr);
        delete run;
        delete transcript;
    };
    auto runNew = [&](int rep) {
        if (only == u"old")
            return;
        auto* transcript = new ui::ConsoleTranscript;
        auto* run = new ui::ConsoleRun(transcript, script, command);
        newView.setTranscript(transcript);
        newView.show();
        settle(200);
        const Measure m = measure([&] { run->start(&conn, u"bench"_s); },
                                  [&] {
                                      return run->result().has_value() &&
                                             complete(lastLines(transcript->lines(), 40), lastItem) &&
                                             newView.isFollowingEnd();
                                  });
        print("new", rep, m);
        allOk = allOk && m.ok;
        runsNew.add(m);
        newView.hide();
        newView.setTranscript(nullptr);
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
    const double stallOld = median(runsOld.worst), stallNew = median(runsNew.worst);
    const double worstOld = maxOf(runsOld.worst), worstNew = maxOf(runsNew.worst);
    std::printf("%-44s %10s %10s\n", "", "old", "new");
    std::printf("%-44s %10.1f %10.1f\n", "median stall, ms (worst event, median of reps)", stallOld,
                stallNew);
    std::printf("%-44s %10.1f %10.1f\n", "worst stall, ms (worst event of all reps)", worstOld, worstNew);
    std::printf("%-44s %10.1f %10.1f\n", "most CPU in one event, ms (median of reps)",
                median(runsOld.worstCpu), median(runsNew.worstCpu));
    std::printf("%-44s %10.3f %10.3f\n", "median event, ms", median(runsOld.median), median(runsNew.median));
    std::printf("%-44s %10.0f %10.0f\n", "longest heartbeat gap, ms (median of reps)", median(runsOld.gap),
                median(runsNew.gap));
    std::printf("%-44s %10.0f %10.0f\n", "time to the last line, ms (median)", median(runsOld.time),
                median(runsNew.time));
    std::printf("%-44s %10.0f %10.0f\n", "GUI thread CPU, ms (median)", median(runsOld.cpu),
                median(runsNew.cpu));
    std::printf("console_worst_stall_ms_new %.1f (target <= 16)\n", worstNew);
    std::printf("ratio console_gui_cpu_new_vs_old %.2f\n",
                median(runsNew.cpu) / std::max(1.0, median(runsOld.cpu)));
    std::printf("ratio console_100k_lines_time_new_vs_old %.2f\n",
                median(runsNew.time) / std::max(1.0, median(runsOld.time)));
    std::printf("ratio console_stall_ms_new_vs_old %.3f\n", stallNew / std::max(0.001, stallOld));
    std::printf("ratio console_worst_stall_ms_new_vs_old %.3f\n", worstNew / std::max(0.001, worstOld));
    return allOk ? 0 : 2;
}
