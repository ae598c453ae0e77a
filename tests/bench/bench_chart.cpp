// bench_chart: refreshing a Metrics panel's line chart from N raw points, N = 4,000 and
// N = 1,000,000, next to a plain QLineSeries given the same raw points, in one offscreen run.
// Issue: "Chart: refreshing a panel from 1 million raw points costs at most 2 times refreshing
// it from 4,000."
//   capataz: ui::reduceToColumns (what ui::MetricsEvaluator does on its own thread before the
//            panel gets the points: at most the plot's width in points, min and max per pair of
//            pixel columns), then ui::MetricsPanel::setResult and the paint it causes (events
//            processed until the chart view's viewport has painted) on a 600x260 panel, shown;
//   plain:   a QChart in a QChartView of 600x260, shown, with one QLineSeries: replace() with
//            all N raw points, the axes set to their range, and the paint it causes.
// The series: one value every 24 h / N over 24 h, a daily and an hourly sine with seeded noise
// and a spike every few thousand points; two variants alternate so every refresh changes the
// chart. One widget per side and N; the order of the four turns every rep; median of R reps.
// Prints a table (median and best, ms) and:
//   ratio chart_refresh_1m_vs_4k X             (reduction + setResult + paint; target <= 2)
//   ratio chart_gui_refresh_1m_vs_4k X         (setResult + paint: the GUI thread's part)
//   ratio chart_plain_qlineseries_1m_vs_4k X   (the peer: QLineSeries::replace + paint)
// Usage: bench_chart [--reps R] [--small N] [--big N]   (R=15, 4,000 and 1,000,000)
#include "metrics/MetricsChartView.h"
#include "metrics/MetricsEvaluator.h"
#include "metrics/MetricsPanel.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <functional>
#include <numbers>
#include <random>

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kToMs = 1'796'601'600'000; // 2026-12-07 00:00 UTC
constexpr qint64 kFromMs = kToMs - 86'400'000;
constexpr qint64 kStaleMs = 45'000;

// N points over [kFromMs, kToMs]: requests per second, a daily and an hourly wave, noise,
// a spike now and then. `variant` shifts the phase (a later refresh of the same panel).
QList<QPointF> series(qsizetype n, int variant)
{
    std::mt19937_64 random(0xC0FFEEu + quint64(n) * 31 + quint64(variant));
    std::normal_distribution<double> noise(0.0, 6.0);
    std::uniform_int_distribution<int> spike(0, 4999);
    QList<QPointF> out;
    out.reserve(n);
    const double step = double(kToMs - kFromMs) / double(n - 1);
    constexpr double kTau = 2 * std::numbers::pi;
    for (qsizetype i = 0; i < n; ++i) {
        const double t = double(kFromMs) + step * double(i);
        const double day = (t - double(kFromMs)) / 86'400'000.0;
        double y =
            120 + 60 * std::sin(kTau * day + 0.3 * variant) + 15 * std::sin(kTau * day * 24) + noise(random);
        if (spike(random) == 0)
            y += 250;
        out.append(QPointF(std::round(t), std::max(0.0, y)));
    }
    return out;
}

// Counts the paint events a widget (a view's viewport) receives.
class PaintCounter final : public QObject {
public:
    explicit PaintCounter(QWidget* target) { target->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

// Processes events until `counter` saw a paint (what the user waits for); false after 10 s.
bool waitPainted(const PaintCounter& counter, int before)
{
    QElapsedTimer guard;
    guard.start();
    while (counter.count == before) {
        if (guard.elapsed() > 10000)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents);
    }
    return true;
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

struct Times {
    QList<double> total; // what the refresh costs (capataz: reduction + GUI part)
    QList<double> gui;   // the GUI thread's part (capataz: setResult + paint)
    QList<double> reduce;
};

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype m = v.size() / 2;
    return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

double best(const QList<double>& v)
{
    return v.isEmpty() ? 0 : *std::min_element(v.begin(), v.end());
}

// A Metrics panel (line chart), 600x260, shown.
class CapatazSide {
public:
    explicit CapatazSide(qsizetype n)
        : m_panel(spec())
        , m_counter(m_panel.chartView()->viewport())
    {
        m_raw = {series(n, 0), series(n, 1)};
        m_panel.resize(600, 260);
        m_panel.setWindowTitle(u"capataz %1"_s.arg(n));
        m_panel.show();
        settle();
    }

    // One refresh; false when the view never painted.
    bool refresh(Times& times)
    {
        const QList<QPointF>& raw = m_raw[m_next++ % 2];
        const int columns = m_panel.plotColumns();
        QElapsedTimer t;
        t.start();
        ui::PanelSeries s;
        s.name = u"requests/s"_s;
        s.points = ui::reduceToColumns(raw, kFromMs, kToMs, columns); // the evaluator's thread
        s.lastMs = qint64(raw.constLast().x());
        s.last = raw.constLast().y();
        const double reduceMs = msSince(t);
        ui::PanelResult result;
        result.series.append(std::move(s));
        const int before = m_counter.count;
        QElapsedTimer g;
        g.start();
        m_panel.setResult(result, kFromMs, kToMs, kStaleMs);
        const bool painted = waitPainted(m_counter, before);
        const double guiMs = msSince(g);
        times.reduce << reduceMs;
        times.gui << guiMs;
        times.total << reduceMs + guiMs;
        m_shown = m_panel.lineSeries().isEmpty() ? 0 : m_panel.lineSeries().first()->count();
        settle();
        return painted;
    }
    [[nodiscard]] qsizetype shown() const { return m_shown; }
    [[nodiscard]] int columns() const { return m_panel.plotColumns(); }

private:
    static ui::PanelSpec spec()
    {
        ui::PanelSpec s;
        s.id = u"bench"_s;
        s.title = u"Requests per second"_s;
        s.kind = ui::PanelKind::Line;
        s.queries = {{u"sum(rate(http_requests_total[$rate]))"_s, u"requests/s"_s}};
        return s;
    }

    ui::MetricsPanel m_panel;
    PaintCounter m_counter;
    QList<QList<QPointF>> m_raw;
    int m_next = 0;
    qsizetype m_shown = 0;
};

// What a program without the reduction does: a QLineSeries given every raw point.
class PlainSide {
public:
    explicit PlainSide(qsizetype n)
        : m_chart(new QChart)
        , m_view(m_chart)
        , m_counter(m_view.viewport())
    {
        m_raw = {series(n, 0), series(n, 1)};
        m_series = new QLineSeries;
        m_chart->addSeries(m_series);
        m_chart->legend()->hide();
        m_time = new QDateTimeAxis;
        m_time->setFormat(u"HH:mm"_s);
        m_value = new QValueAxis;
        m_chart->addAxis(m_time, Qt::AlignBottom);
        m_chart->addAxis(m_value, Qt::AlignLeft);
        m_series->attachAxis(m_time);
        m_series->attachAxis(m_value);
        m_view.setRenderHint(QPainter::Antialiasing);
        m_view.resize(600, 260);
        m_view.setWindowTitle(u"QLineSeries %1"_s.arg(n));
        m_view.show();
        settle();
    }

    bool refresh(Times& times)
    {
        const QList<QPointF>& raw = m_raw[m_next++ % 2];
        const int before = m_counter.count;
        QElapsedTimer g;
        g.start();
        double lo = 0;
        double hi = 1;
        for (const QPointF& p : raw)
            hi = std::max(hi, p.y());
        m_series->replace(raw);
        m_time->setRange(QDateTime::fromMSecsSinceEpoch(kFromMs), QDateTime::fromMSecsSinceEpoch(kToMs));
        m_value->setRange(lo, hi * 1.05);
        const bool painted = waitPainted(m_counter, before);
        const double ms = msSince(g);
        times.gui << ms;
        times.total << ms;
        settle();
        return painted;
    }

private:
    QChart* m_chart; // owned by the view
    QChartView m_view;
    PaintCounter m_counter;
    QLineSeries* m_series = nullptr;
    QDateTimeAxis* m_time = nullptr;
    QValueAxis* m_value = nullptr;
    QList<QList<QPointF>> m_raw;
    int m_next = 0;
};

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    int reps = 15;
    qsizetype small = 4000;
    qsizetype big = 1'000'000;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--reps"_s)
            reps = std::max(1, args[++i].toInt());
        else if (args[i] == u"--small"_s)
            small = std::max<qsizetype>(2, args[++i].toLongLong());
        else if (args[i] == u"--big"_s)
            big = std::max<qsizetype>(2, args[++i].toLongLong());
    }
    std::printf("platform %s, %lld vs %lld raw points over 24 h, panel 600x260, %d reps\n",
                qPrintable(QApplication::platformName()), static_cast<long long>(small),
                static_cast<long long>(big), reps);
    std::fflush(stdout);

    CapatazSide capatazSmall(small);
    CapatazSide capatazBig(big);
    PlainSide plainSmall(small);
    PlainSide plainBig(big);
    Times cs;
    Times cb;
    Times ps;
    Times pb;
    { // warm-up (first paint, caches), not counted
        Times ignored;
        capatazSmall.refresh(ignored);
        capatazBig.refresh(ignored);
        plainSmall.refresh(ignored);
        plainBig.refresh(ignored);
    }
    int unpainted = 0;
    for (int r = 0; r < reps; ++r) {
        const std::array<std::function<bool()>, 4> runs{[&] { return capatazSmall.refresh(cs); },
                                                        [&] { return capatazBig.refresh(cb); },
                                                        [&] { return plainSmall.refresh(ps); },
                                                        [&] {
                                                            return plainBig.refresh(pb);
                                                        }};
        for (int k = 0; k < 4; ++k)
            unpainted += runs[size_t((k + r) % 4)]() ? 0 : 1;
    }
    if (unpainted > 0)
        std::printf("WARNING: %d refreshes never painted (10 s each)\n", unpainted);

    std::printf("\n%-44s %12s %12s %8s\n", "median (best), ms", "4k", "1M", "1M/4k");
    const auto row = [](const char* what, const QList<double>& a, const QList<double>& b) {
        std::printf("%-44s %6.2f (%4.2f) %6.2f (%4.2f) %8.2f\n", what, median(a), best(a), median(b), best(b),
                    median(b) / std::max(1e-6, median(a)));
    };
    row("capataz: reduceToColumns (evaluator thread)", cs.reduce, cb.reduce);
    row("capataz: setResult + paint (GUI thread)", cs.gui, cb.gui);
    row("capataz: refresh (both)", cs.total, cb.total);
    row("plain QLineSeries: replace + paint", ps.total, pb.total);
    std::printf("points drawn by the panel: %lld (4k) and %lld (1M), plot %d columns\n",
                static_cast<long long>(capatazSmall.shown()), static_cast<long long>(capatazBig.shown()),
                capatazBig.columns());
    std::printf("1M raw points: plain QLineSeries %.1f ms vs capataz %.1f ms (%.1f times)\n",
                median(pb.total), median(cb.total), median(pb.total) / std::max(1e-6, median(cb.total)));
    std::printf("ratio chart_refresh_1m_vs_4k %.2f (target <= 2)\n",
                median(cb.total) / std::max(1e-6, median(cs.total)));
    std::printf("ratio chart_gui_refresh_1m_vs_4k %.2f\n", median(cb.gui) / std::max(1e-6, median(cs.gui)));
    std::printf("ratio chart_plain_qlineseries_1m_vs_4k %.2f\n",
                median(pb.total) / std::max(1e-6, median(ps.total)));
    return 0;
}
