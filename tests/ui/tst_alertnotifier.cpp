// AlertNotifier without a server: a session's AlertService is driven with samples put in its
// metrics store and a simulated clock. A rule that fires shows exactly one message (the service's
// one per rule), in Spanish when the UI is Spanish; offscreen there is no system tray, so it goes
// to the main window's status bar. A language switch reaches every session's service.
#include "AlertTestSupport.h"
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "alerts/AlertListDialog.h"
#include "alerts/AlertNotifier.h"
#include "client/ServerRegistry.h"
#include "secrets/SecretStore.h"
#include "store/DataDir.h"

#include <QLabel>
#include <QStatusBar>
#include <QSystemTrayIcon>

using namespace capataz;
using namespace capataz::test;
using namespace Qt::Literals::StringLiterals;

class TestAlertNotifier : public QObject {
    Q_OBJECT
    QTemporaryDir home;
    std::unique_ptr<client::ServerRegistry> registry;
    std::unique_ptr<secrets::SecretStore> secrets;

    store::ServerProfile profile(const QString& name, store::Role role) const
    {
        store::ServerProfile p;
        p.name = name;
        p.host = u"192.0.2.10"_s;
        p.user = u"ops"_s;
        p.role = role;
        return p;
    }

private slots:
    void initTestCase()
    {
        qputenv("HOME", home.path().toUtf8());
        store::setDataDirectoryOverride(home.filePath(u"data"_s));
        QVERIFY(store::ensureDataDirectory().has_value());
        registry = std::make_unique<client::ServerRegistry>();
        QVERIFY(registry->open(store::dataDirectory()).has_value());
        QVERIFY(registry->add(profile(u"rancho-produccion"_s, store::Role::Support)).has_value());
        QVERIFY(registry->add(profile(u"joyeria-tienda"_s, store::Role::Admin)).has_value());
        secrets = std::make_unique<secrets::SecretStore>();
    }
    void cleanupTestCase() { registry.reset(); }

    void firingNotifiesOnceInSpanish()
    {
        ui::LanguageManager::instance().setLanguage(u"es"_s);
        ui::MainWindow window(*registry, *secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* notifier = window.findChild<ui::AlertNotifier*>(u"alertNotifier"_s);
        QVERIFY(notifier);
        QCOMPARE(notifier->language(), u"es"_s);
        QCOMPARE(notifier->usesTray(), QSystemTrayIcon::isSystemTrayAvailable());

        client::ServerSession* session = registry->find(u"rancho-produccion");
        QVERIFY(session);
        const QString file = home.filePath(u"rules-rancho.json"_s);
        QVERIFY(metrics::saveAlertRules(
            file, {AlertDriver::queueRule(u"QueueLong"_s, 100, 30'000), AlertDriver::missingRule()}));
        session->alerts()->setRulesFile(file);
        AlertDriver driver(*session);
        QSignalSpy shown(notifier, &ui::AlertNotifier::shown);

        // Long for 10 minutes (pending 30 s, firing, notified after 1 min of firing), then short.
        auto* status = child<QLabel>(&window, u"alertStatus"_s);
        QCOMPARE(status != nullptr, !notifier->usesTray());
        for (int i = 0; i <= 50; ++i) {
            QVERIFY(driver.scrapeAndEvaluate(i < 40 ? 250 : 5, i));
            if (i == 5)
                QCOMPARE(shown.size(), 0); // firing since step 2 (30 s), not yet a minute
            if (i == 39 && status) {       // without a tray: in the status bar while the rule fires
                QVERIFY2(status->isVisible() && status->toolTip().contains(u"Cola demasiado larga"_s),
                         qPrintable(status->toolTip()));
                QSignalSpy clicked(notifier, &ui::AlertNotifier::openRequested);
                emit status->linkActivated(u"alerts"_s); // its link clicked
                QCOMPARE(clicked.size(), 1);
                QCOMPARE(clicked.at(0).at(0).value<client::ServerSession*>(), session);
            }
        }
        QCOMPARE(shown.size(), 1);
        const QString title = shown.at(0).at(0).toString();
        const QString text = shown.at(0).at(1).toString();
        QVERIFY2(title.contains(u"rancho-produccion"_s), qPrintable(title));
        QCOMPARE(text, u"Cola demasiado larga: 250 trabajos"_s);
        if (status) // resolved: the message goes
            QVERIFY(!status->isVisible());

        // A click on the message opens that server's alert list.
        window.selectServer(u"joyeria-tienda"_s);
        emit notifier->openRequested(session);
        ui::AlertListDialog* list = nullptr;
        QTRY_VERIFY((list = findTopLevel<ui::AlertListDialog>()) != nullptr);
        QCOMPARE(list->session(), session);
        QCOMPARE(window.currentSession(), session);
        list->close();
    }

    void languageSwitchReachesTheServices()
    {
        ui::LanguageManager::instance().setLanguage(u"es"_s);
        ui::MainWindow window(*registry, *secrets);
        auto* notifier = window.findChild<ui::AlertNotifier*>(u"alertNotifier"_s);
        QVERIFY(notifier);
        ui::LanguageManager::instance().setLanguage(u"en"_s);
        QCOMPARE(notifier->language(), u"en"_s);

        // The admin's server: a fresh rule fires and its one message is in English now.
        client::ServerSession* session = registry->find(u"joyeria-tienda");
        const QString file = home.filePath(u"rules-joyeria.json"_s);
        QVERIFY(metrics::saveAlertRules(file, {AlertDriver::queueRule(u"QueueLong"_s, 100, 0)}));
        session->alerts()->setRulesFile(file);
        AlertDriver driver(*session);
        QSignalSpy shown(notifier, &ui::AlertNotifier::shown);
        for (int i = 0; i <= 12; ++i)
            QVERIFY(driver.scrapeAndEvaluate(300, i));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).at(1).toString(), u"Queue too long: 300 jobs"_s);
    }
};

QTEST_MAIN(TestAlertNotifier)
#include "tst_alertnotifier.moc"
