// The console's line store (ConsoleLines) and the virtual view over it (ConsoleOutput), offscreen
// and without a test host: the caps and the note about dropped lines, UTF-8, colours as spans,
// what gets painted, selecting and copying, following the end vs staying where the user
// scrolled, and long lines scrolling sideways instead of widening the window.
#include "GuiTestSupport.h"
#include "console/ConsoleColors.h"
#include "console/ConsoleLines.h"
#include "console/ConsoleOutput.h"
#include "console/ConsoleTab.h"
#include "console/ConsoleTranscript.h"
#include "exec/Line.h"

#include <QClipboard>
#include <QImage>
#include <QMenu>
#include <QScrollBar>

using namespace capataz;
using namespace capataz::test;
using namespace Qt::Literals::StringLiterals;

namespace {
using Kind = ui::ConsoleKind;

exec::Line outLine(const QString& text, exec::Channel channel = exec::Channel::Stdout)
{
    exec::Line l;
    l.text = text;
    l.channel = channel;
    return l;
}

exec::LineBatch numbered(int from, int to) // "from" .. "to", inclusive
{
    exec::LineBatch batch;
    for (int i = from; i <= to; ++i)
        batch.append(outLine(QString::number(i)));
    return batch;
}

// How many pixels of `image` inside `rect` are close to `color`.
int pixelsNear(const QImage& image, const QRect& rect, const QColor& color)
{
    int n = 0;
    for (int y = std::max(0, rect.top()); y <= std::min(image.height() - 1, rect.bottom()); ++y) {
        for (int x = std::max(0, rect.left()); x <= std::min(image.width() - 1, rect.right()); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) + std::abs(c.green() - color.green()) +
                    std::abs(c.blue() - color.blue()) <
                40)
                ++n;
        }
    }
    return n;
}
} // namespace

class TestConsoleLines : public QObject {
    Q_OBJECT
    QTemporaryDir dataDir;

    // A view of `t`, shown, about 20 lines high.
    static std::unique_ptr<ui::ConsoleOutput> view(ui::ConsoleTranscript* t)
    {
        auto v = std::make_unique<ui::ConsoleOutput>();
        v->setTranscript(t);
        v->resize(500, 20 * v->lineHeight() + 12);
        v->show();
        if (!QTest::qWaitForWindowExposed(v.get()))
            qFatal("view not exposed");
        return v;
    }
    // The viewport's row of `line` (it must be in sight).
    static QRect rowRect(const ui::ConsoleOutput& v, LineIndex line)
    {
        const ui::ConsoleLines& lines = v.transcript()->lines();
        const int notice = lines.droppedCount().get() > 0 ? 1 : 0;
        const int row = int((line - lines.firstLine()).get()) + notice - v.verticalScrollBar()->value();
        return QRect(0, 4 + row * v.lineHeight(), v.viewport()->width(), v.lineHeight());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dataDir.isValid());
        qputenv("CAPATAZ_DATA_DIR", dataDir.path().toLocal8Bit()); // the tab's history goes here
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void capsDropTheOldestLines()
    {
        ui::ConsoleLines store(LineCount(100), 1 << 20);
        for (int i = 0; i < 250; ++i)
            store.append(Kind::Stdout, QString::number(i));
        QCOMPARE(store.count(), LineCount(100));
        QCOMPARE(store.droppedCount(), LineCount(150));
        QCOMPARE(store.firstLine(), LineIndex(150)); // lines keep their numbers
        QCOMPARE(store.endLine(), LineIndex(250));
        QCOMPARE(store.text(LineIndex(150)), u"150"_s);
        QCOMPARE(store.text(LineIndex(249)), u"249"_s);
        QVERIFY(!store.contains(LineIndex(149)));

        // The byte cap: 100-byte lines in a 1,000-byte store.
        ui::ConsoleLines small(LineCount(1000), 1000);
        for (int i = 0; i < 20; ++i)
            small.append(Kind::Stdout, QString(QString(99, QChar(u'a' + i)) + u'|'));
        QCOMPARE(small.count(), LineCount(10));
        QVERIFY(small.byteCount() <= 1000);
        QCOMPARE(small.text(small.firstLine()), QString(QString(99, u'k') + u'|'));

        // Far more than the cap, so that the buffers are compacted several times: every line
        // kept still reads back right, spans included.
        ui::ConsoleLines many(LineCount(1000), 64 * 1024);
        for (int i = 0; i < 50000; ++i) {
            const QString text = u"line %1 "_s.arg(i) + QString(i % 37, u'x');
            many.append(i % 3 ? Kind::Stdout : Kind::Stderr, text,
                        {ui::ConsoleSpan{0, 4, Kind::Stdout,
                                         exec::TextStyle{exec::TermColor::indexed(i % 8), {}, 0}}});
        }
        QCOMPARE(many.endLine(), LineIndex(50000));
        QVERIFY(many.count().get() <= 1000);
        for (LineIndex i = many.firstLine(); i < many.endLine(); ++i) {
            QCOMPARE(many.text(i), QString(u"line %1 "_s.arg(i.get()) + QString(int(i.get() % 37), u'x')));
            QCOMPARE(many.kind(i), i.get() % 3 ? Kind::Stdout : Kind::Stderr);
            QCOMPARE(many.spans(i).value(0).style.foreground, exec::TermColor::indexed(int(i.get() % 8)));
        }
    }

    void dropNoticeIsShown()
    {
        ui::ConsoleTranscript t(nullptr, LineCount(100));
        const auto v = view(&t);
        t.appendLines(numbered(1, 99));
        QVERIFY(t.droppedNotice().isEmpty());
        QVERIFY(v->text().startsWith(u"1\n2\n"_s));
        t.appendLines(numbered(100, 1300));
        t.flush(); // more than a slice
        // (The English plural comes from translations/, not loaded here.)
        const QString notice = t.droppedNotice();
        QVERIFY2(notice.startsWith(u"… 1,200 older line"_s) && notice.contains(u"dropped"_s),
                 qPrintable(notice));
        QVERIFY2(v->text().startsWith(notice + u"\n1201\n"_s), qPrintable(v->text().left(80)));
        // Scrolled to the top, the note is the first row, in the dim colour.
        QTest::keyClick(v.get(), Qt::Key_Home);
        QCOMPARE(v->verticalScrollBar()->value(), 0);
        const QImage image = v->viewport()->grab().toImage();
        QVERIFY(pixelsNear(image, QRect(0, 4, 300, v->lineHeight()), t.colors().dim()) > 10);
        QCOMPARE(v->positionAt(QPoint(10, 6)).line, t.lines().firstLine()); // the note is not text
    }

    void utf8()
    {
        ui::ConsoleLines store;
        const QString text = u"ñandú — 日本語 🙂 end"_s;
        store.append(Kind::Stdout, text);
        store.extendLast(Kind::Note, u" · más"_s);
        const LineIndex first = store.firstLine();
        QCOMPARE(store.text(first), QString(text + u" · más"_s));
        QCOMPARE(store.length(first), text.size() + 6);
        QCOMPARE(store.utf8(first).toByteArray(), (text + u" · más"_s).toUtf8());
        QVERIFY(store.utf8(first).size() > store.length(first)); // bytes, not characters
        // The extension in another kind is a span, in UTF-16 positions.
        QCOMPARE(store.spans(first),
                 (QList<ui::ConsoleSpan>{ui::ConsoleSpan{qint32(text.size()), 6, Kind::Note, {}}}));

        // Through the transcript: split at "\n", the last line open until it ends.
        ui::ConsoleTranscript t;
        t.append(Kind::Command, u"$ echo ñ"_s);
        t.append(Kind::Note, u"    on x"_s);
        t.append(Kind::Stdout, u"\nüber\n\nzwei"_s);
        QCOMPARE(t.toPlainText(), u"$ echo ñ    on x\nüber\n\nzwei"_s);
        t.startLine();
        QCOMPARE(t.toPlainText(), u"$ echo ñ    on x\nüber\n\nzwei\n"_s);
    }

    void ansiSpansAndStderr()
    {
        ui::ConsoleTranscript t;
        const ui::ConsoleColors colors(QApplication::palette());
        t.setColors(colors);
        exec::Line l = outLine(u"OK  build\tdone"_s);
        l.spans = {
            exec::StyleSpan{0, 2, exec::TextStyle{exec::TermColor::indexed(2), {}, exec::TextStyle::Bold}},
            exec::StyleSpan{10, 4, exec::TextStyle{exec::TermColor::rgb(0x12, 0x34, 0x56), {}, 0}}};
        t.appendLines({l, outLine(u"EEEEEEEEEEEEEEEEEEEE"_s, exec::Channel::Stderr), outLine(u"plain"_s)});
        const ui::ConsoleLines& store = t.lines();
        const LineIndex first = store.firstLine();
        // The tab became spaces up to column 16, and the span after it moved with the text.
        QCOMPARE(store.text(first), u"OK  build       done"_s);
        const QList<ui::ConsoleTranscript::Piece> pieces = t.pieces(first);
        QCOMPARE(pieces.size(), 3);
        QCOMPARE(pieces.at(0).text, u"OK"_s);
        QCOMPARE(pieces.at(0).format.foreground().color(), colors.terminal(exec::TermColor::indexed(2)));
        QCOMPARE(pieces.at(0).format.fontWeight(), int(QFont::Bold));
        QCOMPARE(pieces.at(1).text, u"  build       "_s);
        QVERIFY(!pieces.at(1).format.hasProperty(QTextFormat::ForegroundBrush));
        QCOMPARE(pieces.at(2).text, u"done"_s);
        QCOMPARE(pieces.at(2).format.foreground().color(), QColor(0x12, 0x34, 0x56));
        QCOMPARE(store.kind(first + LineCount(1)), Kind::Stderr);
        QCOMPARE(t.pieces(first + LineCount(1)).value(0).format.foreground().color(), colors.error());

        // What is painted: the stderr line in the red, the plain line without it.
        const auto v = view(&t);
        const QImage image = v->viewport()->grab().toImage();
        QVERIFY(pixelsNear(image, rowRect(*v, first + LineCount(1)), colors.error()) > 20);
        QCOMPARE(pixelsNear(image, rowRect(*v, first + LineCount(2)), colors.error()), 0);
        QVERIFY(pixelsNear(image, rowRect(*v, first), QColor(0x12, 0x34, 0x56)) > 5);
    }

    void redrawnLinesReplaceTheLast()
    {
        ui::ConsoleTranscript t;
        exec::Line p10 = outLine(u"10%"_s);
        exec::Line p50 = outLine(u"50%"_s);
        p50.replacesPrevious = true;
        exec::Line err = outLine(u"warn"_s, exec::Channel::Stderr);
        exec::Line p90 = outLine(u"90%"_s);
        p90.replacesPrevious = true;
        t.appendLines({p10, p50});
        QCOMPARE(t.toPlainText(), u"50%\n"_s);
        t.appendLines({err, p90}); // another channel between: a line of its own
        QCOMPARE(t.toPlainText(), u"50%\nwarn\n90%\n"_s);
        QCOMPARE(t.lines().count(), LineCount(3));
    }

    void selectionAndCopy()
    {
        ui::ConsoleTranscript t;
        t.appendLines({outLine(u"hello world"_s), outLine(u"second line"_s), outLine(u"third"_s)});
        const auto v = view(&t);
        const LineIndex first = t.lines().firstLine();
        QVERIFY(!v->hasSelection());
        v->setSelection({first, 6}, {first + LineCount(1), 6});
        QCOMPARE(v->selectedText(), u"world\nsecond"_s);
        v->setSelection({first + LineCount(1), 6}, {first, 6}); // backwards: the same text
        QCOMPARE(v->selectedText(), u"world\nsecond"_s);

        // With the mouse: from the start of "world" to after "third".
        const int cw = v->columnWidth();
        const QPoint from(4 + 6 * cw + 1, rowRect(*v, first).center().y());
        const QPoint to(4 + 5 * cw + 1, rowRect(*v, first + LineCount(2)).center().y());
        QTest::mousePress(v->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(v->viewport(), to);
        QTest::mouseRelease(v->viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(v->selectedText(), u"world\nsecond line\nthird"_s);
        // The selection is painted in the highlight colour.
        const QImage image = v->viewport()->grab().toImage();
        QVERIFY(pixelsNear(image, rowRect(*v, first + LineCount(1)),
                           v->palette().color(QPalette::Highlight)) > 100);

        QGuiApplication::clipboard()->clear();
        v->setFocus();
        QTest::keyClick(v.get(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"world\nsecond line\nthird"_s);
        QTest::keyClick(v.get(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(v->selectedText(), u"hello world\nsecond line\nthird"_s);
        QTest::keyClick(v.get(), Qt::Key_Escape);
        QVERIFY(!v->hasSelection());
        QCOMPARE(v->selectedText(), QString());

        // A double click selects a word.
        QTest::mouseDClick(v->viewport(), Qt::LeftButton, {},
                           QPoint(4 + 8 * cw, rowRect(*v, first).center().y()));
        QCOMPARE(v->selectedText(), u"world"_s);

        // The context menu: Copy and Select All, translated.
        QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, QPoint(20, 10), v->mapToGlobal(QPoint(20, 10)));
        QApplication::sendEvent(v->viewport(), &menuEvent);
        QMenu* menu = v->findChild<QMenu*>(u"consoleOutputMenu"_s);
        QVERIFY(menu);
        auto* copy = menu->findChild<QAction*>(u"consoleCopy"_s);
        auto* all = menu->findChild<QAction*>(u"consoleSelectAll"_s);
        QVERIFY(copy && all);
        QCOMPARE(copy->text(), u"&Copy"_s);
        QCOMPARE(all->text(), u"Select &All"_s);
        QVERIFY(copy->isEnabled());
        all->trigger();
        QCOMPARE(v->selectedText(), u"hello world\nsecond line\nthird"_s);
        menu->close();
    }

    void followsTheEndUnlessScrolledUp()
    {
        ui::ConsoleTranscript t(nullptr, LineCount(3000));
        const auto v = view(&t);
        const int page = v->pageLines();
        QVERIFY(page >= 10);
        t.appendLines(numbered(1, 1000));
        t.flush();
        QVERIFY(v->isFollowingEnd());
        QCOMPARE(v->topLine(), t.lines().endLine() + LineCount(-page));
        t.appendLines(numbered(1001, 1500));
        t.flush();
        QCOMPARE(v->topLine(), t.lines().endLine() + LineCount(-page)); // followed

        // The user scrolls up: the view stays on the same lines while more come in.
        QTest::keyClick(v.get(), Qt::Key_PageUp);
        QTest::keyClick(v.get(), Qt::Key_PageUp);
        QVERIFY(!v->isFollowingEnd());
        const LineIndex top = v->topLine();
        QCOMPARE(top, t.lines().endLine() + LineCount(-3 * page));
        t.appendLines(numbered(1501, 2500));
        t.flush();
        QCOMPARE(v->topLine(), top);
        // ... and while old lines are dropped (3,000 kept) until its own lines go too.
        t.appendLines(numbered(2501, 4000));
        t.flush();
        QCOMPARE(t.lines().droppedCount(), LineCount(1000));
        QCOMPARE(v->topLine(), top);
        QCOMPARE(t.lines().text(v->topLine()), QString::number(top.get() + 1));

        QTest::keyClick(v.get(), Qt::Key_PageDown);
        QCOMPARE(v->topLine(), top + LineCount(page));
        QTest::keyClick(v.get(), Qt::Key_Home);
        QCOMPARE(v->verticalScrollBar()->value(), 0);
        QVERIFY(!v->isFollowingEnd());
        // End follows again.
        QTest::keyClick(v.get(), Qt::Key_End);
        QVERIFY(v->isFollowingEnd());
        t.appendLines(numbered(4001, 4100));
        t.flush();
        QCOMPARE(v->topLine(), t.lines().endLine() + LineCount(-page));
        QCOMPARE(t.lines().text(t.lines().endLine() + LineCount(-1)), u"4100"_s);

        // Scrolling to the bottom by hand follows again as well.
        v->verticalScrollBar()->setValue(10);
        QVERIFY(!v->isFollowingEnd());
        v->verticalScrollBar()->setValue(v->verticalScrollBar()->maximum());
        QVERIFY(v->isFollowingEnd());
    }

    void bigBatchesGoInSlices()
    {
        ui::ConsoleTranscript t;
        const auto v = view(&t);
        int changes = 0;
        connect(&t, &ui::ConsoleTranscript::changed, this, [&changes] { ++changes; });
        t.appendLines(numbered(1, 2500));
        // The first slice at once, the rest after the event loop has turned.
        QCOMPARE(t.lines().count(), LineCount(ui::ConsoleTranscript::kSliceLines));
        QVERIFY(!t.isEmpty());
        t.append(Kind::Note, u"after"_s); // waits its turn
        t.startLine();
        QCOMPARE(t.lines().count(), LineCount(ui::ConsoleTranscript::kSliceLines));
        QTRY_COMPARE(t.lines().count(), LineCount(2501));
        QVERIFY(changes >= 3);
        QCOMPARE(t.lines().text(LineIndex(2499)), u"2500"_s);
        QCOMPARE(t.lines().text(LineIndex(2500)), u"after"_s);
        QCOMPARE(t.lines().kind(LineIndex(2500)), Kind::Note);
        QVERIFY(t.toPlainText().endsWith(u"2500\nafter\n"_s));
        QVERIFY(v->isFollowingEnd());
        QCOMPARE(v->topLine(), t.lines().endLine() + LineCount(-v->pageLines()));

        // flush() puts everything in now; clear() drops what waits.
        t.appendLines(numbered(1, 3000));
        t.flush();
        QCOMPARE(t.lines().count(), LineCount(5501));
        t.appendLines(numbered(1, 3000));
        t.clear();
        QVERIFY(t.isEmpty());
        QTest::qWait(20);
        QVERIFY(t.isEmpty());
    }

    void longLinesScrollSideways()
    {
        // The real tab, as in the window: a 2,000-character line must not widen it.
        ui::ConsoleTab tab;
        tab.resize(700, 400);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        auto* v = child<ui::ConsoleOutput>(&tab, u"consoleOutput"_s);
        QVERIFY(v);
        const int widthBefore = tab.width();
        const QSize hintBefore = tab.sizeHint();
        QCOMPARE(v->horizontalScrollBar()->maximum(), 0);
        QString longLine;
        for (int i = 0; i < 200; ++i)
            longLine += u"%1"_s.arg(i % 10).repeated(10);
        QCOMPARE(longLine.size(), 2000);
        v->transcript()->appendLines({outLine(u"short"_s), outLine(longLine + u"END"_s)});
        QApplication::processEvents();
        QCOMPARE(tab.width(), widthBefore);
        QCOMPARE(tab.sizeHint().width(), hintBefore.width());
        QScrollBar* h = v->horizontalScrollBar();
        QVERIFY(h->isVisible());
        // The range covers the whole line: its end can be scrolled into view.
        QVERIFY2(h->maximum() + v->viewport()->width() >= 2003 * v->columnWidth(),
                 qPrintable(u"%1 + %2"_s.arg(h->maximum()).arg(v->viewport()->width())));
        QVERIFY(h->maximum() < 2010 * v->columnWidth());
        QTest::keyClick(v, Qt::Key_Right);
        QCOMPARE(h->value(), v->columnWidth());
        h->setValue(h->maximum());
        const LineIndex last = v->transcript()->lines().endLine() + LineCount(-1);
        const QPoint end(v->viewport()->width() - 4, rowRect(*v, last).center().y());
        QVERIFY(v->positionAt(end).column >= 1990);
        v->setSelection({last, 1995}, {last, 2003});
        QCOMPARE(v->selectedText(), u"99999END"_s);
        QTest::keyClick(v, Qt::Key_Home);
        QCOMPARE(h->value(), 0);
    }
};

QTEST_MAIN(TestConsoleLines)
#include "tst_consolelines.moc"
