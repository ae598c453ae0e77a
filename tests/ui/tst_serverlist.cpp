// The server list with many servers: search narrows it, selection follows, nothing is lost.
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "client/ServerRegistry.h"
#include "secrets/SecretStore.h"
#include "servers/ServerView.h"
#include "store/DataDir.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>

using namespace capataz;
using namespace capataz::test;
using namespace Qt::Literals::StringLiterals;

class TestServerList : public QObject {
    Q_OBJECT
    QTemporaryDir home;
    std::unique_ptr<client::ServerRegistry> registry;
    std::unique_ptr<secrets::SecretStore> secrets;
    std::unique_ptr<ui::MainWindow> window;

private slots:
    void initTestCase()
    {
        store::setDataDirectoryOverride(home.filePath(u"data"_s));
        QVERIFY(store::ensureDataDirectory().has_value());
        ui::LanguageManager::instance().setLanguage(u"en"_s);
        registry = std::make_unique<client::ServerRegistry>();
        QVERIFY(registry->open(store::dataDirectory()).has_value());
        for (int i = 0; i < 500; ++i) {
            store::ServerProfile p;
            p.name = u"srv-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
            p.host = u"10.0.%1.%2"_s.arg(i / 250).arg(i % 250 + 1);
            p.user = i % 2 ? u"deploy"_s : u"ops"_s;
            p.role = store::Role(i % 3);
            QVERIFY(registry->add(p).has_value());
        }
        secrets = std::make_unique<secrets::SecretStore>();
        window = std::make_unique<ui::MainWindow>(*registry, *secrets);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }
    void cleanupTestCase() { window.reset(); }

    void allListed()
    {
        auto* list = child<QListView>(window.get(), u"serverList"_s);
        QCOMPARE(list->model()->rowCount(), 500);
        QVERIFY(list->uniformItemSizes()); // layout cost independent of the number of rows
    }

    void searchNarrows_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        QTest::newRow("all") << QString() << 500;
        QTest::newRow("name") << u"srv-04"_s << 10;
        QTest::newRow("exact") << u"srv-499"_s << 1;
        QTest::newRow("host") << u"10.0.1."_s << 250;
        QTest::newRow("two words") << u"deploy srv-00"_s << 5;
        QTest::newRow("case") << u"SRV-12"_s << 10;
        QTest::newRow("none") << u"nothing-like-this"_s << 0;
    }
    void searchNarrows()
    {
        QFETCH(QString, text);
        QFETCH(int, rows);
        auto* search = child<QLineEdit>(window.get(), u"serverSearch"_s);
        search->clear();
        QTest::keyClicks(search, text);
        QCOMPARE(child<QListView>(window.get(), u"serverList"_s)->model()->rowCount(), rows);
    }

    void selectingFromFilteredList()
    {
        auto* search = child<QLineEdit>(window.get(), u"serverSearch"_s);
        search->clear();
        QTest::keyClicks(search, u"srv-321"_s);
        auto* list = child<QListView>(window.get(), u"serverList"_s);
        list->setCurrentIndex(list->model()->index(0, 0));
        QVERIFY(window->currentSession());
        QCOMPARE(window->currentSession()->profile().name, u"srv-321"_s);
        QVERIFY(child<ui::ServerView>(window.get(), u"serverView"_s)->isVisible());
    }
};

QTEST_MAIN(TestServerList)
#include "tst_serverlist.moc"
