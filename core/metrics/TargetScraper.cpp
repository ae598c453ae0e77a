#include "metrics/TargetScraper.h"

#include "metrics/ExpositionParser.h"
#include "metrics/ScrapeAppender.h"
#include "metrics/SeriesStore.h"
#include "ssh/Connection.h"
#include "ssh/HttpGet.h"

#include <QCoreApplication>
#include <QDateTime>

#include <mutex>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace capataz::metrics {

// What the worker touches: only while a scrape runs (one at a time), or after it (exposition()).
struct TargetScraper::Work {
    Exposition exposition;
    std::shared_ptr<SeriesStore> store; // kept alive while a parse on the worker appends to it
    std::optional<ScrapeAppender> appender;
    std::mutex ownerMutex;
    TargetScraper* owner = nullptr; // cleared by the scraper's destructor
};

struct TargetScraper::Parsed {
    qint64 samples = 0;
    qint64 stored = 0;
    qint64 refused = 0;
    int problems = 0;
    QString firstProblem;
    bool ok = true;
};

namespace {
// An Exposition keeps every name and label set it has seen; a target whose label values change
// at every scrape would grow it for ever: beyond this many label sets it starts afresh.
constexpr quint32 kMaxInternedLabelSets = 50'000;
} // namespace

TargetScraper::TargetScraper(ScrapeTarget target, std::shared_ptr<SeriesStore> store, QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_work(std::make_shared<Work>())
{
    m_status.target = std::move(target);
    m_work->owner = this;
    m_work->store = m_store;
    if (m_store) {
        const QString job = m_status.target.job.isEmpty() ? m_status.target.instance() : m_status.target.job;
        m_work->appender.emplace(*m_store, QList<std::pair<QString, QString>>{
                                               {u"instance"_s, m_status.target.instance()}, {u"job"_s, job}});
    }
}

TargetScraper::~TargetScraper()
{
    std::lock_guard lock(m_work->ownerMutex);
    m_work->owner = nullptr;
    if (m_get)
        m_get->cancel();
}

const Exposition& TargetScraper::exposition() const
{
    return m_work->exposition;
}

bool TargetScraper::scrape(ssh::Connection& connection, QObject* worker, int timeoutMs)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_clock.start();
    m_startMs = QDateTime::currentMSecsSinceEpoch();
    m_status.lastScrapeMs = m_startMs;
    m_status.httpStatus = 0;
    auto* get =
        new ssh::HttpGet(connection, m_status.target.host, m_status.target.port, m_status.target.path, this);
    m_get = get;
    get->setTimeout(timeoutMs);
    m_worker = worker;
    connect(get, &ssh::HttpGet::finished, this, [this, get](const Result<net::HttpResponse>& r) {
        get->deleteLater();
        m_get = nullptr;
        onResponse(r);
    });
    get->start();
    return true;
}

void TargetScraper::cancel()
{
    if (m_get)
        m_get->cancel();
}

void TargetScraper::setPaused()
{
    if (m_status.state == ScrapeStatus::State::Paused)
        return;
    m_status.state = ScrapeStatus::State::Paused;
}

void TargetScraper::onResponse(const Result<net::HttpResponse>& result)
{
    if (!result) {
        finish(result.error());
        return;
    }
    m_status.httpStatus = result->status;
    if (result->status != 200) {
        finish(Error{ErrorCode::HttpError, u"GET %1: HTTP %2 %3"_s.arg(m_status.target.address())
                                               .arg(result->status)
                                               .arg(QString::fromLatin1(result->reason))});
        return;
    }
    const QByteArray type = result->header("Content-Type").toLower();
    const ExpositionFormat format = type.contains("application/openmetrics-text")
                                        ? ExpositionFormat::OpenMetrics
                                        : ExpositionFormat::Prometheus;
    m_status.format = format;
    const QByteArray body = result->body;
    const qint64 scrapeMs = m_startMs;
    auto parse = [work = m_work, body, format, scrapeMs] {
        Parsed p;
        Exposition& e = work->exposition;
        if (e.labelSetCount() > kMaxInternedLabelSets) {
            e = Exposition();
            if (work->appender)
                work->appender->reset();
        }
        parseExpositionInto(e, std::string_view(body.constData(), size_t(body.size())), format, true);
        p.samples = qint64(e.samples.size());
        p.problems = int(e.problems.size());
        if (!e.problems.empty())
            p.firstProblem = QCoreApplication::translate("capataz::metrics", "line %1: %2")
                                 .arg(e.problems.front().line)
                                 .arg(e.problems.front().sentence());
        p.ok = p.samples > 0 || e.problems.empty();
        if (work->appender && p.samples > 0) {
            const ScrapeAppender::Outcome o = work->appender->append(e, scrapeMs);
            p.stored = o.stored;
            p.refused = o.refusedSeries;
        }
        if (work->appender)
            work->appender->appendUp(p.ok, scrapeMs);
        return p;
    };
    if (!m_worker) {
        onParsed(parse());
        return;
    }
    QMetaObject::invokeMethod(m_worker, [work = m_work, parse] {
        const Parsed p = parse();
        std::lock_guard lock(work->ownerMutex);
        if (TargetScraper* owner = work->owner)
            QMetaObject::invokeMethod(
                owner, [owner, p] { owner->onParsed(p); }, Qt::QueuedConnection);
    });
}

void TargetScraper::onParsed(const Parsed& parsed)
{
    m_status.problems = parsed.problems;
    m_status.firstProblem = parsed.firstProblem;
    if (!parsed.ok) {
        finish(Error{ErrorCode::ParseError, m_status.target.address() + u": "_s + parsed.firstProblem});
        return;
    }
    m_status.samples = parsed.samples;
    m_status.stored = parsed.stored;
    m_status.refusedSeries = parsed.refused;
    m_status.lastSuccessMs = m_startMs;
    finish(Error{});
}

void TargetScraper::finish(const Error& error)
{
    m_busy = false;
    m_status.durationMs = m_clock.elapsed();
    m_status.error = error;
    ++m_status.scrapes;
    if (error.isError()) {
        ++m_status.failures;
        const bool absent = m_status.target.optional && error.code == ErrorCode::TunnelOpenFailed;
        m_status.state = absent ? ScrapeStatus::State::Absent : ScrapeStatus::State::Failed;
        // up 0, as Prometheus writes it for a failed scrape (alert rules read it); an optional
        // target that is not there has no `up` at all. A parse failure wrote it already.
        if (!absent && error.code != ErrorCode::Cancelled) {
            auto down = [work = m_work, at = m_startMs] {
                if (work->appender)
                    work->appender->appendUp(false, at);
            };
            if (m_worker)
                QMetaObject::invokeMethod(m_worker, down);
            else
                down();
        }
    } else {
        m_status.state = ScrapeStatus::State::Ok;
    }
    emit finished(m_status);
}

} // namespace capataz::metrics
