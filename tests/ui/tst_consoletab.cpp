// ConsoleTab driven as a user would, offscreen, against the real test host: output and exit
// codes, cancel, a flood of output, history, roles, servers switching and connections dropping.
// Also the console's helpers that need no host: the transcript (lines, colours, redraws) and the
// history store. Splitting output into lines is tested in tests/unit/tst_linesplitter.
#include "AppSettings.h"
#include "GuiTestSupport.h"
#include "TestHost.h"
#include "client/ServerSession.h"
#include "console/ConsoleColors.h"
#include "console/ConsoleHistory.h"
#include "console/ConsoleOutput.h"
#include "console/ConsoleTab.h"
#include "console/ConsoleTranscript.h"
#include "exec/Line.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>

using namespace capataz;
using namespace capataz::test;
using namespace Qt::Literals::StringLiterals;

class TestConsoleTab : public QObject {
    Q_OBJECT
    const TestHost* th = nullptr;
    QString whyNoHost;
    QTemporaryDir dataDir;
    std::unique_ptr<client::ServerSession> session;
    std::unique_ptr<ui::ConsoleTab> tab;

    template <typename T> T* w(const QString& name) const
    {
        T* found = child<T>(tab.get(), name);
        if (!found)
            qFatal("no widget named %s", qPrintable(name));
        return found;
    }
    QLineEdit* input() const { return w<QLineEdit>(u"consoleInput"_s); }
    ui::ConsoleOutput* output() const { return w<ui::ConsoleOutput>(u"consoleOutput"_s); }
    const ui::ConsoleLines& store() const { return output()->transcript()->lines(); }
    QLabel* exitCode() const { return w<QLabel>(u"consoleExitCode"_s); }
    QPushButton* runButton() const { return w<QPushButton>(u"consoleRun"_s); }
    QPushButton* cancelButton() const { return w<QPushButton>(u"consoleCancel"_s); }

    void type(const QString& command)
    {
        input()->clear();
        QTest::keyClicks(input(), command);
        QCOMPARE(input()->text(), command);
    }
    void runCommand(const QString& command)
    {
        type(command);
        QVERIFY(runButton()->isEnabled());
        QTest::mouseClick(runButton(), Qt::LeftButton);
        QVERIFY(input()->text().isEmpty());
    }
    // The output's lines from the end, skipping empty ones.
    QStringList lastLines(int n) const
    {
        QStringList lines;
        const ui::ConsoleLines& store = output()->transcript()->lines();
        for (LineIndex i = store.endLine(); i > store.firstLine() && lines.size() < n;) {
            i = i + LineCount(-1);
            if (const QString text = store.text(i); !text.isEmpty())
                lines.prepend(text);
        }
        return lines;
    }
    // The "oops" (stderr) of the first test in the red of the tab's current palette, "hello"
    // (stdout) in no colour of its own.
    void checkColors() const
    {
        const ui::ConsoleColors colors(tab->palette());
        bool sawOops = false;
        bool sawHello = false;
        // As the view draws them: each line in pieces, each with its format.
        const ui::ConsoleTranscript* t = output()->transcript();
        for (LineIndex i = t->lines().firstLine(); i < t->lines().endLine(); ++i) {
            for (const ui::ConsoleTranscript::Piece& piece : t->pieces(i)) {
                if (piece.text == u"oops") {
                    QCOMPARE(piece.format.foreground().color(), colors.error());
                    sawOops = true;
                } else if (piece.text == u"hello") {
                    QVERIFY(!piece.format.hasProperty(QTextFormat::ForegroundBrush));
                    sawHello = true;
                }
            }
        }
        QVERIFY(sawOops && sawHello);
    }
    static QStringList persistedHistory(const QString& server)
    {
        const QSettings s(ui::AppSettings::filePath(), QSettings::IniFormat);
        return s.value(u"console/history/"_s + server).toStringList();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dataDir.isValid());
        qputenv("CAPATAZ_DATA_DIR", dataDir.path().toLocal8Bit()); // settings.ini goes here
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

        tab = std::make_unique<ui::ConsoleTab>();
        tab->resize(960, 560);
        tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(tab.get()));

        th = TestHost::instance(&whyNoHost);
        if (!th)
            return; // the tests that need it skip
        store::ServerProfile p;
        p.name = u"con-test"_s;
        p.host = th->host();
        p.port = th->port();
        p.user = u"root"_s;
        p.auth = store::AuthMethod::KeyFile;
        p.keyPath = th->value(u"TH_KEY_ROOT"_s);
        p.sudo = remote::SudoMode::RootLogin;
        p.role = store::Role::Admin;
        p.projectDir = u"/tmp"_s; // exists on every server: the console starts there
        QVERIFY2(p.validate(), "profile");
        session = std::make_unique<client::ServerSession>(p);
        tab->setSession(session.get());

        // Not connected yet: nothing can be typed, and the tab says why.
        QVERIFY(!input()->isEnabled());
        QVERIFY(!runButton()->isEnabled());
        QVERIFY(w<QLabel>(u"consoleNotConnected"_s)->isVisible());

        session->connectWith(th->keySettings(u"root"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(session->isConnected(), qPrintable(session->lastError().toString()), 20000);
        QVERIFY(input()->isEnabled());
        QVERIFY(!w<QLabel>(u"consoleNotConnected"_s)->isVisible());
        QVERIFY(!cancelButton()->isEnabled());
        QVERIFY(w<QCheckBox>(u"consoleAsRoot"_s)->isEnabled()); // RootLogin
        QVERIFY(!runButton()->isEnabled());                     // nothing typed yet
    }

    void cleanupTestCase()
    {
        tab.reset();
        session.reset();
    }

    void titleAndRoles()
    {
        QCOMPARE(tab->title(), u"Console"_s);
        QVERIFY(tab->isForRole(store::Role::Admin));
        QVERIFY(!tab->isForRole(store::Role::Support));
        QVERIFY(!tab->isForRole(store::Role::Owner));
    }

    void everyInteractiveWidgetHasAName()
    {
        for (const QString& name :
             {u"consoleInput"_s, u"consoleRun"_s, u"consoleCancel"_s, u"consoleAsRoot"_s, u"consoleClear"_s,
              u"consoleOutput"_s, u"consoleExitCode"_s, u"consoleDuration"_s, u"consoleNotConnected"_s})
            QVERIFY2(child<QWidget>(tab.get(), name), qPrintable(name));
        QVERIFY(!input()->placeholderText().isEmpty());
        QVERIFY(!output()->placeholderText().isEmpty());
        QCOMPARE(output()->transcript()->lines().count(), LineCount(0));
    }

    void transcriptRedrawsAndColours()
    {
        ui::ConsoleTranscript t;
        const ui::ConsoleColors colors(tab->palette());
        t.setColors(colors);
        auto line = [](qint64 index, const QString& text, bool replaces = false,
                       exec::Channel channel = exec::Channel::Stdout) {
            exec::Line l;
            l.index = LineIndex(index);
            l.text = text;
            l.replacesPrevious = replaces;
            l.channel = channel;
            return l;
        };
        exec::Line green = line(0, u"ok: done"_s);
        green.spans.append(exec::StyleSpan{0, 2, exec::TextStyle{exec::TermColor::indexed(2), {}, 0}});
        // Redrawn within a batch, then by a later batch.
        t.appendLines({green, line(1, u"10%"_s), line(1, u"20%"_s, true)});
        QCOMPARE(t.toPlainText(), u"ok: done\n20%\n"_s);
        t.appendLines({line(1, u"100%"_s, true)});
        QCOMPARE(t.toPlainText(), u"ok: done\n100%\n"_s);
        // A line of the other channel between them: the redraw goes on a line of its own.
        t.appendLines({line(0, u"warn"_s, false, exec::Channel::Stderr), line(1, u"done"_s, true)});
        QCOMPARE(t.toPlainText(), u"ok: done\n100%\nwarn\ndone\n"_s);

        const QList<ui::ConsoleTranscript::Piece> first = t.pieces(t.lines().firstLine());
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).text, u"ok"_s);
        QCOMPARE(first.at(0).format.foreground().color(), colors.terminal(exec::TermColor::indexed(2)));
        QCOMPARE(first.at(1).text, u": done"_s);
        QVERIFY(!first.at(1).format.hasProperty(QTextFormat::ForegroundBrush));
        // stderr in the console's red.
        const QList<ui::ConsoleTranscript::Piece> warn = t.pieces(t.lines().firstLine() + LineCount(2));
        QCOMPARE(warn.size(), 1);
        QCOMPARE(warn.at(0).format.foreground().color(), colors.error());
    }

    void transcriptKeepsTheEnd()
    {
        ui::ConsoleTranscript t(nullptr, LineCount(20000));
        QString lines;
        for (int i = 1; i <= 30000; ++i)
            lines += QString::number(i) + u'\n';
        t.append(ui::ConsoleTranscript::Kind::Stdout, lines);
        t.append(ui::ConsoleTranscript::Kind::Stderr, u"last"_s);
        const ui::ConsoleLines& store = t.lines();
        QCOMPARE(store.count(), LineCount(20000));
        QCOMPARE(store.text(store.endLine() + LineCount(-1)), u"last"_s);
        QCOMPARE(store.text(store.endLine() + LineCount(-2)), u"30000"_s);
        QCOMPARE(store.text(store.firstLine()), QString::number(30000 - 20000 + 2));
        QVERIFY2(t.droppedNotice().startsWith(u"… 10,001 older line"_s), qPrintable(t.droppedNotice()));
    }

    void transcriptCutsHugeLines()
    {
        ui::ConsoleTranscript t;
        const QString chunk(5000, u'x');
        for (int i = 0; i < 5; ++i)
            t.append(ui::ConsoleTranscript::Kind::Stdout, chunk);
        t.append(ui::ConsoleTranscript::Kind::Stdout, u"\nshort\n"_s + QString(20000, u'y'));
        QStringList got;
        for (LineIndex i = t.lines().firstLine(); i < t.lines().endLine(); ++i) {
            const QString text = t.lines().text(i);
            got << (text.isEmpty() ? u"-"_s : text.left(1) + QString::number(text.size()));
            QCOMPARE(t.lines().isCut(i), text.size() == ui::ConsoleTranscript::kMaxLineLength);
        }
        const int max = int(ui::ConsoleTranscript::kMaxLineLength);
        QCOMPARE(got, (QStringList{u"x%1"_s.arg(max), u"x%1"_s.arg(max), u"x%1"_s.arg(max),
                                   u"x%1"_s.arg(25000 - 3 * max), u"s5"_s, u"y%1"_s.arg(max),
                                   u"y%1"_s.arg(max), u"y%1"_s.arg(20000 - 2 * max)}));
    }

    void historyStore()
    {
        QVERIFY(ui::ConsoleHistory::mayPersist(u"docker compose ps"_s));
        for (const QString& secret : {u"mysql --password=x"_s, u"echo PASSWD"_s, u"export SECRET=1"_s,
                                      u"curl -H 'X-Token: a'"_s, u"curl 'https://x/?api_KEY=abc'"_s})
            QVERIFY2(!ui::ConsoleHistory::mayPersist(secret), qPrintable(secret));

        const QString tricky = uR"(echo "a, b" 'c' \ ; printf '%s\n' $HOME)"_s;
        {
            ui::ConsoleHistory h;
            h.setServer(u"round-trip"_s);
            h.add(tricky);
            h.add(tricky); // consecutive duplicates are kept once
            for (int i = 0; i < ui::ConsoleHistory::kMaxEntries + 5; ++i)
                h.add(u"echo %1"_s.arg(i));
            QCOMPARE(h.entries().size(), ui::ConsoleHistory::kMaxEntries);
            QCOMPARE(h.entries().back(), u"echo %1"_s.arg(ui::ConsoleHistory::kMaxEntries + 4));
            h.setServer(u"one"_s);
            h.add(tricky);
            h.setServer(u"other"_s);
            QVERIFY(!h.older(QString())); // per server
        }
        ui::ConsoleHistory fresh; // reads settings.ini
        fresh.setServer(u"one"_s);
        QCOMPARE(fresh.entries(), QStringList{tricky});
        fresh.setServer(u"round-trip"_s);
        QCOMPARE(fresh.entries().size(), ui::ConsoleHistory::kMaxEntries);
        QCOMPARE(fresh.entries().front(), u"echo 5"_s);
    }

    void runShowsOutputAndExitCode()
    {
        if (!session)
            QSKIP(qPrintable(whyNoHost));
        const QString command = u"echo hello; echo oops >&2; exit 3"_s;
        runCommand(command);
        QTRY_COMPARE_WITH_TIMEOUT(exitCode()->text(), u"Exit code: 3"_s, 15000);
        const QStringList lines = output()->text().split(u'\n');
        QVERIFY2(lines.contains(u"hello"_s) && lines.contains(u"oops"_s), qPrintable(lines.join(u'|')));
        QVERIFY(!cancelButton()->isEnabled());
        QVERIFY(w<QLabel>(u"consoleDuration"_s)->text().startsWith(u"Duration: "_s));

        const QString text = output()->text();
        QVERIFY2(text.startsWith(u"$ "_s + command + u"    on con-test at "_s), qPrintable(text));
        QVERIFY2(lastLines(1).value(0).startsWith(u"exit code 3 · "_s), qPrintable(text));
        QVERIFY2(lastLines(1).value(0).endsWith(u" s"_s), qPrintable(text));

        // stderr in the console's red, stdout in the palette's text colour.
        checkColors();
        QVERIFY(tab->grab().save(u"/tmp/console.png"_s));

        // A theme change recolours what is already there.
        const QPalette light = tab->palette();
        QPalette dark = light;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Text, QColor(220, 220, 220));
        dark.setColor(QPalette::Window, QColor(45, 45, 48));
        dark.setColor(QPalette::WindowText, QColor(220, 220, 220));
        tab->setPalette(dark);
        QVERIFY(ui::ConsoleColors(dark).error() != ui::ConsoleColors(light).error());
        checkColors();
        tab->setPalette(light);
        checkColors();
    }

    // Commands run in the profile's project directory (so `docker compose ps` works as typed).
    void startsInTheProjectDirectory()
    {
        if (!session)
            QSKIP(qPrintable(whyNoHost));
        runCommand(u"pwd; echo \"$0|$1\""_s);
        QTRY_COMPARE_WITH_TIMEOUT(exitCode()->text(), u"Exit code: 0"_s, 15000);
        const QStringList last = lastLines(3);
        QCOMPARE(last.value(0), u"/tmp"_s);
        QCOMPARE(last.value(1), u"sh|"_s); // the typed line sees no leftover arguments
    }

    void runAsRoot()
    {
        if (!session)
            QSKIP(qPrintable(whyNoHost));
        auto* asRoot = w<QCheckBox>(u"consoleAsRoot"_s);
        asRoot->setChecked(true);
        runCommand(u"id -u"_s);
        QTRY_COMPARE_WITH_TIMEOUT(exitCode()->text(), u"Exit code: 0"_s, 15000);
        asRoot->setChecked(false);
        QCOMPARE(lastLines(2).value(0), u"0"_s);
    }

    void cancelStopsTheCommand()
    {
        if (!session)
            QSKIP(qPrintable(whyNoHost));
        runCommand(u"sleep 30"_s);
        QVERIFY(cancelButton()->isEnabled());
        QVERIFY(!runButton()->isEnabled());
        QCOMPARE(exitCode()->text(), u"Running…"_s);
        QTest::qWait(500); // let it really start on the server
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(exitCode()->text(), u"Cancelled"_s, 8000);
        qInfo("cancelled after %lld ms", clock.elapsed());
        QVERIFY(clock.elapsed() < 8000);
        QVERIFY(!cancelButton()->isEnabled());
        QVERIFY(lastLines(1).value(0).startsWith(u"cancelled · "_s));
    }

    void floodStaysResponsive()
    {
        if (!session)
            QSKIP(qPrintable(whyNoHost));
        QElapsedTimer sinceTick;
        qint64 maxGap = 0;
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(20);
        connect(&ticker, &QTimer::timeout, this, [&] {
            maxGap = std::max(maxGap, sinceTick.restart());
            ++ticks;
        });
        QElapsedTimer clock;
        clock.start();
        runCommand(u"seq 1 300000"_s);
        sinceTick.start();
        ticker.start();
        QTRY_VERIFY_WITH_TIMEOUT(lastLines(1).value(0).startsWith(u"exit code 0 · "_s),
                                 120000); // the last batch
        ticker.stop();
        QCOMPARE(exitCode()->text(), u"Exit code: 0"_s);
        qInfo("300000 lines in %lld ms; timer ticks: %d, longest gap between ticks: %lld ms", clock.elapsed(),
              ticks, maxGap);
        const QStringList tail = lastLines(3);
        QCOMPARE(tail.value(0), u"299999"_s);
        QCOMPARE(tail.value(1), u"300000"_s);
        QVERIFY(tail.value(2).startsWith(u"exit code 0 · "_s));
        QCOMPARE(store().count(), ui::ConsoleLines::kMaxLines); // 300,000 and more, the oldest dropped
        QVERIFY(output()->text().startsWith(u"… 100,0"_s));
        QVERIFY(output()->isFollowingEnd());
        QVERIFY2(maxGap < 500, qPrintable(u"the GUI thread stalled for %1 ms"_s.arg(maxGap)));
    }

    void historyRecallsPreviousCommands()
    {
        if (!session)
            QSKIP(qPrintable(whyNoHost));
        QVERIFY(input()->text().isEmpty());
        QTest::keyClicks(input(), u"draft"_s);
        QTest::keyClick(input(), Qt::Key_Up);
        QCOMPARE(input()->text(), u"seq 1 300000"_s);
        QTest::keyClick(input(), Qt::Key_Up);
        QCOMPARE(input()->text(), u"sleep 30"_s);
        QTest::keyClick(input(), Qt::Key_Up);
        QCOMPARE(input()->text(), u"id -u"_s);
        QTest::keyClick(input(), Qt::Key_Down);
        QCOMPARE(input()->text(), u"sleep 30"_s);
        QTest::keyClick(input(), Qt::Key_Down);
        QCOMPARE(input()->text(), u"seq 1 300000"_s);
        QTest::keyClick(input(), Qt::Key_Down);
        QCOMPARE(input()->text(), u"draft"_s); // back to what was being typed
        QTest::keyClick(input(), Qt::Key_Down);
        QCOMPARE(input()->text(), u"draft"_s);

        // A command that looks like it carries a secret is recalled, but never written to disk.
        runCommand(u"echo token=abc > /dev/null"_s);
        QTRY_COMPARE_WITH_TIMEOUT(exitCode()->text(), u"Exit code: 0"_s, 15000);
        QTest::keyClick(input(), Qt::Key_Up);
        QCOMPARE(input()->text(), u"echo token=abc > /dev/null"_s);
        input()->clear();
        const QStringList persisted = persistedHistory(u"con-test"_s);
        QCOMPARE(persisted, (QStringList{u"echo hello; echo oops >&2; exit 3"_s, u"pwd; echo \"$0|$1\""_s,
                                         u"id -u"_s, u"sleep 30"_s, u"seq 1 300000"_s}));
    }

    void clearEmptiesTheOutput()
    {
        if (!session)
            QSKIP(qPrintable(whyNoHost));
        QVERIFY(!output()->transcript()->isEmpty());
        QTest::mouseClick(w<QPushButton>(u"consoleClear"_s), Qt::LeftButton);
        QVERIFY(output()->transcript()->isEmpty());
        QVERIFY(output()->text().isEmpty());
        runCommand(u"printf 'no newline'"_s);
        QTRY_COMPARE_WITH_TIMEOUT(exitCode()->text(), u"Exit code: 0"_s, 15000);
        QTRY_VERIFY(lastLines(2).value(0) == u"no newline"_s); // the footer starts a line of its own
        QVERIFY(output()->text().startsWith(u"$ printf"_s));   // no blank line before the first run
    }

    void eachServerKeepsItsOwnOutput()
    {
        if (!session)
            QSKIP(qPrintable(whyNoHost));
        store::ServerProfile p = session->profile();
        p.name = u"other"_s;
        p.sudo = remote::SudoMode::None;
        client::ServerSession other(p);
        tab->setSession(&other);
        QVERIFY(output()->transcript()->isEmpty());
        QVERIFY(exitCode()->text().isEmpty());
        QVERIFY(!input()->isEnabled());
        QVERIFY(!w<QCheckBox>(u"consoleAsRoot"_s)->isEnabled()); // sudo mode None
        QTest::keyClick(input(), Qt::Key_Up);
        QVERIFY(input()->text().isEmpty()); // no history there
        tab->setSession(session.get());
        QVERIFY(output()->text().contains(u"no newline"_s));
        QCOMPARE(exitCode()->text(), u"Exit code: 0"_s);
        QVERIFY(input()->isEnabled());
    }

    void outputFollowsTheServerNotItsName()
    {
        if (!session)
            QSKIP(qPrintable(whyNoHost));
        // Renamed (Edit server): the same server, so the same output and the same last run.
        const store::ServerProfile before = session->profile();
        store::ServerProfile renamed = before;
        renamed.name = u"con-renamed"_s;
        session->setProfile(renamed);
        QVERIFY(output()->text().contains(u"no newline"_s));
        QCOMPARE(exitCode()->text(), u"Exit code: 0"_s);

        // Removed, then another server added under the removed one's name: it starts empty; the
        // removed server's output is gone, whether or not it was on screen when it went.
        store::ServerProfile p = before;
        p.name = u"twin"_s;
        p.sudo = remote::SudoMode::None;
        auto removed = std::make_unique<client::ServerSession>(p);
        tab->setSession(removed.get());
        output()->transcript()->append(ui::ConsoleTranscript::Kind::Stdout,
                                       u"the removed server's secret\n"_s);
        QTRY_VERIFY(output()->text().contains(u"secret"_s));
        removed.reset(); // shown when it goes
        QVERIFY(!output()->text().contains(u"secret"_s));
        client::ServerSession added(p);
        tab->setSession(&added);
        QVERIFY(output()->transcript()->isEmpty());
        QVERIFY(!output()->text().contains(u"secret"_s));

        tab->setSession(session.get());
        session->setProfile(before);
        QVERIFY(output()->text().contains(u"no newline"_s));
    }

    void coloursAndProgressBars()
    {
        if (!session)
            QSKIP(qPrintable(whyNoHost));
        runCommand(u"printf '\\033[32mgreen\\033[0m plain\\n'; "
                   u"for i in 10 50 100; do printf 'copying %s%%\\r' $i; sleep 0.1; done; echo; echo end"_s);
        QTRY_COMPARE_WITH_TIMEOUT(exitCode()->text(), u"Exit code: 0"_s, 15000);
        const QStringList lines = lastLines(4);
        QCOMPARE(lines.mid(0, 3), (QStringList{u"green plain"_s, u"copying 100%"_s, u"end"_s}));
        QVERIFY2(!output()->text().contains(u"copying 10%"_s), qPrintable(output()->text()));
        bool sawGreen = false;
        for (LineIndex i = store().firstLine(); i < store().endLine(); ++i) {
            for (const ui::ConsoleTranscript::Piece& piece : output()->transcript()->pieces(i)) {
                if (piece.text == u"green") {
                    QCOMPARE(piece.format.foreground().color(),
                             ui::ConsoleColors(tab->palette()).terminal(exec::TermColor::indexed(2)));
                    sawGreen = true;
                }
            }
        }
        QVERIFY(sawGreen);
    }

    void disconnectingEndsTheRun()
    {
        if (!session)
            QSKIP(qPrintable(whyNoHost));
        runCommand(u"sleep 30"_s);
        QTest::qWait(300);
        session->disconnectFromServer();
        QTRY_COMPARE_WITH_TIMEOUT(exitCode()->text(), u"Connection lost"_s, 5000);
        QVERIFY(lastLines(1).value(0).startsWith(u"connection lost · "_s));
        QVERIFY(!input()->isEnabled());
        QVERIFY(!runButton()->isEnabled());
        QVERIFY(!cancelButton()->isEnabled());
        QVERIFY(w<QLabel>(u"consoleNotConnected"_s)->isVisible());
        QCOMPARE(w<QLabel>(u"consoleNotConnected"_s)->text(), u"Connect to this server to run commands."_s);
    }
};

QTEST_MAIN(TestConsoleTab)
#include "tst_consoletab.moc"
