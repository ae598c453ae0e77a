// store::AuditLog's filtered, paged reads: server (any case), plan, result, time range, text
// (LIKE wildcards taken literally), hidden servers, keyset paging with no entry lost or twice,
// count, user and duration kept through the detail's first line, and the --since forms.
#include "store/AuditLog.h"
#include "store/AuditReader.h"
#include "store/Database.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace capataz;
using namespace capataz::store;
using namespace Qt::Literals::StringLiterals;

class TestAuditQuery : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    std::optional<AuditLog> m_log;
    const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());

    qint64 add(const QString& server, const QString& plan, const QString& status, int minutes,
               const QString& detail = {})
    {
        AuditEntry e;
        e.at = t0.addSecs(minutes * 60);
        e.server = server;
        e.plan = plan;
        e.step = u"firewall.enable"_s;
        e.action = u"apply"_s;
        e.status = status;
        e.detail = detail;
        auto id = m_log->append(e);
        return id ? *id : -1;
    }

    QList<qint64> ids(const AuditFilter& f) const
    {
        QList<qint64> out;
        auto rows = m_log->query(f, 0, 1000);
        if (rows)
            for (const auto& e : *rows)
                out << e.id;
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.path());
        QVERIFY(db.has_value());
        m_db.emplace(std::move(*db));
        m_log.emplace(*m_db);
    }

    void filters()
    {
        const qint64 a = add(u"web1"_s, u"Firewall"_s, u"ok"_s, 0, u"ufw enable\nexit 0"_s);
        const qint64 b = add(u"Web1"_s, u"Nginx"_s, u"failed"_s, 60, u"nginx -t: 50%_done"_s);
        const qint64 c = add(u"web2"_s, u"Firewall"_s, u"rollback-failed"_s, 120);
        const qint64 d = add(u"web2"_s, u"Nginx"_s, u"started"_s, 180);
        const qint64 e = add(u"web3"_s, u"Nginx"_s, u"skipped"_s, 240, u"already done"_s);
        QCOMPARE(ids({}), (QList<qint64>{e, d, c, b, a})); // newest first

        AuditFilter f;
        f.server = u"WEB1"_s; // profile names are case-insensitive
        QCOMPARE(ids(f), (QList<qint64>{b, a}));
        f = {};
        f.plan = u"Firewall"_s;
        QCOMPARE(ids(f), (QList<qint64>{c, a}));
        f = {};
        f.outcome = AuditOutcome::Failed;
        QCOMPARE(ids(f), (QList<qint64>{c, b}));
        f.outcome = AuditOutcome::Ok;
        QCOMPARE(ids(f), (QList<qint64>{e, a})); // "started" is neither
        f = {};
        f.since = t0.addSecs(60 * 60);
        f.until = t0.addSecs(180 * 60); // [since, until)
        QCOMPARE(ids(f), (QList<qint64>{c, b}));
        f.since = f.since.toTimeZone(QTimeZone(3600)); // any time spec
        QCOMPARE(ids(f), (QList<qint64>{c, b}));
        f = {};
        f.text = u"UFW"_s;
        QCOMPARE(ids(f), (QList<qint64>{a}));
        f.text = u"%_"_s; // literal, not wildcards
        QCOMPARE(ids(f), (QList<qint64>{b}));
        f.text = u"nginx"_s; // plan or detail
        QCOMPARE(ids(f), (QList<qint64>{e, d, b}));
        f = {};
        f.hiddenServers = {u"web2"_s, u"WEB3"_s};
        QCOMPARE(ids(f), (QList<qint64>{b, a}));
        f.outcome = AuditOutcome::Failed;
        QCOMPARE(m_log->count(f).value_or(-1), 1);
        QCOMPARE(m_log->count({}).value_or(-1), 5);

        const QStringList servers = m_log->servers().value_or(QStringList());
        QCOMPARE(servers.size(), 3); // web1 and Web1 are one server
        QCOMPARE(servers[0].toLower(), u"web1"_s);
        QCOMPARE(servers.mid(1), (QStringList{u"web2"_s, u"web3"_s}));
        QCOMPARE(m_log->plans().value_or(QStringList()), (QStringList{u"Firewall"_s, u"Nginx"_s}));
    }

    void paging()
    {
        QSqlDatabase c = m_db->connection();
        QVERIFY(c.transaction());
        for (int i = 0; i < 1234; ++i)
            QVERIFY(add(u"paged"_s, u"Bulk"_s, i % 3 ? u"ok"_s : u"failed"_s, 1000 + i) > 0);
        QVERIFY(c.commit());
        AuditFilter f;
        f.server = u"paged"_s;
        f.outcome = AuditOutcome::Failed;
        QList<qint64> seen;
        qint64 before = 0;
        for (;;) {
            auto page = m_log->query(f, before, 100);
            QVERIFY(page.has_value());
            if (page->isEmpty())
                break;
            QVERIFY(page->size() <= 100);
            for (const auto& e : *page) {
                QVERIFY(seen.isEmpty() || e.id < seen.constLast());
                QCOMPARE(e.status, u"failed"_s);
                seen << e.id;
            }
            before = page->constLast().id;
        }
        QCOMPARE(seen.size(), 412); // i = 0, 3, ..., 1233
        QCOMPARE(m_log->count(f).value_or(-1), 412);
    }

    void userAndDurationRoundTrip()
    {
        AuditEntry e;
        e.server = u"meta"_s;
        e.action = u"apply"_s;
        e.status = u"ok"_s;
        e.user = u"ana maría;ms=1"_s; // the separators inside a name stay in the name
        e.durationMs = 1234;
        e.detail = u"line 1\nline 2"_s;
        auto id = m_log->append(e);
        QVERIFY(id.has_value());
        AuditFilter f;
        f.server = u"meta"_s;
        auto rows = m_log->query(f);
        QVERIFY(rows && rows->size() == 1);
        e.id = *id;
        e.at = rows->front().at;
        QCOMPARE(rows->front(), e);
        f.text = u"line 2"_s;
        QCOMPARE(m_log->count(f).value_or(-1), 1);
    }

    void exitCode_data()
    {
        QTest::addColumn<QString>("detail");
        QTest::addColumn<int>("code");
        QTest::newRow("none") << u"wrote /etc/nginx/sites-available/api.conf"_s << -1;
        QTest::newRow("apply") << u"[apply] exit 0\nRule added\n"_s << 0;
        QTest::newRow("last wins") << u"[check] exit 1\n[apply] exit 0\n[verify] exit 3\n"_s << 3;
        QTest::newRow("not at a line start") << u"echo [apply] exit 7"_s << -1;
        QTest::newRow("output that looks alike") << u"[apply] exit 0\n[build] exit 9\n"_s << 0;
    }
    void exitCode()
    {
        QFETCH(QString, detail);
        QFETCH(int, code);
        QCOMPARE(auditExitCode(detail), code);
    }

    void summaryLine()
    {
        QCOMPARE(auditSummaryLine(u"[apply] exit 0\n\nRule added\nmore"_s), u"Rule added"_s);
        QCOMPARE(auditSummaryLine(u"  CommandFailed: x\n[apply] exit 1"_s), u"CommandFailed: x"_s);
        QCOMPARE(auditSummaryLine(u"[apply] exit 0\n"_s), QString());
    }

    void readerOnItsThread()
    {
        AuditReader reader(m_dir.path());
        QSignalSpy fetched(&reader, &AuditReader::fetched);
        QSignalSpy counted(&reader, &AuditReader::counted);
        AuditFilter f;
        f.server = u"paged"_s;
        const int first = reader.fetch(f, 0, 50);
        const int total = reader.count(f);
        QVERIFY(counted.wait(10000));
        QCOMPARE(fetched.size(), 1); // in the order asked
        QCOMPARE(fetched[0][0].toInt(), first);
        const auto page = fetched[0][1].value<Result<QList<AuditEntry>>>();
        QVERIFY(page && page->size() == 50);
        QCOMPARE(counted[0][0].toInt(), total);
        QCOMPARE(counted[0][1].value<Result<qint64>>().value_or(-1), 1234);
    }

    void since_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("secondsBefore"); // -1: an absolute time; -2: refused
        QTest::newRow("24h") << u"24h"_s << qint64(86400);
        QTest::newRow("7d") << u"7d"_s << qint64(7 * 86400);
        QTest::newRow("90m") << u"90m"_s << qint64(5400);
        QTest::newRow("2w") << u"2w"_s << qint64(14 * 86400);
        QTest::newRow("date") << u"2026-02-01"_s << qint64(-1);
        QTest::newRow("utc") << u"2026-02-01T10:00:00Z"_s << qint64(-1);
        QTest::newRow("words") << u"yesterday"_s << qint64(-2);
        QTest::newRow("unit missing") << u"24"_s << qint64(-2);
        QTest::newRow("empty") << QString() << qint64(-2);
    }
    void since()
    {
        QFETCH(QString, text);
        QFETCH(qint64, secondsBefore);
        auto r = parseAuditSince(text, t0);
        if (secondsBefore == -2) {
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
            return;
        }
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().detail));
        if (secondsBefore >= 0)
            QCOMPARE(r->secsTo(t0), secondsBefore);
        else
            QCOMPARE(r->date(), QDate(2026, 2, 1));
    }
};

QTEST_GUILESS_MAIN(TestAuditQuery)
#include "tst_auditquery.moc"
