// MongoDB backups against a STAND-IN: MongoDB cannot run on these machines (Debian has no
// package), so the compose service `mongodb` here is the test host's busybox image with a shell
// script named `mongodump` first on its PATH. The stand-in records the arguments and the config
// file it was given and writes a fixed gzip archive. What is tested is Capataz's side for real:
// the exact `docker compose exec -T mongodb mongodump --archive --gzip --db=...` it runs, the
// password passed through stdin into a config file (never argv) that is removed afterwards, the
// file, its manifest and its checksum. Not tested: a real mongodump's archive.
#include "TestHost.h"
#include "backup/BackupNaming.h"
#include "backup/BackupOps.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

using namespace capataz;
using namespace capataz::backup;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kProject = u"/srv/capataz-mongo-standin"_s;
const QString kDir = u"/var/backups/capataz/capataz_mongo_standin"_s;
const QString kPassword = u"Mongo-pw \"quoted\" \\ 5e7a0c"_s;

const char* kStandIn = R"(#!/bin/sh
# STAND-IN for mongodump (no MongoDB on the test machines): records what it was given and
# writes a fixed archive.
if [ "$1" = --version ]; then echo "mongodump version: stand-in 0"; exit 0; fi
printf '%s\n' "$@" > /tmp/stand-in-args
for a; do case $a in --config=*) cp "${a#--config=}" /tmp/stand-in-config ;; esac; done
printf 'fixed archive written by the mongodump stand-in\n' | gzip -c
)";
} // namespace

class TestBackupMongoStandIn : public QObject {
    Q_OBJECT
    const test::TestHost* th = nullptr;
    std::unique_ptr<ssh::Connection> m_conn;

    QByteArray inService(const QString& cmd)
    {
        return th->inside(u"cd "_s + kProject + u" && docker compose exec -T mongodb sh -c '"_s + cmd +
                          u"' 2>&1"_s);
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = test::TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        if (th->value(u"TH_DOCKER"_s) != u"1"_s)
            QSKIP("the test host runs no docker");
        const QString image = th->value(u"TH_IMAGE"_s);
        int rc = -1;
        th->inside(u"mkdir -p "_s + kProject + u"/stand-in && cd "_s + kProject +
                       u" && cat > stand-in/mongodump <<'EOF'\n"_s + QString::fromUtf8(kStandIn) +
                       u"EOF\nchmod 755 stand-in/mongodump && cat > docker-compose.yml <<'EOF'\n"
                       "services:\n  mongodb:\n    image: "_s +
                       image +
                       u"\n    command: [\"sleep\", \"600\"]\n    volumes:\n      - ./stand-in:/stand-in:ro\n"
                       "    environment:\n      PATH: /stand-in:/bin:/usr/bin:/sbin:/usr/sbin\nEOF\n"
                       "printf 'MONGO_USER=mongo\\nMONGODB_DB_NAME=cattle\\n' > .env && "
                       "printf 'MONGO_PASSWORD=\"%s\"\\n' 'Mongo-pw \\\"quoted\\\" \\\\ 5e7a0c' >> .env && "
                       "docker compose up -d >/dev/null 2>&1"_s,
                   &rc);
        QCOMPARE(rc, 0);
        QVERIFY(inService(u"command -v mongodump"_s).contains("/stand-in/mongodump"));
        m_conn = std::make_unique<ssh::Connection>(th->keySettings(u"ops"_s));
        QVERIFY2(test::connectAndWait(*m_conn), qPrintable(m_conn->lastError().toString()));
    }

    void mongodumpRunsWithPasswordOnStdin()
    {
        stack::RecipeBackupTarget t;
        t.kind = stack::RecipeBackupTarget::MongoDb;
        t.service = u"mongodb"_s;
        t.database = u"not_this_one"_s;
        t.databaseEnv = u"MONGODB_DB_NAME"_s;
        t.userEnv = u"MONGO_USER"_s;
        t.passwordEnv = u"MONGO_PASSWORD"_s;
        const plan::StepContext ctx{m_conn.get(), this, {}};
        std::optional<Result<QList<BackupSource>>> sources;
        std::optional<Result<Manifest>> made;
        QEventLoop loop;
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        resolveSources(ctx, {t}, kProject, u".env"_s, {u"-f"_s, u"docker-compose.yml"_s}, [&](auto r) {
            sources = r;
            if (!r) {
                loop.quit();
                return;
            }
            createBackup(ctx, r->first(), kDir, QDateTime::currentDateTimeUtc(), [&](Result<Manifest> m) {
                made = m;
                loop.quit();
            });
        });
        loop.exec();
        QVERIFY(sources && *sources);
        QCOMPARE(sources->value().first().password, kPassword); // the .env's quoting undone
        QVERIFY(made);
        QVERIFY2(*made, test::why(*made).constData());
        const Manifest& m = **made;
        QVERIFY(m.name.endsWith(u"-mongodb-cattle.archive.gz"_s));
        QCOMPARE(m.kind, u"mongodb"_s);
        QCOMPARE(m.database, u"cattle"_s);
        QVERIFY(m.tools.contains(u"mongodump version: stand-in 0"_s));
        // The file is the stand-in's archive, byte for byte, and its hash is in the manifest.
        QCOMPARE(th->inside(u"gzip -dc "_s + kDir + u'/' + m.name),
                 QByteArray("fixed archive written by the mongodump stand-in\n"));
        QCOMPARE(QString::fromLatin1(th->inside(u"sha256sum "_s + kDir + u'/' + m.name).left(64)), m.sha256);
        // The exact arguments: archive, gzip, the database and user from the .env; the password
        // only in a config file that is gone afterwards.
        const QByteArray args = inService(u"cat /tmp/stand-in-args"_s);
        QCOMPARE(args.split('\n').mid(0, 6),
                 (QList<QByteArray>{args.split('\n').value(0), "--archive", "--gzip", "--quiet",
                                    "--db=cattle", "--username=mongo"}));
        QVERIFY2(args.startsWith("--config=/tmp/"), args.constData());
        QVERIFY(!args.contains("5e7a0c"));
        QCOMPARE(inService(u"cat /tmp/stand-in-config"_s),
                 QByteArray("password: \"Mongo-pw \\\"quoted\\\" \\\\ 5e7a0c\"\n"));
        const QByteArray left = inService(u"ls /tmp"_s);
        QVERIFY2(!left.contains("tmp."), left.constData());
        QVERIFY(!th->inside(u"cat "_s + kDir + u"/*.json"_s).contains("5e7a0c"));
    }

    void cleanupTestCase()
    {
        if (th)
            th->inside(u"cd "_s + kProject + u" && docker compose down -t 0 >/dev/null 2>&1; rm -rf "_s +
                       kProject + u' ' + kDir);
    }
};

QTEST_GUILESS_MAIN(TestBackupMongoStandIn)
#include "tst_backup_mongo.moc"
