// unifiedDiff: the same output as `diff -u --label old --label new` (the expected texts were
// produced by GNU diff), plus properties for cases where several minimal diffs exist.
#include "plan/UnifiedDiff.h"

#include <QTest>

using namespace capataz::plan;
using namespace Qt::Literals::StringLiterals;

class TestPlanDiff : public QObject {
    Q_OBJECT

    // Rebuilds both texts from a diff that has a single hunk covering everything.
    static std::pair<QString, QString> sides(const QString& diff)
    {
        QString oldText;
        QString newText;
        const QStringList lines = diff.split(u'\n');
        for (qsizetype i = 3; i < lines.size(); ++i) { // skip ---, +++ and @@
            const QString& l = lines[i];
            if (l.isEmpty() || l.startsWith(u'\\'))
                continue;
            const QString text = l.mid(1) + u'\n';
            if (l[0] != u'+')
                oldText += text;
            if (l[0] != u'-')
                newText += text;
        }
        return {oldText, newText};
    }

private slots:
    void diff_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equal") << u"a\nb\n"_s << u"a\nb\n"_s << u""_s;
        QTest::newRow("both empty") << u""_s << u""_s << u""_s;
        QTest::newRow("append") << u"a\nb\n"_s << u"a\nb\nc\n"_s
                                << u"--- old\n+++ new\n@@ -1,2 +1,3 @@\n a\n b\n+c\n"_s;
        QTest::newRow("remove middle")
            << u"a\nb\nc\n"_s << u"a\nc\n"_s << u"--- old\n+++ new\n@@ -1,3 +1,2 @@\n a\n-b\n c\n"_s;
        QTest::newRow("change with context")
            << u"1\n2\n3\n4\n5\n6\n7\n8\n9\n"_s << u"1\n2\n3\n4\nfive\n6\n7\n8\n9\n"_s
            << u"--- old\n+++ new\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"_s;
        QTest::newRow("new file") << u""_s << u"x\ny\n"_s << u"--- old\n+++ new\n@@ -0,0 +1,2 @@\n+x\n+y\n"_s;
        QTest::newRow("emptied") << u"x\ny\n"_s << u""_s << u"--- old\n+++ new\n@@ -1,2 +0,0 @@\n-x\n-y\n"_s;
        QTest::newRow("final newline added")
            << u"a\nb"_s << u"a\nb\n"_s
            << u"--- old\n+++ new\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n"_s;
        QTest::newRow("no final newline both")
            << u"a\nb"_s << u"a\nc"_s
            << u"--- old\n+++ new\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"_s;
        QTest::newRow("two hunks")
            << u"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20\n"_s
            << u"1\nX\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\nX\n19\n20\n"_s
            << u"--- old\n+++ new\n@@ -1,5 +1,5 @@\n 1\n-2\n+X\n 3\n 4\n 5\n@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+X\n 19\n 20\n"_s;
        QTest::newRow("merged hunk")
            << u"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20\n"_s
            << u"1\n2\n3\n4\nX\n6\n7\n8\n9\n10\nX\n12\n13\n14\n15\n16\n17\n18\n19\n20\n"_s
            << u"--- old\n+++ new\n@@ -2,13 +2,13 @@\n 2\n 3\n 4\n-5\n+X\n 6\n 7\n 8\n 9\n 10\n-11\n+X\n 12\n 13\n 14\n"_s;
        QTest::newRow("insert at start")
            << u"b\nc\n"_s << u"a\nb\nc\n"_s << u"--- old\n+++ new\n@@ -1,2 +1,3 @@\n+a\n b\n c\n"_s;
        QTest::newRow("replace block") << u"a\nb\nc\nd\n"_s << u"a\nx\ny\nd\n"_s
                                       << u"--- old\n+++ new\n@@ -1,4 +1,4 @@\n a\n-b\n-c\n+x\n+y\n d\n"_s;
        QTest::newRow("utf8 and crlf")
            << u"clave=ñandú\r\nx=1\r\n"_s << u"clave=ñandú\r\nx=2\r\n"_s
            << u"--- old\n+++ new\n@@ -1,2 +1,2 @@\n clave=ñandú\r\n-x=1\r\n+x=2\r\n"_s;
    }
    void diff()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        QFETCH(QString, expected);
        QCOMPARE(unifiedDiff(oldText, newText, u"old"_s, u"new"_s), expected);
    }

    void contextZero()
    {
        QCOMPARE(unifiedDiff(u"a\nb\nc\n"_s, u"a\nB\nc\n"_s, u"old"_s, u"new"_s, 0),
                 u"--- old\n+++ new\n@@ -2 +2 @@\n-b\n+B\n"_s);
    }

    void minimalOnRepeatedLines()
    {
        // Several minimal diffs exist: check that it is minimal (one removal, one addition)
        // and that it rebuilds both texts.
        const QString a = u"a\nb\na\nb\na\n"_s;
        const QString b = u"b\na\nb\na\nb\n"_s;
        const QString d = unifiedDiff(a, b, u"old"_s, u"new"_s);
        QCOMPARE(d.count(u"\n-"_s), 1);
        QCOMPARE(d.count(u"\n+"_s) - 1, 1); // "+++ new" counts once
        const auto [oldText, newText] = sides(d);
        QCOMPARE(oldText, a);
        QCOMPARE(newText, b);
    }

    void largeFileFallsBackButStaysCorrect()
    {
        // Beyond the LCS table limit the middle is replaced whole: still a correct diff.
        QString a;
        QString b;
        for (int i = 0; i < 3000; ++i) {
            a += QString::number(i) + u'\n';
            b += QString::number(i % 7 == 0 ? -i : i) + u'\n';
        }
        const QString d = unifiedDiff(a, b, u"old"_s, u"new"_s, 100000);
        const auto [oldText, newText] = sides(d);
        QCOMPARE(oldText, a);
        QCOMPARE(newText, b);
    }
};

QTEST_GUILESS_MAIN(TestPlanDiff)
#include "tst_plandiff.moc"
