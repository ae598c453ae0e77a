// client::MetricsService against the real test host: node-exporter on the host's own loopback,
// scraped through the SSH connection several times into the series store (its series with
// increasing timestamps, the job and instance labels, the SQLite history written); a target
// where nothing answers and one that answers something that is not metrics fail with plain
// words while node-exporter goes on; a cut connection (ops's sshd processes killed) pauses the
// scrapes and they resume after the reconnect; an owner profile is never scraped. And
// `capataz-cli metrics SERVER [--target ...] [--json]` end to end.
#include "CliRunner.h"
#include "TestHost.h"
#include "client/MetricsService.h"
#include "client/ServerSession.h"
#include "metrics/SeriesStore.h"

#ifndef CAPATAZ_CLI_PATH
#error "CAPATAZ_CLI_PATH must name the capataz-cli binary (tests/integration/CMakeLists.txt)"
#endif

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace capataz;
using namespace capataz::metrics;
using namespace Qt::Literals::StringLiterals;

namespace {

const QList<std::pair<QString, QString>> kNodeLabels{{u"job"_s, u"node"_s},
                                                     {u"instance"_s, u"127.0.0.1:9100"_s}};

std::optional<ScrapeStatus> statusOf(const client::MetricsService& m, const QString& address)
{
    for (const ScrapeStatus& s : m.statuses())
        if (s.target.address() == address)
            return s;
    return std::nullopt;
}

QString describe(const client::MetricsService& m)
{
    QStringList out;
    for (const ScrapeStatus& s : m.statuses())
        out << u"%1 %2 scrapes=%3 %4"_s.arg(s.target.address(), ScrapeStatus::stateName(s.state))
                   .arg(s.scrapes)
                   .arg(s.sentence());
    return out.join(u"; "_s);
}

} // namespace

class TestMetricsScrape : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    QTemporaryDir m_dir;
    QString m_node;

    std::unique_ptr<client::ServerSession> session(store::Role role = store::Role::Admin)
    {
        store::ServerProfile p;
        p.name = u"testhost"_s;
        p.host = th->host();
        p.port = th->port();
        p.user = u"ops"_s;
        p.role = role;
        auto s = std::make_unique<client::ServerSession>(p);
        return s;
    }

    int nodeScrapes(const client::MetricsService& m) const
    {
        const auto s = statusOf(m, m_node);
        return s && s->state == ScrapeStatus::State::Ok ? s->scrapes - s->failures : 0;
    }

    using Run = capataz::test::CliRun;
    Run cli(const QStringList& args) const
    {
        return capataz::test::runCli(capataz::test::cliEnvironment(m_dir.filePath(u"home"_s)),
                                     m_dir.filePath(u"cli-data"_s), args, {}, 90000);
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        if (th->value(u"TH_NODE_EXPORTER_PORT"_s).toInt() != kNodeExporterPort)
            QSKIP("the test host runs no node exporter on 127.0.0.1:9100");
        QVERIFY(m_dir.isValid());
        m_node = nodeExporterTarget().address();
        QCOMPARE(m_node, u"127.0.0.1:9100/metrics"_s);
    }

    void scrapesNodeExporterSeveralTimes()
    {
        auto s = session();
        client::MetricsService* m = s->metrics();
        m->setIntervalMs(1000);
        const QString history = m_dir.filePath(u"metrics/server-1.sqlite"_s);
        m->setHistoryFile(history);
        QCOMPARE(m->targets().size(), 1); // no recipe for this profile: node-exporter only
        s->connectWith(th->keySettings(u"ops"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(nodeScrapes(*m) >= 4, qPrintable(describe(*m)), 60000);
        QVERIFY(m->isScraping());

        const auto store = m->store();
        QVERIFY(store->metricNames().contains(u"node_cpu_seconds_total"_s));
        QVERIFY(store->metricNames().contains(u"node_memory_MemAvailable_bytes"_s));
        const auto cpu = store->series(u"node_cpu_seconds_total"_s);
        QVERIFY(!cpu.isEmpty());
        for (const SeriesInfo& i : cpu) {
            QCOMPARE(i.type, MetricType::Counter);
            QVERIFY(i.labels.contains(std::pair(u"job"_s, u"node"_s)));
            QVERIFY(i.labels.contains(std::pair(u"instance"_s, u"127.0.0.1:9100"_s)));
        }
        const auto load = store->find(u"node_load1"_s, kNodeLabels);
        QVERIFY(load.has_value());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto points = store->range(*load, now - 3600'000, now);
        QVERIFY2(points.size() >= 4, QByteArray::number(qint64(points.size())));
        for (size_t i = 1; i < points.size(); ++i)
            QVERIFY(points[i].timeMs > points[i - 1].timeMs);
        QVERIFY(points.back().timeMs > now - 60'000);

        // One idle CPU's counter never goes down between scrapes (the store keeps what it read).
        const auto idle = std::find_if(cpu.begin(), cpu.end(), [](const SeriesInfo& i) {
            return i.labels.contains(std::pair(u"mode"_s, u"idle"_s));
        });
        QVERIFY(idle != cpu.end());
        const auto idlePoints = store->range(idle->id, now - 3600'000, now);
        QVERIFY(idlePoints.size() >= 4);
        for (size_t i = 1; i < idlePoints.size(); ++i)
            QVERIFY(idlePoints[i].value >= idlePoints[i - 1].value);

        const auto st = statusOf(*m, m_node);
        QVERIFY2(st->samples > 100, qPrintable(st->sentence()));
        QCOMPARE(st->stored, st->samples);
        QCOMPARE(st->error, Error{});
        QVERIFY(m->churnWarning().isEmpty());
        QVERIFY(QFile::exists(history));
        QCOMPARE(store->historyError(), Error{});
    }

    void deadTargetFailsOthersGoOn()
    {
        auto s = session();
        client::MetricsService* m = s->metrics();
        m->setIntervalMs(1000);
        m->setHistoryFile({});
        ScrapeTarget dead;
        dead.port = 1;
        ScrapeTarget notMetrics; // node-exporter answers, but not with metrics there
        notMetrics.port = kNodeExporterPort;
        notMetrics.path = u"/no-such-page"_s;
        m->setConfiguredTargets({dead, notMetrics});
        QCOMPARE(m->targets().size(), 3);
        s->connectWith(th->keySettings(u"ops"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(nodeScrapes(*m) >= 3 && statusOf(*m, dead.address())->scrapes >= 3 &&
                                      statusOf(*m, notMetrics.address())->scrapes >= 2,
                                  qPrintable(describe(*m)), 60000);
        const ScrapeStatus d = *statusOf(*m, dead.address());
        QCOMPARE(d.state, ScrapeStatus::State::Failed);
        QCOMPARE(d.error.code, ErrorCode::TunnelOpenFailed);
        QVERIFY2(d.sentence().contains(u"Nothing answers at 127.0.0.1:1/metrics"_s),
                 qPrintable(d.sentence()));
        QCOMPARE(d.failures, d.scrapes);

        const ScrapeStatus n = *statusOf(*m, notMetrics.address());
        QCOMPARE(n.state, ScrapeStatus::State::Failed);
        QVERIFY2(n.error.code == ErrorCode::HttpError || n.error.code == ErrorCode::ParseError,
                 qPrintable(n.error.toString()));
        QVERIFY2(n.sentence().contains(notMetrics.address()), qPrintable(n.sentence()));

        // The good target went on, and only its series are in the store, besides the failed
        // targets' up, always 0 (what the service-down alert rules read).
        QCOMPARE(statusOf(*m, m_node)->state, ScrapeStatus::State::Ok);
        for (const SeriesInfo& i : m->store()->series()) {
            if (i.labels.contains(std::pair(u"job"_s, u"node"_s)))
                continue;
            QCOMPARE(i.metric, u"up"_s);
            const auto points = m->store()->range(i.id, 0, std::numeric_limits<qint64>::max());
            QVERIFY(!points.empty());
            for (const SeriesPoint& p : points)
                QCOMPARE(p.value, 0.0);
        }
    }

    void cutConnectionPausesAndResumes()
    {
        auto s = session();
        client::MetricsService* m = s->metrics();
        m->setIntervalMs(1000);
        m->setHistoryFile({});
        bool sawPaused = false;
        bool sawFailed = false;
        connect(m, &client::MetricsService::statusChanged, this, [&] {
            for (const ScrapeStatus& st : m->statuses())
                sawPaused = sawPaused || st.state == ScrapeStatus::State::Paused;
        });
        connect(s.get(), &client::ServerSession::failed, this, [&] { sawFailed = true; });
        s->connectWith(th->keySettings(u"ops"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(nodeScrapes(*m) >= 2, qPrintable(describe(*m)), 60000);

        for (int cut = 0; cut < 3; ++cut) {
            sawPaused = false;
            sawFailed = false;
            ssh::Connection* before = s->connection();
            th->inside(u"pkill -KILL -f '^sshd: ops' || true"_s);
            const qint64 cutMs = QDateTime::currentMSecsSinceEpoch();
            // The loss is seen, the scrapes pause ...
            QTRY_VERIFY2_WITH_TIMEOUT(sawFailed && sawPaused, qPrintable(describe(*m)), 60000);
            // ... the service brings the same connection back, and the scrapes go on after the cut.
            QTRY_VERIFY2_WITH_TIMEOUT(s->isConnected(), qPrintable(s->lastError().toString()), 60000);
            QCOMPARE(s->connection(), before);
            const auto load = m->store()->find(u"node_load1"_s, kNodeLabels);
            QVERIFY(load.has_value());
            QTRY_VERIFY2_WITH_TIMEOUT(m->store()->range(*load, cutMs, cutMs + 3600'000).size() >= 2,
                                      qPrintable(describe(*m)), 60000);
            QCOMPARE(statusOf(*m, m_node)->state, ScrapeStatus::State::Ok);
        }
    }

    void stopsWhenDisconnected()
    {
        auto s = session();
        client::MetricsService* m = s->metrics();
        m->setIntervalMs(1000);
        m->setHistoryFile({});
        s->connectWith(th->keySettings(u"ops"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(nodeScrapes(*m) >= 1, qPrintable(describe(*m)), 60000);
        s->disconnectFromServer();
        QVERIFY(!m->isScraping());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(*m, m_node)->state, ScrapeStatus::State::Paused, 30000);
        // Disabled, it does not start with the next connection.
        QVERIFY(m->setEnabled(false).has_value());
        const int before = statusOf(*m, m_node)->scrapes;
        s->connectWith(th->keySettings(u"ops"_s));
        QTRY_VERIFY_WITH_TIMEOUT(s->isConnected(), 30000);
        QVERIFY(!m->isScraping());
        m->scrapeNow();
        QCOMPARE(statusOf(*m, m_node)->scrapes, before);
        QVERIFY(!statusOf(*m, m_node)->target.address().isEmpty());
        // Enabled again: scraping starts at once.
        QVERIFY(m->setEnabled(true).has_value());
        QTRY_VERIFY2_WITH_TIMEOUT(statusOf(*m, m_node)->scrapes > before, qPrintable(describe(*m)), 60000);
    }

    void ownerIsNeverScraped()
    {
        auto s = session(store::Role::Owner);
        client::MetricsService* m = s->metrics();
        const auto r = m->setEnabled(true);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::RoleNotAllowed);
        s->connectWith(th->keySettings(u"ops"_s));
        QTRY_VERIFY_WITH_TIMEOUT(s->isConnected(), 30000);
        QVERIFY(!m->isScraping());
        m->scrapeNow();
        for (const ScrapeStatus& st : m->statuses()) {
            QCOMPARE(st.scrapes, 0);
            QCOMPARE(st.state, ScrapeStatus::State::Waiting);
        }
        QCOMPARE(m->store()->seriesCount(), qint64(0));
    }
    void cliScrapesOnce()
    {
        for (const QString& role : {u"admin"_s, u"support"_s}) {
            const Run add = cli({u"servers"_s, u"add"_s, role, u"--host"_s, th->host(), u"--port"_s,
                                 QString::number(th->port()), u"--user"_s, u"ops"_s, u"--key"_s,
                                 th->value(u"TH_KEY_OPS"_s), u"--known-hosts"_s,
                                 th->value(u"TH_KNOWN_HOSTS"_s), u"--role"_s, role});
            QVERIFY2(add.exitCode == 0, show(add).constData());
        }
        // Default targets: node-exporter (no recipe for this profile).
        Run r = cli({u"metrics"_s, u"support"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"server"_s).toString(), u"support"_s);
        const QJsonArray targets = o.value(u"targets"_s).toArray();
        QCOMPARE(targets.size(), 1);
        const QJsonObject node = targets.first().toObject();
        QCOMPARE(node.value(u"target"_s).toString(), m_node);
        QCOMPARE(node.value(u"state"_s).toString(), u"ok"_s);
        QVERIFY(node.value(u"error"_s).isNull());
        QStringList names;
        for (const QJsonValue& f : node.value(u"families"_s).toArray())
            names << f.toObject().value(u"name"_s).toString();
        QVERIFY2(names.contains(u"node_cpu_seconds_total"_s), qPrintable(names.join(u' ')));
        QVERIFY2(node.value(u"samples"_s).toInt() > 100, show(r).left(300).constData());

        // A target where nothing answers: its error in plain words, the other printed, exit 1.
        r = cli({u"metrics"_s, u"admin"_s, u"--target"_s, u"127.0.0.1:9100"_s, u"--target"_s,
                 u"127.0.0.1:1/metrics"_s});
        QVERIFY2(r.exitCode == 1, show(r).constData());
        QVERIFY2(r.out.contains("\n  node_load1{instance=") || r.out.contains("\n  node_load1 "),
                 show(r).constData());
        QVERIFY2(r.err.contains("Nothing answers at 127.0.0.1:1/metrics on the server"), show(r).constData());
        QVERIFY2(r.err.contains("TunnelOpenFailed"), show(r).constData());

        // A target that is not HOST:PORT/PATH: a usage error, nothing connects.
        r = cli({u"metrics"_s, u"admin"_s, u"--target"_s, u"127.0.0.1/metrics"_s});
        QVERIFY2(r.exitCode == 2, show(r).constData());
    }
};

QTEST_GUILESS_MAIN(TestMetricsScrape)
#include "tst_metrics_scrape.moc"
