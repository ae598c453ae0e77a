// The console window driven as a user would, offscreen, against the real test host.
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "TestHost.h"
#include "client/ServerRegistry.h"
#include "console/ConsoleOutput.h"
#include "secrets/SecretStore.h"
#include "servers/ServerDialog.h"
#include "store/DataDir.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>

#include <algorithm>

using namespace capataz;
using namespace capataz::test;
using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT
    const TestHost* th = nullptr;
    QTemporaryDir home;
    std::unique_ptr<client::ServerRegistry> registry;
    std::unique_ptr<secrets::SecretStore> secrets;
    std::unique_ptr<ui::MainWindow> window;

    void addServerThroughDialog(const QString& name, const QString& user, const QString& key, int roleIndex)
    {
        QTest::mouseClick(child<QToolButton>(window.get(), u"serverAdd"_s), Qt::LeftButton);
        ui::ServerDialog* d = nullptr;
        QTRY_VERIFY((d = findTopLevel<ui::ServerDialog>()) != nullptr);
        QTest::keyClicks(child<QLineEdit>(d, u"serverName"_s), name);
        QTest::keyClicks(child<QLineEdit>(d, u"serverHost"_s), th->host());
        child<QSpinBox>(d, u"serverPort"_s)->setValue(th->port());
        auto* userEdit = child<QLineEdit>(d, u"serverUser"_s);
        userEdit->clear();
        QTest::keyClicks(userEdit, user);
        child<QComboBox>(d, u"serverAuth"_s)->setCurrentIndex(1); // key file
        QTest::keyClicks(child<QLineEdit>(d, u"serverKeyPath"_s), key);
        child<QComboBox>(d, u"serverSudo"_s)->setCurrentIndex(user == u"root" ? 1 : 2);
        child<QComboBox>(d, u"serverRole"_s)->setCurrentIndex(roleIndex);
        QTest::mouseClick(child<QPushButton>(d, u"serverDialogOk"_s), Qt::LeftButton);
        QTRY_VERIFY(!d->isVisible());
        QCOMPARE(window->currentSession()->profile().name, name);
    }

    QStringList visibleTabTitles() const
    {
        QStringList titles;
        auto* tabs = child<QTabWidget>(window.get(), u"serverTabs"_s);
        for (int i = 0; i < tabs->count(); ++i)
            titles << tabs->widget(i)->objectName();
        return titles;
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        qputenv("HOME", home.path().toUtf8()); // no ~/.ssh/known_hosts of the real user
        store::setDataDirectoryOverride(home.filePath(u"data"_s));
        QVERIFY(store::ensureDataDirectory().has_value());
        ui::LanguageManager::instance().setLanguage(u"en"_s);
        registry = std::make_unique<client::ServerRegistry>();
        QVERIFY(registry->open(store::dataDirectory()).has_value());
        secrets = std::make_unique<secrets::SecretStore>();
        window = std::make_unique<ui::MainWindow>(*registry, *secrets);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }
    void cleanupTestCase()
    {
        window.reset();
        registry.reset();
    }

    void welcomeWhenEmpty()
    {
        QCOMPARE(registry->count(), 0);
        QWidget* welcome = child<QWidget>(window.get(), u"welcomePage"_s);
        QVERIFY(welcome->isVisible());
        // What a newcomer sees first, on the smallest common laptop screen, in both languages:
        // every wrapped paragraph shown whole (it was once cut to one line's height).
        window->resize(1366, 768);
        for (const QString& lang : {u"en"_s, u"es"_s}) {
            ui::LanguageManager::instance().setLanguage(lang);
            const QString add = lang == u"es"_s ? u"Añadir un servidor…"_s : u"Add a server…"_s;
            QTRY_VERIFY(std::ranges::any_of(welcome->findChildren<QPushButton*>(),
                                            [&](const QPushButton* b) { return b->text() == add; }));
            QTest::qWait(200); // the layout after the switch
            QVERIFY(window->width() <= 1366);
            for (const QLabel* label : welcome->findChildren<QLabel*>()) {
                if (label->isVisible() && label->wordWrap())
                    QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                             qPrintable(label->text()));
            }
#ifdef CAPATAZ_SCREENSHOT_DIR
            QDir().mkpath(QStringLiteral(CAPATAZ_SCREENSHOT_DIR));
            QVERIFY(window->grab().save(QStringLiteral(CAPATAZ_SCREENSHOT_DIR) + u"/welcome-"_s + lang +
                                        u".png"_s));
#endif
        }
        // Back to English, and wait for it: the next tests read English texts.
        ui::LanguageManager::instance().setLanguage(u"en"_s);
        QTRY_VERIFY(std::ranges::any_of(welcome->findChildren<QPushButton*>(), [](const QPushButton* b) {
            return b->text() == u"Add a server…"_s;
        }));
    }

    void changedHostKeyWarnsAndDoesNotConnect()
    {
        // A profile whose known_hosts file holds another key for the test host.
        const QString kh = home.filePath(u"other_known_hosts"_s);
        QFile f(kh);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(th->host().toUtf8() +
                " ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIArEwVAsJEJoxo5mGQSny/LcETp9WE9DhQ7QwiqwEs0v\n" +
                th->host().toUtf8() +
                " ecdsa-sha2-nistp256 "
                "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opKgwFB9nkt5YRrYMjNu"
                "G5N87uRgg6CLrbo5wAdT/y6v0mKV0U2w9WWd+DCsfdSNsEM=\n");
        f.close();
        store::ServerProfile p;
        p.name = u"intercepted"_s;
        p.host = th->host();
        p.port = th->port();
        p.user = u"root"_s;
        p.auth = store::AuthMethod::KeyFile;
        p.keyPath = th->value(u"TH_KEY_ROOT"_s);
        p.knownHostsFile = kh;
        p.role = store::Role::Support;
        QVERIFY(registry->add(p).has_value());
        window->selectServer(u"intercepted"_s);
        QTest::mouseClick(child<QPushButton>(window.get(), u"serverConnect"_s), Qt::LeftButton);
        QDialog* warning = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((warning = findTopLevel<QDialog>(u"hostKeyChangedDialog"_s)) != nullptr,
                                 15000);
        QVERIFY(child<QLabel>(warning, u"hostKeyChangedWarning"_s)->text().contains(u"changed"_s));
        // No way to connect anyway: the only button closes.
        QVERIFY(!child<QPushButton>(warning, u"hostKeyAcceptOnce"_s));
        QVERIFY(!child<QPushButton>(warning, u"hostKeyRemember"_s));
        QCOMPARE(window->currentSession()->status(), client::ServerSession::Status::Error);
        QTest::mouseClick(child<QPushButton>(warning, u"hostKeyCancel"_s), Qt::LeftButton);
    }

    void addConnectAcceptRun()
    {
        addServerThroughDialog(u"web"_s, u"root"_s, th->value(u"TH_KEY_ROOT"_s), 0);
        QVERIFY(child<QWidget>(window.get(), u"serverView"_s)->isVisible());
        QTest::mouseClick(child<QPushButton>(window.get(), u"serverConnect"_s), Qt::LeftButton);
        QWidget* hostKey = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((hostKey = findTopLevel<QDialog>(u"hostKeyDialog"_s)) != nullptr, 15000);
        const QString fpr = child<QLabel>(hostKey, u"hostKeyFingerprint"_s)->text();
        QVERIFY(fpr.startsWith(u"SHA256:"_s));
        QVERIFY(fpr == th->value(u"TH_SSH_HOST_KEY_ED25519_FPR"_s) ||
                fpr == th->value(u"TH_SSH_HOST_KEY_ECDSA_FPR"_s));
        QTest::mouseClick(child<QPushButton>(hostKey, u"hostKeyRemember"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window->currentSession()->status(),
                                  client::ServerSession::Status::Connected, 15000);
        QTRY_VERIFY(!findTopLevel<QDialog>(u"connectDialog"_s));

        auto* tabs = child<QTabWidget>(window.get(), u"serverTabs"_s);
        QWidget* console = child<QWidget>(window.get(), u"consoleTab"_s);
        if (!console)
            QSKIP("no Console tab in this build");
        tabs->setCurrentWidget(console);
        QTest::keyClicks(child<QLineEdit>(console, u"consoleInput"_s),
                         u"echo hello from $(hostname); exit 7"_s);
        QTest::mouseClick(child<QPushButton>(console, u"consoleRun"_s), Qt::LeftButton);
        // Long enough for a loaded machine: a clean-clone run beside two builds needed 17.3 s
        // for this first command after connecting (15 s was the limit then).
        QTRY_VERIFY_WITH_TIMEOUT(
            child<ui::ConsoleOutput>(console, u"consoleOutput"_s)->text().contains(u"hello from testhost"_s),
            60000);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(console, u"consoleExitCode"_s)->text().contains(u"7"_s),
                                 15000);
    }

    void supportRoleCannotChangeTheServer()
    {
        addServerThroughDialog(u"helpdesk"_s, u"ops"_s, th->value(u"TH_KEY_OPS"_s), 1);
        const QStringList tabs = visibleTabTitles();
        QVERIFY(!tabs.contains(u"consoleTab"_s));
        QVERIFY(!tabs.contains(u"setupTab"_s));
        QVERIFY(tabs.contains(u"overviewTab"_s) || tabs.isEmpty());
        // An owner sees the status page and nothing else, and it opens on it.
        addServerThroughDialog(u"ranch"_s, u"ops"_s, th->value(u"TH_KEY_OPS"_s), 2);
        QCOMPARE(visibleTabTitles(), QStringList{u"statusTab"_s});
        QCOMPARE(child<QTabWidget>(window.get(), u"serverTabs"_s)->currentWidget()->objectName(),
                 u"statusTab"_s);
    }

    void switchingLanguageChangesTexts()
    {
        auto* add = child<QToolButton>(window.get(), u"serverAdd"_s);
        QCOMPARE(add->text(), u"Add…"_s);
        ui::LanguageManager::instance().setLanguage(u"es"_s);
        QTRY_COMPARE(add->text(), u"Añadir…"_s);
        QVERIFY(child<QLineEdit>(window.get(), u"serverSearch"_s)->placeholderText().contains(u"Buscar"_s));
        ui::LanguageManager::instance().setLanguage(u"en"_s);
        QTRY_COMPARE(add->text(), u"Add…"_s);
    }

    void anOwnersComputerShowsNoTechnicalMenus()
    {
        // The ranch owner's laptop: only owners' profiles left.
        QVERIFY(child<QAction>(window.get(), u"actionAuditLog"_s)->isVisible());
        for (int i = registry->count() - 1; i >= 0; --i) {
            if (registry->at(i)->profile().role != store::Role::Owner)
                QVERIFY(registry->remove(registry->at(i)).has_value());
        }
        QCOMPARE(registry->count(), 1);
        QStringList menus;
        for (const QAction* a : window->menuBar()->actions()) {
            if (a->isVisible())
                menus << a->text();
        }
        QCOMPARE(menus, (QStringList{u"&File"_s, u"&Server"_s, u"&Help"_s}));
        for (const char* name : {"actionAuditLog", "actionImportSshConfig", "actionDuplicateServer",
                                 "actionFleet", "actionAccess"})
            QVERIFY2(!child<QAction>(window.get(), QString::fromLatin1(name))->isVisible(), name);
        for (const char* name : {"serverImport", "serverDuplicate"})
            QVERIFY2(!child<QToolButton>(window.get(), QString::fromLatin1(name))->isVisible(), name);
        // What an owner needs stays.
        for (const char* name : {"actionConnect", "actionEditServer", "actionSettings", "actionGuide"})
            QVERIFY2(child<QAction>(window.get(), QString::fromLatin1(name))->isVisible(), name);
        QCOMPARE(visibleTabTitles(), QStringList{u"statusTab"_s});
#ifdef CAPATAZ_SCREENSHOT_DIR
        window->resize(1366, 768);
        for (const QString& lang : {u"en"_s, u"es"_s}) {
            ui::LanguageManager::instance().setLanguage(lang);
            QTRY_COMPARE(window->menuBar()->actions().value(0)->text(),
                         lang == u"es"_s ? u"&Archivo"_s : u"&File"_s);
            QTest::qWait(200);
            QVERIFY(window->grab().save(QStringLiteral(CAPATAZ_SCREENSHOT_DIR) + u"/owner-window-"_s + lang +
                                        u".png"_s));
        }
        ui::LanguageManager::instance().setLanguage(u"en"_s);
        QTRY_COMPARE(window->menuBar()->actions().value(0)->text(), u"&File"_s);
#endif
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
