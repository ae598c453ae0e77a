// settingsForProfile: a profile's ProxyJump chain becomes one connection per hop, in order.
#include "client/ProfileSettings.h"
#include "store/Database.h"
#include "store/ServerStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

namespace {

store::ServerProfile profile(const QString& name, const QString& host, const QString& jump = {})
{
    store::ServerProfile p;
    p.name = name;
    p.host = host;
    p.user = u"deploy"_s;
    p.jumpHost = jump;
    return p;
}

// "user@host:port" of every hop, first hop first, then the target.
QStringList chain(const ssh::ConnectionSettings& s)
{
    QStringList out;
    for (const ssh::ConnectionSettings* c = &s; c; c = c->jump.get())
        out.prepend(c->user + u'@' + c->host + u':' + QString::number(c->port));
    return out;
}

} // namespace

class TestProfileSettings : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<store::Database> m_db;
    std::optional<store::ServerStore> m_store;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = store::Database::open(m_dir.path());
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        m_db.emplace(std::move(*db));
        m_store.emplace(*m_db);
        QVERIFY(m_store->add(profile(u"bastion"_s, u"gw.example.org"_s)));
        QVERIFY(m_store->add(profile(u"inner"_s, u"10.0.0.2"_s, u"bastion"_s)));
        QVERIFY(m_store->add(profile(u"loop-a"_s, u"a"_s, u"loop-b"_s)));
        QVERIFY(m_store->add(profile(u"loop-b"_s, u"b"_s, u"loop-a"_s)));
    }

    void chains_data()
    {
        QTest::addColumn<QString>("jump");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << QString() << QStringList{u"deploy@target:22"_s};
        QTest::newRow("one spec") << u"ops@hop:2200"_s
                                  << QStringList{u"ops@hop:2200"_s, u"deploy@target:22"_s};
        QTest::newRow("ssh's a,b@c:2200")
            << u"a,b@c:2200"_s << QStringList{u"deploy@a:22"_s, u"b@c:2200"_s, u"deploy@target:22"_s};
        QTest::newRow("profile then spec")
            << u"bastion, ops@db.internal"_s
            << QStringList{u"deploy@gw.example.org:22"_s, u"ops@db.internal:22"_s, u"deploy@target:22"_s};
        QTest::newRow("profile with its own jump, first")
            << u"inner"_s
            << QStringList{u"deploy@gw.example.org:22"_s, u"deploy@10.0.0.2:22"_s, u"deploy@target:22"_s};
        QTest::newRow("eight hops") << u"h1,h2,h3,h4,h5,h6,h7,h8"_s
                                    << QStringList{
                                           u"deploy@h1:22"_s, u"deploy@h2:22"_s, u"deploy@h3:22"_s,
                                           u"deploy@h4:22"_s, u"deploy@h5:22"_s, u"deploy@h6:22"_s,
                                           u"deploy@h7:22"_s, u"deploy@h8:22"_s, u"deploy@target:22"_s};
    }
    void chains()
    {
        QFETCH(QString, jump);
        QFETCH(QStringList, expected);
        auto s = client::settingsForProfile(profile(u"target"_s, u"target"_s, jump), &*m_store, {},
                                            ssh::HostKeyPolicy::Strict);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        QCOMPARE(chain(*s), expected);
        // Every hop checks its own host key against the same files and policy.
        for (const ssh::ConnectionSettings* c = s->jump.get(); c; c = c->jump.get()) {
            QCOMPARE(c->hostKeyPolicy, ssh::HostKeyPolicy::Strict);
            QCOMPARE(c->knownHostsWriteFile, s->knownHostsWriteFile);
            QCOMPARE(c->sudo, remote::SudoMode::None);
        }
    }

    void refused_data()
    {
        QTest::addColumn<QString>("jump");
        QTest::newRow("nine hops") << u"h1,h2,h3,h4,h5,h6,h7,h8,h9"_s;
        QTest::newRow("loop") << u"loop-a"_s;
        QTest::newRow("itself") << u"target"_s;
        QTest::newRow("profile with jumps after the first hop") << u"bastion,inner"_s;
        QTest::newRow("bad port") << u"a,b:99999"_s;
    }
    void refused()
    {
        QFETCH(QString, jump);
        QVERIFY(m_store->add(profile(u"target"_s, u"target"_s, jump)));
        auto stored = m_store->get(u"target"_s);
        QVERIFY(stored);
        auto s = client::settingsForProfile(*stored, &*m_store, {}, ssh::HostKeyPolicy::Ask);
        QVERIFY(m_store->remove(u"target"_s));
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestProfileSettings)
#include "tst_profilesettings.moc"
