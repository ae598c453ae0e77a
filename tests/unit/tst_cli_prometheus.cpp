// capataz-cli and a profile's Prometheus server, end to end with the real binary and no test
// host: `servers add --prometheus URL` stores the URL (refusing https and passwords, which never
// show in the error), `servers list --json` shows it, `metrics SERVER --query` reads the
// expression itself before connecting for a profile without one (evaluated over a scrape), asks
// one with it (the connection then fails: port 1 on the loopback listens to nothing), and checks
// its options. The answers of a real Prometheus are
// tests/integration/tst_prometheus_source's.
#include "CliRunner.h"

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

class TestCliPrometheus : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    using Run = capataz::test::CliRun;

    Run cli(const QStringList& args) const
    {
        return capataz::test::runCli(capataz::test::cliEnvironment(m_dir.path()), m_dir.filePath(u"data"_s),
                                     args, {}, 30000);
    }
    static QString errorCode(const Run& r)
    {
        return QJsonDocument::fromJson(r.err)
            .object()
            .value(u"error"_s)
            .toObject()
            .value(u"code"_s)
            .toString();
    }
    // Port 1 on the loopback: nothing listens, so a command that connects fails at once.
    Run add(const QString& name, const QStringList& extra) const
    {
        return cli(QStringList{u"servers"_s, u"add"_s, name, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"1"_s,
                               u"--user"_s, u"deploy"_s} +
                   extra);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Run r = add(u"with-prom"_s, {u"--prometheus"_s, u"http://127.0.0.1:9090/"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        r = add(u"without-prom"_s, {});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        r = add(u"owner-prom"_s, {u"--role"_s, u"owner"_s, u"--prometheus"_s, u"http://127.0.0.1:9090"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
    }

    void urlStoredAndListed()
    {
        const Run r = cli({u"servers"_s, u"list"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        QMap<QString, QString> urls;
        const QJsonValue list = QJsonDocument::fromJson(r.out).object().value(u"servers"_s);
        const QJsonArray servers = list.isArray() ? list.toArray() : QJsonDocument::fromJson(r.out).array();
        for (const QJsonValue& s : servers)
            urls.insert(s.toObject().value(u"name"_s).toString(),
                        s.toObject().value(u"prometheusUrl"_s).toString());
        QCOMPARE(urls.value(u"with-prom"_s), u"http://127.0.0.1:9090/"_s);
        QVERIFY(urls.contains(u"without-prom"_s));
        QCOMPARE(urls.value(u"without-prom"_s), QString());
    }

    void badUrlsRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("https") << u"https://127.0.0.1:9090"_s;
        QTest::newRow("password") << u"http://admin:hunter2@127.0.0.1:9090"_s;
        QTest::newRow("not a url") << u"127.0.0.1:9090"_s;
    }
    void badUrlsRefused()
    {
        QFETCH(QString, url);
        const Run r = add(u"bad-prom"_s, {u"--prometheus"_s, url});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("InvalidArgument"), show(r).constData());
        QVERIFY2(r.err.contains("prometheusUrl"), show(r).constData());
        QVERIFY2(!r.err.contains("hunter2") && !r.out.contains("hunter2"), show(r).constData());
        const Run list = cli({u"servers"_s, u"list"_s, u"--json"_s});
        QVERIFY2(!list.out.contains("bad-prom"), show(list).constData()); // nothing stored
    }

    void queryWithoutPrometheus()
    {
        // Evaluated over one scrape: the expression is read and --range refused before connecting
        // (else the answer would be ConnectionRefused), then the scrape connects.
        Run r = cli({u"metrics"_s, u"without-prom"_s, u"--query"_s, u"rate(x[5m]"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(errorCode(r), u"ParseError"_s);
        r = cli({u"metrics"_s, u"without-prom"_s, u"--query"_s, u"up"_s, u"--range"_s, u"1h"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--prometheus"), show(r).constData());
        r = cli({u"metrics"_s, u"without-prom"_s, u"--query"_s, u"sum(up)"_s, u"--target"_s,
                 u"127.0.0.1:9100"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(errorCode(r), u"ConnectionRefused"_s);
    }

    void queryAsksThroughTheConnection()
    {
        const Run r = cli({u"metrics"_s, u"with-prom"_s, u"--query"_s, u"rate(x[5m])"_s, u"--range"_s,
                           u"1h"_s, u"--step"_s, u"1m"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(errorCode(r), u"ConnectionRefused"_s);
    }

    void ownerRefused()
    {
        const Run r = cli({u"metrics"_s, u"owner-prom"_s, u"--query"_s, u"up"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 77);
        QCOMPARE(errorCode(r), u"RoleNotAllowed"_s);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("range without query") << QStringList{u"--range"_s, u"1h"_s};
        QTest::newRow("step without query") << QStringList{u"--step"_s, u"15s"_s};
        QTest::newRow("query and target")
            << QStringList{u"--query"_s, u"up"_s, u"--target"_s, u"127.0.0.1:9100"_s};
        QTest::newRow("bad range") << QStringList{u"--query"_s, u"up"_s, u"--range"_s, u"an hour"_s};
        QTest::newRow("zero step") << QStringList{u"--query"_s, u"up"_s,     u"--range"_s,
                                                  u"1h"_s,      u"--step"_s, u"0s"_s};
        QTest::newRow("empty query") << QStringList{u"--query"_s, u" "_s};
    }
    void usage()
    {
        QFETCH(QStringList, args);
        const Run r = cli(QStringList{u"metrics"_s, u"with-prom"_s, u"--json"_s} + args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(errorCode(r), u"InvalidArgument"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliPrometheus)
#include "tst_cli_prometheus.moc"
