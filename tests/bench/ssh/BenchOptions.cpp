#include "ssh/BenchOptions.h"

#include "ssh/BenchUtil.h"

namespace capataz::bench {

using namespace Qt::Literals::StringLiterals;

Options parseArgs(const QStringList& args)
{
    Options o;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto value = [&]() -> QString {
            if (i + 1 >= args.size())
                throw BenchError(u"%1 needs a value"_s.arg(a));
            return args.at(++i);
        };
        bool ok = true;
        if (a == u"--rt")
            o.rtRuns = value().toInt(&ok);
        else if (a == u"--warmup")
            o.rtWarmup = value().toInt(&ok);
        else if (a == u"--reps")
            o.reps = value().toInt(&ok);
        else if (a == u"--size-mib")
            o.sizeMiB = value().toLongLong(&ok);
        else if (a == u"--only")
            o.only = value();
        else if (a == u"--keep-bashrc")
            o.keepBashrc = true;
        else
            throw BenchError(
                u"unknown argument %1 (usage: bench_ssh [--rt N] [--warmup W] [--reps R] [--size-mib M] "
                "[--only roundtrip|sftp|download|upload] [--keep-bashrc])"_s.arg(a));
        if (!ok || o.rtRuns < 1 || o.rtWarmup < 0 || o.reps < 1 || o.sizeMiB < 1)
            throw BenchError(u"bad value for %1"_s.arg(a));
    }
    return o;
}

} // namespace capataz::bench
