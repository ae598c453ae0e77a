// ServerStore, with the Database, ServerProfile and data directory rules it stands on.
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
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(capataz::store::ServerProfile)

namespace {

// QVERIFY2 evaluates its message even on success: only describe failures.
template <typename T> QByteArray why(const std::expected<T, Error>& r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}

ServerProfile sampleProfile(const QString& name)
{
    ServerProfile p;
    p.name = name;
    p.host = name + u".example.org"_s;
    p.user = u"deploy"_s;
    return p;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A raw QtSql connection, for looking at (or tampering with) the file behind Database's back.
class RawConnection {
public:
    explicit RawConnection(const QString& file)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(file);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant scalar(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    bool exec(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }

private:
    QString m_name = u"tst-raw"_s;
};

} // namespace

class TestServerStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addListGet();
    void getMissing();
    void addSetsIdAndTimes();
    void addDuplicate_data();
    void addDuplicate();
    void validation_data();
    void validation();
    void enumNames();
    void update();
    void updateRename();
    void updateErrors();
    void remove();
    void allFieldsRoundTrip();

    void schemaVersionSet();
    void reopenKeepsData();
    void newerSchemaRefused();
    void missingDirectory();
    void notADatabase();
    void moveAndTwoConnections();

    void dataDirPrecedence_data();
    void dataDirPrecedence();
    void dataDirRelativeMadeAbsolute();
    void dataDirCreatedOwnerOnly();
    void dataDirIsAFile();

private:
    std::optional<QTemporaryDir> m_tmp;
    std::optional<Database> m_db;
    QByteArray m_savedEnv;
    bool m_hadEnv = false;
};

void TestServerStore::initTestCase()
{
    QCoreApplication::setOrganizationName(u"Capataz"_s);
    QCoreApplication::setApplicationName(u"capataz"_s);
    QStandardPaths::setTestModeEnabled(true); // never the user's real data directory
    m_hadEnv = qEnvironmentVariableIsSet("CAPATAZ_DATA_DIR");
    m_savedEnv = qgetenv("CAPATAZ_DATA_DIR");
}

void TestServerStore::init()
{
    m_tmp.emplace();
    QVERIFY(m_tmp->isValid());
    auto db = Database::open(m_tmp->path());
    QVERIFY2(db, why(db).constData());
    m_db.emplace(std::move(*db));
}

void TestServerStore::cleanup()
{
    m_db.reset();
    m_tmp.reset();
    setDataDirectoryOverride({});
    if (m_hadEnv)
        qputenv("CAPATAZ_DATA_DIR", m_savedEnv);
    else
        qunsetenv("CAPATAZ_DATA_DIR");
}

void TestServerStore::addListGet()
{
    ServerStore store(*m_db);
    auto web = store.add(sampleProfile(u"web"_s));
    QVERIFY2(web, why(web).constData());
    auto db = store.add(sampleProfile(u"db"_s));
    QVERIFY2(db, why(db).constData());
    auto alpha = store.add(sampleProfile(u"Alpha"_s));
    QVERIFY2(alpha, why(alpha).constData());

    auto all = store.list();
    QVERIFY2(all, why(all).constData());
    QStringList names;
    for (const ServerProfile& p : *all)
        names << p.name;
    QCOMPARE(names, (QStringList{u"Alpha"_s, u"db"_s, u"web"_s})); // by name, case-insensitively

    auto got = store.get(u"web");
    QVERIFY2(got, why(got).constData());
    QCOMPARE(*got, *web);
    QCOMPARE(got->host, u"web.example.org"_s);

    auto anyCase = store.get(u"WEB");
    QVERIFY2(anyCase, why(anyCase).constData());
    QCOMPARE(anyCase->name, u"web"_s);
}

void TestServerStore::getMissing()
{
    ServerStore store(*m_db);
    auto got = store.get(u"nowhere");
    QVERIFY(!got);
    QCOMPARE(got.error().code, ErrorCode::NotFound);
    auto all = store.list();
    QVERIFY2(all, why(all).constData());
    QVERIFY(all->isEmpty());
}

void TestServerStore::addSetsIdAndTimes()
{
    ServerStore store(*m_db);
    ServerProfile p = sampleProfile(u"web"_s);
    p.id = 4242; // ignored
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    auto added = store.add(p);
    QVERIFY2(added, why(added).constData());
    QVERIFY(added->id > 0);
    QVERIFY(added->id != 4242);
    QVERIFY(added->created.isValid());
    QCOMPARE(added->created, added->updated);
    QVERIFY(added->created >= before);
    QVERIFY(added->created <= QDateTime::currentDateTimeUtc());

    auto second = store.add(sampleProfile(u"db"_s));
    QVERIFY2(second, why(second).constData());
    QVERIFY(second->id != added->id);
}

void TestServerStore::addDuplicate_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("same name") << u"web"_s << u"web"_s;
    QTest::newRow("other case") << u"web"_s << u"WEB"_s;
    QTest::newRow("mixed case") << u"Prod-1"_s << u"prod-1"_s;
}

void TestServerStore::addDuplicate()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    ServerStore store(*m_db);
    auto a = store.add(sampleProfile(first));
    QVERIFY2(a, why(a).constData());
    ServerProfile other = sampleProfile(second);
    other.host = u"other.example.org"_s;
    auto b = store.add(other);
    QVERIFY(!b);
    QCOMPARE(b.error().code, ErrorCode::AlreadyExists);

    auto all = store.list();
    QVERIFY2(all, why(all).constData());
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->front().host, a->host); // the first one is untouched
}

void TestServerStore::validation_data()
{
    QTest::addColumn<ServerProfile>("profile");
    QTest::addColumn<QString>("badField"); // empty = valid

    // Each row changes one thing in a valid profile.
    auto row = [](const char* tag, const QString& badField, auto change) {
        ServerProfile p = sampleProfile(u"web"_s);
        change(p);
        QTest::newRow(tag) << p << badField;
    };
    using P = ServerProfile&;
    const QString ok;
    row("valid", ok, [](P) {});
    row("letters digits . _ -", ok, [](P p) { p.name = u"web-1.prod_A"_s; });
    row("starts with digit", ok, [](P p) { p.name = u"1web"_s; });
    row("64 characters", ok, [](P p) { p.name = QString(64, u'a'); });
    row("empty name", u"name"_s, [](P p) { p.name.clear(); });
    row("65 characters", u"name"_s, [](P p) { p.name = QString(65, u'a'); });
    row("space in name", u"name"_s, [](P p) { p.name = u"my server"_s; });
    row("slash in name", u"name"_s, [](P p) { p.name = u"a/b"_s; });
    row("colon in name", u"name"_s, [](P p) { p.name = u"a:b"_s; });
    row("non-ascii letter", u"name"_s, [](P p) { p.name = u"peña"_s; });
    row("dot dot", u"name"_s, [](P p) { p.name = u".."_s; });
    row("leading dash", u"name"_s, [](P p) { p.name = u"-web"_s; });
    row("empty host", u"host"_s, [](P p) { p.host.clear(); });
    row("blank host", u"host"_s, [](P p) { p.host = u"  "_s; });
    row("port 0", u"port"_s, [](P p) { p.port = 0; });
    row("port -1", u"port"_s, [](P p) { p.port = -1; });
    row("port 65536", u"port"_s, [](P p) { p.port = 65536; });
    row("port 1", ok, [](P p) { p.port = 1; });
    row("port 65535", ok, [](P p) { p.port = 65535; });
    row("empty user", u"user"_s, [](P p) { p.user.clear(); });
    row("key file without path", u"keyPath"_s, [](P p) { p.auth = AuthMethod::KeyFile; });
    row("key file with path", ok, [](P p) {
        p.auth = AuthMethod::KeyFile;
        p.keyPath = u"~/.ssh/id_ed25519"_s;
    });
    row("password, no key path", ok, [](P p) { p.auth = AuthMethod::Password; });
    row("keyboard-interactive", ok, [](P p) { p.auth = AuthMethod::KeyboardInteractive; });
}

void TestServerStore::validation()
{
    QFETCH(ServerProfile, profile);
    QFETCH(QString, badField);

    const VoidResult valid = profile.validate();
    ServerStore store(*m_db);
    auto added = store.add(profile);
    auto all = store.list();
    QVERIFY2(all, why(all).constData());
    if (badField.isEmpty()) {
        QVERIFY2(valid, why(valid).constData());
        QVERIFY2(added, why(added).constData());
        QCOMPARE(all->size(), 1);
        return;
    }
    QVERIFY(!valid);
    QCOMPARE(valid.error().code, ErrorCode::InvalidArgument);
    QVERIFY2(valid.error().detail.startsWith(badField + u':'), qPrintable(valid.error().detail));
    QVERIFY(!added);
    QCOMPARE(added.error().code, ErrorCode::InvalidArgument);
    QVERIFY(all->isEmpty()); // nothing stored
}

void TestServerStore::enumNames()
{
    const QList<std::pair<AuthMethod, QString>> auths{
        {AuthMethod::Agent, u"agent"_s},
        {AuthMethod::KeyFile, u"key"_s},
        {AuthMethod::Password, u"password"_s},
        {AuthMethod::KeyboardInteractive, u"keyboard-interactive"_s}};
    for (const auto& [method, name] : auths) {
        QCOMPARE(authMethodName(method), name);
        QCOMPARE(authMethodFromName(name), std::optional(method));
    }
    const QList<std::pair<Role, QString>> roles{
        {Role::Admin, u"admin"_s}, {Role::Support, u"support"_s}, {Role::Owner, u"owner"_s}};
    for (const auto& [role, name] : roles) {
        QCOMPARE(roleName(role), name);
        QCOMPARE(roleFromName(name), std::optional(role));
    }
    QVERIFY(!authMethodFromName(u"Agent"));
    QVERIFY(!authMethodFromName(u""));
    QVERIFY(!roleFromName(u"root"));
}

void TestServerStore::update()
{
    ServerStore store(*m_db);
    auto added = store.add(sampleProfile(u"web"_s));
    QVERIFY2(added, why(added).constData());
    QTest::qWait(5); // `updated` must move forward

    ServerProfile changed = *added;
    changed.host = u"10.0.0.7"_s;
    changed.port = 2222;
    changed.role = Role::Support;
    changed.sudo = remote::SudoMode::Password;
    changed.created = QDateTime::fromSecsSinceEpoch(0, Qt::UTC); // ignored
    auto updated = store.update(changed);
    QVERIFY2(updated, why(updated).constData());

    auto got = store.get(u"web");
    QVERIFY2(got, why(got).constData());
    QCOMPARE(got->host, u"10.0.0.7"_s);
    QCOMPARE(got->port, 2222);
    QCOMPARE(got->role, Role::Support);
    QCOMPARE(got->sudo, remote::SudoMode::Password);
    QCOMPARE(got->id, added->id);
    QCOMPARE(got->created, added->created);
    QVERIFY(got->updated > added->updated);

    // id 0: found by name
    ServerProfile byName = sampleProfile(u"web"_s);
    byName.user = u"admin"_s;
    auto r = store.update(byName);
    QVERIFY2(r, why(r).constData());
    QCOMPARE(store.get(u"web")->user, u"admin"_s);
    QCOMPARE(store.list()->size(), 1);
}

void TestServerStore::updateRename()
{
    ServerStore store(*m_db);
    auto added = store.add(sampleProfile(u"web"_s));
    QVERIFY2(added, why(added).constData());
    ServerProfile renamed = *added;
    renamed.name = u"web-prod"_s;
    auto r = store.update(renamed);
    QVERIFY2(r, why(r).constData());
    QCOMPARE(store.get(u"web").error().code, ErrorCode::NotFound);
    auto got = store.get(u"web-prod");
    QVERIFY2(got, why(got).constData());
    QCOMPARE(got->id, added->id);

    // Changing only the case of one's own name is allowed.
    renamed.name = u"Web-Prod"_s;
    r = store.update(renamed);
    QVERIFY2(r, why(r).constData());
    QCOMPARE(store.get(u"web-prod")->name, u"Web-Prod"_s);
}

void TestServerStore::updateErrors()
{
    ServerStore store(*m_db);
    auto web = store.add(sampleProfile(u"web"_s));
    auto db = store.add(sampleProfile(u"db"_s));
    QVERIFY(web && db);

    ServerProfile clash = *db;
    clash.name = u"WEB"_s;
    auto r = store.update(clash);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::AlreadyExists);
    QCOMPARE(store.get(u"db")->host, db->host); // untouched

    ServerProfile invalid = *web;
    invalid.port = 0;
    r = store.update(invalid);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(store.get(u"web")->port, 22);

    ServerProfile gone = *web;
    gone.id = web->id + db->id + 100;
    gone.name = u"ghost"_s;
    r = store.update(gone);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotFound);

    r = store.update(sampleProfile(u"ghost"_s)); // id 0, unknown name
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QCOMPARE(store.list()->size(), 2);
}

void TestServerStore::remove()
{
    ServerStore store(*m_db);
    QVERIFY(store.add(sampleProfile(u"web"_s)));
    QVERIFY(store.add(sampleProfile(u"db"_s)));

    auto r = store.remove(u"web");
    QVERIFY2(r, why(r).constData());
    QCOMPARE(store.get(u"web").error().code, ErrorCode::NotFound);
    QCOMPARE(store.list()->size(), 1);
    QCOMPARE(store.list()->front().name, u"db"_s);

    r = store.remove(u"web");
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotFound);

    // The name is free again.
    auto again = store.add(sampleProfile(u"web"_s));
    QVERIFY2(again, why(again).constData());
}

void TestServerStore::allFieldsRoundTrip()
{
    ServerProfile p;
    p.name = u"ranch"_s;
    p.host = u"203.0.113.9"_s;
    p.port = 2200;
    p.user = u"ops"_s;
    p.auth = AuthMethod::KeyFile;
    p.keyPath = u"/home/ops/.ssh/id_ed25519"_s;
    p.jumpHost = u"bastion@gw.example.org:2222"_s;
    p.sudo = remote::SudoMode::NoPassword;
    p.projectDir = u"/srv/ranch"_s;
    p.role = Role::Owner;
    p.knownHostsFile = u"/home/ops/.ssh/known_hosts.ranch"_s;

    ServerProfile added;
    {
        ServerStore store(*m_db);
        auto r = store.add(p);
        QVERIFY2(r, why(r).constData());
        added = *r;
    }
    m_db.reset();
    auto reopened = Database::open(m_tmp->path());
    QVERIFY2(reopened, why(reopened).constData());
    ServerStore store(*reopened);
    auto got = store.get(u"ranch");
    QVERIFY2(got, why(got).constData());
    QCOMPARE(*got, added);
    p.id = added.id;
    p.created = added.created;
    p.updated = added.updated;
    QCOMPARE(*got, p);
    QCOMPARE(got->created.timeSpec(), Qt::UTC);
}

void TestServerStore::schemaVersionSet()
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

void TestServerStore::reopenKeepsData()
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

void TestServerStore::newerSchemaRefused()
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

void TestServerStore::missingDirectory()
{
    auto db = Database::open(QDir(m_tmp->path()).filePath(u"not-there"_s));
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::LocalFileError);
    QVERIFY(!QFileInfo::exists(QDir(m_tmp->path()).filePath(u"not-there"_s)));
}

void TestServerStore::notADatabase()
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

void TestServerStore::moveAndTwoConnections()
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

void TestServerStore::dataDirPrecedence_data()
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

void TestServerStore::dataDirPrecedence()
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

void TestServerStore::dataDirRelativeMadeAbsolute()
{
    setDataDirectoryOverride(u"some/../data"_s);
    QCOMPARE(dataDirectory(), QDir::current().absoluteFilePath(u"data"_s));
    setDataDirectoryOverride({});
    qputenv("CAPATAZ_DATA_DIR", "rel-data/");
    QCOMPARE(dataDirectory(), QDir::current().absoluteFilePath(u"rel-data"_s));
}

void TestServerStore::dataDirCreatedOwnerOnly()
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

void TestServerStore::dataDirIsAFile()
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

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
