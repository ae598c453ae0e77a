// ComposeStatus: container states read from `docker inspect` (lines of composeStatusScript()
// and the JSON array), and the verdict compose.wait takes from them. Also the mask put on
// compose's `config` output.
#include "setup/ComposeConfigStep.h"
#include "setup/ComposeStatus.h"

#include <QTest>
#include <QTimeZone>

using namespace capataz;
using namespace capataz::setup;
using namespace Qt::Literals::StringLiterals;

namespace {
// Captured from dockerd 20.10 on the test host (`{{.Id}}|{{.RestartCount}}|{{json .State}}`).
const QByteArray kRunningNoHealth =
    R"(extra|b1a28a2db3e7|0|{"Dead":false,"Error":"","ExitCode":0,"FinishedAt":"0001-01-01T00:00:00Z","OOMKilled":false,"Paused":false,"Pid":441,"Restarting":false,"Running":true,"StartedAt":"2026-11-23T22:23:21.893410966Z","Status":"running"})";
const QByteArray kUnhealthy =
    R"(web|017b3c0bd37f|0|{"Dead":false,"Error":"","ExitCode":0,"Health":{"FailingStreak":202,"Log":[{"End":"2026-11-23T22:27:04.100735113Z","ExitCode":1,"Output":"wget: server returned error: HTTP/1.1 404 Not Found | x\n","Start":"2026-11-23T22:27:03.998967827Z"}],"Status":"unhealthy"},"OOMKilled":false,"Paused":false,"Pid":399,"Restarting":false,"Running":true,"Status":"running"})";
const QByteArray kExited =
    R"(db|c0ffee|0|{"Status":"exited","Running":false,"Paused":false,"Restarting":false,"OOMKilled":false,"Dead":false,"Pid":0,"ExitCode":3,"Error":""})";

QByteArray health(const QByteArray& service, const QByteArray& status)
{
    return QByteArray(
        service +
        "|abc123|0|{\"Status\":\"running\",\"Running\":true,\"ExitCode\":0,\"Health\":{\"Status\":\"" +
        status + "\",\"FailingStreak\":0}}");
}
} // namespace

class TestComposeStatus : public QObject {
    Q_OBJECT
private slots:
    // `docker compose config` prints a .env value "pa$word" as pa$$word (docker/compose#12315)
    // and quotes values YAML needs quoted: the effective configuration must not show them.
    void configMaskCatchesComposeEscapes()
    {
        plan::SecretMask env;
        env.add(u"pa$word-Xy7"_s);
        env.add(u"it's\"q\\z"_s);
        const plan::SecretMask mask = composeConfigMask(env);
        const QString config = u"services:\n  db:\n    environment:\n"
                               "      POSTGRES_PASSWORD: pa$$word-Xy7\n"
                               "      A: 'it''s\"q\\z'\n"
                               "      B: \"it's\\\"q\\\\z\"\n"
                               "      C: pa$word-Xy7\n"_s;
        QVERIFY(env.apply(config).contains(u"pa$$word-Xy7"_s)); // what the plain mask let through
        const QString masked = mask.apply(config);
        QVERIFY2(!masked.contains(u"word-Xy7"_s), qPrintable(masked));
        QVERIFY2(!masked.contains(u"q\\"_s) && !masked.contains(u"it"_s), qPrintable(masked));
        QCOMPARE(masked.count(plan::SecretMask::mask()), 4);
        QVERIFY(composeConfigMask({}).isEmpty());
    }

    void parsesRealLines()
    {
        auto s = ComposeStatus::parseLines(
            QByteArray(kRunningNoHealth + "\n" + kUnhealthy + "\n" + kExited + "\nworker|||\n"));
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        QCOMPARE(s->containers.size(), 4);
        const ContainerState& extra = s->containers[0];
        QCOMPARE(extra.service, u"extra"_s);
        QCOMPARE(extra.containerId, u"b1a28a2db3e7"_s);
        QCOMPARE(extra.status, u"running"_s);
        // State.StartedAt, nanoseconds cut to Qt's milliseconds (the status page's "since when").
        QCOMPARE(extra.startedAt, QDateTime(QDate(2026, 11, 23), QTime(22, 23, 21, 893), QTimeZone::utc()));
        QVERIFY(!extra.hasHealthcheck());
        QVERIFY(extra.isReady());
        // A '|' inside the health log does not cut the JSON.
        QCOMPARE(s->containers[1].health, u"unhealthy"_s);
        QVERIFY(s->containers[1].hasFailed());
        QCOMPARE(s->containers[2].status, u"exited"_s);
        QCOMPARE(s->containers[2].exitCode, 3);
        QCOMPARE(s->containers[3].status, u"missing"_s);
        QVERIFY(s->containers[3].containerId.isEmpty());
        QCOMPARE(s->overall(), ComposeStatus::Overall::Failed);
        QCOMPARE(s->failedServices(), (QStringList{u"web"_s, u"db"_s}));
        QCOMPARE(s->waitingServices(), QStringList{u"worker"_s});
        QCOMPARE(s->describe(),
                 u"extra: running\nweb: running, unhealthy\ndb: exited (code 3)\nworker: no container"_s);
    }

    void verdict_data()
    {
        QTest::addColumn<QByteArray>("lines");
        QTest::addColumn<int>("overall");
        QTest::newRow("all ready") << QByteArray(health("web", "healthy") + "\n" + kRunningNoHealth)
                                   << int(ComposeStatus::Overall::Ready);
        QTest::newRow("health starting") << QByteArray(health("web", "starting") + "\n" + kRunningNoHealth)
                                         << int(ComposeStatus::Overall::Waiting);
        QTest::newRow("no container yet")
            << QByteArray("web|||\n"_ba + kRunningNoHealth) << int(ComposeStatus::Overall::Waiting);
        QTest::newRow("unhealthy") << health("web", "unhealthy") << int(ComposeStatus::Overall::Failed);
        QTest::newRow("exited") << kExited << int(ComposeStatus::Overall::Failed);
        QTest::newRow("restarting once")
            << "w|id|1|{\"Status\":\"restarting\",\"ExitCode\":1}"_ba << int(ComposeStatus::Overall::Waiting);
        QTest::newRow("restart loop")
            << "w|id|3|{\"Status\":\"restarting\",\"ExitCode\":1}"_ba << int(ComposeStatus::Overall::Failed);
        QTest::newRow("created") << "w|id|0|{\"Status\":\"created\"}"_ba
                                 << int(ComposeStatus::Overall::Waiting);
        QTest::newRow("nothing") << QByteArray() << int(ComposeStatus::Overall::Waiting);
    }
    void verdict()
    {
        QFETCH(QByteArray, lines);
        QFETCH(int, overall);
        auto s = ComposeStatus::parseLines(lines);
        QVERIFY(s);
        QCOMPARE(int(s->overall()), overall);
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QByteArray>("lines");
        QTest::addColumn<QString>("where");
        QTest::newRow("error text") << "no such service: web"_ba << u"line 1"_s;
        QTest::newRow("bad json") << QByteArray(kRunningNoHealth + "\nweb|id|0|{not json"_ba) << u"line 2"_s;
        QTest::newRow("no service") << "|id|0|{\"Status\":\"running\"}"_ba << u"line 1"_s;
        QTest::newRow("no status") << "w|id|0|{}"_ba << u"line 1"_s;
        QTest::newRow("restarts not a number") << "w|id|x|{\"Status\":\"running\"}"_ba << u"line 1"_s;
        QTest::newRow("missing with data") << "w||0|{}"_ba << u"line 1"_s;
    }
    void rejectsGarbage()
    {
        QFETCH(QByteArray, lines);
        QFETCH(QString, where);
        auto s = ComposeStatus::parseLines(lines);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::ParseError);
        QVERIFY2(s.error().detail.contains(where), qPrintable(s.error().detail));
    }

    void parsesInspectJson()
    {
        const QByteArray json = R"([
  {"Id": "017b3c", "Name": "/cpz_web_1", "RestartCount": 2,
   "State": {"Status": "running", "Running": true, "ExitCode": 0, "Health": {"Status": "healthy"}},
   "Config": {"Labels": {"com.docker.compose.service": "web", "com.docker.compose.project": "cpz"}}},
  {"Id": "b1a28a", "Name": "/loose", "RestartCount": 0,
   "State": {"Status": "exited", "Running": false, "ExitCode": 137},
   "Config": {"Labels": {}}}
])";
        auto s = ComposeStatus::parseInspectJson(json);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        QCOMPARE(s->containers.size(), 2);
        QCOMPARE(s->containers[0].service, u"web"_s);
        QCOMPARE(s->containers[0].health, u"healthy"_s);
        QCOMPARE(s->containers[0].restartCount, 2);
        QVERIFY(s->containers[0].isReady());
        QCOMPARE(s->containers[1].service, u"loose"_s); // no compose label: the container name
        QCOMPARE(s->containers[1].exitCode, 137);
        QCOMPARE(s->failedServices(), QStringList{u"loose"_s});
        QVERIFY(!ComposeStatus::parseInspectJson("{}"));
        QVERIFY(!ComposeStatus::parseInspectJson("[{\"Id\":\"x\"}]"));
    }

    void scriptUsesProfilesAwareServiceList()
    {
        // docker-compose 1.29's `config --services` ignores --profile; `config --hash` does not.
        const QString script = composeStatusScript();
        QVERIFY(script.contains(u"config --hash '*'"_s));
        QVERIFY(!script.contains(u"--services"_s));
        QVERIFY(script.contains(u"{{json .State}}"_s));
    }
};

QTEST_GUILESS_MAIN(TestComposeStatus)
#include "tst_composestatus.moc"
