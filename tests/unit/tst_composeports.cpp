// setup/ComposePorts: what a published port probably is, which compose versions can replace
// ports by an override, the override file itself (and that Capataz's own compose parser reads
// it back as 127.0.0.1), the suggested line changes, and the verdict: what stops a production
// plan and what only warns.
#include "setup/ComposePorts.h"
#include "stack/ComposeParser.h"

#include <QTest>

using namespace capataz;
using namespace capataz::setup;
using namespace Qt::Literals::StringLiterals;
using Kind = remote::ServerFacts::ComposeKind;

namespace {

// As the cattle weight seed's guide writes it: everything published on every interface.
const QByteArray kCattle = R"(services:
  mongo:
    image: mongo:7
    ports:
      - "27017:27017"
  minio:
    image: minio/minio:latest
    ports:
      - "9000:9000"
      - "9001:9001"
  mlflow:
    image: ghcr.io/mlflow/mlflow:v2.12.1
    ports:
      - "5000:5000"
  api:
    build: .
    ports:
      - 8000:8000
      - "127.0.0.1:9100:9100"
  worker:
    build: .
)";

const QString kOverride = u"docker-compose.capataz-ports.yml"_s;

QList<PublicPort> cattlePorts(const QList<int>& allow = {})
{
    auto merged = stack::parseComposeFiles({kCattle});
    if (!merged)
        return {};
    return findPublicPorts(*merged, {kCattle}, {}, allow);
}

const PublicPort* find(const QList<PublicPort>& ports, int number)
{
    for (const PublicPort& p : ports) {
        if (p.number == number)
            return &p;
    }
    return nullptr;
}

QStringList texts(const QList<Text>& list)
{
    QStringList out;
    for (const Text& t : list)
        out << t.untranslated();
    return out;
}

} // namespace

class TestComposePorts : public QObject {
    Q_OBJECT
private slots:
    void guessesByImageThenPort()
    {
        QCOMPARE(guessPort(u"postgres"_s, 5432, 15432).what, u"PostgreSQL"_s);
        QVERIFY(guessPort(u"pgvector/pgvector"_s, 5432, 5433).dataService);
        QCOMPARE(guessPort(u"testbusybox"_s, 5432, 5432).what, u"PostgreSQL"_s); // by port
        QVERIFY(guessPort(u"testbusybox"_s, 5432, 5432).dataService);
        QCOMPARE(guessPort(u"bitnami/mongodb"_s, 27017, 27017).what, u"MongoDB"_s);
        QCOMPARE(guessPort(u"minio/minio"_s, 9001, 9001).what, u"MinIO console"_s);
        QCOMPARE(guessPort(u"mlflow/mlflow"_s, 5000, 5000).what, u"MLflow"_s);
        QCOMPARE(guessPort({}, 6379, 6379).what, u"Redis"_s);
        QCOMPARE(guessPort({}, 33060, 33060).what, u"MySQL X protocol"_s);
        QCOMPARE(guessPort({}, 9200, 9200).what, u"Elasticsearch"_s);
        QCOMPARE(guessPort({}, 6334, 6334).what, u"Qdrant gRPC"_s);
        QCOMPARE(guessPort({}, 11434, 11434).what, u"Ollama"_s);
        QCOMPARE(guessPort(u"n8nio/n8n"_s, 5678, 5678).what, u"n8n"_s);
        // An image Capataz knows nothing of on a port it knows nothing of: an application.
        const PortGuess api = guessPort(u"acme/api"_s, 8000, 8000);
        QVERIFY(api.what.isEmpty());
        QVERIFY(!api.dataService);
        QVERIFY(!guessPort({}, 5000, 5000).dataService); // 5000 alone is any Flask app
    }

    void overrideNeedsCompose2244()
    {
        QVERIFY(composeCanOverridePorts(Kind::V2Plugin, u"2.24.4"_s));
        QVERIFY(composeCanOverridePorts(Kind::V2Plugin, u"v2.27.0"_s));
        QVERIFY(composeCanOverridePorts(Kind::V2Plugin, u"2.30.3-desktop.1\n"_s));
        QVERIFY(composeCanOverridePorts(Kind::V1Standalone, u"2.25.0"_s)); // 2.x installed standalone
        QVERIFY(!composeCanOverridePorts(Kind::V2Plugin, u"2.24.3"_s));
        QVERIFY(!composeCanOverridePorts(Kind::V2Plugin, u"2.20.2"_s));
        QVERIFY(!composeCanOverridePorts(Kind::V2Plugin, u"1.29.2"_s)); // the test host's shim
        QVERIFY(!composeCanOverridePorts(Kind::V1Standalone, u"1.29.2"_s));
        QVERIFY(!composeCanOverridePorts(Kind::Podman, u"2.30.0"_s));
        QVERIFY(!composeCanOverridePorts(Kind::V2Plugin, QString()));
    }

    void namesEveryPublicPortWithItsLine()
    {
        const QList<PublicPort> ports = cattlePorts();
        QStringList got;
        for (const PublicPort& p : ports)
            got << u"%1 %2 %3 %4"_s.arg(p.service, p.label(), p.guess.what).arg(p.line);
        QCOMPARE(got, (QStringList{u"mongo 27017/tcp MongoDB 5"_s, u"minio 9000/tcp MinIO 9"_s,
                                   u"minio 9001/tcp MinIO console 10"_s, u"mlflow 5000/tcp MLflow 14"_s,
                                   u"api 8000/tcp  18"_s}));
        const PublicPort* mongo = find(ports, 27017);
        QVERIFY(mongo);
        QCOMPARE(mongo->fileIndex, 0);
        QCOMPARE(mongo->lineText, u"      - \"27017:27017\""_s);
        QCOMPARE(mongo->suggestedText, u"      - \"127.0.0.1:27017:27017\""_s);
        const PublicPort* api = find(ports, 8000);
        QVERIFY(api);
        QCOMPARE(api->suggestedText, u"      - 127.0.0.1:8000:8000"_s);
        QVERIFY(!api->guess.dataService);
    }

    void lineIsFoundInTheFileThatWritesIt()
    {
        const QByteArray second =
            "services:\n  cache:\n    image: redis:7\n    ports:\n      - \"0.0.0.0:6379:6379\"\n";
        auto merged = stack::parseComposeFiles({kCattle, second});
        QVERIFY(merged);
        const QList<PublicPort> ports = findPublicPorts(*merged, {kCattle, second}, {}, {});
        const PublicPort* redis = find(ports, 6379);
        QVERIFY(redis);
        QCOMPARE(redis->fileIndex, 1);
        QCOMPARE(redis->line, 5);
        QCOMPARE(redis->suggestedText, u"      - \"127.0.0.1:6379:6379\""_s);
        QCOMPARE(suggestLineChange(*redis, u"docker-compose.prod.yml"_s).untranslated(),
                 u"change line 5 of docker-compose.prod.yml from `- \"0.0.0.0:6379:6379\"` to "
                 u"`- \"127.0.0.1:6379:6379\"`"_s);
    }

    void profilesAndChosenAddresses()
    {
        const QByteArray yaml =
            "services:\n  db:\n    image: postgres:16\n    ports: [\"203.0.113.7:5432:5432\"]\n"
            "  ollama:\n    image: ollama/ollama\n    profiles: [gpu]\n    ports: [\"11434:11434\"]\n"
            "  cache:\n    image: redis\n    ports: [\"127.0.0.1:6379:6379\"]\n";
        auto merged = stack::parseComposeFiles({yaml});
        QVERIFY(merged);
        const QList<PublicPort> without = findPublicPorts(*merged, {yaml}, {}, {});
        QCOMPARE(without.size(), 1); // ollama's profile is off; redis is on loopback
        QVERIFY(!without[0].allInterfaces);
        QVERIFY(!without[0].toBind());
        // An address the admin chose is named, never rewritten, never a reason to stop.
        const PortsVerdict v = judgePorts(without, {u"c.yml"_s}, kOverride, u"1.29.2"_s, false, {});
        QVERIFY(v.blocking.isEmpty());
        QVERIFY(!v.writeOverride);
        QCOMPARE(
            texts(v.notes).join(u'\n'),
            u"Port 5432/tcp of service db (c.yml:4) is published on the address 203.0.113.7, which other "
            u"machines can reach; Docker publishes it past ufw. Capataz leaves an address you chose as it is."_s);
        const QList<PublicPort> gpu = findPublicPorts(*merged, {yaml}, {u"gpu"_s}, {});
        QCOMPARE(gpu.size(), 2);
        QCOMPARE(gpu[1].guess.what, u"Ollama"_s);
        QVERIFY(gpu[1].toBind());
    }

    void overrideFileContent()
    {
        auto merged = stack::parseComposeFiles({kCattle});
        QVERIFY(merged);
        const QList<PublicPort> ports = findPublicPorts(*merged, {kCattle}, {}, {5000});
        const QByteArray yaml = portsOverrideYaml(*merged, ports);
        const QByteArray body = yaml.mid(yaml.indexOf("services:\n"));
        QCOMPARE(body, QByteArray("services:\n"
                                  "  mongo:\n"
                                  "    ports: !override\n"
                                  "      - \"127.0.0.1:27017:27017\"\n"
                                  "  minio:\n"
                                  "    ports: !override\n"
                                  "      - \"127.0.0.1:9000:9000\"\n"
                                  "      - \"127.0.0.1:9001:9001\"\n"
                                  "  api:\n"
                                  "    ports: !override\n"
                                  "      - \"127.0.0.1:8000:8000\"\n"
                                  "      - \"127.0.0.1:9100:9100\"\n"));
        QVERIFY(yaml.startsWith("# Written by Capataz"));
        // Nothing to bind: no file at all.
        QVERIFY(portsOverrideYaml(*merged,
                                  findPublicPorts(*merged, {kCattle}, {}, {27017, 9000, 9001, 5000, 8000}))
                    .isEmpty());
    }

    void overrideReadBackBindsLocally()
    {
        auto base = stack::parseComposeFiles({kCattle});
        QVERIFY(base);
        const QByteArray yaml = portsOverrideYaml(*base, findPublicPorts(*base, {kCattle}, {}, {5000}));
        auto merged = stack::parseComposeFiles({kCattle, yaml});
        QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().detail));
        const stack::ComposeService* mongo = merged->service(u"mongo"_s);
        QVERIFY(mongo);
        QCOMPARE(mongo->ports.size(), 1);
        QCOMPARE(mongo->ports[0].hostIp, u"127.0.0.1"_s);
        QCOMPARE(mongo->ports[0].published, u"27017"_s);
        QCOMPARE(merged->service(u"api"_s)->ports.size(), 2);
        // What is left facing the internet: only the port allowed on purpose.
        const auto exposed = merged->exposedPorts();
        QCOMPARE(exposed.size(), 1);
        QCOMPARE(exposed[0].service, u"mlflow"_s);
        QVERIFY(findPublicPorts(*merged, {kCattle, yaml}, {}, {5000})[0].allowed);
    }

    void untaggedPortsStillAddUp()
    {
        // Without !override compose (and Capataz) take the union: the public port stays.
        const QByteArray plain = "services:\n  mongo:\n    ports:\n      - \"127.0.0.1:27017:27017\"\n";
        auto merged = stack::parseComposeFiles({kCattle, plain});
        QVERIFY(merged);
        QCOMPARE(merged->service(u"mongo"_s)->ports.size(), 2);
        QCOMPARE(merged->exposedPorts().first().service, u"mongo"_s);
    }

    void resetAndOverrideTags()
    {
        const QByteArray base = "services:\n  web:\n    image: a\n    ports: [\"80:80\", \"443:443\"]\n"
                                "    environment: {A: \"1\", B: \"2\"}\n    depends_on: [db]\n"
                                "  db:\n    image: postgres\n";
        const QByteArray over = "services:\n  web:\n    ports: !reset []\n"
                                "    environment: !override\n      C: \"3\"\n    depends_on: !reset null\n";
        auto merged = stack::parseComposeFiles({base, over});
        QVERIFY(merged);
        const stack::ComposeService* web = merged->service(u"web"_s);
        QVERIFY(web);
        QVERIFY(web->ports.isEmpty());
        QCOMPARE(web->environment.size(), 1);
        QCOMPARE(web->environment[0].name, u"C"_s);
        QVERIFY(web->dependsOn.isEmpty());
        QCOMPARE(web->image, u"a"_s); // untouched keys merge as before
    }

    void verdictWithOverride()
    {
        const PortsVerdict v = judgePorts(cattlePorts(), {u"docker-compose.yml"_s}, kOverride, u"2.27.0"_s,
                                          true, ComposePortsOptions{});
        QVERIFY(v.writeOverride);
        QVERIFY(v.blocking.isEmpty()); // every database is fixed by the override
        const QString all = texts(v.notes).join(u'\n');
        QVERIFY2(all.contains(u"Port 27017/tcp of service mongo (docker-compose.yml:5) is probably MongoDB "
                              u"and is published on every interface"_s),
                 qPrintable(all));
        QVERIFY(all.contains(u"reachable from the internet even with ufw enabled"_s));
        QVERIFY(
            all.contains(u"Port 8000/tcp of service api (docker-compose.yml:18) is an application port"_s));
        QVERIFY(all.contains(u"Fixed by docker-compose.capataz-ports.yml: bound to 127.0.0.1."_s));
        QVERIFY(all.contains(u"add -f docker-compose.capataz-ports.yml after your compose files"_s));
    }

    void productionStopsOnDatabaseWithoutOverride()
    {
        const PortsVerdict v = judgePorts(cattlePorts(), {u"docker-compose.yml"_s}, kOverride, u"1.29.2"_s,
                                          false, ComposePortsOptions{});
        QVERIFY(!v.writeOverride);
        // mongo, minio x2, mlflow stop the plan; the API only warns.
        QCOMPARE(v.blocking.size(), 4);
        const QString first = v.blocking[0].untranslated();
        QCOMPARE(first,
                 u"Port 27017/tcp of service mongo (MongoDB) would be reachable from the internet, and "
                 u"in production a data service must not be. This compose version (1.29.2) cannot "
                 u"replace ports with an override file (that needs docker compose 2.24.4 or later), "
                 u"so only the compose file can fix it. Either change line 5 of docker-compose.yml "
                 u"from `- \"27017:27017\"` to `- \"127.0.0.1:27017:27017\"`, or add 27017 to "
                 u"compose.allow_public_ports to keep it public on purpose."_s);
        const QString notes = texts(v.notes).join(u'\n');
        QVERIFY2(notes.contains(u"To bind it to 127.0.0.1: change line 18 of docker-compose.yml from "
                                u"`- 8000:8000` to `- 127.0.0.1:8000:8000`."_s),
                 qPrintable(notes));
    }

    void allowListAndNonProduction()
    {
        const PortsVerdict allowed =
            judgePorts(cattlePorts({27017, 9000, 9001, 5000}), {u"docker-compose.yml"_s}, kOverride,
                       u"1.29.2"_s, false, ComposePortsOptions{});
        QVERIFY(allowed.blocking.isEmpty());
        QVERIFY(texts(allowed.notes)
                    .join(u'\n')
                    .contains(u"Port 27017/tcp of service mongo (docker-compose.yml:5) is reachable from the "
                              u"internet: kept "
                              u"public because compose.allow_public_ports lists it."_s));
        ComposePortsOptions dev;
        dev.production = false;
        const PortsVerdict v =
            judgePorts(cattlePorts(), {u"docker-compose.yml"_s}, kOverride, u"1.29.2"_s, false, dev);
        QVERIFY(v.blocking.isEmpty()); // named and advised, not stopped
        QVERIFY(texts(v.notes).join(u'\n').contains(u"change line 5 of docker-compose.yml"_s));
        // Overriding turned off on a compose that could: same as a compose that cannot.
        ComposePortsOptions off;
        off.bindLocally = false;
        const PortsVerdict o =
            judgePorts(cattlePorts(), {u"docker-compose.yml"_s}, kOverride, u"2.27.0"_s, true, off);
        QVERIFY(!o.writeOverride);
        QCOMPARE(o.blocking.size(), 4);
        QVERIFY(o.blocking[0].untranslated().contains(u"compose.bind_ports_locally is false"_s));
    }
};

QTEST_GUILESS_MAIN(TestComposePorts)
#include "tst_composeports.moc"
