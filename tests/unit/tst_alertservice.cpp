// client::AlertService without a server: samples reach the metrics service's store the way a
// scrape puts them there (an exposition through the ScrapeAppender, with `up`), the service
// evaluates on its worker with a simulated clock, and the states, transitions and notifications
// follow; the rules come from the user's file or the defaults, a bad file keeps the rules in use,
// only an admin edits them; the adaptor reads only the window the rules reach; a failed scrape
// stores up 0.
#include "client/AlertService.h"
#include "client/MetricsService.h"
#include "client/ServerSession.h"
#include "metrics/AlertRuleFile.h"
#include "metrics/ExpositionParser.h"
#include "metrics/QueryParser.h"
#include "metrics/ScrapeAppender.h"
#include "metrics/SeriesStore.h"
#include "metrics/StoreSeriesSet.h"
#include "metrics/TargetScraper.h"
#include "ssh/Connection.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace capataz;
using namespace capataz::metrics;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000;
constexpr qint64 kStep = 15'000;

store::ServerProfile profile(store::Role role, const QString& projectDir = {})
{
    store::ServerProfile p;
    p.name = u"rancho"_s;
    p.host = u"192.0.2.10"_s;
    p.user = u"ops"_s;
    p.role = role;
    p.projectDir = projectDir;
    return p;
}

AlertRule rule(const QString& name, const QString& expr, qint64 forMs)
{
    AlertRule r;
    r.name = name;
    r.expr = expr;
    r.forMs = forMs;
    r.summaryEn = name + u" at {{ $value }}"_s;
    return r;
}

// What one scrape of the service stores: its exposition, then up.
void scrape(ScrapeAppender& appender, const QByteArray& body, qint64 atMs, bool up = true)
{
    if (up) {
        const Exposition e = parseExpositionLenient(std::string_view(body.constData(), size_t(body.size())),
                                                    ExpositionFormat::Prometheus);
        appender.append(e, atMs);
    }
    appender.appendUp(up, atMs);
}

// Evaluates at `atMs` and waits for the answer.
bool evaluateAt(client::AlertService& alerts, qint64& clock, qint64 atMs)
{
    clock = atMs;
    QSignalSpy done(&alerts, &client::AlertService::evaluated);
    return alerts.evaluateNow() && done.wait(5000);
}

const AlertRuleStatus* statusOf(const client::AlertService& alerts, const QString& name)
{
    for (const AlertRuleStatus& s : alerts.statuses())
        if (s.rule.name == name)
            return &s;
    return nullptr;
}

} // namespace

class TestAlertService : public QObject {
    Q_OBJECT
private slots:
    void statesFollowTheScrapes();
    void defaultsWithoutAFile();
    void badFileKeepsTheRulesInUse();
    void onlyAnAdminEditsTheRules();
    void notRunningWhileNotConnected();
    void adaptorReadsTheWindow();
    void failedScrapeStoresUpZero();
};

void TestAlertService::statesFollowTheScrapes()
{
    QTemporaryDir dir;
    client::ServerSession session(profile(store::Role::Support));
    client::AlertService* alerts = session.alerts();
    const QString file = dir.filePath(u"server-1.json"_s);
    QVERIFY(saveAlertRules(file, {rule(u"QueueLong"_s, u"queue_length > 100"_s, 60'000),
                                  rule(u"ServiceDown"_s, uR"(up{job="service"} == 0)"_s, 30'000)}));
    alerts->setRulesFile(file);
    QCOMPARE(alerts->rules().size(), 2);
    qint64 clock = 0;
    alerts->setClock([&clock] { return clock; });
    QSignalSpy transitions(alerts, &client::AlertService::transitioned);
    QSignalSpy notifications(alerts, &client::AlertService::notified);

    ScrapeAppender appender(*session.metrics()->store(),
                            {{u"job"_s, u"service"_s}, {u"instance"_s, u"127.0.0.1:8000"_s}});
    // Scrapes every 15 s: the queue is long at steps 4 to 13; from step 16 the service does not
    // answer (up 0, nothing else stored).
    auto at = [](int i) {
        return kT0 + i * kStep;
    };
    for (int i = 0; i <= 22; ++i) {
        const QByteArray value = i >= 4 && i < 14 ? "250" : "7";
        scrape(appender, "# TYPE queue_length gauge\nqueue_length " + value + "\n", at(i), i < 16);
        QVERIFY(evaluateAt(*alerts, clock, at(i)));
        const AlertRuleStatus* queue = statusOf(*alerts, u"QueueLong"_s);
        const AlertRuleStatus* down = statusOf(*alerts, u"ServiceDown"_s);
        QVERIFY(queue && down);
        const AlertState queueWanted = i < 4    ? AlertState::Inactive
                                       : i < 8  ? AlertState::Pending // for 1 min
                                       : i < 14 ? AlertState::Firing
                                                : AlertState::Resolved; // its last value (7) is still seen
        QVERIFY2(queue->state == queueWanted,
                 qPrintable(u"QueueLong at step %1: %2"_s.arg(i).arg(alertStateName(queue->state))));
        const AlertState downWanted = i < 16   ? AlertState::Inactive
                                      : i < 18 ? AlertState::Pending // for 30 s
                                               : AlertState::Firing;
        QVERIFY2(down->state == downWanted,
                 qPrintable(u"ServiceDown at step %1: %2"_s.arg(i).arg(alertStateName(down->state))));
    }
    // One notification per rule, each after a minute of firing.
    QCOMPARE(notifications.size(), 2);
    const auto first = notifications.at(0).at(0).value<AlertNotification>();
    QCOMPARE(first.rule, u"QueueLong"_s);
    QCOMPARE(first.timeMs, at(12));
    QCOMPARE(first.text, u"QueueLong at 250"_s);
    const auto second = notifications.at(1).at(0).value<AlertNotification>();
    QCOMPARE(second.rule, u"ServiceDown"_s);
    QCOMPARE(second.timeMs, at(22));
    QCOMPARE(second.text, u"ServiceDown at 0"_s);
    QVERIFY(transitions.size() >= 6);
}

void TestAlertService::defaultsWithoutAFile()
{
    QTemporaryDir dir;
    client::ServerSession session(profile(store::Role::Admin, u"/opt/bovine-weight-estimation"_s));
    client::AlertService* alerts = session.alerts();
    alerts->setRulesFile(dir.filePath(u"none.json"_s));
    QStringList names;
    for (const AlertRule& r : alerts->rules())
        names << r.name;
    QVERIFY2(names.contains(u"MLPrecisionBelowThreshold"_s), qPrintable(names.join(u' ')));
    QVERIFY(names.contains(u"NodeDiskFull"_s));
    QVERIFY(!alerts->rulesError().isError());
    // Nothing scraped: every rule says no data, none is "resolved" or firing.
    qint64 clock = kT0;
    alerts->setClock([&clock] { return clock; });
    QVERIFY(evaluateAt(*alerts, clock, kT0));
    QCOMPARE(alerts->statuses().size(), size_t(alerts->rules().size()));
    for (const AlertRuleStatus& s : alerts->statuses())
        QVERIFY2(s.state == AlertState::NoData, qPrintable(s.rule.name + u": "_s + alertStateName(s.state)));
}

void TestAlertService::badFileKeepsTheRulesInUse()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"server-2.json"_s);
    QVERIFY(saveAlertRules(file, {rule(u"Mine"_s, u"x > 1"_s, 0)}));
    client::ServerSession session(profile(store::Role::Admin));
    client::AlertService* alerts = session.alerts();
    alerts->setRulesFile(file);
    QCOMPARE(alerts->rules().size(), 1);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"version": 1, "rules": [{"name": "Mine", "expr": "x >"}]})");
    f.close();
    alerts->reloadRules();
    QCOMPARE(alerts->rules().size(), 1);
    QCOMPARE(alerts->rules().at(0).expr, u"x > 1"_s);
    QCOMPARE(alerts->rulesError().code, ErrorCode::ParseError);
    QVERIFY2(alerts->rulesError().detail.contains(u"rule 1 (Mine)"_s),
             qPrintable(alerts->rulesError().detail));
}

void TestAlertService::onlyAnAdminEditsTheRules()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"alerts/server-3.json"_s);
    const QList<AlertRule> mine{rule(u"Mine"_s, u"x > 1"_s, 0)};
    for (const store::Role role : {store::Role::Support, store::Role::Owner}) {
        client::ServerSession session(profile(role));
        session.alerts()->setRulesFile(file);
        const auto r = session.alerts()->setRules(mine);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::RoleNotAllowed);
        QVERIFY(!QFile::exists(file));
        QVERIFY(!session.alerts()->rules().isEmpty()); // reading them is allowed
    }
    client::ServerSession admin(profile(store::Role::Admin));
    admin.alerts()->setRulesFile(file);
    QSignalSpy changed(admin.alerts(), &client::AlertService::rulesChanged);
    QVERIFY(admin.alerts()->setRules(mine));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(admin.alerts()->rules(), mine);
    QCOMPARE(*loadAlertRules(file), mine);
    QList<AlertRule> bad = mine;
    bad[0].expr = u"x >"_s;
    QCOMPARE(admin.alerts()->setRules(bad).error().code, ErrorCode::ParseError);
    QCOMPARE(admin.alerts()->rules(), mine);
    QVERIFY(admin.alerts()->resetRules());
    QVERIFY(!QFile::exists(file));
    QVERIFY(admin.alerts()->rules() != mine); // the defaults again
}

void TestAlertService::notRunningWhileNotConnected()
{
    client::ServerSession session(profile(store::Role::Admin));
    QVERIFY(!session.isConnected());
    QVERIFY(!session.alerts()->isRunning());
    QVERIFY(session.alerts()->statuses().empty()); // nothing evaluated by itself
}

void TestAlertService::adaptorReadsTheWindow()
{
    SeriesStore store;
    ScrapeAppender appender(store, {{u"job"_s, u"service"_s}});
    for (int i = 0; i <= 40; ++i) // 10 minutes
        scrape(appender, "http_requests_total{code=\"200\"} " + QByteArray::number(i * 10) + "\nother 1\n",
               kT0 + i * kStep);
    const qint64 now = kT0 + 40 * kStep;
    // rate(...[5m]) reaches 5 min + 5 min of lookback: the whole 10 minutes.
    const auto q = parseQuery(u"rate(http_requests_total[5m]) > 0"_s);
    QVERIFY(q);
    QCOMPARE(queryReachMs(q->root()), 10 * 60'000);
    QCOMPARE(queryMetricNames(q->root()), QStringList{u"http_requests_total"_s});
    QVERIFY(!queryMetricNames(parseQuery(uR"({__name__=~"http.*"})"_s)->root()));
    const SeriesSet set =
        seriesSetFromStore(store, now - 2 * 60'000, now, QStringList{u"http_requests_total"_s});
    QCOMPARE(set.series().size(), size_t(1));
    const Series& s = set.series().front();
    QCOMPARE(QString::fromStdString(s.labels.toString()),
             uR"(http_requests_total{code="200", job="service"})"_s);
    QCOMPARE(s.points.size(), size_t(9)); // 2 minutes at 15 s, both ends
    QCOMPARE(s.points.front().t, now - 2 * 60'000);
    QCOMPARE(s.points.back().v, 400.0);
    const SeriesSet all = seriesSetFromStore(store, now - 2 * 60'000, now);
    QCOMPARE(all.series().size(), size_t(3)); // with `other` and `up`
    QCOMPARE(seriesSetFromStore(store, now + 1, now + 60'000).series().size(), size_t(0));
}

void TestAlertService::failedScrapeStoresUpZero()
{
    // A scrape that cannot be made (here: a connection never opened) stores up 0 for the target,
    // what the service-down rules read; an optional target that is not there stores no up at all.
    auto store = std::make_shared<SeriesStore>();
    ssh::ConnectionSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = 1;
    ssh::Connection connection(settings);
    ScrapeTarget service;
    service.port = 8000;
    service.job = u"service"_s;
    TargetScraper scraper(service, store);
    QSignalSpy finished(&scraper, &TargetScraper::finished);
    QVERIFY(scraper.scrape(connection, nullptr, 2000));
    QVERIFY(finished.wait(10000));
    QCOMPARE(scraper.status().state, ScrapeStatus::State::Failed);
    const auto up = store->find(u"up"_s, {{u"instance"_s, u"127.0.0.1:8000"_s}, {u"job"_s, u"service"_s}});
    QVERIFY2(up, qPrintable(scraper.status().error.toString()));
    const auto points = store->range(*up, 0, std::numeric_limits<qint64>::max());
    QCOMPARE(points.size(), size_t(1));
    QCOMPARE(points[0].value, 0.0);
    QCOMPARE(points[0].timeMs, scraper.status().lastScrapeMs);
}

QTEST_GUILESS_MAIN(TestAlertService)
#include "tst_alertservice.moc"
