// ComposeLogSource against the real test host (docker-compose 1.29 behind the `docker compose`
// shim, as root through ops's passwordless sudo): a service printing numbered lines is followed
// while the connection is cut 20 times (its sshd processes killed): every number arrives exactly
// once, in order, with a mark per resume; the 1.29 compose refuses --since and the source goes
// on with --tail all; a secret of the .env printed by a service never reaches a record.
#include "LogsTestSupport.h"
#include "TestHost.h"
#include "logs/ComposeLogSource.h"
#include "plan/StepContext.h"
#include "setup/EnvPlan.h"
#include "stack/RecipeLoader.h"

#include <QEventLoop>
#include <QTest>

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kDir = u"/opt/capataz-logs-test"_s;
const QString kToken = u"tok3n-Zq8wXv5LmN2pR7sT1uY4"_s;

QString composeFile(const QString& image)
{
    return QString::fromLatin1("services:\n"
                               "  counter:\n"
                               "    image: IMAGE\n"
                               "    command: [\"sh\", \"-c\", \"i=0; while :; do i=$$((i+1)); echo line $$i; "
                               "sleep 0.01; done\"]\n"
                               "    stop_grace_period: 1s\n"
                               "  leaker:\n"
                               "    image: IMAGE\n"
                               "    command: [\"sh\", \"-c\", \"while :; do echo \\\"token=$$API_TOKEN "
                               "end\\\"; sleep 0.2; done\"]\n"
                               "    environment:\n"
                               "      API_TOKEN: ${API_TOKEN}\n"
                               "    stop_grace_period: 1s\n")
        .replace(u"IMAGE"_s, image);
}
} // namespace

class TestLogsCompose : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    std::unique_ptr<ssh::Connection> conn;
    setup::SetupTarget target;
    plan::SecretMask secrets;

    void cut() { th->inside(u"pkill -KILL -f '^sshd: ops' || true"_s); }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        if (th->value(u"TH_IMAGE"_s).isEmpty())
            QSKIP("the test host has no docker image (TH_IMAGE is empty)");
        int rc = -1;
        th->inside(u"cd "_s + kDir + u" 2>/dev/null && docker compose down -t 1 >/dev/null 2>&1; rm -rf "_s +
                       kDir + u"; mkdir -p "_s + kDir + u" && cd "_s + kDir + u" && printf 'API_TOKEN="_s +
                       kToken + u"\\n' > .env && chmod 600 .env && cat > docker-compose.yml <<'EOF'\n"_s +
                       composeFile(th->value(u"TH_IMAGE"_s)) + u"EOF\ndocker compose up -d >/dev/null 2>&1"_s,
                   &rc);
        QCOMPARE(rc, 0);
        conn = std::make_unique<ssh::Connection>(th->keySettings(u"ops"_s));
        QVERIFY2(test::connectAndWait(*conn), qPrintable(conn->lastError().toString()));
        target = logs::defaultComposeTarget(kDir, stack::builtinRecipes());
        QCOMPARE(target.composeFiles, QStringList{u"docker-compose.yml"_s});
        // The secrets of the .env, as capataz-cli logs reads them.
        QObject owner;
        std::optional<Result<plan::SecretMask>> loaded;
        setup::loadEnvSecrets(plan::StepContext{conn.get(), &owner, {}}, target,
                              [&](Result<plan::SecretMask> r) { loaded = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 30000);
        QVERIFY2(loaded->has_value(), qPrintable(loaded->error().toString()));
        secrets = **loaded;
        QVERIFY(secrets.secrets().contains(kToken));
    }

    // Each test on its own connection: one left cut or reconnecting cannot hold up the next.
    void init()
    {
        if (!th)
            return;
        conn = std::make_unique<ssh::Connection>(th->keySettings(u"ops"_s));
        QVERIFY2(test::connectAndWait(*conn), qPrintable(conn->lastError().toString()));
    }

    void cleanup() { conn.reset(); }

    void cleanupTestCase()
    {
        if (th)
            th->inside(u"cd "_s + kDir + u" && docker compose down -t 1 >/dev/null 2>&1"_s);
    }

    void readsTailWithoutFollow()
    {
        QTest::qWait(1500); // some lines written
        logs::LogSource::Options o;
        o.follow = false;
        o.tailLines = 10;
        o.secrets = secrets;
        logs::ComposeLogSource source(conn.get(), target, {u"counter"_s}, o);
        test::LogCollector got;
        got.attach(source, this);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(got.finished, 1, 30000);
        QVERIFY2(!got.error.isError(), qPrintable(got.error.toString()));
        const QList<qint64> n = got.numbers(u"line "_s, u"counter"_s);
        QCOMPARE(n.size(), 10);
        QCOMPARE(test::checkConsecutive(n), QString());
        for (const logs::LogRecord& r : got.records) {
            if (r.origin == u"counter"_s) {
                QVERIFY(r.timeMs > 1'600'000'000'000LL);
                QCOMPARE(r.source, quint16(0));
            }
        }
    }

    void everyNumberOnceThroughTwentyCuts()
    {
        logs::LogSource::Options o;
        o.tailLines = 5;
        o.secrets = secrets;
        logs::ComposeLogSource source(conn.get(), target, {u"counter"_s}, o);
        test::LogCollector got;
        got.attach(source, this);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(got.numbers(u"line "_s, u"counter"_s).size() >= 20, 30000);
        for (int cut = 0; cut < 20; ++cut) {
            const qsizetype before = got.numbers(u"line "_s, u"counter"_s).size();
            this->cut();
            // Back and reading again: more lines than before the cut, after a mark.
            QTRY_VERIFY2_WITH_TIMEOUT(got.marks(logs::LogRecord::Kind::Resumed) > cut &&
                                          got.numbers(u"line "_s, u"counter"_s).size() > before + 10,
                                      qPrintable(u"cut %1: %2 marks, %3 lines, state %4, error %5"_s.arg(cut)
                                                     .arg(got.marks(logs::LogRecord::Kind::Resumed))
                                                     .arg(got.numbers(u"line "_s, u"counter"_s).size())
                                                     .arg(int(source.state()))
                                                     .arg(source.error().toString())),
                                      60000);
            QCOMPARE(got.finished, 0);
        }
        QTest::qWait(1000);
        source.stop();
        const QList<qint64> n = got.numbers(u"line "_s, u"counter"_s);
        QVERIFY(n.size() > 200);
        QCOMPARE(test::checkConsecutive(n), QString());
        QCOMPARE(got.marks(logs::LogRecord::Kind::Gap), 0);
        QVERIFY(got.marks(logs::LogRecord::Kind::Resumed) >= 20);
        QCOMPARE(source.resumeCount() >= 0, true);
        // docker-compose 1.29 has no --since: the source found out and replayed with --tail all.
        QVERIFY(!source.sinceSupported());
        for (const logs::LogRecord& r : got.records) {
            if (r.kind != logs::LogRecord::Kind::Line) {
                QVERIFY(r.resumedMs >= r.timeMs);
                QVERIFY(!r.text.isEmpty());
            }
        }
    }

    void secretsNeverInRecords()
    {
        logs::LogSource::Options o;
        o.tailLines = 20;
        o.secrets = secrets;
        logs::ComposeLogSource source(conn.get(), target, {}, o);
        test::LogCollector got;
        got.attach(source, this);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(got.numbers(u"line "_s, u"counter"_s).size() > 50, 30000);
        int leakerLines = 0;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     leakerLines = 0;
                                     for (const logs::LogRecord& r : got.records)
                                         leakerLines += r.origin == u"leaker"_s ? 1 : 0;
                                     return leakerLines > 5;
                                 }()),
                                 30000);
        this->cut();
        QTRY_VERIFY_WITH_TIMEOUT(got.marks(logs::LogRecord::Kind::Resumed) >= 1, 60000);
        QTest::qWait(1000);
        source.stop();
        QVERIFY(!got.anyTextContains(kToken));
        QVERIFY(!got.anyTextContains(kToken.left(12))); // not even cut in pieces
        bool masked = false;
        for (const logs::LogRecord& r : got.records)
            masked = masked || (r.origin == u"leaker"_s &&
                                r.text == u"token="_s + plan::SecretMask::mask() + u" end"_s);
        QVERIFY(masked);
        QCOMPARE(test::checkConsecutive(got.numbers(u"line "_s, u"counter"_s)), QString());
    }
};

QTEST_GUILESS_MAIN(TestLogsCompose)
#include "tst_logs_compose.moc"
