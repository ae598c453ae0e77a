#pragma once

// bench_ssh's small shared pieces: its error, its output, statistics, files, the test host's env file.
#include <QHash>
#include <QList>
#include <QString>

#include <stdexcept>

namespace capataz::bench {

struct BenchError : std::runtime_error {
    explicit BenchError(const QString& what)
        : std::runtime_error(what.toStdString())
    {}
};

void progress(const QString& msg); // stderr
void out(const QString& line);     // stdout, the results

double median(QList<double> v);
double percentile(QList<double> v, double p); // nearest rank

QString fmtMs(double seconds);
QString fmtRate(double mbps);

QByteArray readFile(const QString& path);
QString sha256File(const QString& path);
// Random data in a local file; returns its SHA-256.
QString makeLocalRandomFile(const QString& path, qint64 size);

// The test host's env file (CAPATAZ_TESTHOST_ENV); throws without TH_HOST, TH_PORT, TH_KNOWN_HOSTS,
// TH_KEY_ROOT.
QHash<QString, QString> readEnvFile(const QString& path);

} // namespace capataz::bench
