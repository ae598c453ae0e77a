#pragma once

// What the log source tests share: collecting a source's records, waiting for them, and
// reading numbered lines ("line N") back in order.
#include "logs/LogSource.h"

#include <QRegularExpression>
#include <QTest>

namespace capataz::test {

struct LogCollector {
    logs::LogBatch records;
    int finished = 0;
    Error error;

    void attach(logs::LogSource& s, QObject* context)
    {
        QObject::connect(&s, &logs::LogSource::batchReady, context,
                         [this](const logs::LogBatch& b) { records += b; });
        QObject::connect(&s, &logs::LogSource::finished, context, [this](const Error& e) {
            ++finished;
            error = e;
        });
    }
    // The N of every "<prefix>N" line of `origin` (any origin when empty), stdout, in order.
    [[nodiscard]] QList<qint64> numbers(const QString& prefix, const QString& origin = {}) const
    {
        QList<qint64> out;
        const QRegularExpression re(QStringLiteral("^") + QRegularExpression::escape(prefix) +
                                    QStringLiteral("(\\d+)$"));
        for (const logs::LogRecord& r : records) {
            if (r.kind != logs::LogRecord::Kind::Line || r.channel != exec::Channel::Stdout)
                continue;
            if (!origin.isEmpty() && r.origin != origin)
                continue;
            if (const auto m = re.match(r.text); m.hasMatch())
                out << m.captured(1).toLongLong();
        }
        return out;
    }
    [[nodiscard]] int marks(logs::LogRecord::Kind kind) const
    {
        int n = 0;
        for (const logs::LogRecord& r : records)
            n += r.kind == kind ? 1 : 0;
        return n;
    }
    [[nodiscard]] bool anyTextContains(const QString& s) const
    {
        for (const logs::LogRecord& r : records)
            if (r.text.contains(s) || r.origin.contains(s))
                return true;
        return false;
    }
};

// "" when `numbers` go up by one from the first to the last, else what is wrong (first problem).
inline QString checkConsecutive(const QList<qint64>& numbers)
{
    for (qsizetype i = 1; i < numbers.size(); ++i) {
        if (numbers.at(i) != numbers.at(i - 1) + 1)
            return QStringLiteral("after %1 came %2 (index %3 of %4)")
                .arg(numbers.at(i - 1))
                .arg(numbers.at(i))
                .arg(i)
                .arg(numbers.size());
    }
    return {};
}

} // namespace capataz::test
