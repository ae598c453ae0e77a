// bench_query - the query engine next to Prometheus on the same data. No test host.
//
//   bench_query [--histograms N] [--steps S] [--reps R] [--keep DIR]
//
// Generates N (default 100) classic histograms of 11 buckets (le 0.005 ... 10, +Inf), one sample
// every 10 s (seeded, the same every run), covering S (default 1,000) steps of 10 s after 5
// minutes of history, and evaluates
//     histogram_quantile(0.9, rate(h_bucket[5m]))
// as a range query over the S steps: best of R (default 5) runs of metrics::evaluateRange,
// parsing included.
// When Debian's prometheus package is installed (promtool and prometheus on PATH), the same
// samples are written as OpenMetrics, backfilled with `promtool tsdb create-blocks-from
// openmetrics`, served by a prometheus on 127.0.0.1 (a free port, its own temporary directory,
// stopped at the end) and asked the same query_range over HTTP, best of R after one warm-up; the
// answers are compared (1e-6 relative) and
//     ratio query_vs_prometheus V   (Capataz's time / Prometheus's; target <= 0.5)
// is printed. Without the peer the absolute time is printed and the missing peer said.
#include "metrics/QueryEngine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>

using namespace Qt::Literals::StringLiterals;
using namespace capataz::metrics;
using Clock = std::chrono::steady_clock;

namespace {

constexpr const char* kQuery = "histogram_quantile(0.9, rate(h_bucket[5m]))";
constexpr qint64 kIntervalMs = 10'000;
// Samples 2.5 s after the steps, as a scraper's phase is: none falls on a window's first instant,
// where Prometheus 2.42 (Debian's; a range is [t - 5m, t]) and 3.x and Capataz (t - 5m, t] differ.
// Aligned, 99.8 % of the points differed for that alone.
constexpr qint64 kScrapePhaseMs = 2'500;
// Prometheus's backfill wants recent-ish times: the data ends an hour before now, on a 10 s grid.
const std::array<const char*, 11> kBounds{"0.005", "0.01", "0.025", "0.05", "0.1", "0.25",
                                          "0.5",   "1",    "2.5",   "10",   "+Inf"};

struct Data {
    SeriesSet set;
    qint64 startMs = 0; // the first sample
    qint64 firstStepMs = 0;
    qint64 lastStepMs = 0;
    std::vector<std::pair<LabelSet, std::vector<Point>>> raw; // for the OpenMetrics file
};

Data generate(int histograms, int steps)
{
    Data d;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int samples = steps + 30; // 5 minutes of history before the first step
    d.startMs = (now - 3'600'000 - qint64(samples) * kIntervalMs) / kIntervalMs * kIntervalMs;
    d.firstStepMs = d.startMs + 30 * kIntervalMs;
    d.lastStepMs = d.firstStepMs + qint64(steps - 1) * kIntervalMs;
    std::mt19937_64 rng(42);
    for (int h = 0; h < histograms; ++h) {
        // each histogram's observations: a log-normal latency, 5..50 per interval
        std::lognormal_distribution<double> latency(std::log(0.05 + 0.01 * (h % 20)), 1.0);
        std::uniform_int_distribution<int> perInterval(5, 50);
        std::vector<std::vector<Point>> buckets(kBounds.size());
        std::vector<double> counts(kBounds.size());
        for (int i = 0; i < samples; ++i) {
            const int n = perInterval(rng);
            for (int k = 0; k < n; ++k) {
                const double v = latency(rng);
                for (size_t b = 0; b < kBounds.size(); ++b)
                    if (b == kBounds.size() - 1 || v <= std::stod(kBounds[b]))
                        counts[b] += 1;
            }
            for (size_t b = 0; b < kBounds.size(); ++b)
                buckets[b].push_back(Point{d.startMs + kScrapePhaseMs + qint64(i) * kIntervalMs, counts[b]});
        }
        for (size_t b = 0; b < kBounds.size(); ++b) {
            LabelSet labels(std::vector<LabelPair>{{"__name__", "h_bucket"},
                                                   {"instance", "i" + std::to_string(h)},
                                                   {"job", "bench"},
                                                   {"le", kBounds[b]}});
            d.raw.emplace_back(labels, buckets[b]);
            d.set.add(std::move(labels), std::move(buckets[b]));
        }
    }
    d.set.finish();
    return d;
}

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

using Answer = std::map<std::string, std::map<qint64, double>>; // labels -> time -> value

Answer fromResult(const QueryResult& r)
{
    Answer a;
    for (const QuerySeries& s : r.series)
        for (const Point& p : s.points)
            a[s.labels.toString()][p.t] = p.v;
    return a;
}

// --- the peer --------------------------------------------------------------------------------

bool writeOpenMetrics(const Data& d, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray out = "# HELP h A latency.\n# TYPE h histogram\n";
    const size_t samples = d.raw.front().second.size();
    for (size_t i = 0; i < samples; ++i) { // time after time, as promtool reads it best
        for (const auto& [labels, points] : d.raw) {
            out += "h_bucket{instance=\"" +
                   QByteArray(labels.get("instance").data(), labels.get("instance").size()) +
                   "\",job=\"bench\",le=\"" + QByteArray(labels.get("le").data(), labels.get("le").size()) +
                   "\"} " + QByteArray::number(points[i].v, 'g', 17) + ' ' +
                   QByteArray::number(double(points[i].t) / 1000, 'f', 3) + '\n';
        }
        if (out.size() > (1 << 22)) {
            f.write(out);
            out.clear();
        }
    }
    out += "# EOF\n";
    f.write(out);
    return true;
}

int freePort()
{
    QTcpServer s;
    return s.listen(QHostAddress::LocalHost, 0) ? s.serverPort() : 0;
}

QByteArray httpGet(QNetworkAccessManager& nam, const QUrl& url, int* status)
{
    QNetworkReply* reply = nam.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

// Runs the peer; returns its best time (s) and fills `answer`, or a negative time with a reason.
double runPeer(const Data& d, int reps, const QString& keep, Answer& answer, QString& why)
{
    const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
    const QString prometheus = QStandardPaths::findExecutable(u"prometheus"_s);
    if (promtool.isEmpty() || prometheus.isEmpty()) {
        why = u"prometheus/promtool not installed (Debian: apt-get install prometheus)"_s;
        return -1;
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    QDir().mkpath(dir);
    const QString om = dir + u"/history.om"_s;
    if (!writeOpenMetrics(d, om)) {
        why = u"cannot write "_s + om;
        return -1;
    }
    QProcess backfill;
    backfill.start(promtool, {u"tsdb"_s, u"create-blocks-from"_s, u"openmetrics"_s, om, dir + u"/data"_s});
    if (!backfill.waitForFinished(600'000) || backfill.exitCode() != 0) {
        why = u"promtool failed: "_s + QString::fromLocal8Bit(backfill.readAllStandardError());
        return -1;
    }
    QFile config(dir + u"/prometheus.yml"_s);
    if (!config.open(QIODevice::WriteOnly)) {
        why = u"cannot write the config"_s;
        return -1;
    }
    config.write("global:\n  scrape_interval: 1h\n");
    config.close();
    const int port = freePort();
    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.setStandardOutputFile(dir + u"/prometheus.log"_s);
    server.start(prometheus,
                 {u"--config.file="_s + config.fileName(), u"--storage.tsdb.path="_s + dir + u"/data"_s,
                  u"--web.listen-address=127.0.0.1:"_s + QString::number(port),
                  u"--storage.tsdb.retention.time=100y"_s});
    if (!server.waitForStarted()) {
        why = u"prometheus did not start"_s;
        return -1;
    }
    QNetworkAccessManager nam;
    const QString base = u"http://127.0.0.1:"_s + QString::number(port);
    int status = 0;
    for (int i = 0; i < 600 && status != 200; ++i) {
        httpGet(nam, QUrl(base + u"/-/ready"_s), &status);
        if (status != 200)
            QThread::msleep(100);
    }
    double best = -1;
    if (status != 200) {
        why = u"prometheus did not become ready (see "_s + dir + u"/prometheus.log)"_s;
    } else {
        QUrl url(base + u"/api/v1/query_range"_s);
        QUrlQuery q;
        q.addQueryItem(u"query"_s, QString::fromLatin1(kQuery));
        q.addQueryItem(u"start"_s, QString::number(double(d.firstStepMs) / 1000, 'f', 3));
        q.addQueryItem(u"end"_s, QString::number(double(d.lastStepMs) / 1000, 'f', 3));
        q.addQueryItem(u"step"_s, QString::number(double(kIntervalMs) / 1000));
        url.setQuery(q);
        QByteArray body;
        for (int r = 0; r <= reps; ++r) { // the first is a warm-up (blocks opened, caches filled)
            const auto t0 = Clock::now();
            body = httpGet(nam, url, &status);
            const double s = seconds(Clock::now() - t0);
            if (r > 0 && status == 200 && (best < 0 || s < best))
                best = s;
        }
        if (status != 200)
            why = u"query_range answered HTTP "_s + QString::number(status) + u": "_s +
                  QString::fromUtf8(body.left(300));
        for (const QJsonValue& sv :
             QJsonDocument::fromJson(body).object()[u"data"_s][u"result"_s].toArray()) {
            const QJsonObject s = sv.toObject();
            std::vector<LabelPair> pairs;
            const QJsonObject m = s[u"metric"_s].toObject();
            for (auto it = m.begin(); it != m.end(); ++it)
                pairs.push_back({it.key().toStdString(), it.value().toString().toStdString()});
            auto& series = answer[LabelSet(std::move(pairs)).toString()];
            for (const QJsonValue& pv : s[u"values"_s].toArray()) {
                const QJsonArray p = pv.toArray();
                series[qint64(std::llround(p[0].toDouble() * 1000))] = p[1].toString().toDouble();
            }
        }
    }
    server.terminate();
    if (!server.waitForFinished(10'000))
        server.kill();
    return best;
}

bool same(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return a == b || std::abs(a - b) <= 1e-6 * std::max(std::abs(a), std::abs(b));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int histograms = 100;
    int steps = 1000;
    int reps = 5;
    QString keep;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--histograms"_s)
            histograms = args[i + 1].toInt();
        else if (args[i] == u"--steps"_s)
            steps = args[i + 1].toInt();
        else if (args[i] == u"--reps"_s)
            reps = args[i + 1].toInt();
        else if (args[i] == u"--keep"_s)
            keep = args[i + 1];
    }
    if (histograms < 1 || steps < 1 || reps < 1) {
        std::fprintf(stderr, "usage: bench_query [--histograms N] [--steps S] [--reps R] [--keep DIR]\n");
        return 2;
    }
    const Data d = generate(histograms, steps);
    std::printf("data: %zu series, %zu samples at 10 s; query %s over %d steps of 10 s\n",
                d.set.series().size(), d.set.sampleCount(), kQuery, steps);

    double best = -1;
    QueryResult result;
    for (int r = 0; r < reps; ++r) {
        const auto t0 = Clock::now();
        const auto q = parseQuery(QString::fromLatin1(kQuery));
        auto res = evaluateRange(*q, d.set, d.firstStepMs, d.lastStepMs, kIntervalMs);
        const double s = seconds(Clock::now() - t0);
        if (!res) {
            std::fprintf(stderr, "bench_query: %s\n", qPrintable(res.error().toError().detail));
            return 1;
        }
        result = std::move(*res);
        if (best < 0 || s < best)
            best = s;
    }
    size_t points = 0;
    for (const QuerySeries& s : result.series)
        points += s.points.size();
    std::printf("capataz: %.1f ms (best of %d), %zu series, %zu points\n", best * 1000, reps,
                result.series.size(), points);

    Answer peer;
    QString why;
    const double peerTime = runPeer(d, reps, keep, peer, why);
    if (peerTime < 0) {
        std::printf("peer: %s; no ratio printed\n", qPrintable(why));
        return 0;
    }
    const Answer ours = fromResult(result);
    size_t compared = 0;
    size_t differing = 0;
    for (const auto& [labels, values] : ours) {
        const auto it = peer.find(labels);
        for (const auto& [t, v] : values) {
            ++compared;
            if (it == peer.end() || !it->second.contains(t) || !same(v, it->second.at(t)))
                ++differing;
        }
    }
    size_t peerPoints = 0;
    for (const auto& [labels, values] : peer)
        peerPoints += values.size();
    std::printf("prometheus: %.1f ms (best of %d, over HTTP), %zu points; %zu of %zu of ours differ\n",
                peerTime * 1000, reps, peerPoints, differing, compared);
    std::printf("ratio query_vs_prometheus %.3f\n", best / peerTime);
    return differing == 0 && peerPoints == compared ? 0 : 1;
}
