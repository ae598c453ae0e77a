#pragma once

#include <QString>
#include <QStringList>

namespace capataz::bench {

struct Options {
    int rtRuns = 200;
    int rtWarmup = 20;
    int reps = 3;
    qint64 sizeMiB = 256;
    QString only; // empty: everything
    bool keepBashrc = false;
};

// bench_ssh's command line (args[0] is the program); throws BenchError with the usage.
Options parseArgs(const QStringList& args);

} // namespace capataz::bench
