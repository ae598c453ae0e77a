// ServerStore and ServerProfile: adding, listing, validating, updating and removing profiles.
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

class TestServerStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

private slots:
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

private:
    StoreFixture m_fixture;
    std::optional<QTemporaryDir>& m_tmp = m_fixture.tmp;
    std::optional<Database>& m_db = m_fixture.db;
};

void TestServerStore::initTestCase()
{
    m_fixture.initTestCase();
}

void TestServerStore::init()
{
    QVERIFY2(m_fixture.open(), "the test database does not open");
}

void TestServerStore::cleanup()
{
    m_fixture.cleanup();
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

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
