// bench_metrics - the exposition parser next to the physical limit and to a reference parser.
// No test host.
//
//   bench_metrics [--samples N] [--reps R] [--format prometheus|openmetrics]
//
// Generates an exposition of N samples (default 100,000; seeded, the same every run) shaped like
// the seeds' services: prometheus_client request histograms (method, handler, status, le),
// summaries, business counters, gauges with long label values, some NaN/+Inf, some escapes,
// some UTF-8. Measures, best of R (default 7) interleaved runs:
//   (a) a memchr newline scan of the same buffer (the least any line parser must do);
//   (b) metrics::parseExposition (strict) on it: ns per sample, allocations per sample; and
//       parseExpositionInto a reused Exposition (the next scrape of the same target);
//   (c) when python3 has prometheus_client (Debian's python3-prometheus-client), its
//       prometheus_client.parser.text_string_to_metric_families on the same text, timed inside
//       the python process (interpreter start-up excluded), best of 3.
// Prints the raw numbers, then:
//   ratio metrics_parse_vs_newline_scan V   (parse time / scan time; target <= 5)
//   ratio metrics_reparse_vs_newline_scan V (the same parse into a reused Exposition, as a scraper
//                                            does on its next scrape: names and label sets interned)
//   ratio metrics_parse_vs_python_client V  (parse time / python's time; lower is better)
//   ratio metrics_allocations_per_sample V  (heap allocations during a parse / samples)
#include "metrics/ExpositionParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryFile>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <random>
#include <string>

using namespace Qt::Literals::StringLiterals;
using namespace capataz::metrics;

namespace {
std::atomic<long long> g_allocations{0};
}

void* operator new(std::size_t n)
{
    g_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(n ? n : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept
{
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept
{
    std::free(p);
}

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

// The exposition: N samples, families of every common type.
std::string generate(size_t samples, bool openMetrics)
{
    std::mt19937 rng(11);
    const char* methods[] = {"GET", "POST", "PUT", "DELETE"};
    const char* handlers[] = {"/api/v1/animals", "/api/v1/estimations/{id}", "/health",
                              "/metrics",        "/api/v1/invoices",         "/api/v1/jewelry/{sku}/price",
                              "/docs",           "/api/v1/users/me"};
    const char* statuses[] = {"200", "201", "204", "400", "401", "404", "500"};
    const char* les[] = {"0.005", "0.01", "0.025", "0.05", "0.1",  "0.25",
                         "0.5",   "1.0",  "2.5",   "5.0",  "10.0", "+Inf"};
    std::string out;
    out.reserve(samples * 110);
    size_t n = 0;
    char buf[512];
    int family = 0;
    while (n < samples) {
        const int kind = family % 4;
        const std::string name = "svc" + std::to_string(family) + "_http_request_duration_seconds";
        if (kind == 0) { // histogram: buckets per method/handler/status
            out +=
                "# HELP " + name + " Latency of HTTP requests, by handler.\n# TYPE " + name + " histogram\n";
            for (int m = 0; m < 4 && n < samples; ++m)
                for (int h = 0; h < 8 && n < samples; ++h) {
                    const char* st = statuses[rng() % 7];
                    long long cum = 0;
                    for (const char* le : les) {
                        cum += rng() % 50;
                        std::snprintf(
                            buf, sizeof buf,
                            "%s_bucket{method=\"%s\",handler=\"%s\",status=\"%s\",le=\"%s\"} %lld\n",
                            name.c_str(), methods[m], handlers[h], st, le, cum);
                        out += buf;
                        ++n;
                    }
                    std::snprintf(buf, sizeof buf,
                                  "%s_sum{method=\"%s\",handler=\"%s\",status=\"%s\"} %.6f\n", name.c_str(),
                                  methods[m], handlers[h], st, double(rng() % 100000) / 997.0);
                    out += buf;
                    std::snprintf(buf, sizeof buf,
                                  "%s_count{method=\"%s\",handler=\"%s\",status=\"%s\"} %lld\n", name.c_str(),
                                  methods[m], handlers[h], st, cum);
                    out += buf;
                    n += 2;
                }
        } else if (kind == 1) { // counters with business labels
            const std::string c = "svc" + std::to_string(family) + "_weighing_estimations";
            out += "# HELP " + c + " Estimations made, by breed.\n# TYPE " + c + " counter\n";
            for (int i = 0; i < 200 && n < samples; ++i) {
                std::snprintf(buf, sizeof buf,
                              "%s%s{breed=\"breed-%d\",farm=\"Granja \\\"La Peña\\\" nº%d\"} %u\n", c.c_str(),
                              openMetrics ? "_total" : "_total", i, i % 17, unsigned(rng() % 1000000));
                out += buf;
                ++n;
            }
        } else if (kind == 2) { // gauges, a few NaN and +Inf, timestamps
            const std::string g = "svc" + std::to_string(family) + "_active_animals";
            out += "# HELP " + g + " Animals on the farm.\n# TYPE " + g + " gauge\n";
            for (int i = 0; i < 300 && n < samples; ++i) {
                const unsigned r = rng();
                const char* v = r % 50 == 0 ? "NaN" : r % 51 == 0 ? "+Inf" : nullptr;
                if (v)
                    std::snprintf(buf, sizeof buf, "%s{pen=\"pen-%d\"} %s\n", g.c_str(), i, v);
                else if (openMetrics)
                    std::snprintf(buf, sizeof buf, "%s{pen=\"pen-%d\"} %.3f 1700000000.%03d\n", g.c_str(), i,
                                  double(r % 100000) / 7.0, i % 1000);
                else
                    std::snprintf(buf, sizeof buf, "%s{pen=\"pen-%d\"} %.3f 1700000000%03d\n", g.c_str(), i,
                                  double(r % 100000) / 7.0, i % 1000);
                out += buf;
                ++n;
            }
        } else { // summary
            const std::string s = "svc" + std::to_string(family) + "_processing_seconds";
            out += "# HELP " + s + " Processing time.\n# TYPE " + s + " summary\n";
            for (int i = 0; i < 50 && n < samples; ++i) {
                for (const char* q : {"0.5", "0.9", "0.99"}) {
                    std::snprintf(buf, sizeof buf, "%s{model=\"m%d\",quantile=\"%s\"} %.6f\n", s.c_str(), i,
                                  q, double(rng() % 10000) / 3333.0);
                    out += buf;
                }
                std::snprintf(buf, sizeof buf, "%s_sum{model=\"m%d\"} %.4f\n%s_count{model=\"m%d\"} %u\n",
                              s.c_str(), i, double(rng() % 100000) / 3.0, s.c_str(), i,
                              unsigned(rng() % 100000));
                out += buf;
                n += 5;
            }
        }
        ++family;
    }
    if (openMetrics)
        out += "# EOF\n";
    return out;
}

size_t newlineScan(const std::string& text)
{
    size_t lines = 0;
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        const void* nl = std::memchr(p, '\n', size_t(end - p));
        if (!nl)
            break;
        ++lines;
        p = static_cast<const char*>(nl) + 1;
    }
    return lines;
}

// prometheus_client's parser on the same text, timed inside python; < 0 when unavailable.
double pythonClient(const std::string& text, bool openMetrics, size_t expectSamples)
{
    QTemporaryFile file;
    if (!file.open())
        return -1;
    file.write(text.data(), qint64(text.size()));
    file.flush();
    const QString module =
        openMetrics ? u"prometheus_client.openmetrics.parser"_s : u"prometheus_client.parser"_s;
    const QString script = uR"(
import sys, time
try:
    from %1 import text_string_to_metric_families
except ImportError:
    print("missing"); sys.exit(0)
text = open(sys.argv[1], encoding="utf-8").read()
best = None
for _ in range(3):
    t = time.perf_counter()
    n = sum(len(f.samples) for f in text_string_to_metric_families(text))
    d = time.perf_counter() - t
    best = d if best is None or d < best else best
print(best, n)
)"_s.arg(module);
    QProcess p;
    // Debian's python3-prometheus-client lives in /usr/bin/python3's dist-packages, not in a pyenv
    const QString python = QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
    p.start(python, {u"-c"_s, script, file.fileName()});
    if (!p.waitForStarted(10000) || !p.waitForFinished(600000)) {
        std::printf("python3: did not run\n");
        return -1;
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    if (out == u"missing"_s || out.isEmpty()) {
        std::printf("python3-prometheus-client is not installed: no comparison with it\n%s",
                    p.readAllStandardError().constData());
        return -1;
    }
    const QStringList parts = out.split(u' ');
    std::printf("prometheus_client (%s): %.1f ms, %s samples\n", qPrintable(module),
                parts.value(0).toDouble() * 1e3, qPrintable(parts.value(1)));
    if (parts.value(1).toULongLong() != expectSamples)
        std::printf("  (sample counts differ: prometheus_client keeps _created/NaN handling of its own)\n");
    return parts.value(0).toDouble();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    size_t samples = 100000;
    int reps = 7;
    bool openMetrics = false;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--samples"_s)
            samples = args[i + 1].toULongLong();
        if (args[i] == u"--reps"_s)
            reps = std::max(1, args[i + 1].toInt());
        if (args[i] == u"--format"_s)
            openMetrics = args[i + 1] == u"openmetrics"_s;
    }
    const ExpositionFormat format =
        openMetrics ? ExpositionFormat::OpenMetrics : ExpositionFormat::Prometheus;
    const std::string text = generate(samples, openMetrics);
    std::printf("exposition: %zu samples, %zu bytes, %zu lines, %s\n", samples, text.size(),
                newlineScan(text), openMetrics ? "OpenMetrics" : "Prometheus text 0.0.4");

    double bestScan = 1e9;
    double bestParse = 1e9;
    long long allocations = 0;
    size_t parsed = 0;
    volatile size_t sink = 0;
    for (int r = 0; r < reps; ++r) {
        auto t0 = Clock::now();
        sink = sink + newlineScan(text);
        bestScan = std::min(bestScan, seconds(Clock::now() - t0));

        const long long a0 = g_allocations.load();
        t0 = Clock::now();
        auto e = parseExposition(text, format);
        const double d = seconds(Clock::now() - t0);
        allocations = g_allocations.load() - a0;
        if (!e) {
            std::printf("parse failed: %s\n", qPrintable(e.error().toString()));
            return 1;
        }
        parsed = e->samples.size();
        bestParse = std::min(bestParse, d);
    }
    // (b') the scraper's steady state: the same target parsed again into a reused Exposition
    double bestWarm = 1e9;
    long long warmAllocations = 0;
    {
        Exposition reuse;
        (void)parseExpositionInto(reuse, text, format, false);
        for (int r = 0; r < reps; ++r) {
            auto t0 = Clock::now();
            sink = sink + newlineScan(text);
            bestScan = std::min(bestScan, seconds(Clock::now() - t0));
            const long long a0 = g_allocations.load();
            t0 = Clock::now();
            const bool ok = parseExpositionInto(reuse, text, format, false);
            bestWarm = std::min(bestWarm, seconds(Clock::now() - t0));
            warmAllocations = g_allocations.load() - a0;
            if (!ok || reuse.samples.size() != parsed) {
                std::printf("reused parse failed\n");
                return 1;
            }
        }
    }
    std::printf("newline scan: %.3f ms (%.2f ns per line)\n", bestScan * 1e3,
                bestScan * 1e9 / double(samples));
    std::printf("capataz parse: %.3f ms (%.1f ns per sample), %zu samples, %lld allocations\n",
                bestParse * 1e3, bestParse * 1e9 / double(parsed), parsed, allocations);
    std::printf(
        "capataz parse again into a reused Exposition (a scraper's next scrape): %.3f ms (%.1f ns per "
        "sample), %lld allocations\n",
        bestWarm * 1e3, bestWarm * 1e9 / double(parsed), warmAllocations);
    const double py = pythonClient(text, openMetrics, parsed);

    std::printf("ratio metrics_parse_vs_newline_scan %.2f\n", bestParse / bestScan);
    std::printf("ratio metrics_reparse_vs_newline_scan %.2f\n", bestWarm / bestScan);
    if (py > 0)
        std::printf("ratio metrics_parse_vs_python_client %.4f\n", bestParse / py);
    std::printf("ratio metrics_allocations_per_sample %.4f\n", double(allocations) / double(parsed));
    return 0;
}
