// The Backups tab against the test host (PostgreSQL on the host, as root): Back up now adds a good
// backup to the list; Drill selected records a passed drill; Restore selected asks for the
// database's name (the button stays off until it is typed exactly) and brings the rows back;
// Verify says in plain words that the backup is intact, and says it again in Spanish after a
// language switch; Download shows its progress, can be cancelled and goes on from where it was,
// and ends with a copy whose checksum matched; Upload puts a removed backup back; the schedule
// dialog previews the exact cron block and script, applies them and shows a failed last run
// loudly; a support profile may verify and download, the rest is disabled with a tooltip saying
// why; an owner does not get the tab. Screenshots (1366x768) in English and Spanish of the tab,
// the download's progress and the schedule dialog.
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "TestHost.h"
#include "backup/BackupTab.h"
#include "backup/RestoreConfirmDialog.h"
#include "backup/ScheduleDialog.h"
#include "client/BackupService.h"
#include "client/ServerSession.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

using namespace capataz;
using namespace capataz::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kProject = u"/srv/capataz-gui-backup"_s;
}

class TestBackupTab : public QObject {
    Q_OBJECT
    const TestHost* th = nullptr;
    QTemporaryDir m_data;
    QTemporaryDir m_home;
    QString m_downloaded; // the local copy made by download()
    std::unique_ptr<ui::BackupTab> tab;
    std::unique_ptr<client::ServerSession> session;

    template <typename T> T* w(const QString& name) const { return tab->findChild<T*>(name); }

    QByteArray psql(const QString& sql)
    {
        return th->inside(u"runuser -u postgres -- psql -X -At -d guishop -c \""_s + sql + u"\" 2>&1"_s)
            .trimmed();
    }

    void shot(const QString& name, QWidget* widget = nullptr)
    {
#ifdef CAPATAZ_SCREENSHOT_DIR
        QTest::qWait(200);
        QDir().mkpath(QStringLiteral(CAPATAZ_SCREENSHOT_DIR));
        (widget ? widget : tab.get())
            ->grab()
            .save(QStringLiteral(CAPATAZ_SCREENSHOT_DIR) + u"/backup-"_s + name + u".png"_s);
#else
        Q_UNUSED(name);
        Q_UNUSED(widget);
#endif
    }

    QString status() const { return w<QLabel>(u"backupStatus"_s)->text(); }

    void selectFirst()
    {
        auto* list = w<QTreeWidget>(u"backupList"_s);
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (!list->topLevelItem(i)->data(0, Qt::UserRole).toString().isEmpty()) {
                list->clearSelection();
                list->topLevelItem(i)->setSelected(true);
                return;
            }
        QFAIL("no backup to select");
    }

    QString selected() const
    {
        const auto items = w<QTreeWidget>(u"backupList"_s)->selectedItems();
        return items.isEmpty() ? QString() : items.first()->data(0, Qt::UserRole).toString();
    }

    void setLanguage(const QString& language)
    {
        ui::LanguageManager::instance().setLanguage(language);
        // The widgets follow once their LanguageChange event is handled, after the translator.
        QTRY_VERIFY(w<QPushButton>(u"backupRefresh"_s)->text() ==
                    (language == u"es"_s ? u"Ac&tualizar"_s : u"Re&fresh"_s));
        QTest::qWait(50);
    }

private slots:
    void initTestCase()
    {
        qputenv("CAPATAZ_DATA_DIR", m_data.path().toLocal8Bit());
        qputenv("HOME", m_home.path().toLocal8Bit()); // paths are shown with "~"
        QString why;
        th = TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        ui::LanguageManager::instance().setLanguage(u"en"_s);
        int rc = -1;
        th->inside(
            u"pg_ctlcluster 15 main start 2>/dev/null; cd / && runuser -u postgres -- psql -X -q <<'SQL'\n"
            "DROP DATABASE IF EXISTS guishop;\nDROP ROLE IF EXISTS guiapp;\n"
            "CREATE ROLE guiapp LOGIN PASSWORD 'gui-pw-71f3';\nCREATE DATABASE guishop OWNER guiapp;\nSQL\n"
            "runuser -u postgres -- psql -X -q -d guishop -c 'SET ROLE guiapp; CREATE TABLE items AS "
            "SELECT generate_series(1, 300) AS id; CREATE TABLE notes AS SELECT n, md5(random()::text) || "
            "md5(random()::text) || md5(random()::text) AS note FROM generate_series(1, 3000) AS n'\n"
            "mkdir -p "_s +
                kProject + u" && printf 'DB=guishop\\nDBU=guiapp\\nDBP=gui-pw-71f3\\n' > "_s + kProject +
                u"/.env && rm -rf /var/backups/capataz/capataz_gui_backup"_s,
            &rc);
        QCOMPARE(rc, 0);

        tab = std::make_unique<ui::BackupTab>();
        tab->resize(1366, 768);
        tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(tab.get()));
        stack::RecipeBackupTarget t;
        t.kind = stack::RecipeBackupTarget::Postgres;
        t.databaseEnv = u"DB"_s;
        t.userEnv = u"DBU"_s;
        t.passwordEnv = u"DBP"_s;
        tab->setTargets({t});

        store::ServerProfile p;
        p.name = u"gui-backup"_s;
        p.host = th->host();
        p.port = th->port();
        p.user = u"root"_s;
        p.auth = store::AuthMethod::KeyFile;
        p.keyPath = th->value(u"TH_KEY_ROOT"_s);
        p.sudo = remote::SudoMode::RootLogin;
        p.role = store::Role::Admin;
        p.projectDir = kProject;
        QVERIFY2(p.validate(), "profile");
        session = std::make_unique<client::ServerSession>(p);
        tab->setSession(session.get());
        QVERIFY(w<QLabel>(u"backupNotConnected"_s)->isVisible());
        QVERIFY(!w<QPushButton>(u"backupCreate"_s)->isEnabled());
        session->connectWith(th->keySettings(u"root"_s));
        QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 20000);
    }

    void createDrillRestore()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 60000);
        auto* list = w<QTreeWidget>(u"backupList"_s);
        QCOMPARE(list->topLevelItemCount(), 0);
        // No backup at all: the alarm says so, loudly.
        QVERIFY(w<QLabel>(u"backupAlarms"_s)->text().contains(u"No backup"_s));

        QTest::mouseClick(w<QPushButton>(u"backupCreate"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 60000);
        QCOMPARE(list->topLevelItem(0)->text(3), u"good"_s);
        QCOMPARE(list->topLevelItem(0)->text(4), u"never"_s);
        QVERIFY(w<QLabel>(u"backupAlarms"_s)->text().isEmpty());

        list->topLevelItem(0)->setSelected(true);
        QTest::mouseClick(w<QPushButton>(u"backupDrill"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            list->topLevelItemCount() == 1 && list->topLevelItem(0)->text(4).startsWith(u"passed"_s), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 60000);
        shot(u"tab-en"_s);

        // Lose rows, then restore: the dialog's button waits for the database's name.
        psql(u"delete from items where id > 20"_s);
        list->topLevelItem(0)->setSelected(true);
        QTest::mouseClick(w<QPushButton>(u"backupRestore"_s), Qt::LeftButton);
        ui::RestoreConfirmDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = tab->findChild<ui::RestoreConfirmDialog*>()) != nullptr && dialog->isVisible());
        auto* input = dialog->findChild<QLineEdit*>(u"restoreConfirmInput"_s);
        auto* ok = dialog->findChild<QPushButton*>(u"restoreConfirmOk"_s);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(input, u"guisho"_s);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(input, u"p"_s);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w<QLabel>(u"backupStatus"_s)->text().contains(u"Restored"_s) ||
                                     w<QLabel>(u"backupStatus"_s)->text().contains(u"failed"_s),
                                 60000);
        QVERIFY2(w<QLabel>(u"backupStatus"_s)->text().contains(u"Restored"_s),
                 qPrintable(w<QLabel>(u"backupStatus"_s)->text()));
        QCOMPARE(psql(u"select count(*) from items"_s), QByteArray("300"));
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 60000);
    }

    void verifyAndLanguageSwitch()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 60000);
        selectFirst();
        const QString name = selected();
        QTest::mouseClick(w<QPushButton>(u"backupVerify"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 60000);
        QVERIFY2(status().contains(name + u" is intact"_s), qPrintable(status()));

        // The message is data: a language switch writes it again in Spanish, nothing English stays.
        setLanguage(u"es"_s);
        QTRY_VERIFY2(status().contains(name + u" está intacta"_s), qPrintable(status()));
        QVERIFY(!status().contains(u"intact:"_s));
        QCOMPARE(w<QPushButton>(u"backupVerify"_s)->text(), u"&Verificar la seleccionada"_s);
        shot(u"tab-es"_s);
        // Narrower than the window leaves it beside the server list: the buttons wrap, none is cut.
        tab->resize(760, 560);
        QTest::qWait(100);
        auto* bar = w<QWidget>(u"backupButtons"_s);
        for (auto* b : bar->findChildren<QPushButton*>()) {
            QVERIFY2(b->geometry().right() < bar->width(), qPrintable(b->text()));
            QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->text()));
        }
        shot(u"tab-es-narrow"_s);
        tab->resize(1366, 768);
        setLanguage(u"en"_s);
        QTRY_VERIFY2(status().contains(name + u" is intact"_s), qPrintable(status()));
    }

    void download()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 60000);
        selectFirst();
        const QString name = selected();
        // The button asks for a folder first (a file dialog, opened without blocking).
        QTest::mouseClick(w<QPushButton>(u"backupDownload"_s), Qt::LeftButton);
        QFileDialog* ask = nullptr;
        QTRY_VERIFY((ask = tab->findChild<QFileDialog*>(u"backupDownloadFolder"_s)) != nullptr);
        ask->reject();

        const QString folder = m_home.path() + u"/Backups"_s;
        QDir().mkpath(folder);
        // Cancel as soon as it starts: nothing is left as the finished file. (The download is one
        // stream: a backup this small arrives within a moment, so the click comes first.)
        tab->downloadTo(folder);
        auto* bar = w<QProgressBar>(u"backupProgress"_s);
        QVERIFY(bar->isVisible());
        shot(u"download-en"_s);
        QTest::mouseClick(w<QPushButton>(u"backupCancel"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 30000);
        QVERIFY2(status().contains(u"cancelled"_s), qPrintable(status()));
        QVERIFY(!bar->isVisible());
        QVERIFY(!QFileInfo::exists(folder + u'/' + name));

        // A download cut earlier left part of the file: the next one goes on from there.
        const QByteArray whole = th->inside(u"cat /var/backups/capataz/capataz_gui_backup/"_s + name);
        QVERIFY(whole.size() > 2048);
        QFile partial(folder + u'/' + name + u".partial"_s);
        QVERIFY(partial.open(QIODevice::WriteOnly | QIODevice::Truncate));
        partial.write(whole.left(whole.size() / 2));
        partial.close();
        setLanguage(u"es"_s);
        tab->downloadTo(folder);
        QVERIFY(bar->isVisible());
        shot(u"download-es"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 120000);
        setLanguage(u"en"_s);
        m_downloaded = tab->localPathOfLastDownload();
        QCOMPARE(m_downloaded, folder + u'/' + name);
        QVERIFY(QFileInfo::exists(m_downloaded));
        QVERIFY(QFileInfo::exists(m_downloaded + u".manifest.json"_s));
        QVERIFY2(status().contains(u"~/Backups/"_s + name), qPrintable(status()));
        QVERIFY2(status().contains(u"checksum matches the manifest"_s), qPrintable(status()));
        QVERIFY2(status().contains(u"Continued an earlier download"_s), qPrintable(status()));
        QVERIFY(!status().contains(m_home.path()));
    }

    void upload()
    {
        QVERIFY(!m_downloaded.isEmpty());
        const QString name = QFileInfo(m_downloaded).fileName();
        // The same backup is on the server: nothing to upload.
        tab->uploadFile(m_downloaded);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 60000);
        QVERIFY2(status().contains(u"already on the server"_s), qPrintable(status()));
        // Gone from the server: Upload puts it back, checked there.
        th->inside(u"cd /var/backups/capataz/capataz_gui_backup && rm -f "_s + name + u" "_s + name +
                   u".manifest.json "_s + name + u".drill.json"_s);
        tab->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 60000);
        const auto has = [&] {
            return std::any_of(tab->entries().cbegin(), tab->entries().cend(),
                               [&](const backup::BackupEntry& e) { return e.name == name && e.isGood(); });
        };
        QVERIFY(!has());
        tab->uploadFile(m_downloaded);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && status().contains(u"Uploaded"_s), 60000);
        QVERIFY2(status().contains(u"checksum matches its manifest"_s), qPrintable(status()));
        QVERIFY(has());
        // A file without its manifest beside it is refused here, before anything is sent.
        QFile::copy(m_downloaded, m_home.path() + u"/lonely.dump.zst"_s);
        tab->uploadFile(m_home.path() + u"/lonely.dump.zst"_s);
        QVERIFY2(status().contains(u"has no manifest beside it"_s), qPrintable(status()));
    }

    void scheduleDialog()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 60000);
        th->inside(u"rm -f /etc/cron.d/capataz-backups /usr/local/lib/capataz/backup-capataz_gui_backup.sh "
                   "/var/backups/capataz/capataz_gui_backup/last-run.json"_s);
        QTest::mouseClick(w<QPushButton>(u"backupSchedule"_s), Qt::LeftButton);
        ui::ScheduleDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = tab->findChild<ui::ScheduleDialog*>()) != nullptr && dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->installed().has_value(), 30000);
        auto* current = dialog->findChild<QLabel*>(u"scheduleCurrent"_s);
        QVERIFY2(current->text().contains(u"No schedule is installed"_s), qPrintable(current->text()));

        // The preview is exactly what Apply writes: the cron line for 03:30 and the script.
        dialog->findChild<QTimeEdit*>(u"scheduleTime"_s)->setTime(QTime(3, 30));
        const QString script = u"/usr/local/lib/capataz/backup-capataz_gui_backup.sh"_s;
        QVERIFY2(dialog->previewText().contains(u"30 3 * * * root "_s + script),
                 qPrintable(dialog->previewText()));
        QVERIFY(dialog->previewText().contains(backup::scheduleScript(dialog->spec())));
        QVERIFY(dialog->previewText().contains(backup::cronBlock(dialog->spec())));
        QVERIFY(!dialog->previewText().contains(u"gui-pw-71f3"_s)); // read from .env at run time only
        auto* summary = dialog->findChild<QLabel*>(u"schedulePreviewSummary"_s);
        QVERIFY2(summary->text().contains(u"(new)"_s), qPrintable(summary->text()));
        // Nothing to back up: no preview, Apply off.
        auto* source = dialog->findChild<QCheckBox*>(u"scheduleSource0"_s);
        source->setChecked(false);
        QVERIFY(!dialog->findChild<QPushButton*>(u"scheduleApply"_s)->isEnabled());
        QVERIFY(summary->text().contains(u"at least one"_s));
        source->setChecked(true);

        QTest::mouseClick(dialog->findChild<QPushButton*>(u"scheduleApply"_s), Qt::LeftButton);
        auto* result = dialog->findChild<QLabel*>(u"scheduleResult"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"Schedule installed"_s), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && current->text().contains(u"03:30"_s), 30000);
        QVERIFY(th->inside(u"cat /etc/cron.d/capataz-backups"_s)
                    .contains((u"30 3 * * * root "_s + script).toUtf8()));
        QCOMPARE(th->inside(u"cat "_s + script), backup::scheduleScript(dialog->spec()).toUtf8());
        QVERIFY2(summary->text().contains(u"change nothing"_s), qPrintable(summary->text()));

        // A failed scheduled run is shown loudly.
        th->inside(u"printf '{\"capataz_run\": 1, \"started\": \"2026-12-06T03:30:00Z\", \"ended\": "
                   "\"2026-12-06T03:30:05Z\", \"exit\": 1, \"made\": [], \"failed\": [\"kind=postgres\"], "
                   "\"deleted\": []}' > /var/backups/capataz/capataz_gui_backup/last-run.json"_s);
        dialog->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
        auto* lastRun = dialog->findChild<QLabel*>(u"scheduleLastRun"_s);
        QVERIFY2(lastRun->text().contains(u"FAILED"_s), qPrintable(lastRun->text()));
        QVERIFY2(lastRun->text().contains(u"What failed: postgres."_s), qPrintable(lastRun->text()));
        QVERIFY(lastRun->styleSheet().contains(u"bold"_s));
        QVERIFY(dialog->width() <= 1366 && dialog->height() <= 768);
        shot(u"schedule-en"_s, dialog);
        setLanguage(u"es"_s);
        QTRY_VERIFY2(lastRun->text().contains(u"FALLÓ"_s), qPrintable(lastRun->text()));
        QTRY_VERIFY2(current->text().contains(u"Se ejecuta"_s), qPrintable(current->text()));
        shot(u"schedule-es"_s, dialog);
        setLanguage(u"en"_s);
        dialog->close();
        QTRY_VERIFY(tab->findChild<ui::ScheduleDialog*>() == nullptr);
        th->inside(u"rm -f /var/backups/capataz/capataz_gui_backup/last-run.json"_s);
        tab->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 60000);
    }

    void sessionAlarmFollowsTheBackups()
    {
        // What the server list's warning sign reads: checked on connect, and after every listing
        // of the tab. A good, fresh backup raises nothing; the same file cut short raises Failed.
        client::BackupService* service = session->backups();
        QVERIFY(service->hasChecked());
        QVERIFY(service->alarms().isEmpty());
        th->inside(
            u"cd /var/backups/capataz/capataz_gui_backup && for f in *.dump.zst; do truncate -s 10 \"$f\"; done"_s);
        service->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!service->alarms().isEmpty(), 30000);
        QVERIFY(std::any_of(
            service->alarms().cbegin(), service->alarms().cend(),
            [](const backup::BackupAlarm& a) { return a.kind == backup::BackupAlarm::Kind::Failed; }));
        tab->refresh(); // the tab shows the same alarm, in red
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 30000);
        QVERIFY(w<QLabel>(u"backupAlarms"_s)->text().contains(u"did not finish or has no valid manifest"_s));
    }

    void supportMayVerifyAndDownloadOnly()
    {
        QVERIFY(!tab->isForRole(store::Role::Owner));
        QVERIFY(tab->isForRole(store::Role::Support));
        QVERIFY(tab->isForRole(store::Role::Admin));
        store::ServerProfile p = session->profile();
        p.name = u"gui-backup-support"_s;
        p.role = store::Role::Support;
        client::ServerSession support(p);
        tab->setSession(&support);
        support.connectWith(th->keySettings(u"root"_s));
        QTRY_VERIFY_WITH_TIMEOUT(support.isConnected(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(w<QTreeWidget>(u"backupList"_s)->topLevelItemCount() >= 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 60000);
        selectFirst();
        for (const QString& allowed : {u"backupRefresh"_s, u"backupVerify"_s, u"backupDownload"_s}) {
            auto* b = w<QPushButton>(allowed);
            QVERIFY2(b->isVisible() && b->isEnabled(), qPrintable(allowed));
            QVERIFY2(!b->toolTip().contains(u"admin"_s), qPrintable(allowed));
        }
        for (const QString& denied : {u"backupCreate"_s, u"backupDrill"_s, u"backupRestore"_s,
                                      u"backupUpload"_s, u"backupSchedule"_s}) {
            auto* b = w<QPushButton>(denied);
            QVERIFY2(b->isVisible() && !b->isEnabled(), qPrintable(denied));
            QVERIFY2(b->toolTip().contains(u"support role"_s) && b->toolTip().contains(u"admin profile"_s),
                     qPrintable(b->toolTip()));
        }
        // Calling them anyway does nothing.
        tab->openSchedule();
        QVERIFY(tab->findChild<ui::ScheduleDialog*>() == nullptr);
        tab->createBackups();
        QVERIFY(!tab->isBusy());
        // Verify works for support (the backups were cut short above: it says so).
        const QString name = selected();
        QTest::mouseClick(w<QPushButton>(u"backupVerify"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && status().contains(name), 60000);
        QVERIFY2(!status().contains(u"RoleNotAllowed"_s), qPrintable(status()));
        tab->setSession(session.get());
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 60000);
    }

    void cleanupTestCase()
    {
        tab.reset();
        session.reset();
        if (th)
            th->inside(u"rm -rf /var/backups/capataz/capataz_gui_backup /etc/cron.d/capataz-backups "
                       "/usr/local/lib/capataz/backup-capataz_gui_backup.sh "_s +
                       kProject + u"; pg_ctlcluster 15 main stop 2>/dev/null || true"_s);
    }
};

QTEST_MAIN(TestBackupTab)
#include "tst_backuptab.moc"
