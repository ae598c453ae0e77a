#include "ssh/BenchUtil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace capataz::bench {

using namespace Qt::Literals::StringLiterals;

void progress(const QString& msg)
{
    // The program's name: bench_ssh, or bench_backup, which shares these helpers.
    static const QByteArray name = QCoreApplication::applicationName().isEmpty()
                                       ? QByteArray("bench")
                                       : QCoreApplication::applicationName().toLocal8Bit();
    std::fprintf(stderr, "%s: %s\n", name.constData(), qPrintable(msg));
    std::fflush(stderr);
}

void out(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// ---- statistics ------------------------------------------------------------------------------
double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}

double percentile(QList<double> v, double p) // nearest rank
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(v.size())));
    return v.at(std::clamp<qsizetype>(rank - 1, 0, v.size() - 1));
}

QString fmtMs(double seconds)
{
    return QString::number(seconds * 1000, 'f', 3) + u" ms"_s;
}

QString fmtRate(double mbps)
{
    return QString::number(mbps, 'f', 1) + u" MB/s"_s;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sha256File(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw BenchError(u"cannot read %1: %2"_s.arg(path, f.errorString()));
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

QString makeLocalRandomFile(const QString& path, qint64 size)
{
    QFile src(u"/dev/urandom"_s);
    QFile dst(path);
    if (!src.open(QIODevice::ReadOnly | QIODevice::Unbuffered) ||
        !dst.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw BenchError(u"cannot make %1: %2"_s.arg(path, dst.errorString()));
    QCryptographicHash h(QCryptographicHash::Sha256);
    QByteArray buf(4 << 20, Qt::Uninitialized);
    for (qint64 left = size; left > 0;) {
        const qint64 want = std::min<qint64>(left, buf.size());
        const qint64 n = src.read(buf.data(), want);
        if (n <= 0 || dst.write(buf.constData(), n) != n)
            throw BenchError(u"cannot write %1: %2"_s.arg(path, dst.errorString()));
        h.addData(QByteArrayView(buf.constData(), n));
        left -= n;
    }
    if (!dst.flush())
        throw BenchError(u"cannot write %1: %2"_s.arg(path, dst.errorString()));
    return QString::fromLatin1(h.result().toHex());
}

// ---- the test host ----------------------------------------------------------------------------
QHash<QString, QString> readEnvFile(const QString& path)
{
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        throw BenchError(
            u"CAPATAZ_TESTHOST_ENV (%1) is not readable: start a test host (tests/host/start-test-host.sh) "
            "or use tests/bench/run-bench.sh"_s.arg(path));
    QHash<QString, QString> env;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith('#') || !line.contains('='))
            continue;
        const qsizetype eq = line.indexOf('=');
        env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    for (const char* k : {"TH_HOST", "TH_PORT", "TH_KNOWN_HOSTS", "TH_KEY_ROOT"})
        if (env.value(QString::fromLatin1(k)).isEmpty())
            throw BenchError(u"%1 has no %2"_s.arg(path, QString::fromLatin1(k)));
    return env;
}

} // namespace capataz::bench
