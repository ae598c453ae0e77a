// Database (schema, migrations, refusing what it cannot read, connections) and the data directory rules.
#include "StoreTestSupport.h"
#include "store/DataDir.h"
#include "store/Database.h"
#include "store/ServerProfile.h"
#include "store/ServerStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace capataz;
using namespace capataz::store;
using namespace capataz::teststore;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(capataz::store::ServerProfile)

class TestDatabase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void schemaVersionSet();
    void reopenKeepsData();
    void newerSchemaRefused();
    void ownerReadsLogsMigratedAndKept();
    void prometheusUrlMigratedAndKept();
    void scrapeIntervalMigratedAndKept();
    void missingDirectory();
    void notADatabase();
    void moveAndTwoConnections();
    void dataDirPrecedence_data();
    void dataDirPrecedence();
    void dataDirRelativeMadeAbsolute();
    void dataDirCreatedOwnerOnly();
    void dataDirIsAFile();

private:
    StoreFixture m_fixture;
    std::optional<QTemporaryDir>& m_tmp = m_fixture.tmp;
    std::optional<Database>& m_db = m_fixture.db;
};

void TestDatabase::initTestCase()
{
    m_fixture.initTestCase();
}

void TestDatabase::init()
{
    QVERIFY2(m_fixture.open(), "the test database does not open");
}

void TestDatabase::cleanup()
{
    m_fixture.cleanup();
}

void TestDatabase::schemaVersionSet()
{
    QVERIFY(Database::latestSchemaVersion() >= 1);
    auto version = m_db->schemaVersion();
    QVERIFY2(version, why(version).constData());
    QCOMPARE(*version, Database::latestSchemaVersion());

    const QString file = QDir(m_tmp->path()).filePath(u"capataz.sqlite"_s);
    QCOMPARE(m_db->filePath(), file);
    QVERIFY(QFileInfo::exists(file));

    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'servers'"_s) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestDatabase::reopenKeepsData()
{
    {
        ServerStore store(*m_db);
        QVERIFY(store.add(sampleProfile(u"web"_s)));
        QVERIFY(store.add(sampleProfile(u"db"_s)));
    }
    m_db.reset();
    for (int round = 0; round < 2; ++round) {
        auto db = Database::open(m_tmp->path());
        QVERIFY2(db, why(db).constData());
        QCOMPARE(*db->schemaVersion(), Database::latestSchemaVersion());
        ServerStore store(*db);
        auto all = store.list();
        QVERIFY2(all, why(all).constData());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, u"db"_s);
        QCOMPARE(all->at(1).name, u"web"_s);
    }
}

void TestDatabase::newerSchemaRefused()
{
    {
        ServerStore store(*m_db);
        QVERIFY(store.add(sampleProfile(u"web"_s)));
    }
    m_db.reset();
    const QString file = QDir(m_tmp->path()).filePath(u"capataz.sqlite"_s);
    const int newer = Database::latestSchemaVersion() + 1;
    {
        RawConnection raw(file);
        QVERIFY(raw.exec(u"PRAGMA user_version = %1"_s.arg(newer)));
    } // closing the last connection checkpoints the WAL into the file
    const QByteArray before = readAll(file);
    QVERIFY(!before.isEmpty());
    const QDateTime modified = QFileInfo(file).lastModified();

    auto db = Database::open(m_tmp->path());
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::DatabaseError);
    QVERIFY2(db.error().detail.contains(QString::number(newer)), qPrintable(db.error().detail));
    QVERIFY2(db.error().detail.contains(QString::number(Database::latestSchemaVersion())),
             qPrintable(db.error().detail));

    QCOMPARE(readAll(file), before); // byte for byte
    QCOMPARE(QFileInfo(file).lastModified(), modified);
    RawConnection raw(file);
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), newer);
}

void TestDatabase::ownerReadsLogsMigratedAndKept()
{
    // A file from before migration 3 (no owner_reads_logs column): its profiles are kept, and
    // no owner reads logs until someone allows it.
    {
        ServerStore store(*m_db);
        ServerProfile owner = sampleProfile(u"jeweller"_s);
        owner.role = Role::Owner;
        QVERIFY(store.add(owner));
    }
    m_db.reset();
    const QString file = QDir(m_tmp->path()).filePath(u"capataz.sqlite"_s);
    {
        RawConnection raw(file);
        QVERIFY(raw.exec(u"ALTER TABLE servers DROP COLUMN scrape_interval_s"_s)); // migration 6's
        QVERIFY(raw.exec(u"DROP TABLE server_status"_s));                          // migration 5's
        QVERIFY(raw.exec(u"ALTER TABLE servers DROP COLUMN prometheus_url"_s));    // migration 4's
        QVERIFY(raw.exec(u"ALTER TABLE servers DROP COLUMN owner_reads_logs"_s));
        QVERIFY(raw.exec(u"PRAGMA user_version = 2"_s));
    }
    auto db = Database::open(m_tmp->path());
    QVERIFY2(db, why(db).constData());
    QCOMPARE(*db->schemaVersion(), Database::latestSchemaVersion());
    ServerStore store(*db);
    auto got = store.get(u"jeweller"_s);
    QVERIFY2(got, why(got).constData());
    QCOMPARE(got->role, Role::Owner);
    QVERIFY(!got->ownerReadsLogs);
    // Allowed, it is stored and read back.
    ServerProfile allowed = *got;
    allowed.ownerReadsLogs = true;
    QVERIFY(store.update(allowed));
    QVERIFY(store.get(u"jeweller"_s)->ownerReadsLogs);
}

void TestDatabase::prometheusUrlMigratedAndKept()
{
    // A file from before migration 4 (no prometheus_url column): its profiles are kept and
    // scrape as before (no Prometheus server) until one is given.
    {
        ServerStore store(*m_db);
        QVERIFY(store.add(sampleProfile(u"ranch"_s)));
    }
    m_db.reset();
    const QString file = QDir(m_tmp->path()).filePath(u"capataz.sqlite"_s);
    {
        RawConnection raw(file);
        QVERIFY(raw.exec(u"ALTER TABLE servers DROP COLUMN scrape_interval_s"_s)); // migration 6's
        QVERIFY(raw.exec(u"DROP TABLE server_status"_s));                          // migration 5's
        QVERIFY(raw.exec(u"ALTER TABLE servers DROP COLUMN prometheus_url"_s));
        QVERIFY(raw.exec(u"PRAGMA user_version = 3"_s));
    }
    auto db = Database::open(m_tmp->path());
    QVERIFY2(db, why(db).constData());
    QCOMPARE(*db->schemaVersion(), Database::latestSchemaVersion());
    ServerStore store(*db);
    auto got = store.get(u"ranch"_s);
    QVERIFY2(got, why(got).constData());
    QCOMPARE(got->prometheusUrl, QString());
    ServerProfile withProm = *got;
    withProm.prometheusUrl = u"http://127.0.0.1:9090"_s;
    QVERIFY(store.update(withProm));
    QCOMPARE(store.get(u"ranch"_s)->prometheusUrl, u"http://127.0.0.1:9090"_s);
    // A URL that parsePrometheusUrl refuses does not validate.
    withProm.prometheusUrl = u"https://127.0.0.1:9090"_s;
    QVERIFY(!withProm.validate());
    QVERIFY(withProm.validate().error().detail.startsWith(u"prometheusUrl: "_s));
}

void TestDatabase::scrapeIntervalMigratedAndKept()
{
    // A file from before migration 6: its profiles scrape every 15 s until told otherwise.
    {
        ServerStore store(*m_db);
        QVERIFY(store.add(sampleProfile(u"ranch"_s)));
    }
    m_db.reset();
    {
        RawConnection raw(QDir(m_tmp->path()).filePath(u"capataz.sqlite"_s));
        QVERIFY(raw.exec(u"ALTER TABLE servers DROP COLUMN scrape_interval_s"_s));
        QVERIFY(raw.exec(u"PRAGMA user_version = 5"_s));
    }
    auto db = Database::open(m_tmp->path());
    QVERIFY2(db, why(db).constData());
    QCOMPARE(*db->schemaVersion(), Database::latestSchemaVersion());
    ServerStore store(*db);
    auto got = store.get(u"ranch"_s);
    QVERIFY2(got, why(got).constData());
    QCOMPARE(got->scrapeIntervalS, 15);
    ServerProfile slower = *got;
    slower.scrapeIntervalS = 60;
    QVERIFY(store.update(slower));
    QCOMPARE(store.get(u"ranch"_s)->scrapeIntervalS, 60);
    // Outside 5 s .. 1 h: refused, with the field named.
    for (int bad : {0, 4, 3601}) {
        slower.scrapeIntervalS = bad;
        QVERIFY(!slower.validate());
        QVERIFY(slower.validate().error().detail.startsWith(u"scrapeIntervalS: "_s));
        QVERIFY(!store.update(slower));
    }
    QCOMPARE(store.get(u"ranch"_s)->scrapeIntervalS, 60);
}

void TestDatabase::missingDirectory()
{
    auto db = Database::open(QDir(m_tmp->path()).filePath(u"not-there"_s));
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::LocalFileError);
    QVERIFY(!QFileInfo::exists(QDir(m_tmp->path()).filePath(u"not-there"_s)));
}

void TestDatabase::notADatabase()
{
    QTemporaryDir dir;
    const QString file = QDir(dir.path()).filePath(u"capataz.sqlite"_s);
    const QByteArray garbage = QByteArray("this is not a database\n").repeated(200);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    auto db = Database::open(dir.path());
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::DatabaseError);
    QCOMPARE(readAll(file), garbage);
}

void TestDatabase::moveAndTwoConnections()
{
    Database moved = std::move(*m_db);
    QVERIFY(!m_db->isOpen());
    QVERIFY(moved.isOpen());
    m_db.reset(); // destroying a moved-from Database is harmless

    ServerStore store(moved);
    QVERIFY(store.add(sampleProfile(u"web"_s)));

    auto second = Database::open(m_tmp->path()); // another connection on the same file
    QVERIFY2(second, why(second).constData());
    QCOMPARE(ServerStore(*second).get(u"web")->name, u"web"_s);
    QVERIFY(ServerStore(*second).add(sampleProfile(u"db"_s)));
    QCOMPARE(store.list()->size(), 2);

    moved = std::move(*second); // move-assign closes the first connection
    QVERIFY(!second->isOpen());
    QCOMPARE(ServerStore(moved).list()->size(), 2);
}

void TestDatabase::dataDirPrecedence_data()
{
    QTest::addColumn<bool>("withOverride");
    QTest::addColumn<QString>("env");      // null = unset
    QTest::addColumn<QString>("expected"); // "override", "env" or "standard"
    QTest::newRow("nothing set") << false << QString() << u"standard"_s;
    QTest::newRow("empty env") << false << u""_s << u"standard"_s;
    QTest::newRow("env") << false << u"env"_s << u"env"_s;
    QTest::newRow("override") << true << QString() << u"override"_s;
    QTest::newRow("override beats env") << true << u"env"_s << u"override"_s;
}

void TestDatabase::dataDirPrecedence()
{
    QFETCH(bool, withOverride);
    QFETCH(QString, env);
    QFETCH(QString, expected);

    const QString overrideDir = QDir(m_tmp->path()).filePath(u"from-flag"_s);
    const QString envDir = QDir(m_tmp->path()).filePath(u"from-env"_s);
    if (withOverride)
        setDataDirectoryOverride(overrideDir);
    if (env.isNull())
        qunsetenv("CAPATAZ_DATA_DIR");
    else
        qputenv("CAPATAZ_DATA_DIR", env.isEmpty() ? QByteArray() : QFile::encodeName(envDir));

    const QString standard = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(standard.endsWith(u"Capataz/capataz"_s));
    const QString want = expected == u"override" ? overrideDir : expected == u"env" ? envDir : standard;
    QCOMPARE(dataDirectory(), QDir::cleanPath(want));

    setDataDirectoryOverride({}); // clearing falls back to the next source
    QCOMPARE(dataDirectory(), QDir::cleanPath(env.isEmpty() ? standard : envDir));
}

void TestDatabase::dataDirRelativeMadeAbsolute()
{
    setDataDirectoryOverride(u"some/../data"_s);
    QCOMPARE(dataDirectory(), QDir::current().absoluteFilePath(u"data"_s));
    setDataDirectoryOverride({});
    qputenv("CAPATAZ_DATA_DIR", "rel-data/");
    QCOMPARE(dataDirectory(), QDir::current().absoluteFilePath(u"rel-data"_s));
}

void TestDatabase::dataDirCreatedOwnerOnly()
{
    const QString dir = QDir(m_tmp->path()).filePath(u"nested/more/data"_s);
    setDataDirectoryOverride(dir);
    auto ensured = ensureDataDirectory();
    QVERIFY2(ensured, why(ensured).constData());
    QCOMPARE(*ensured, dir);
    const QFileInfo info(dir);
    QVERIFY(info.isDir());
    const auto ownerRwx = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    QCOMPARE(info.permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser), ownerRwx);

    // Again: already there, still fine, and a database opens in it.
    ensured = ensureDataDirectory();
    QVERIFY2(ensured, why(ensured).constData());
    auto db = Database::open(*ensured);
    QVERIFY2(db, why(db).constData());
}

void TestDatabase::dataDirIsAFile()
{
    const QString file = QDir(m_tmp->path()).filePath(u"plain-file"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    qputenv("CAPATAZ_DATA_DIR", QFile::encodeName(file));
    auto ensured = ensureDataDirectory();
    QVERIFY(!ensured);
    QCOMPARE(ensured.error().code, ErrorCode::LocalFileError);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
