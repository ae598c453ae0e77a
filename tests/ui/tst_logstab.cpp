// The Logs tab against the real test host: a compose service prints lines of every level (and a
// secret of its .env); the tab starts following it by itself, shows its services side by side, filters by
// level and text, pauses following when scrolled up and resumes on request, never shows, copies or finds the
// secret; then a million lines are filtered without the window waiting for it.
#include "GuiTestSupport.h"
#include "LogsTabHost.h"
#include "TestHost.h"
#include "client/LogService.h"
#include "client/ServerSession.h"
#include "logs/LogPanes.h"
#include "logs/LogView.h"
#include "logs/LogsTab.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace capataz;
using namespace capataz::test;
using namespace Qt::Literals::StringLiterals;

class TestLogsTab : public QObject {
    Q_OBJECT
    const TestHost* th = nullptr;
    QTemporaryDir dataDir;
    std::unique_ptr<client::ServerSession> session;
    std::unique_ptr<ui::LogsTab> tab;

    template <typename T> T* w(const QString& name) { return child<T>(tab.get(), name); }
    ui::LogView* view() { return tab->view(); }
    QString allVisible() { return view()->visibleText().join(u'\n'); }
    void setFilter(const QString& text)
    {
        w<QLineEdit>(u"logsFilterText"_s)->setText(text);
        QTest::keyClick(w<QLineEdit>(u"logsFilterText"_s), Qt::Key_Return); // applies at once
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dataDir.isValid());
        qputenv("CAPATAZ_DATA_DIR", dataDir.path().toLocal8Bit());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QString why;
        th = TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        if (!startLogsProject(*th))
            QSKIP("the test host has no docker image (TH_IMAGE is empty)");
        store::ServerProfile p;
        p.name = u"logs-test"_s;
        p.host = th->host();
        p.port = th->port();
        p.user = u"ops"_s;
        p.auth = store::AuthMethod::KeyFile;
        p.keyPath = th->value(u"TH_KEY_OPS"_s);
        p.sudo = remote::SudoMode::NoPassword;
        p.role = store::Role::Support;
        p.projectDir = kLogsProjectDir;
        QVERIFY2(p.validate(), "profile");
        session = std::make_unique<client::ServerSession>(p);
        session->connectWith(th->keySettings(u"ops"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(session->isConnected(), qPrintable(session->lastError().toString()), 20000);
        tab = std::make_unique<ui::LogsTab>();
        tab->resize(1280, 640);
        tab->setSession(session.get());
        tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(tab.get()));
    }

    void cleanupTestCase()
    {
        tab.reset();
        session.reset();
        if (th)
            stopLogsProject(*th);
    }

    void rolesAndTitle()
    {
        QCOMPARE(tab->title(), u"Logs"_s);
        QVERIFY(tab->isForRole(store::Role::Admin));
        QVERIFY(tab->isForRole(store::Role::Support));
        QVERIFY(!tab->isForRole(store::Role::Owner));
    }

    void followsTheServicesByItself()
    {
        // Shown for the first time on a connected server with a project: all its services.
        QTRY_VERIFY_WITH_TIMEOUT(view()->rowCount() > 150, 30000);
        QVERIFY(session->logs()->selection().compose);
        QVERIFY(view()->isFollowing());
        QVERIFY2(w<QLabel>(u"logsState"_s)->text().contains(u"Following"_s),
                 qPrintable(w<QLabel>(u"logsState"_s)->text()));
        // Both services are lanes, and lines of each are shown with their name.
        QTRY_VERIFY_WITH_TIMEOUT(session->logs()->lanes().size() >= 2, 20000);
        const QString shown = allVisible();
        QVERIFY2(shown.contains(u"GET /api/animals/"_s), qPrintable(shown));
        // It goes on: the newest line shown changes.
        const QString last = view()->visibleText().constLast();
        QTRY_VERIFY_WITH_TIMEOUT(view()->visibleText().constLast() != last, 10000);
    }

    void sideBySideOneColumnPerService()
    {
        QTRY_VERIFY_WITH_TIMEOUT(session->logs()->lanes().size() >= 2, 20000);
        auto* sideBySide = w<QToolButton>(u"logsSideBySide"_s);
        sideBySide->setChecked(true);
        auto* panes = w<ui::LogPanes>(u"logsPanes"_s);
        QVERIFY(panes->isVisible());
        QVERIFY(!view()->isVisible());
        QCOMPARE(panes->paneCount(), 2);
        // Each column holds its service's lines only, and grows as they arrive.
        for (int i = 0; i < 2; ++i) {
            ui::LogView* v = panes->pane(i);
            QTRY_VERIFY_WITH_TIMEOUT(v->rowCount() > 3, 20000);
            const QString service = session->logs()->lanes()[i].name;
            for (const QString& line : v->visibleText())
                QVERIFY2(line.contains(u"  "_s + service + u"  "_s), qPrintable(service + u": "_s + line));
        }
        // The text filter applies to every column: only the worker prints "job".
        setFilter(u"job"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isFiltering(), 20000);
        for (int i = 0; i < 2; ++i) {
            ui::LogView* v = panes->pane(i);
            if (session->logs()->lanes()[i].name == u"worker"_s) {
                QTRY_VERIFY_WITH_TIMEOUT(v->rowCount() > 0, 20000);
                for (const QString& line : v->visibleText())
                    QVERIFY2(line.contains(u"job"_s), qPrintable(line));
            } else {
                QTRY_COMPARE(v->rowCount(), qint64(0));
            }
        }
        setFilter(QString());
        sideBySide->setChecked(false);
        QVERIFY(view()->isVisible());
        QVERIFY(!panes->isVisible());
    }

    void filtersByLevelAndText()
    {
        auto* level = w<QComboBox>(u"logsLevel"_s);
        level->setCurrentIndex(level->findData(int(logs::Level::Error)));
        QTRY_VERIFY_WITH_TIMEOUT(tab->shownCount() > 3 && !tab->isFiltering(), 20000);
        for (const QString& line : view()->visibleText())
            QVERIFY2(line.contains(u"ERROR"_s) && line.contains(u"database timeout"_s), qPrintable(line));
        level->setCurrentIndex(0);

        setFilter(u"slow query"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tab->matchCount() > 3 && !tab->isFiltering(), 20000);
        QCOMPARE(tab->shownCount(), tab->matchCount());
        for (const QString& line : view()->visibleText())
            QVERIFY2(line.contains(u"slow query"_s), qPrintable(line));
        QVERIFY(w<QLabel>(u"logsCount"_s)->text().contains(u"matching"_s));

        // Next match moves the current line onto a match.
        w<QCheckBox>(u"logsOnlyMatching"_s)->setChecked(false);
        QTRY_VERIFY(!tab->isFiltering());
        QVERIFY(tab->shownCount() > tab->matchCount());
        QTest::mouseClick(w<QWidget>(u"logsNext"_s), Qt::LeftButton);
        QVERIFY(view()->hasCurrent());
        QVERIFY(view()->snapshot().line(view()->currentSeq()).text().contains(u"slow query"_s));
        w<QCheckBox>(u"logsOnlyMatching"_s)->setChecked(true);

        // A regular expression that does not compile: said in words, the rows stay as they were.
        w<QCheckBox>(u"logsRegex"_s)->setChecked(true);
        setFilter(u"(timeout"_s);
        auto* banner = w<QLabel>(u"logsBanner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"regular expression is not valid"_s), qPrintable(banner->text()));
        setFilter(u"request \\d+ failed"_s);
        QVERIFY(!banner->isVisible() || !banner->text().contains(u"regular expression"_s));
        QTRY_VERIFY_WITH_TIMEOUT(tab->matchCount() > 3 && !tab->isFiltering(), 20000);
        for (const QString& line : view()->visibleText())
            QVERIFY2(line.contains(u"failed"_s), qPrintable(line));
        w<QCheckBox>(u"logsRegex"_s)->setChecked(false);
        setFilter(QString());
        QTRY_VERIFY(!tab->isFiltering());
        QCOMPARE(tab->shownCount(), view()->snapshot().size().get());
    }

    void scrollingUpPausesAndResumes()
    {
        view()->setFollowing(true);
        QTRY_VERIFY(view()->rowCount() > 100);
        view()->verticalScrollBar()->setValue(10);
        QVERIFY(!view()->isFollowing());
        const logs::LogSeq top = view()->rowSeq(view()->topRow());
        auto* follow = w<QPushButton>(u"logsFollow"_s);
        // Lines go on arriving, none lost: the button counts them, the view stays where it is.
        QTRY_VERIFY_WITH_TIMEOUT(follow->text().contains(u"new lines"_s), 10000);
        QCOMPARE(view()->rowSeq(view()->topRow()), top);
        QTest::mouseClick(follow, Qt::LeftButton);
        QVERIFY(view()->isFollowing());
        QCOMPARE(view()->topRow(), qMax<qint64>(0, view()->rowCount() - view()->pageRows()));
    }

    void theSecretIsNeverShownCopiedOrFound()
    {
        // The service printed "token=<secret>" several times by now.
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     const logs::LogSnapshot s = view()->snapshot();
                                     for (qint64 i = s.first().get(); i < s.end().get(); ++i)
                                         if (s.line(logs::LogSeq(i)).text().contains(u"using token="_s))
                                             return true;
                                     return false;
                                 }()),
                                 20000);
        const logs::LogSnapshot s = view()->snapshot();
        for (qint64 i = s.first().get(); i < s.end().get(); ++i)
            QVERIFY(!s.line(logs::LogSeq(i)).text().contains(kLogsSecret.left(8)));
        view()->setFocus();
        view()->selectAllRows();
        QTest::keySequence(view(), QKeySequence::Copy);
        QTRY_VERIFY(!QApplication::clipboard()->text().isEmpty());
        QVERIFY(QApplication::clipboard()->text().contains(u"using token="_s));
        QVERIFY(!QApplication::clipboard()->text().contains(kLogsSecret.left(8)));
        setFilter(kLogsSecret);
        QTRY_VERIFY(!tab->isFiltering());
        QCOMPARE(tab->matchCount(), 0);
        setFilter(QString());
    }

    // "Show the logs around HH:MM" from a chart: the tab goes to the first line of the window and
    // says which window it shows; a window older than every line kept is said to be not held,
    // rather than showing the oldest lines as if they were the ones asked for.
    void aNewConnectionTakesTheSourcesOver()
    {
        // The sources read on the logs thread through the session's connection: disconnecting
        // deletes it, so they let go of it first (no crash, no read of a deleted connection) and
        // wait; connecting anew starts them again from the newest line, after a mark.
        client::LogService* logs = session->logs();
        QTRY_VERIFY_WITH_TIMEOUT(logs->snapshot().size().get() > 0, 20000);
        session->disconnectFromServer();
        QVERIFY(!logs->sources().isEmpty());
        for (const client::LogService::SourceState& s : logs->sources())
            QCOMPARE(s.state, logs::LogSource::State::Waiting);
        QVERIFY(logs->isRunning());
        const qint64 before = logs->snapshot().end().get();
        session->connectWith(th->keySettings(u"ops"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(session->isConnected(), qPrintable(session->lastError().toString()), 20000);
        // Started again once the .env's secrets are read anew.
        QTRY_VERIFY_WITH_TIMEOUT(!logs->sources().isEmpty() &&
                                     logs->sources().constFirst().state == logs::LogSource::State::Running,
                                 20000);
        // New lines after the mark.
        QTRY_VERIFY_WITH_TIMEOUT(logs->snapshot().end().get() > before + 3, 20000);
        const logs::LogSnapshot snap = logs->snapshot();
        qint64 markAt = -1;
        for (qint64 seq = std::max(before, snap.first().get()); seq < snap.end().get(); ++seq)
            if (snap.line(logs::LogSeq(seq)).mark) {
                markAt = seq;
                break;
            }
        QVERIFY2(markAt >= 0, "no mark where reading went on");
        QVERIFY(snap.line(logs::LogSeq(markAt)).text().startsWith(u"Connected again"_s));
        QTRY_VERIFY_WITH_TIMEOUT(logs->snapshot().end().get() > markAt + 2, 20000);
    }

    void aWindowFromOutsideIsShownOrSaidToBeGone()
    {
        session->logs()->stop();
        session->logs()->clear();
        QTRY_COMPARE(view()->rowCount(), 0);
        constexpr qint64 kT0 = 1'765'000'000'000LL;
        logs::LogBatch batch;
        for (int i = 0; i < 100; ++i) {
            logs::LogRecord r;
            r.timeMs = kT0 + i * 1000;
            r.text = u"INFO second %1"_s.arg(i);
            batch << std::move(r);
        }
        session->logs()->ingest(batch, u"clock"_s);
        QTRY_COMPARE(view()->rowCount(), 100);
        QLabel* banner = w<QLabel>(u"logsBanner"_s);

        session->logs()->openWindow(kT0 + 50'000, kT0 + 60'000);
        QTRY_VERIFY(!view()->isFollowing());
        const logs::LogSnapshot snap = view()->snapshot();
        QVERIFY(snap.contains(view()->currentSeq()));
        QCOMPARE(snap.line(view()->currentSeq()).text(), u"INFO second 50"_s);
        QVERIFY2(banner->text().startsWith(u"Showing the lines around"_s), qPrintable(banner->text()));

        session->logs()->openWindow(kT0 - 600'000, kT0 - 500'000);
        QVERIFY2(banner->text().startsWith(u"The lines kept begin at"_s), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(u"Resume following"_s), qPrintable(banner->text()));
        w<QPushButton>(u"logsFollow"_s)->click();
        QVERIFY(view()->isFollowing());
        QVERIFY2(!banner->text().contains(u"lines kept begin"_s), qPrintable(banner->text()));
    }

    void aMillionLinesAreFilteredWithoutWaiting()
    {
        session->logs()->stop();
        session->logs()->clear();
        QTRY_COMPARE(view()->rowCount(), 0);
        constexpr int kLines = 1'000'000;
        for (int b = 0; b < kLines / 10000; ++b) {
            logs::LogBatch batch;
            batch.reserve(10000);
            for (int i = 0; i < 10000; ++i) {
                const int n = b * 10000 + i;
                logs::LogRecord r;
                r.timeMs = 1'765'000'000'000LL + n;
                r.text = n % 1000 == 0 ? u"ERROR needle %1"_s.arg(n) : u"INFO haystack line %1"_s.arg(n);
                batch << std::move(r);
            }
            session->logs()->ingest(batch, u"bench"_s);
        }
        QTRY_COMPARE_WITH_TIMEOUT(view()->snapshot().size().get(), qint64(kLines), 180000);
        // The filter starts and the window keeps answering while it scans.
        setFilter(u"needle"_s);
        bool answeredWhileFiltering = false;
        QTimer::singleShot(0, this,
                           [&] { answeredWhileFiltering = tab->isFiltering() || tab->matchCount() > 0; });
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isFiltering() && tab->matchCount() == kLines / 1000, 60000);
        QVERIFY(answeredWhileFiltering);
        QCOMPARE(tab->shownCount(), qint64(kLines / 1000));
        QVERIFY(view()->visibleText().constLast().contains(u"needle 999000"_s));
        setFilter(QString());
        QTRY_COMPARE(tab->shownCount(), qint64(kLines));
    }
};

QTEST_MAIN(TestLogsTab)
#include "tst_logstab.moc"
