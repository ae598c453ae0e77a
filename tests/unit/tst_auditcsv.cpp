// The audit log as CSV (store::auditcsv): RFC 4180 quoting of hostile cells (quotes, commas,
// newlines), the formula guard for cells a spreadsheet would run (=cmd, +, -, @), and a whole
// export read back by an RFC 4180 reader giving the same fields.
#include "store/AuditCsv.h"
#include "store/Database.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace capataz;
using namespace capataz::store;
using namespace Qt::Literals::StringLiterals;

namespace {
// A strict RFC 4180 reader: records of fields, CRLF between records.
QList<QStringList> readCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            fields << field;
            records << fields;
            fields.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}
} // namespace

class TestAuditCsv : public QObject {
    Q_OBJECT

private slots:
    void cell_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << u"ufw enable"_s << u"ufw enable"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quotes") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"line 1\nline 2"_s << u"\"line 1\nline 2\""_s;
        QTest::newRow("crlf") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
        QTest::newRow("formula") << u"=cmd|' /C calc'!A0"_s << u"'=cmd|' /C calc'!A0"_s;
        QTest::newRow("plus") << u"+1+1"_s << u"'+1+1"_s;
        QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("formula and comma")
            << u"=HYPERLINK(\"http://x\",\"y\")"_s << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
        QTest::newRow("inner equals") << u"a=b"_s << u"a=b"_s;
    }
    void cell()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(auditcsv::cell(in), out);
    }

    void wholeExportReadsBack()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        QVERIFY(db.has_value());
        AuditLog log(*db);
        AuditEntry hostile;
        hostile.at = QDateTime(QDate(2026, 3, 1), QTime(12, 30, 45, 123), QTimeZone::utc());
        hostile.server = u"web,1"_s;
        hostile.plan = u"=cmd|' /C calc'!A0"_s;
        hostile.step = u"env.file"_s;
        hostile.action = u"apply"_s;
        hostile.status = u"failed"_s;
        hostile.user = u"ana"_s;
        hostile.durationMs = 42;
        hostile.detail = u"$ echo \"x\"\r\n+ exit 1\n@here, -1"_s;
        QVERIFY(log.append(hostile).has_value());
        AuditEntry plain;
        plain.server = u"web2"_s;
        plain.action = u"run"_s;
        plain.status = u"ok"_s;
        QVERIFY(log.append(plain).has_value());

        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        auto n = auditcsv::write(log, {}, out);
        QVERIFY(n.has_value());
        QCOMPARE(*n, 2);
        const QString text = QString::fromUtf8(out.data());
        QVERIFY(text.endsWith(u"\r\n"_s));
        const QList<QStringList> records = readCsv(text);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0], auditcsv::header());
        for (const QStringList& r : records)
            QCOMPARE(r.size(), 11);
        QCOMPARE(records[1][3], u"web2"_s); // newest first
        QCOMPARE(records[1][8], QString()); // duration unknown
        const QStringList h = records[2];
        QCOMPARE(h[1], u"2026-03-01T12:30:45.123Z"_s);
        QCOMPARE(h[2], u"ana"_s);
        QCOMPARE(h[3], u"web,1"_s);
        QCOMPARE(h[4], u"'=cmd|' /C calc'!A0"_s); // shown as text, never run
        QCOMPARE(h[7], u"failed"_s);
        QCOMPARE(h[8], u"42"_s);
        QCOMPARE(h[9], QString());       // no "[apply] exit N" line in the detail
        QCOMPARE(h[10], hostile.detail); // every byte of it, newlines and quotes included
        QCOMPARE(records[1][9], QString());
        // Only the server filter's rows.
        AuditFilter f;
        f.server = u"web2"_s;
        QBuffer one;
        QVERIFY(one.open(QIODevice::WriteOnly));
        QCOMPARE(auditcsv::write(log, f, one).value_or(-1), 1);
        QCOMPARE(readCsv(QString::fromUtf8(one.data())).size(), 2);
        // The exit code of the last command the detail shows.
        AuditEntry commands = plain;
        commands.server = u"web3"_s;
        commands.detail = u"[apply] exit 0\nRule added\n[verify] exit 3\n[stderr] inactive\n"_s;
        QVERIFY(log.append(commands).has_value());
        f.server = u"web3"_s;
        QBuffer three;
        QVERIFY(three.open(QIODevice::WriteOnly));
        QCOMPARE(auditcsv::write(log, f, three).value_or(-1), 1);
        QCOMPARE(readCsv(QString::fromUtf8(three.data())).value(1).value(9), u"3"_s);
    }
};

QTEST_GUILESS_MAIN(TestAuditCsv)
#include "tst_auditcsv.moc"
