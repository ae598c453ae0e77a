#include "stack/ComposeMerge.h"
#include "stack/ComposeParser.h"
#include "stack/ComposeProject.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace capataz::stack;
using capataz::ErrorCode;

namespace {

QByteArray fixture(const QString& name)
{
    QFile f(QStringLiteral(CAPATAZ_SOURCE_DIR "/tests/data/compose/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture");
    return f.readAll();
}

// The error's detail, for QVERIFY2 (which builds its message even when the check passes).
template <typename R> QString why(const R& result)
{
    return result.has_value() ? QString() : result.error().detail;
}

// "hostIp|published|target|protocol"
QString describe(const ComposePort& p)
{
    return QStringList{p.hostIp, p.published, p.target, p.protocol}.join(u'|');
}

QStringList names(const QList<ComposeService>& services)
{
    QStringList out;
    for (const auto& s : services)
        out << s.name;
    return out;
}

} // namespace

class TestComposeFile : public QObject {
    Q_OBJECT

private slots:
    void shortAndLongPorts_data();
    void shortAndLongPorts();
    void volumes();
    void serviceFields();
    void profiles_data();
    void profiles();
    void mergeTwoFiles();
    void mergeWithItselfIsStable();
    void variableReferences_data();
    void variableReferences();
    void invalidYaml_data();
    void invalidYaml();
    void hostileInputIsRefused_data();
    void hostileInputIsRefused();
    void seedFixtures_data();
    void seedFixtures();
};

void TestComposeFile::shortAndLongPorts_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("parsed"); // describe()
    QTest::addColumn<bool>("exposed");   // reachable beyond loopback
    QTest::addColumn<bool>("allInterfaces");
    QTest::addColumn<int>("publishedPort");

    QTest::newRow("target only") << u"\"8000\""_s << u"||8000|tcp"_s << false << false << 0;
    QTest::newRow("published:target") << u"\"8000:80\""_s << u"|8000|80|tcp"_s << true << true << 8000;
    QTest::newRow("loopback") << u"\"127.0.0.1:8000:8000\""_s << u"127.0.0.1|8000|8000|tcp"_s << false
                              << false << 8000;
    QTest::newRow("all ipv4") << u"\"0.0.0.0:5432:5432\""_s << u"0.0.0.0|5432|5432|tcp"_s << true << true
                              << 5432;
    QTest::newRow("lan address") << u"\"192.168.1.5:80:80\""_s << u"192.168.1.5|80|80|tcp"_s << true << false
                                 << 80;
    QTest::newRow("ipv6 loopback") << u"\"[::1]:9000:9000\""_s << u"[::1]|9000|9000|tcp"_s << false << false
                                   << 9000;
    QTest::newRow("ipv6 all") << u"\"[::]:443:443\""_s << u"[::]|443|443|tcp"_s << true << true << 443;
    QTest::newRow("udp") << u"\"53:53/udp\""_s << u"|53|53|udp"_s << true << true << 53;
    QTest::newRow("range") << u"\"9000-9001:9000-9001\""_s << u"|9000-9001|9000-9001|tcp"_s << true << true
                           << 9000;
    QTest::newRow("number") << u"3000"_s << u"||3000|tcp"_s << false << false << 0;
    QTest::newRow("variable") << u"\"${API_PORT:-8000}:8000\""_s << u"|${API_PORT:-8000}|8000|tcp"_s << true
                              << true << 0;
    QTest::newRow("variable host ip")
        << u"\"${BIND:-127.0.0.1}:80:80\""_s << u"${BIND:-127.0.0.1}|80|80|tcp"_s << true << false << 80;
    QTest::newRow("long loopback") << u"{target: 8000, published: \"8000\", host_ip: 127.0.0.1}"_s
                                   << u"127.0.0.1|8000|8000|tcp"_s << false << false << 8000;
    QTest::newRow("long all") << u"{target: 80, published: 8080, protocol: tcp}"_s << u"|8080|80|tcp"_s
                              << true << true << 8080;
    QTest::newRow("long unpublished") << u"{target: 6333}"_s << u"||6333|tcp"_s << false << false << 0;
}

void TestComposeFile::shortAndLongPorts()
{
    QFETCH(QString, entry);
    QFETCH(QString, parsed);
    QFETCH(bool, exposed);
    QFETCH(bool, allInterfaces);
    QFETCH(int, publishedPort);
    const QByteArray yaml =
        "services:\n  web:\n    image: nginx\n    ports:\n      - " + entry.toUtf8() + "\n";
    const auto project = parseCompose(yaml);
    QVERIFY2(project.has_value(), qPrintable(why(project)));
    QCOMPARE(project->services.size(), 1);
    QCOMPARE(project->services[0].ports.size(), 1);
    const ComposePort& p = project->services[0].ports[0];
    QCOMPARE(describe(p), parsed);
    QCOMPARE(p.isExposedBeyondLoopback(), exposed);
    QCOMPARE(p.bindsAllInterfaces(), allInterfaces);
    QCOMPARE(p.publishedPort(), publishedPort);
    QCOMPARE(p.line, 5);
    QCOMPARE(project->exposedPorts().size(), exposed ? 1 : 0);
}

void TestComposeFile::volumes()
{
    const auto project = parseCompose("services:\n"
                                      "  app:\n"
                                      "    image: app\n"
                                      "    volumes:\n"
                                      "      - data:/var/lib/data\n"
                                      "      - ./models:/app/models:ro\n"
                                      "      - /srv/logs:/logs\n"
                                      "      - /anon\n"
                                      "      - type: bind\n"
                                      "        source: ./conf\n"
                                      "        target: /conf\n"
                                      "        read_only: true\n"
                                      "      - {type: volume, source: cache, target: /cache}\n"
                                      "      - {type: tmpfs, target: /tmp}\n"
                                      "volumes:\n"
                                      "  data:\n"
                                      "  cache: {}\n");
    QVERIFY(project.has_value());
    const auto& v = project->services[0].volumes;
    QCOMPARE(v.size(), 7);
    QCOMPARE(v[0].kind, ComposeVolumeMount::Named);
    QCOMPARE(v[0].source, u"data"_s);
    QCOMPARE(v[1].kind, ComposeVolumeMount::Bind);
    QVERIFY(v[1].readOnly);
    QCOMPARE(v[2].kind, ComposeVolumeMount::Bind);
    QCOMPARE(v[3].kind, ComposeVolumeMount::Anonymous);
    QCOMPARE(v[4].kind, ComposeVolumeMount::Bind);
    QVERIFY(v[4].readOnly);
    QCOMPARE(v[5].kind, ComposeVolumeMount::Named);
    QCOMPARE(v[6].kind, ComposeVolumeMount::Tmpfs);
    QCOMPARE(project->volumes, (QStringList{u"data"_s, u"cache"_s}));
}

void TestComposeFile::serviceFields()
{
    const auto project = parseCompose("x-common: &common\n"
                                      "  restart: always\n"
                                      "  env_file: .env\n"
                                      "services:\n"
                                      "  api:\n"
                                      "    <<: *common\n"
                                      "    build:\n"
                                      "      context: ./api\n"
                                      "    environment:\n"
                                      "      - A=1\n"
                                      "      - B\n"
                                      "      - A=2\n"
                                      "    depends_on:\n"
                                      "      db:\n"
                                      "        condition: service_healthy\n"
                                      "    healthcheck:\n"
                                      "      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost/health\"]\n"
                                      "  db:\n"
                                      "    image: docker.io/library/postgres:16-alpine\n"
                                      "    environment: {POSTGRES_DB: app, EMPTY: }\n"
                                      "    healthcheck: {test: [\"NONE\"]}\n");
    QVERIFY2(project.has_value(), qPrintable(why(project)));
    const ComposeService* api = project->service(u"api"_s);
    QVERIFY(api);
    QVERIFY(api->hasBuild);
    QCOMPARE(api->buildContext, u"./api"_s);
    QCOMPARE(api->envFiles, QStringList{u".env"_s});
    QCOMPARE(api->environment.size(), 2);
    QCOMPARE(api->environment[0].value, u"2"_s); // the last A wins
    QVERIFY(!api->environment[1].hasValue);
    QCOMPARE(api->dependsOn, QStringList{u"db"_s});
    QVERIFY(api->hasHealthcheck());
    QCOMPARE(api->line, 5);
    const ComposeService* db = project->service(u"db"_s);
    QVERIFY(db);
    QCOMPARE(db->imageRepository(), u"postgres"_s);
    QCOMPARE(db->healthcheck, ComposeService::HealthDisabled);
    QCOMPARE(db->environment.size(), 2);
    QVERIFY(!db->environment[1].hasValue);
}

void TestComposeFile::profiles_data()
{
    QTest::addColumn<QStringList>("active");
    QTest::addColumn<QStringList>("started");
    QTest::newRow("none") << QStringList{} << QStringList{u"bot"_s, u"db"_s};
    QTest::newRow("redis") << QStringList{u"redis"_s} << QStringList{u"bot"_s, u"db"_s, u"redis"_s};
    QTest::newRow("full") << QStringList{u"full"_s} << QStringList{u"bot"_s, u"db"_s, u"redis"_s, u"n8n"_s};
    QTest::newRow("migrate") << QStringList{u"migrate"_s} << QStringList{u"bot"_s, u"db"_s, u"migrations"_s};
    QTest::newRow("all") << QStringList{u"*"_s}
                         << QStringList{u"bot"_s, u"db"_s, u"redis"_s, u"n8n"_s, u"migrations"_s};
    QTest::newRow("unknown") << QStringList{u"nope"_s} << QStringList{u"bot"_s, u"db"_s};
}

void TestComposeFile::profiles()
{
    QFETCH(QStringList, active);
    QFETCH(QStringList, started);
    const auto project = parseCompose(fixture(u"invoice-bot.yml"_s));
    QVERIFY2(project.has_value(), qPrintable(why(project)));
    QCOMPARE(names(project->servicesFor(active)), started);
    QCOMPARE(project->profiles(), (QStringList{u"full"_s, u"migrate"_s, u"redis"_s}));
}

void TestComposeFile::mergeTwoFiles()
{
    const auto merged =
        parseComposeFiles({fixture(u"call-automation.yml"_s), fixture(u"call-automation.prod.yml"_s)});
    QVERIFY2(merged.has_value(), qPrintable(why(merged)));
    QCOMPARE(names(merged->services), (QStringList{u"backend"_s, u"frontend"_s, u"redis"_s}));
    const ComposeService* backend = merged->service(u"backend"_s);
    // ports are appended: the base's 8000:8000 stays (compose does the same; !override would replace)
    QCOMPARE(backend->ports.size(), 2);
    QCOMPARE(describe(backend->ports[1]), u"127.0.0.1|8000|8000|tcp"_s);
    // environment merged by name: the override's variables are appended
    QCOMPARE(backend->environment.size(), 13);
    QCOMPARE(backend->environment.last().name, u"APP_DEBUG"_s);
    QVERIFY(backend->hasBuild);
    const ComposeService* redis = merged->service(u"redis"_s);
    // volumes merged by target: /data now comes from redis_prod
    QCOMPARE(redis->volumes.size(), 1);
    QCOMPARE(redis->volumes[0].source, u"redis_prod"_s);
    QVERIFY(redis->hasHealthcheck());
    QCOMPARE(merged->volumes, (QStringList{u"redis_data"_s, u"redis_prod"_s}));
    // references of both files
    bool fromOverride = false;
    for (const auto& r : merged->references)
        fromOverride = fromOverride || (r.name == u"REDIS_PASSWORD" && r.line == 23);
    QVERIFY(fromOverride);

    const auto oneByOne = mergeCompose(*parseCompose(fixture(u"call-automation.yml"_s)),
                                       *parseCompose(fixture(u"call-automation.prod.yml"_s)));
    QCOMPARE(oneByOne.services, merged->services);

    const auto broken = parseComposeFiles({fixture(u"call-automation.yml"_s), "services: [\n"});
    QVERIFY(!broken);
    QVERIFY2(broken.error().detail.startsWith(u"file 2: line 2"_s), qPrintable(why(broken)));
}

void TestComposeFile::mergeWithItselfIsStable()
{
    for (const auto& name : {u"voice-biometrics.prod.yml"_s, u"cattle-weight.yml"_s, u"invoice-bot.yml"_s,
                             u"call-automation.yml"_s, u"rag-backend.yml"_s}) {
        const auto p = parseCompose(fixture(name));
        QVERIFY(p.has_value());
        const ComposeProject twice = mergeCompose(*p, *p);
        QCOMPARE(twice.services, p->services);
        QCOMPARE(twice.volumes, p->volumes);
        QCOMPARE(twice.networks, p->networks);
        QCOMPARE(twice.variableReferences(), p->variableReferences());
    }
}

void TestComposeFile::variableReferences_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("refs"); // "NAME:hasDefault:required:default"
    QTest::newRow("plain") << u"${A}"_s << QStringList{u"A:0:0:"_s};
    QTest::newRow("default") << u"${A:-x}"_s << QStringList{u"A:1:0:x"_s};
    QTest::newRow("default unset only") << u"${A-x}"_s << QStringList{u"A:1:0:x"_s};
    QTest::newRow("empty default") << u"${A:-}"_s << QStringList{u"A:1:0:"_s};
    QTest::newRow("required") << u"${A:?set A}"_s << QStringList{u"A:0:1:"_s};
    QTest::newRow("required unset only") << u"${A?}"_s << QStringList{u"A:0:1:"_s};
    QTest::newRow("alternative") << u"${A:+on}"_s << QStringList{u"A:1:0:"_s};
    QTest::newRow("bare") << u"$HOME/x"_s << QStringList{u"HOME:0:0:"_s};
    QTest::newRow("escaped") << u"$$HOME and $${X}"_s << QStringList{};
    QTest::newRow("nested") << u"${A:-${B}}"_s << QStringList{u"A:1:0:${B}"_s, u"B:0:0:"_s};
    QTest::newRow("two") << u"postgresql://u:${DB_PASSWORD}@db/${DB_NAME:-app}"_s
                         << QStringList{u"DB_PASSWORD:0:0:"_s, u"DB_NAME:1:0:app"_s};
    QTest::newRow("unterminated") << u"${A"_s << QStringList{};
    QTest::newRow("not a name") << u"${1A} $ {B}"_s << QStringList{};
}

void TestComposeFile::variableReferences()
{
    QFETCH(QString, value);
    QFETCH(QStringList, refs);
    const QByteArray yaml =
        "services:\n  a:\n    image: x\n    environment:\n      V: '" + value.toUtf8() + "'\n";
    const auto project = parseCompose(yaml);
    QVERIFY2(project.has_value(), qPrintable(why(project)));
    QStringList got;
    for (const auto& r : project->references) {
        got << u"%1:%2:%3:%4"_s.arg(r.name).arg(int(r.hasDefault)).arg(int(r.required)).arg(r.defaultValue);
        QCOMPARE(r.line, 5);
    }
    QCOMPARE(got, refs);
}

void TestComposeFile::invalidYaml_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::newRow("unclosed flow") << QByteArray("services:\n  a:\n    ports: [\"80:80\"\n") << 4;
    QTest::newRow("bad indentation") << QByteArray("services:\n  a:\n    image: x\n   bad: y\n  - z\n") << 4;
    QTest::newRow("text after quote") << QByteArray("services:\n  a:\n    image: \"x\" y\n") << 3;
    QTest::newRow("tab") << QByteArray("services:\n\ta: 1\n") << 2;
    QTest::newRow("duplicate anchor use") << QByteArray("services:\n  a: *nope\n") << 2;
    QTest::newRow("empty") << QByteArray("") << 1;
    QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << 1;
    QTest::newRow("service twice") << QByteArray(
                                          "services:\n  a: {image: x}\n  b: {image: y}\n  a: {image: z}\n")
                                   << 4;
    QTest::newRow("services a list") << QByteArray("version: '3'\nservices:\n  - a\n") << 3;
}

void TestComposeFile::invalidYaml()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    const auto project = parseCompose(yaml);
    QVERIFY(!project.has_value());
    QCOMPARE(project.error().code, ErrorCode::ParseError);
    static const QRegularExpression lineOf(u"^line (\\d+)"_s);
    const auto m = lineOf.match(project.error().detail);
    QVERIFY2(m.hasMatch(), qPrintable(why(project)));
    QCOMPARE(m.captured(1).toInt(), line);
}

void TestComposeFile::hostileInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::newRow("deep flow") << QByteArray(100000, '[');
    QTest::newRow("deep block") << QByteArray("a:\n") + QByteArray("- ").repeated(5000) + "x\n";
    QTest::newRow("deep indent") << QByteArray("a:\n") + QByteArray(" ").repeated(500) + "b: c\n";
    QTest::newRow("nul") << QByteArray("services:\n  a:\0\n", 15);
    QTest::newRow("huge") << QByteArray(3 * 1024 * 1024, 'a');
    QByteArray laughs = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 9; ++i)
        laughs += QByteArray("a%1: &a%1 [*a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2]\n")
                      .replace("%1", QByteArray::number(i))
                      .replace("%2", QByteArray::number(i - 1));
    QTest::newRow("billion laughs") << laughs;
    // An alias inside the node it names: yaml-cpp builds a cycle (found by fuzz_compose).
    QTest::newRow("self-referencing alias") << QByteArray(
        "x-service: &service\n  rag-agent:\n    <<: *service\n    build: .\nservices:\n  a:\n    image: x\n");
    QTest::newRow("alias cycle in a list") << QByteArray("a: &a\n  - b\n  - *a\nservices: {}\n");
}

void TestComposeFile::hostileInputIsRefused()
{
    QFETCH(QByteArray, yaml);
    const auto project = parseCompose(yaml);
    QVERIFY(!project.has_value());
    QCOMPARE(project.error().code, ErrorCode::ParseError);
}

void TestComposeFile::seedFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("services");
    QTest::addColumn<QStringList>("exposed"); // "service:published" reachable beyond loopback
    QTest::addColumn<QStringList>("volumes");
    QTest::newRow("voice") << u"voice-biometrics.prod.yml"_s << QStringList{u"postgres"_s, u"api"_s}
                           << QStringList{} << QStringList{u"postgres_data"_s};
    QTest::newRow("cattle") << u"cattle-weight.yml"_s
                            << QStringList{u"backend"_s, u"mongodb"_s, u"minio"_s, u"mlflow"_s}
                            << QStringList{u"backend:8000"_s, u"mongodb:27017"_s, u"minio:9000"_s,
                                           u"minio:9001"_s, u"mlflow:5000"_s}
                            << QStringList{u"mongodb_data"_s, u"minio_data"_s, u"mlflow_data"_s};
    QTest::newRow("invoice") << u"invoice-bot.yml"_s
                             << QStringList{u"bot"_s, u"db"_s, u"redis"_s, u"n8n"_s, u"migrations"_s}
                             << QStringList{}
                             << QStringList{u"postgres_data"_s, u"redis_data"_s, u"n8n_data"_s};
    QTest::newRow("call") << u"call-automation.yml"_s << QStringList{u"backend"_s, u"frontend"_s, u"redis"_s}
                          << QStringList{u"backend:8000"_s, u"frontend:3000"_s, u"redis:6379"_s}
                          << QStringList{u"redis_data"_s};
    QTest::newRow("rag") << u"rag-backend.yml"_s
                         << QStringList{u"api-gateway"_s,
                                        u"user-service"_s,
                                        u"document-service"_s,
                                        u"context-service"_s,
                                        u"embedding-service"_s,
                                        u"rag-agent"_s,
                                        u"terminal-gateway"_s,
                                        u"terminal-session"_s,
                                        u"mongodb"_s,
                                        u"qdrant"_s,
                                        u"minio"_s,
                                        u"ollama"_s}
                         << QStringList{u"api-gateway:${API_GATEWAY_PORT:-8080}"_s, u"minio:9001"_s}
                         << QStringList{u"mongodb_data"_s, u"qdrant_data"_s, u"minio_data"_s,
                                        u"ollama_data"_s};
}

void TestComposeFile::seedFixtures()
{
    QFETCH(QString, file);
    QFETCH(QStringList, services);
    QFETCH(QStringList, exposed);
    QFETCH(QStringList, volumes);
    const auto project = parseCompose(fixture(file));
    QVERIFY2(project.has_value(), qPrintable(why(project)));
    QCOMPARE(names(project->services), services);
    QStringList got;
    for (const auto& sp : project->exposedPorts())
        got << sp.service + u':' + sp.port.published;
    QCOMPARE(got, exposed);
    QCOMPARE(project->volumes, volumes);
}

QTEST_GUILESS_MAIN(TestComposeFile)
#include "tst_composefile.moc"
