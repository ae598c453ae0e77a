// capataz-cli metrics alerts, end to end: the real binary over temporary history files (the
// clock walked through the file, so `for` counts), with a rules file or node-exporter's defaults,
// plain sentences and JSON, exit 0 / 3 / 1, Spanish summaries, and the role check (77) of
// `metrics alerts SERVER` before any connection.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifndef CAPATAZ_CLI_PATH
#error "CAPATAZ_CLI_PATH must name the capataz-cli binary (tests/unit/CMakeLists.txt)"
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000; // ms
constexpr int kFiring = 3;                // app/cli/MetricsAlertsCommand.h
constexpr int kRoleNotAllowed = 77;

// Prometheus text with millisecond timestamps: 10 minutes every 15 s. Requests: 100 per step,
// 10 of them 500s (10 %); memory 90 % used.
QByteArray history()
{
    QByteArray out;
    for (int i = 0; i <= 40; ++i) {
        const QByteArray t = QByteArray::number(kT0 + i * 15'000);
        out += "http_requests_total{status=\"200\"} " + QByteArray::number(90 * i) + ' ' + t + '\n';
        out += "http_requests_total{status=\"500\"} " + QByteArray::number(10 * i) + ' ' + t + '\n';
        out += "node_memory_MemTotal_bytes 8e9 " + t + '\n';
        out += "node_memory_MemAvailable_bytes 8e8 " + t + '\n';
    }
    return out;
}

// Rules as alerts/server-<id>.json holds them: one with its comparison in the expression, one
// with a comparison and threshold of its own.
QByteArray rulesJson()
{
    const QJsonObject errors{
        {u"name"_s, u"HighErrorRate"_s},
        {u"expr"_s,
         u"sum(rate(http_requests_total{status=~'5..'}[5m])) / sum(rate(http_requests_total[5m])) > 0.05"_s},
        {u"for"_s, u"5m"_s},
        {u"severity"_s, u"critical"_s},
        {u"summary"_s, QJsonObject{{u"en"_s, u"Error rate {{ $value }} over 5 %"_s},
                                   {u"es"_s, u"Tasa de errores {{ $value }} sobre 5 %"_s}}}};
    const QJsonObject slow{{u"name"_s, u"Slow"_s},
                           {u"expr"_s, u"histogram_quantile(0.99, sum(rate(latency_bucket[5m])) by (le))"_s},
                           {u"comparison"_s, u">"_s},
                           {u"threshold"_s, 2},
                           {u"for"_s, u"1m"_s}};
    return QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"rules"_s, QJsonArray{errors, slow}}}).toJson();
}

QByteArray oneRule(const QString& name, const QString& expr)
{
    return QJsonDocument(
               QJsonObject{{u"version"_s, 1},
                           {u"rules"_s, QJsonArray{QJsonObject{{u"name"_s, name}, {u"expr"_s, expr}}}}})
        .toJson();
}

} // namespace

class TestCliMetricsAlerts : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;

    using Run = capataz::test::CliRun;

    Run cli(const QStringList& args, const QString& lang = u"C.UTF-8"_s) const
    {
        return capataz::test::runCli(capataz::test::cliEnvironment(m_dir->path(), lang),
                                     m_dir->filePath(u"data"_s), args, {}, 30000);
    }
    QString write(const QString& name, const QByteArray& data) const
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(data);
        return path;
    }
    static QJsonObject rule(const QJsonObject& o, const QString& name)
    {
        for (const QJsonValue& v : o.value(u"rules"_s).toArray())
            if (v.toObject().value(u"name"_s).toString() == name)
                return v.toObject();
        return {};
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void firingFromAHistoryFile()
    {
        const QString file = write(u"history.txt"_s, history());
        const QString rules = write(u"rules.json"_s, rulesJson());
        Run r = cli({u"metrics"_s, u"alerts"_s, u"--file"_s, file, u"--rules"_s, rules});
        QVERIFY2(r.exitCode == kFiring, show(r).constData());
        QVERIFY2(r.out.contains("HighErrorRate (critical): Firing (1 label set): Error rate 0.1 over 5 %\n"),
                 show(r).constData());
        // No latency histogram in the file: no data, said so, not "resolved" nor "not firing".
        QVERIFY2(r.out.contains("Slow (warning): No data: histogram_quantile("), show(r).constData());
        QVERIFY2(r.out.contains("1 rule firing"), show(r).constData());

        r = cli({u"metrics"_s, u"alerts"_s, u"--file"_s, file, u"--rules"_s, rules, u"--json"_s});
        QVERIFY2(r.exitCode == kFiring, show(r).constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"firing"_s).toInt(), 1);
        QCOMPARE(o.value(u"evaluated_at"_s).toDouble(), double(kT0 + 40 * 15'000) / 1000); // the last sample
        const QJsonObject errors = rule(o, u"HighErrorRate"_s);
        QCOMPARE(errors.value(u"state"_s).toString(), u"firing"_s);
        QCOMPARE(errors.value(u"severity"_s).toString(), u"critical"_s);
        const QJsonObject instance = errors.value(u"instances"_s).toArray().at(0).toObject();
        QCOMPARE(instance.value(u"state"_s).toString(), u"firing"_s);
        QCOMPARE(instance.value(u"value"_s).toString(), u"0.1"_s);
        // The condition first held once rate() had two samples (15 s), and `for` is 5 minutes.
        QCOMPARE(instance.value(u"active_since"_s).toDouble(), double(kT0 + 15'000) / 1000);
        QCOMPARE(instance.value(u"firing_since"_s).toDouble(), double(kT0 + 15'000 + 300'000) / 1000);
        QCOMPARE(rule(o, u"Slow"_s).value(u"state"_s).toString(), u"no-data"_s);
        QCOMPARE(rule(o, u"Slow"_s).value(u"condition"_s).toString(),
                 u"histogram_quantile(0.99, sum(rate(latency_bucket[5m])) by (le)) > 2"_s);
    }

    void pendingBeforeFor()
    {
        // Four minutes in, the 5 minutes of `for` have not passed: pending, exit 0.
        const QString file = write(u"history.txt"_s, history());
        const QString rules = write(u"rules.json"_s, rulesJson());
        const Run r = cli({u"metrics"_s, u"alerts"_s, u"--file"_s, file, u"--rules"_s, rules, u"--at"_s,
                           QString::number((kT0 + 240'000) / 1000), u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(rule(o, u"HighErrorRate"_s).value(u"state"_s).toString(), u"pending"_s);
        QCOMPARE(o.value(u"firing"_s).toInt(), 0);
    }

    void nodeExporterDefaults()
    {
        const Run r =
            cli({u"metrics"_s, u"alerts"_s, u"--file"_s, write(u"history.txt"_s, history()), u"--json"_s});
        QVERIFY2(r.exitCode == kFiring, show(r).constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(rule(o, u"NodeMemoryHigh"_s).value(u"state"_s).toString(), u"firing"_s);
        QVERIFY2(rule(o, u"NodeMemoryHigh"_s).value(u"message"_s).toString().contains(u"90 % used"_s),
                 qPrintable(rule(o, u"NodeMemoryHigh"_s).value(u"message"_s).toString()));
        QCOMPARE(rule(o, u"NodeDiskFull"_s).value(u"state"_s).toString(), u"no-data"_s);
        QCOMPARE(rule(o, u"TargetDown"_s).value(u"state"_s).toString(), u"no-data"_s);
    }

    void spanishSummary()
    {
        const Run r = cli({u"metrics"_s, u"alerts"_s, u"--file"_s, write(u"history.txt"_s, history()),
                           u"--rules"_s, write(u"rules.json"_s, rulesJson()), u"--json"_s},
                          u"es_ES.UTF-8"_s);
        QVERIFY2(r.exitCode == kFiring, show(r).constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(rule(o, u"HighErrorRate"_s)
                     .value(u"message"_s)
                     .toString()
                     .contains(u"Tasa de errores 0.1 sobre 5 %"_s),
                 show(r).constData());
    }

    void errors()
    {
        const QString file = write(u"history.txt"_s, history());
        // A rule the engine cannot evaluate: its state is error, with the query's own reason; exit 1.
        const QString matching =
            write(u"matching.json"_s,
                  oneRule(u"Matching"_s, u"http_requests_total + on() node_memory_MemTotal_bytes > 1"_s));
        Run r = cli({u"metrics"_s, u"alerts"_s, u"--file"_s, file, u"--rules"_s, matching, u"--json"_s});
        QVERIFY2(r.exitCode == 1, show(r).constData());
        const QJsonObject m = rule(QJsonDocument::fromJson(r.out).object(), u"Matching"_s);
        QCOMPARE(m.value(u"state"_s).toString(), u"error"_s);
        QCOMPARE(m.value(u"error"_s).toObject().value(u"code"_s).toString(), u"ManyToOneMatching"_s);
        r = cli({u"metrics"_s, u"alerts"_s, u"--file"_s, file, u"--rules"_s, matching});
        QVERIFY2(r.exitCode == 1, show(r).constData());
        QVERIFY2(r.out.startsWith("Matching (warning): The rule cannot be evaluated: "), show(r).constData());
        QVERIFY2(r.out.contains("0 rules firing, 1 rule cannot be evaluated\n"), show(r).constData());
        // A rules file that cannot be read: exit 1, the rule and the reason named.
        const QString bad = write(u"bad.json"_s, oneRule(u"X"_s, u"up =="_s));
        r = cli({u"metrics"_s, u"alerts"_s, u"--file"_s, file, u"--rules"_s, bad});
        QVERIFY2(r.exitCode == 1, show(r).constData());
        QVERIFY2(r.err.contains("ParseError") && r.err.contains("rule 1 (X): the expression cannot be read"),
                 show(r).constData());
        QVERIFY(r.out.isEmpty());
        // No such history file; SERVER and --file together.
        r = cli({u"metrics"_s, u"alerts"_s, u"--file"_s, m_dir->filePath(u"missing.om"_s)});
        QVERIFY2(r.exitCode == 1 && r.err.contains("NotFound"), show(r).constData());
        r = cli({u"metrics"_s, u"alerts"_s, u"web"_s, u"--file"_s, file});
        QVERIFY2(r.exitCode == 2, show(r).constData());
    }

    void roles()
    {
        // Port 1 on the loopback: whatever gets past the role check fails to connect.
        for (const QString& role : {u"support"_s, u"owner"_s}) {
            Run r = cli({u"servers"_s, u"add"_s, role, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"1"_s,
                         u"--user"_s, u"deploy"_s, u"--role"_s, role});
            QVERIFY2(r.exitCode == 0, show(r).constData());
        }
        Run r = cli({u"metrics"_s, u"alerts"_s, u"owner"_s, u"--json"_s});
        QVERIFY2(r.exitCode == kRoleNotAllowed, show(r).constData());
        QVERIFY2(r.err.contains("RoleNotAllowed"), show(r).constData());
        QVERIFY(r.out.isEmpty());
        r = cli({u"metrics"_s, u"alerts"_s, u"support"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 1, show(r).constData()); // allowed; the connection fails
        QVERIFY2(!r.err.contains("RoleNotAllowed"), show(r).constData());
    }
};

QTEST_GUILESS_MAIN(TestCliMetricsAlerts)
#include "tst_cli_metrics_alerts.moc"
