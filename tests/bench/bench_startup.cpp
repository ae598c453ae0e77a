// bench_startup: start-up of the capataz console vs a bare Qt Widgets window built with the
// same Qt, side by side in one run (interleaved, same display, same environment).
//   capataz --version            vs  bare --version
//   start to first painted window vs  bare window to first paint
// Prints medians and, last, `ratio NAME VALUE` lines (lower is better; target < 1.5).
// Usage: bench_startup [RUNS]  (QT_QPA_PLATFORM is honoured; offscreen by default)
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {
qint64 timeRun(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProgram(program);
    p.setArguments(args);
    QElapsedTimer t;
    t.start();
    p.start();
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "bench_startup: %s failed: %s\n", qPrintable(program),
                     p.readAllStandardError().constData());
        return -1;
    }
    return t.nsecsElapsed() / 1000;
}

double median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : double(v.at(v.size() / 2));
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 15;
    QTemporaryDir data;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("CAPATAZ_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("CAPATAZ_KEYCHAIN"), QStringLiteral("memory"));
    env.insert(QStringLiteral("CAPATAZ_DATA_DIR"), data.path());
    const QString capataz = QStringLiteral(CAPATAZ_GUI_PATH);
    const QString bare = QStringLiteral(BARE_WINDOW_PATH);

    // Warm-up: the first start pays for cold caches (fonts, libraries) for both.
    timeRun(capataz, {}, env);
    timeRun(bare, {}, env);
    QList<qint64> vc, vb, sc, sb;
    for (int i = 0; i < runs; ++i) {
        vc << timeRun(capataz, {QStringLiteral("--version")}, env);
        vb << timeRun(bare, {QStringLiteral("--version")}, env);
        sc << timeRun(capataz, {}, env);
        sb << timeRun(bare, {}, env);
    }
    for (const auto* v : {&vc, &vb, &sc, &sb})
        if (v->contains(-1))
            return 1;
    const double mvc = median(vc), mvb = median(vb), msc = median(sc), msb = median(sb);
    std::printf("runs %d, platform %s\n", runs, qPrintable(env.value(QStringLiteral("QT_QPA_PLATFORM"))));
    std::printf("--version:           capataz %8.1f ms   bare Qt %8.1f ms\n", mvc / 1000, mvb / 1000);
    std::printf("start to first paint: capataz %8.1f ms   bare Qt %8.1f ms\n", msc / 1000, msb / 1000);
    std::printf("ratio version_vs_bare_qt %.2f\n", mvc / mvb);
    std::printf("ratio startup_vs_bare_qt %.2f\n", msc / msb);
    return 0;
}
