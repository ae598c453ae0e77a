// bench_logs - the log store's core next to the tools people compare it with. No test host.
//
//   bench_logs [--lines N] [--reps R] [--quick]
//
// Generates N (default 1,000,000) lines of realistic, mixed log text (nginx access and error,
// python logging, uvicorn, PostgreSQL, Redis, JSON lines, loguru, some non-ASCII, some long
// lines; seeded, the same every run) and measures:
//   (a) ingest: lines/s into logs::LogStore, from UTF-8 (appendUtf8) and from the sources'
//       LogRecord batches (QString text), level detection included; and into a store at its
//       cap (every new line drops one);
//   (b) memory per stored line (the store's own accounting, and the process's resident memory)
//       next to the raw bytes per line (text + '\n', as in a file);
//   (c) search: LogFilterRun over the store vs `grep -c` on the same lines in a temporary file
//       (page-cache hot: read once before timing), R times interleaved, medians; the counts
//       must agree; grep runs with LC_ALL=C (its fastest);
//   (d) masking: ingest of LogRecords each passed through plan::SecretMask::apply with 5
//       secrets vs without, and through logs::FastSecretMask.
// Prints the raw numbers, then `ratio NAME VALUE` lines:
//   ratio logs_substring_vs_grep_F V     (grep time / capataz time; higher is better, target >= 0.5)
//   ratio logs_substring_nocase_vs_grep_Fi V
//   ratio logs_regex_vs_grep_E V
//   ratio logs_memory_per_line_vs_raw V  (store bytes per line / raw bytes per line; target <= (raw+16)/raw)
//   ratio logs_secretmask_ingest_cost V  (ingest time with SecretMask / without; 1.10 = 10 % more)
//   ratio logs_fastmask_ingest_cost V    (the same with FastSecretMask)
//   ratio logs_secretmask_alone_cost V   (1 + the masker's time alone / ingest time without it)
//   ratio logs_fastmask_alone_cost V
// and `NAME_cpu` variants of the search ratios: CPU times (grep's from getrusage of children).
#include "logs/FastSecretMask.h"
#include "logs/LogFilter.h"
#include "logs/LogStore.h"
#include "plan/SecretMask.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#include <vector>

using namespace capataz;
using namespace capataz::logs;
using namespace Qt::Literals::StringLiterals;

namespace {

void out(const QString& s)
{
    std::printf("%s\n", qPrintable(s));
    std::fflush(stdout);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

qint64 residentBytes()
{
    QFile f(u"/proc/self/statm"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts[1].toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

const char* const kSecrets[] = {"s3cr3t-P4ssw0rd-for-db-9f8e7d", "sk_live_51HxQmZ2eZvKYlo2C0abcdef",
                                "ghp_16C7e42F292c6912E7710c838347Ae178B4a", "redis-AUTH-7b1c2d3e4f",
                                "jwt.HS256.key.0123456789abcdef"};

// Lines as the services of a compose project write them. Deterministic.
struct Corpus {
    QByteArray bytes;              // every line followed by '\n' (the temporary file's content)
    std::vector<qsizetype> starts; // of each line in `bytes`, and bytes.size() at the end

    [[nodiscard]] qsizetype size() const { return qsizetype(starts.size()) - 1; }
    [[nodiscard]] QByteArrayView line(qsizetype i) const
    {
        return {bytes.constData() + starts[std::size_t(i)],
                starts[std::size_t(i) + 1] - starts[std::size_t(i)] - 1};
    }
};

Corpus generate(qsizetype n)
{
    Corpus c;
    c.bytes.reserve(n * 130);
    c.starts.reserve(std::size_t(n) + 1);
    QRandomGenerator rng(20240101);
    static const char* const paths[] = {"/api/v1/items",  "/api/v1/orders", "/health",
                                        "/static/app.js", "/login",         "/api/v1/users"};
    static const char* const loggers[] = {"app.worker", "app.db", "app.payments", "app.mail",
                                          "uvicorn.error"};
    static const char* const levels[] = {"INFO", "INFO", "INFO", "DEBUG", "WARNING", "ERROR"};
    char buf[4096];
    for (qsizetype i = 0; i < n; ++i) {
        const int s = int(i % 60), m = int(i / 60 % 60), r = int(rng.bounded(1000));
        int len = 0;
        switch (rng.bounded(20)) {
        case 0:
        case 1:
        case 2:
        case 3:
        case 4: {
            const int status = r < 900 ? 200 : r < 960 ? 404 : r < 990 ? 301 : 502;
            len = std::snprintf(
                buf, sizeof buf,
                "203.0.113.%d - - [01/Jan/2024:10:%02d:%02d +0000] \"GET %s/%d HTTP/1.1\" %d %d \"-\" "
                "\"Mozilla/5.0 (X11; Linux x86_64)\"",
                r % 250, m, s, paths[r % 6], r, status, 100 + r * 7);
            break;
        }
        case 5:
        case 6:
        case 7:
            len = std::snprintf(buf, sizeof buf,
                                "2024-01-01 10:%02d:%02d,%03d - %s - %s - processed job %d in %d ms", m, s, r,
                                loggers[r % 5], levels[r % 6], int(i), r % 300);
            break;
        case 8:
        case 9:
            len =
                std::snprintf(buf, sizeof buf, "INFO:     172.18.0.%d:%d - \"POST %s HTTP/1.1\" 201 Created",
                              r % 20, 30000 + r, paths[r % 6]);
            break;
        case 10:
            len = std::snprintf(
                buf, sizeof buf,
                "2024-01-01 10:%02d:%02d.%03d UTC [%d] %s  duration: %d.%03d ms  statement: SELECT * "
                "FROM orders WHERE id = %d",
                m, s, r, 100 + r % 50, r < 980 ? "LOG:" : "ERROR:", r % 40, r, int(i));
            break;
        case 11:
            len = std::snprintf(buf, sizeof buf,
                                "1:M 01 Jan 2024 10:%02d:%02d.%03d %c Background saving started by pid %d", m,
                                s, r, r < 900 ? '*' : '#', r);
            break;
        case 12:
        case 13:
            len = std::snprintf(
                buf, sizeof buf,
                "{\"timestamp\":\"2024-01-01T10:%02d:%02d.%03dZ\",\"level\":\"%s\",\"logger\":\"%s\","
                "\"message\":\"charge attempt\",\"attempt\":%d,\"order_id\":%d}",
                m, s, r, r < 950 ? "info" : "warning", loggers[r % 5], r % 3, int(i));
            break;
        case 14:
            len = std::snprintf(
                buf, sizeof buf,
                "2024-01-01 10:%02d:%02d.%03d | %-8s | app.main:handler:42 - upstream timed out after "
                "30s (request_id=%08x)",
                m, s, r, r < 500 ? "INFO" : "ERROR", unsigned(rng.generate()));
            break;
        case 15:
            len = std::snprintf(
                buf, sizeof buf,
                "2024/01/01 10:%02d:%02d [error] 29#29: *%d upstream timed out (110: Connection timed "
                "out) while reading response header from upstream, client: 10.0.0.%d, server: "
                "example.com",
                m, s, int(i), r % 250);
            break;
        case 16:
            len =
                std::snprintf(buf, sizeof buf,
                              "2024-01-01 10:%02d:%02d,%03d - app.mail - INFO - correo enviado a José Núñez "
                              "<jose@ejemplo.es>: «Pedido %d confirmado» ✓ Größe ÉCOLE",
                              m, s, r, int(i));
            break;
        case 17:
            len = std::snprintf(buf, sizeof buf,
                                "Traceback line %d: File \"/app/main.py\", line %d, in handler", int(i), r);
            break;
        default: { // sometimes long: a payload dump
            len = std::snprintf(buf, sizeof buf, "DEBUG payload %d: ", int(i));
            const int extra = r < 950 ? 40 : 600 + r;
            for (int k = 0; k < extra && len < int(sizeof buf) - 1; ++k)
                buf[len++] =
                    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"[(k * 7 + r) & 63];
            break;
        }
        }
        if (i % 997 == 0) // a secret now and then (a misconfigured service echoing its env)
            len += std::snprintf(buf + len, sizeof buf - std::size_t(len),
                                 " DATABASE_URL=postgres://app:%s@db/app", kSecrets[i % 5]);
        c.starts.push_back(c.bytes.size());
        c.bytes.append(buf, len);
        c.bytes.append('\n');
    }
    c.starts.push_back(c.bytes.size());
    return c;
}

double threadCpu()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double childrenCpu()
{
    rusage ru{};
    getrusage(RUSAGE_CHILDREN, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
           double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

// Wall time, and this thread's CPU time (what the machine's other load does not inflate).
struct Timer {
    QElapsedTimer t;
    double cpu0 = threadCpu();
    Timer() { t.start(); }
    [[nodiscard]] double seconds() const { return double(t.nsecsElapsed()) / 1e9; }
    [[nodiscard]] double cpu() const { return threadCpu() - cpu0; }
};

struct Sample {
    double wall = 0;
    double cpu = 0;
    qint64 count = 0;
};

// `grep ARGS file` (LC_ALL=C): the wall time from start to exit, its CPU time, its count.
Sample runGrep(const QStringList& args, const QString& file)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C"_s);
    p.setProcessEnvironment(env);
    const double cpu0 = childrenCpu();
    Timer t;
    p.start(u"grep"_s, args + QStringList{file});
    p.waitForFinished(-1);
    const double s = t.seconds();
    return {s, childrenCpu() - cpu0, p.readAllStandardOutput().trimmed().toLongLong()};
}

Sample runFilter(const LogSnapshot& snap, const LogQuery& q)
{
    Timer t;
    LogFilterRun run(*LogFilter::create(q));
    run.run(snap);
    return {t.seconds(), t.cpu(), run.matchCount()};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qsizetype lines = 1'000'000;
    int reps = 5;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--lines"_s)
            lines = args[i + 1].toLongLong();
        if (args[i] == u"--reps"_s)
            reps = args[i + 1].toInt();
    }
    if (args.contains(u"--quick"_s)) {
        lines = 100'000;
        reps = 3;
    }

    Timer genTimer;
    const Corpus corpus = generate(lines);
    const double rawPerLine = double(corpus.bytes.size()) / double(lines);
    out(u"corpus: %1 lines, %2 MB, %3 bytes per line with its '\\n' (generated in %4 s)"_s.arg(lines)
            .arg(double(corpus.bytes.size()) / 1e6, 0, 'f', 1)
            .arg(rawPerLine, 0, 'f', 1)
            .arg(genTimer.seconds(), 0, 'f', 2));

    // (a) + (b): ingest from UTF-8 into a fresh store; memory.
    std::vector<double> ingest, ingestCpu;
    qint64 memPerLineStore = 0;
    double rssPerLine = 0;
    std::unique_ptr<LogStore> store;
    for (int rep = 0; rep < reps; ++rep) {
        store.reset();
        const qint64 rss0 = residentBytes();
        store = std::make_unique<LogStore>(std::max<qint64>(lines, LogStore::kDefaultMaxLines));
        Timer t;
        for (qsizetype i = 0; i < lines; ++i)
            store->appendUtf8(corpus.line(i), 1'704'103'200'000 + i);
        ingest.push_back(t.seconds());
        ingestCpu.push_back(t.cpu());
        memPerLineStore = store->memoryBytes();
        rssPerLine = double(residentBytes() - rss0) / double(lines);
    }
    const double storePerLine = double(memPerLineStore) / double(lines);
    out(u"(a) ingest appendUtf8 (level detection included): median %1 s = %2 M lines/s, %3 MB/s; CPU %4 s = "
        "%5 M lines/s"_s.arg(median(ingest), 0, 'f', 3)
            .arg(double(lines) / median(ingest) / 1e6, 0, 'f', 2)
            .arg(double(corpus.bytes.size()) / median(ingest) / 1e6, 0, 'f', 0)
            .arg(median(ingestCpu), 0, 'f', 3)
            .arg(double(lines) / median(ingestCpu) / 1e6, 0, 'f', 2));
    out(u"(b) memory per line: store accounting %1 B, resident memory growth %2 B, raw %3 B (text + \\n); "
        "store - raw = %4 B"_s.arg(storePerLine, 0, 'f', 2)
            .arg(rssPerLine, 0, 'f', 2)
            .arg(rawPerLine, 0, 'f', 2)
            .arg(storePerLine - rawPerLine, 0, 'f', 2));

    // Ingest at the cap: a store of lines/4 that drops a line for every line it takes.
    {
        LogStore capped(lines / 4);
        Timer t;
        for (qsizetype i = 0; i < lines; ++i)
            capped.appendUtf8(corpus.line(i));
        const double s = t.seconds();
        out(u"(a) ingest at the cap (%1 lines kept, %2 dropped): %3 M lines/s, memory %4 MB"_s
                .arg(capped.size().get())
                .arg(capped.dropped().get())
                .arg(double(lines) / s / 1e6, 0, 'f', 2)
                .arg(double(capped.memoryBytes()) / 1e6, 0, 'f', 1));
    }

    // (a) + (d): from LogRecord batches (QString), plain / SecretMask / FastSecretMask.
    const qsizetype recordLines = std::min<qsizetype>(lines, 200'000);
    LogBatch records;
    records.reserve(recordLines);
    for (qsizetype i = 0; i < recordLines; ++i) {
        LogRecord r;
        r.text = QString::fromUtf8(corpus.line(i));
        r.timeMs = 1'704'103'200'000 + i;
        records.append(r);
    }
    plan::SecretMask mask;
    for (const char* s : kSecrets)
        mask.add(QString::fromLatin1(s));
    const FastSecretMask fast(mask);
    std::vector<double> plain, masked, fastMasked;
    qsizetype maskedLines = 0;
    auto ingestRecords = [&](int how) {
        LogStore s(recordLines);
        Timer t;
        LogBatch batch;
        batch.reserve(1000);
        for (qsizetype i = 0; i < recordLines; ++i) {
            LogRecord r = records[i];
            if (how == 1)
                r.text = mask.apply(std::move(r.text));
            else if (how == 2)
                r.text = fast.apply(std::move(r.text));
            batch.append(std::move(r));
            if (batch.size() == 1000) {
                s.append(batch);
                batch.clear();
            }
        }
        s.append(batch);
        const double sec = t.cpu();
        if (how == 2) { // the masked lines say so
            maskedLines = 0;
            const LogSnapshot snap = s.snapshot();
            for (qint64 i = 0; i < recordLines; ++i)
                maskedLines += snap.line(LogSeq(i)).utf8.contains("\xe2\x80\xa2\xe2\x80\xa2") ? 1 : 0;
        }
        return sec;
    };
    for (int rep = 0; rep < reps; ++rep) {
        plain.push_back(ingestRecords(0));
        masked.push_back(ingestRecords(1));
        fastMasked.push_back(ingestRecords(2));
    }
    // The maskers alone, on the same lines (CPU time; medians).
    std::vector<double> maskOnly, fastOnly;
    qsizetype differ = 0;
    for (int rep = 0; rep < reps; ++rep) {
        Timer t;
        for (const LogRecord& r : records)
            differ += mask.apply(r.text).size() == 0 ? 1 : 0;
        maskOnly.push_back(t.cpu());
        Timer t2;
        for (const LogRecord& r : records)
            differ += fast.apply(r.text).size() == 0 ? 1 : 0;
        fastOnly.push_back(t2.cpu());
    }
    out(u"(d) maskers alone: SecretMask::apply %1 ns per line, FastSecretMask::apply %2 ns per line%3"_s
            .arg(median(maskOnly) * 1e9 / double(recordLines), 0, 'f', 0)
            .arg(median(fastOnly) * 1e9 / double(recordLines), 0, 'f', 0)
            .arg(differ ? u" (empty results?)"_s : QString()));
    out(u"(a) ingest of LogRecord batches of 1000 (%1 lines, CPU time): %2 M lines/s"_s.arg(recordLines)
            .arg(double(recordLines) / median(plain) / 1e6, 0, 'f', 2));
    out(u"(d) ingest with SecretMask::apply (5 secrets): %1 M lines/s, %2 ns per line more; with "
        u"FastSecretMask: %3 M "
        "lines/s, %4 ns per line more (%5 lines masked)"_s
            .arg(double(recordLines) / median(masked) / 1e6, 0, 'f', 2)
            .arg((median(masked) - median(plain)) * 1e9 / double(recordLines), 0, 'f', 0)
            .arg(double(recordLines) / median(fastMasked) / 1e6, 0, 'f', 2)
            .arg((median(fastMasked) - median(plain)) * 1e9 / double(recordLines), 0, 'f', 0)
            .arg(maskedLines));

    // (c) search vs grep.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"lines.log"_s);
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(corpus.bytes) != corpus.bytes.size()) {
            out(u"bench_logs: cannot write %1"_s.arg(file));
            return 1;
        }
    }
    const LogSnapshot snap = store->snapshot();
    struct Case {
        const char* name;
        QStringList grepArgs;
        TextMatcher::Mode mode;
        QString text;
        bool cs;
    };
    const std::vector<Case> cases{
        {"logs_substring_vs_grep_F",
         {u"-F"_s, u"-c"_s, u"upstream timed out"_s},
         TextMatcher::Mode::Substring,
         u"upstream timed out"_s,
         true},
        {"logs_substring_rare_vs_grep_F",
         {u"-F"_s, u"-c"_s, u"sk_live_"_s},
         TextMatcher::Mode::Substring,
         u"sk_live_"_s,
         true},
        {"logs_substring_nocase_vs_grep_Fi",
         {u"-F"_s, u"-i"_s, u"-c"_s, u"error"_s},
         TextMatcher::Mode::Substring,
         u"error"_s,
         false},
        {"logs_regex_vs_grep_E",
         {u"-E"_s, u"-c"_s, u"\" 5[0-9][0-9] [0-9]+"_s},
         TextMatcher::Mode::Regex,
         u"\" 5[0-9][0-9] [0-9]+"_s,
         true},
        {"logs_regex_alt_vs_grep_E",
         {u"-E"_s, u"-c"_s, u"(ERROR|WARNING).*(timed out|job [0-9]+5 )"_s},
         TextMatcher::Mode::Regex,
         u"(ERROR|WARNING).*(timed out|job [0-9]+5 )"_s,
         true},
    };
    std::vector<std::pair<const char*, double>> ratios, cpuRatios;
    for (const Case& c : cases) {
        runGrep(c.grepArgs, file); // page cache hot
        std::vector<double> g, ours, gCpu, oursCpu;
        qint64 gCount = -1, oCount = -1;
        for (int rep = 0; rep < reps; ++rep) {
            // Interleaved, each side first half the time.
            auto doGrep = [&] {
                const Sample x = runGrep(c.grepArgs, file);
                g.push_back(x.wall);
                gCpu.push_back(x.cpu);
                gCount = x.count;
            };
            auto doOurs = [&] {
                LogQuery q;
                q.text = c.text;
                q.mode = c.mode;
                q.caseSensitive = c.cs;
                const Sample x = runFilter(snap, q);
                ours.push_back(x.wall);
                oursCpu.push_back(x.cpu);
                oCount = x.count;
            };
            if (rep % 2) {
                doOurs();
                doGrep();
            } else {
                doGrep();
                doOurs();
            }
        }
        out(u"(c) %1: capataz %2 ms (CPU %3 ms, %4 matches), grep %5 ms (CPU %6 ms, %7 matches)%8"_s
                .arg(QLatin1String(c.name))
                .arg(median(ours) * 1e3, 0, 'f', 1)
                .arg(median(oursCpu) * 1e3, 0, 'f', 1)
                .arg(oCount)
                .arg(median(g) * 1e3, 0, 'f', 1)
                .arg(median(gCpu) * 1e3, 0, 'f', 1)
                .arg(gCount)
                .arg(gCount == oCount ? QString() : u"  COUNTS DIFFER"_s));
        ratios.emplace_back(c.name, median(g) / median(ours));
        cpuRatios.emplace_back(c.name, median(gCpu) / median(oursCpu));
    }

    for (const auto& [name, v] : ratios)
        out(u"ratio %1 %2"_s.arg(QLatin1String(name)).arg(v, 0, 'f', 2));
    for (const auto& [name, v] : cpuRatios)
        out(u"ratio %1_cpu %2"_s.arg(QLatin1String(name)).arg(v, 0, 'f', 2));
    out(u"ratio logs_memory_per_line_vs_raw %1"_s.arg(storePerLine / rawPerLine, 0, 'f', 3));
    out(u"ratio logs_secretmask_ingest_cost %1"_s.arg(median(masked) / median(plain), 0, 'f', 2));
    out(u"ratio logs_fastmask_ingest_cost %1"_s.arg(median(fastMasked) / median(plain), 0, 'f', 2));
    // The same from the maskers timed alone (less noisy than a difference of two ingests).
    out(u"ratio logs_secretmask_alone_cost %1"_s.arg(1 + median(maskOnly) / median(plain), 0, 'f', 2));
    out(u"ratio logs_fastmask_alone_cost %1"_s.arg(1 + median(fastOnly) / median(plain), 0, 'f', 2));
    return 0;
}
