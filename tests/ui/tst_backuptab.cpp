// The Backups tab against the test host (PostgreSQL on the host, as root): Back up now adds a good
// backup to the list; Drill selected records a passed drill; Restore selected asks for the
// database's name (the button stays off until it is typed exactly) and brings the rows back; a
// support profile sees the list without the buttons that change anything. Screenshots in English
// and Spanish.
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "TestHost.h"
#include "backup/BackupTab.h"
#include "backup/RestoreConfirmDialog.h"
#include "client/ServerSession.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
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
    std::unique_ptr<ui::BackupTab> tab;
    std::unique_ptr<client::ServerSession> session;

    template <typename T> T* w(const QString& name) const { return tab->findChild<T*>(name); }

    QByteArray psql(const QString& sql)
    {
        return th->inside(u"runuser -u postgres -- psql -X -At -d guishop -c \""_s + sql + u"\" 2>&1"_s)
            .trimmed();
    }

    void shot(const QString& name)
    {
#ifdef CAPATAZ_SCREENSHOT_DIR
        QDir().mkpath(QStringLiteral(CAPATAZ_SCREENSHOT_DIR));
        tab->grab().save(QStringLiteral(CAPATAZ_SCREENSHOT_DIR) + u"/backup-tab-"_s + name + u".png"_s);
#else
        Q_UNUSED(name);
#endif
    }

private slots:
    void initTestCase()
    {
        qputenv("CAPATAZ_DATA_DIR", m_data.path().toLocal8Bit());
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
            "SELECT generate_series(1, 300) AS id'\n"
            "mkdir -p "_s +
                kProject + u" && printf 'DB=guishop\\nDBU=guiapp\\nDBP=gui-pw-71f3\\n' > "_s + kProject +
                u"/.env && rm -rf /var/backups/capataz/capataz_gui_backup"_s,
            &rc);
        QCOMPARE(rc, 0);

        tab = std::make_unique<ui::BackupTab>();
        tab->resize(1000, 480);
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
        shot(u"en"_s);

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

    void spanishScreenshot()
    {
        ui::LanguageManager::instance().setLanguage(u"es"_s);
        QCoreApplication::processEvents();
        shot(u"es"_s);
        ui::LanguageManager::instance().setLanguage(u"en"_s);
    }

    void supportSeesTheListOnly()
    {
        store::ServerProfile p = session->profile();
        p.name = u"gui-backup-support"_s;
        p.role = store::Role::Support;
        client::ServerSession support(p);
        tab->setSession(&support);
        support.connectWith(th->keySettings(u"root"_s));
        QTRY_VERIFY_WITH_TIMEOUT(support.isConnected(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(w<QTreeWidget>(u"backupList"_s)->topLevelItemCount() >= 1, 30000);
        QVERIFY(!w<QPushButton>(u"backupCreate"_s)->isVisible());
        QVERIFY(!w<QPushButton>(u"backupDrill"_s)->isVisible());
        QVERIFY(!w<QPushButton>(u"backupRestore"_s)->isVisible());
        QVERIFY(w<QPushButton>(u"backupRefresh"_s)->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), 60000);
        tab->setSession(session.get());
    }

    void cleanupTestCase()
    {
        tab.reset();
        session.reset();
        if (th)
            th->inside(u"rm -rf /var/backups/capataz/capataz_gui_backup "_s + kProject +
                       u"; pg_ctlcluster 15 main stop 2>/dev/null || true"_s);
    }
};

QTEST_MAIN(TestBackupTab)
#include "tst_backuptab.moc"
