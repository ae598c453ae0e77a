// store::AuditLog: migration 2, append and list (per server, newest first, limit).
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace capataz;
using namespace capataz::store;
using namespace Qt::Literals::StringLiterals;

class TestAuditLog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<Database> m_db;

    static AuditEntry entry(const QString& server, const QString& step, const QString& status)
    {
        AuditEntry e;
        e.server = server;
        e.plan = u"Firewall"_s;
        e.step = step;
        e.action = u"apply"_s;
        e.status = status;
        return e;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.path());
        QVERIFY(db.has_value());
        m_db.emplace(std::move(*db));
        QVERIFY(Database::latestSchemaVersion() >= 2);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'audit'"_s));
        QVERIFY(q.next());
    }

    void appendAndList()
    {
        AuditLog log(*m_db);
        const QDateTime at = QDateTime(QDate(2026, 3, 1), QTime(12, 30, 45, 123), QTimeZone::utc());
        AuditEntry first = entry(u"web1"_s, u"firewall.allow-ssh"_s, u"ok"_s);
        first.at = at;
        first.detail = u"exit 0\nRule added\n"_s;
        auto id1 = log.append(first);
        QVERIFY(id1.has_value());
        auto id2 = log.append(entry(u"web2"_s, u"firewall.enable"_s, u"ok"_s));
        auto id3 = log.append(entry(u"web1"_s, u"firewall.enable"_s, u"failed"_s)); // `at` now, step given
        QVERIFY(id2 && id3);
        QVERIFY(*id1 < *id3);

        auto web1 = log.list(u"web1"_s, 10);
        QVERIFY(web1.has_value());
        QCOMPARE(web1->size(), 2);
        QCOMPARE(web1->at(0).id, *id3); // newest first
        QCOMPARE(web1->at(0).status, u"failed"_s);
        QVERIFY(web1->at(0).at.isValid());
        QCOMPARE(web1->at(0).at.timeSpec(), Qt::TimeZone);
        QVERIFY(qAbs(web1->at(0).at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        AuditEntry expected = first;
        expected.id = *id1;
        QCOMPARE(web1->at(1), expected);

        QCOMPARE(log.list(u"web1"_s, 1)->size(), 1);
        QCOMPARE(log.list(QString(), 10)->size(), 3); // every server
        QCOMPARE(log.list(u"nobody"_s, 10)->size(), 0);
    }

    void nullFieldsAreStoredEmpty()
    {
        AuditLog log(*m_db);
        AuditEntry e;
        e.action = u"run"_s;
        e.status = u"started"_s;
        auto id = log.append(e);
        QVERIFY2(id.has_value(), qPrintable(id ? QString() : id.error().toString()));
        const auto rows = log.list(QString(), 1);
        QCOMPARE(rows->front().server, QString());
        QCOMPARE(rows->front().step, QString());
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
