// LineSplitter on hostile input: characters split across chunks, invalid UTF-8, CR/LF mixes,
// progress bars, escape sequences (kept as colours or dropped), huge lines.
#include "exec/LineSplitter.h"

#include <QTest>

using namespace capataz;
using namespace capataz::exec;
using namespace Qt::Literals::StringLiterals;

namespace {
// One line as the test tables write it: its index, its text, and "+r" when it redraws the
// previous line, "+o" when it is open, "+c" when it was cut.
QString show(const Line& l)
{
    QString s = u"%1:%2"_s.arg(l.index.get()).arg(l.text);
    if (l.replacesPrevious)
        s += u"+r"_s;
    if (l.open)
        s += u"+o"_s;
    if (l.cut)
        s += u"+c"_s;
    return s;
}

QStringList splitAll(const QList<QByteArray>& chunks, LineSplitter::Options options = {})
{
    LineSplitter s(Channel::Stdout, options);
    LineBatch out;
    for (const QByteArray& c : chunks)
        s.feed(c, out);
    s.finish(out);
    QStringList shown;
    for (const Line& l : out)
        shown << show(l);
    return shown;
}

// Every way of cutting `bytes` in two.
QList<QList<QByteArray>> everySplit(const QByteArray& bytes)
{
    QList<QList<QByteArray>> all;
    for (qsizetype i = 0; i <= bytes.size(); ++i)
        all.append({bytes.left(i), bytes.mid(i)});
    return all;
}
} // namespace

class TestLineSplitter : public QObject {
    Q_OBJECT
private slots:
    void lines_data()
    {
        QTest::addColumn<QList<QByteArray>>("chunks");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("plain") << QList<QByteArray>{"hello\n", "world\n"}
                               << QStringList{u"0:hello"_s, u"1:world"_s};
        QTest::newRow("no final newline") << QList<QByteArray>{"a\nb"} << QStringList{u"0:a"_s, u"1:b"_s};
        QTest::newRow("empty lines kept")
            << QList<QByteArray>{"\n\na\n"} << QStringList{u"0:"_s, u"1:"_s, u"2:a"_s};
        QTest::newRow("line split in many chunks")
            << QList<QByteArray>{"he", "l", "", "lo", "\n"} << QStringList{u"0:hello"_s};
        QTest::newRow("utf-8 split in two") << QList<QByteArray>{"\xc3", "\xb1"
                                                                         "and\xc3\xba\n"}
                                            << QStringList{u"0:ñandú"_s};
        QTest::newRow("emoji split in three")
            << QList<QByteArray>{"\xf0\x9f", "\x90", "\x84!"} << QStringList{u"0:🐄!"_s};
        QTest::newRow("emoji one byte at a time")
            << QList<QByteArray>{"\xf0", "\x9f", "\x90", "\x84", "\n"} << QStringList{u"0:🐄"_s};
        QTest::newRow("invalid utf-8") << QList<QByteArray>{"a\xff"
                                                            "b\n"}
                                       << QStringList{u"0:a\ufffdb"_s};
        QTest::newRow("stream ends inside a character")
            << QList<QByteArray>{"ok\xe2\x82"} << QStringList{u"0:ok\ufffd"_s};
        QTest::newRow("lead byte then ascii")
            << QList<QByteArray>{"\xe2", "x\n"} << QStringList{u"0:\ufffdx"_s};
        QTest::newRow("crlf") << QList<QByteArray>{"a\r\nb\r\n"} << QStringList{u"0:a"_s, u"1:b"_s};
        QTest::newRow("crlf split") << QList<QByteArray>{"a\r", "\nb"} << QStringList{u"0:a"_s, u"1:b"_s};
        QTest::newRow("cr cr lf is one end")
            << QList<QByteArray>{"a\r\r\nb\n"} << QStringList{u"0:a"_s, u"1:b"_s};
        QTest::newRow("lf cr lf") << QList<QByteArray>{"a\n\r\nb\n"}
                                  << QStringList{u"0:a"_s, u"1:"_s, u"2:b"_s};
        QTest::newRow("progress bar redraws one line")
            << QList<QByteArray>{"10%\r20%\r", "30%\n", "done\n"}
            << QStringList{u"0:10%"_s, u"0:20%+r"_s, u"0:30%+r"_s, u"1:done"_s};
        QTest::newRow("cr then erase line")
            << QList<QByteArray>{"abc\r\x1b[K\n"} << QStringList{u"0:abc"_s, u"0:+r"_s};
        QTest::newRow("cr at the very end") << QList<QByteArray>{"abc\r"} << QStringList{u"0:abc"_s};
        QTest::newRow("csi dropped") << QList<QByteArray>{"\x1b[2K\x1b[1Gdone\n"} << QStringList{u"0:done"_s};
        QTest::newRow("csi split") << QList<QByteArray>{"a\x1b", "[3", "8;5;2", "00mb\n"}
                                   << QStringList{u"0:ab"_s};
        QTest::newRow("csi private") << QList<QByteArray>{"\x1b[?25lx\x1b[?25h\n"} << QStringList{u"0:x"_s};
        QTest::newRow("osc title bel")
            << QList<QByteArray>{"\x1b]0;my title\x07text\n"} << QStringList{u"0:text"_s};
        QTest::newRow("osc title st split")
            << QList<QByteArray>{"\x1b]2;t", "\x1b", "\\text\n"} << QStringList{u"0:text"_s};
        QTest::newRow("osc with a newline inside")
            << QList<QByteArray>{"\x1b]0;a\nb\x07z\n"} << QStringList{u"0:z"_s};
        QTest::newRow("charset") << QList<QByteArray>{"\x1b(Bx\x1b"
                                                      "7y\n"}
                                 << QStringList{u"0:xy"_s};
        QTest::newRow("controls dropped") << QList<QByteArray>{QByteArrayLiteral("a\bb\x07"
                                                                                 "c\x00"
                                                                                 "d\n")}
                                          << QStringList{u"0:abcd"_s};
        QTest::newRow("tabs kept") << QList<QByteArray>{"a\tb\n"} << QStringList{u"0:a\tb"_s};
        QTest::newRow("malformed csi shows what follows")
            << QList<QByteArray>{"\x1b[1\x01x\n"} << QStringList{u"0:x"_s};
    }
    void lines()
    {
        QFETCH(QList<QByteArray>, chunks);
        QFETCH(QStringList, lines);
        QCOMPARE(splitAll(chunks), lines);
        // The same bytes cut at every other place give the same lines.
        const QByteArray all = chunks.join();
        for (const QList<QByteArray>& two : everySplit(all))
            QCOMPARE(splitAll(two), lines);
        QList<QByteArray> bytes;
        for (char c : all)
            bytes.append(QByteArray(1, c));
        QCOMPARE(splitAll(bytes), lines);
    }

    void strayEscapeDoesNotSwallowTheRest()
    {
        QByteArray input = "start \x1b]"; // an OSC that never ends
        input += QByteArray(10000, 'x');
        input += "\nend\n";
        const QStringList got = splitAll({input});
        QCOMPARE(got.size(), 2);
        QVERIFY2(got[0].endsWith(u"xxxx"_s), qPrintable(got[0].left(40)));
        QCOMPARE(got[1], u"1:end"_s);
    }

    void hugeLinesAreCutNeverDropped()
    {
        LineSplitter::Options o;
        o.maxLineLength = 100;
        QByteArray input(250, 'x');
        input += "\nshort\n";
        const QStringList got = splitAll({input.left(7), input.mid(7)}, o);
        QCOMPARE(got, (QStringList{u"0:%1+c"_s.arg(QString(100, u'x')), u"1:%1+c"_s.arg(QString(100, u'x')),
                                   u"2:%1"_s.arg(QString(50, u'x')), u"3:short"_s}));
    }

    void cutNeverSplitsACharacter()
    {
        LineSplitter::Options o;
        o.maxLineLength = 16;
        QByteArray input = QByteArray(15, 'a') + "\xf0\x9f\x90\x84" + "b\n"; // the cow straddles 16
        LineSplitter s(Channel::Stdout, o);
        LineBatch out;
        s.feed(input, out);
        s.finish(out);
        QCOMPARE(out.size(), 2);
        QCOMPARE(out[0].text, QString(15, u'a'));
        QVERIFY(out[0].cut);
        QCOMPARE(out[1].text, u"🐄b"_s);
    }

    void megabyteWithoutNewlineStaysBounded()
    {
        LineSplitter s;
        LineBatch out;
        const QByteArray chunk(64 * 1024, 'z');
        for (int i = 0; i < 16; ++i)
            s.feed(chunk, out);
        s.finish(out);
        qsizetype total = 0;
        for (const Line& l : out) {
            QVERIFY(l.text.size() <= 8192);
            total += l.text.size();
        }
        QCOMPARE(total, 16 * 64 * 1024);
        QCOMPARE(s.lineCount().get(), out.size());
        QCOMPARE(s.bytesFed().get(), 16 * 64 * 1024);
    }

    void coloursBecomeSpans()
    {
        LineSplitter s;
        LineBatch out;
        s.feed("plain \x1b[1;31mred bold\x1b[0m \x1b[38;5;208morange\x1b[39m end\n"
               "\x1b[38;2;10;20;30mrgb\x1b[m\n",
               out);
        s.finish(out);
        QCOMPARE(out.size(), 2);
        QCOMPARE(out[0].text, u"plain red bold orange end"_s);
        QCOMPARE(out[0].spans.size(), 2);
        const StyleSpan red = out[0].spans[0];
        QCOMPARE(out[0].text.mid(red.start, red.length), u"red bold"_s);
        QCOMPARE(red.style.foreground, TermColor::indexed(1));
        QVERIFY(red.style.has(TextStyle::Bold));
        const StyleSpan orange = out[0].spans[1];
        QCOMPARE(out[0].text.mid(orange.start, orange.length), u"orange"_s);
        QCOMPARE(orange.style.foreground, TermColor::indexed(208));
        QVERIFY(!orange.style.has(TextStyle::Bold));
        QCOMPARE(out[1].spans.size(), 1);
        QCOMPARE(out[1].spans[0].style.foreground, TermColor::rgb(10, 20, 30));
        QCOMPARE(out[1].spans[0].length, 3);
    }

    void colourCarriesOverLinesAndChunks()
    {
        LineSplitter s;
        LineBatch out;
        s.feed("\x1b[3", out);
        s.feed("2mgreen\nstill\x1b[0m plain\n", out);
        s.finish(out);
        QCOMPARE(out.size(), 2);
        QCOMPARE(out[0].spans, (QList<StyleSpan>{{0, 5, TextStyle{TermColor::indexed(2), {}, 0}}}));
        QCOMPARE(out[1].text, u"still plain"_s);
        QCOMPARE(out[1].spans, (QList<StyleSpan>{{0, 5, TextStyle{TermColor::indexed(2), {}, 0}}}));
    }

    void coloursColonFormAndBright()
    {
        LineSplitter s;
        LineBatch out;
        s.feed("\x1b[38:2::1:2:3ma\x1b[92;44mb\x1b[0m\n", out);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].spans.size(), 2);
        QCOMPARE(out[0].spans[0].style.foreground, TermColor::rgb(1, 2, 3));
        QCOMPARE(out[0].spans[1].style.foreground, TermColor::indexed(10));
        QCOMPARE(out[0].spans[1].style.background, TermColor::indexed(4));
    }

    void coloursStrippedWhenAsked()
    {
        LineSplitter s(Channel::Stderr, LineSplitter::Options{8192, false});
        LineBatch out;
        s.feed("\x1b[31mred\x1b[0m\n", out);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].text, u"red"_s);
        QVERIFY(out[0].spans.isEmpty());
        QCOMPARE(out[0].channel, Channel::Stderr);
    }

    void openLineIsReplacedByTheWholeLine()
    {
        LineSplitter s;
        LineBatch out;
        s.feed("Continue? [y/N] ", out);
        QVERIFY(out.isEmpty());
        s.takeOpen(out);
        QCOMPARE(out.size(), 1);
        QCOMPARE(show(out[0]), u"0:Continue? [y/N] +o"_s);
        s.takeOpen(out); // unchanged: nothing new
        QCOMPARE(out.size(), 1);
        s.feed("n\nnext", out);
        QCOMPARE(show(out[1]), u"0:Continue? [y/N] n+r"_s);
        s.takeOpen(out);
        QCOMPARE(show(out[2]), u"1:next+o"_s);
        s.finish(out);
        QCOMPARE(show(out[3]), u"1:next+r"_s);
        QCOMPARE(s.lineCount(), LineCount(2));
    }

    void lineCountCountsRedrawsOnce()
    {
        LineSplitter s;
        LineBatch out;
        s.feed("a\r b\r c\nd\n", out);
        s.finish(out);
        QCOMPARE(s.lineCount(), LineCount(2));
        QCOMPARE(out.size(), 4);
    }

    void strongTypes()
    {
        const LineIndex first(10);
        const LineIndex last = first + LineCount(5);
        QCOMPARE(last.get(), 15);
        QCOMPARE(last - first, LineCount(5));
        QCOMPARE(countThrough(last), LineCount(16));
        QVERIFY(first < last);
        QCOMPARE(ByteOffset(100) + ByteCount(28), ByteOffset(128));
        // LineIndex + LineIndex, LineIndex == LineCount and LineCount + ByteCount do not compile.
        static_assert(!std::is_convertible_v<LineCount, LineIndex>);
        static_assert(!std::is_convertible_v<qint64, LineIndex>);
        static_assert(!std::is_convertible_v<ByteCount, LineCount>);
    }
};

QTEST_GUILESS_MAIN(TestLineSplitter)
#include "tst_linesplitter.moc"
