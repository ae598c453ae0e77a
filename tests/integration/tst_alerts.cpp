// Alerts against the test host's node-exporter, through the SSH connection: the console's
// AlertService evaluates while the session is connected (the scraped series reach the rules,
// a rule that holds fires, up of node-exporter is 1) and stops when it disconnects; capataz-cli
// metrics alerts SERVER evaluates the defaults after one scrape (nothing can fire before its
// `for`: exit 0, not no data), and with --wait and the server's own rules file a rule fires (exit 3).
#include "CliRunner.h"
#include "TestHost.h"
#include "client/AlertService.h"
#include "client/MetricsService.h"
#include "client/ServerSession.h"
#include "metrics/AlertRuleFile.h"
#include "metrics/ScrapeTarget.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace capataz;
using namespace capataz::metrics;
using namespace Qt::Literals::StringLiterals;

namespace {

AlertRule rule(const QString& name, const QString& expr, qint64 forMs)
{
    AlertRule r;
    r.name = name;
    r.expr = expr;
    r.forMs = forMs;
    r.summaryEn = name + u" {{ $value }}"_s;
    return r;
}

QJsonObject ruleIn(const QJsonObject& o, const QString& name)
{
    for (const QJsonValue& v : o.value(u"rules"_s).toArray())
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject();
    return {};
}

} // namespace

class TestAlerts : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    QTemporaryDir m_dir;

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
    }

    void serviceEvaluatesWhileConnected()
    {
        store::ServerProfile p;
        p.name = u"testhost"_s;
        p.host = th->host();
        p.port = th->port();
        p.user = u"ops"_s;
        p.role = store::Role::Support;
        client::ServerSession session(p);
        session.metrics()->setIntervalMs(1000);
        session.metrics()->setHistoryFile({});
        client::AlertService* alerts = session.alerts();
        const QString file = m_dir.filePath(u"service-rules.json"_s);
        QVERIFY(saveAlertRules(file, {rule(u"LoadSeen"_s, u"node_load1 >= 0"_s, 0),
                                      rule(u"NodeDown"_s, uR"(up{job="node"} == 0)"_s, 0),
                                      rule(u"Nothing"_s, u"no_such_metric > 1"_s, 0)}));
        alerts->setRulesFile(file);
        QSignalSpy notified(alerts, &client::AlertService::notified);
        QVERIFY(!alerts->isRunning());
        session.connectWith(th->keySettings(u"ops"_s));
        QTRY_VERIFY_WITH_TIMEOUT(session.isConnected(), 30000);
        QVERIFY(alerts->isRunning());
        auto stateOf = [alerts](const QString& name) {
            for (const AlertRuleStatus& s : alerts->statuses())
                if (s.rule.name == name)
                    return s.state;
            return AlertState::Error;
        };
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u"LoadSeen"_s), AlertState::Firing, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u"NodeDown"_s), AlertState::Inactive, 30000);
        QCOMPARE(stateOf(u"Nothing"_s), AlertState::NoData);
        // A minute of firing later: one notification for it.
        QTRY_VERIFY_WITH_TIMEOUT(notified.size() >= 1, 90000);
        QCOMPARE(notified.at(0).at(0).value<AlertNotification>().rule, u"LoadSeen"_s);
        session.disconnectFromServer();
        QTRY_VERIFY_WITH_TIMEOUT(!alerts->isRunning(), 30000);
    }

    void cliEvaluatesTheDefaults()
    {
        const Run add =
            cli({u"servers"_s, u"add"_s, u"support"_s, u"--host"_s, th->host(), u"--port"_s,
                 QString::number(th->port()), u"--user"_s, u"ops"_s, u"--key"_s, th->value(u"TH_KEY_OPS"_s),
                 u"--known-hosts"_s, th->value(u"TH_KNOWN_HOSTS"_s), u"--role"_s, u"support"_s});
        QVERIFY2(add.exitCode == 0, show(add).constData());
        // One scrape: node-exporter's defaults have data; with their `for` none can fire yet.
        Run r = cli({u"metrics"_s, u"alerts"_s, u"support"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"source"_s).toString(), u"support"_s);
        for (const QString& name : {u"NodeMemoryHigh"_s, u"NodeDiskFull"_s}) {
            const QString state = ruleIn(o, name).value(u"state"_s).toString();
            QVERIFY2(state == u"inactive"_s || state == u"pending"_s, qPrintable(name + u": "_s + state));
        }
        QCOMPARE(ruleIn(o, u"TargetDown"_s).value(u"state"_s).toString(), u"inactive"_s); // node's up is 1

        // The server's own rules (alerts/server-<id>.json) and --wait: fires after its 10 s.
        // The first profile of a fresh data directory has id 1 (servers list does not print ids).
        const qint64 id = 1;
        QVERIFY(
            saveAlertRules(QDir(m_dir.filePath(u"cli-data"_s)).filePath(u"alerts/server-%1.json"_s.arg(id)),
                           {rule(u"LoadSeen"_s, u"node_load1 >= 0"_s, 10'000)}));
        r = cli({u"metrics"_s, u"alerts"_s, u"support"_s, u"--wait"_s, u"15"_s});
        QVERIFY2(r.exitCode == 3, show(r).constData());
        QVERIFY2(r.out.startsWith("LoadSeen (warning): Firing (1 label set): LoadSeen "),
                 show(r).constData());
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
