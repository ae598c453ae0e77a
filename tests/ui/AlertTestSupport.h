#pragma once

// Drives a session's AlertService without a server: samples reach the metrics service's store as
// a scrape puts them there (an exposition through the ScrapeAppender), and each evaluation runs
// at a simulated time, waited for.
#include "client/AlertService.h"
#include "client/MetricsService.h"
#include "client/ServerSession.h"
#include "metrics/AlertRuleFile.h"
#include "metrics/ExpositionParser.h"
#include "metrics/ScrapeAppender.h"
#include "metrics/SeriesStore.h"

#include <QSignalSpy>

#include <memory>

namespace capataz::test {

constexpr qint64 kAlertT0 = 1'700'000'000'000;
constexpr qint64 kAlertStep = 15'000;

// A gauge `queue_length` of the service, scraped every 15 s; the session's rules come from a file.
class AlertDriver {
public:
    explicit AlertDriver(client::ServerSession& session)
        : m_session(session)
        , m_appender(*session.metrics()->store(),
                     {{QStringLiteral("job"), QStringLiteral("service")},
                      {QStringLiteral("instance"), QStringLiteral("127.0.0.1:8000")}})
    {
        session.alerts()->setClock([this] { return m_clock; });
    }
    ~AlertDriver()
    {
        m_session.alerts()->setClock([t = m_clock] { return t; });
    }
    AlertDriver(const AlertDriver&) = delete;
    AlertDriver& operator=(const AlertDriver&) = delete;

    // Stores queue_length = value at scrape `step` (15 s apart, each driver a day after the one
    // before, as the engine's clock only goes forward), evaluates then and waits for the answer.
    bool scrapeAndEvaluate(double value, int step)
    {
        const qint64 atMs = m_base + step * kAlertStep;
        const QByteArray body = "# TYPE queue_length gauge\nqueue_length " + QByteArray::number(value) + '\n';
        const metrics::Exposition e = metrics::parseExpositionLenient(
            std::string_view(body.constData(), size_t(body.size())), metrics::ExpositionFormat::Prometheus);
        m_appender.append(e, atMs);
        m_appender.appendUp(true, atMs);
        m_clock = atMs;
        QSignalSpy done(m_session.alerts(), &client::AlertService::evaluated);
        return m_session.alerts()->evaluateNow() && done.wait(5000);
    }

    // `queue_length > threshold` for `forMs`, with an English and a Spanish summary.
    static metrics::AlertRule queueRule(const QString& name, double threshold, qint64 forMs)
    {
        metrics::AlertRule r;
        r.name = name;
        r.expr = QStringLiteral("queue_length");
        r.comparison = metrics::AlertComparison::Greater;
        r.threshold = threshold;
        r.forMs = forMs;
        r.summaryEn = QStringLiteral("Queue too long: {{ $value }} jobs");
        r.summaryEs = QStringLiteral("Cola demasiado larga: {{ $value }} trabajos");
        return r;
    }
    static metrics::AlertRule missingRule()
    {
        metrics::AlertRule r;
        r.name = QStringLiteral("NothingThere");
        r.expr = QStringLiteral("no_such_metric > 1");
        r.summaryEn = QStringLiteral("Never seen");
        return r;
    }

private:
    client::ServerSession& m_session;
    metrics::ScrapeAppender m_appender;
    static inline int s_drivers = 0;
    qint64 m_base = kAlertT0 + qint64(s_drivers++) * 24 * 3600 * 1000;
    qint64 m_clock = m_base;
};

} // namespace capataz::test
