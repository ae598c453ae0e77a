// Screenshots of the console in Spanish and English, saved as PNG into the build folder
// (screenshots/*.png) for people to look at: main window, connect dialog, host key dialogs,
// console, metrics, server dialog (empty, and filled after a connection test), the alert list,
// the audit log.
// Driven against the real test host so they show real data.
#include "GuiTestSupport.h"
#include "GuideDialog.h"
#include "LanguageManager.h"
#include "LogsTabHost.h"
#include "MainWindow.h"
#include "TestHost.h"
#include "alerts/AlertListDialog.h"
#include "audit/AuditTableModel.h"
#include "audit/AuditView.h"
#include "client/MetricsService.h"
#include "client/ServerRegistry.h"
#include "client/StatusService.h"
#include "console/ConsoleOutput.h"
#include "logs/LogView.h"
#include "metrics/MetricsTab.h"
#include "secrets/SecretStore.h"
#include "servers/ConnectDialog.h"
#include "servers/HostKeyDialog.h"
#include "servers/ServerDialog.h"
#include "store/DataDir.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>

#include <tuple>

using namespace capataz;
using namespace capataz::test;
using namespace Qt::Literals::StringLiterals;

class TestScreenshots : public QObject {
    Q_OBJECT
    const TestHost* th = nullptr;
    QTemporaryDir home;
    QDir out{QStringLiteral(CAPATAZ_SCREENSHOT_DIR)};
    std::unique_ptr<client::ServerRegistry> registry;
    std::unique_ptr<secrets::SecretStore> secrets;
    std::unique_ptr<ui::MainWindow> window;

    void save(QWidget* w, const QString& name, const QString& lang)
    {
        QApplication::processEvents();
        const QString path = out.filePath(name + u'-' + lang + u".png"_s);
        QVERIFY2(w->grab().save(path), qPrintable(path));
        qInfo("saved %s", qPrintable(path));
    }

    store::ServerProfile profile(const QString& name, const QString& user, store::Role role)
    {
        store::ServerProfile p;
        p.name = name;
        p.host = th->host();
        p.port = th->port();
        p.user = user;
        p.auth = store::AuthMethod::KeyFile;
        p.keyPath = th->value(u"TH_KEY_"_s + user.toUpper());
        p.knownHostsFile = th->value(u"TH_KNOWN_HOSTS"_s);
        p.sudo = user == u"root" ? remote::SudoMode::RootLogin : remote::SudoMode::NoPassword;
        p.role = role;
        p.projectDir = u"/srv/app"_s;
        return p;
    }

    static QPalette darkPalette()
    {
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x41));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3c, 0x41));
        p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
        return p;
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        QVERIFY(out.mkpath(u"."_s));
        qputenv("HOME", home.path().toUtf8());
        store::setDataDirectoryOverride(home.filePath(u"data"_s));
        QVERIFY(store::ensureDataDirectory().has_value());
        registry = std::make_unique<client::ServerRegistry>();
        QVERIFY(registry->open(store::dataDirectory()).has_value());
        // The admin's server runs a compose project whose services write logs (the Logs tab).
        store::ServerProfile rancho = profile(u"rancho-produccion"_s, u"root"_s, store::Role::Admin);
        if (startLogsProject(*th))
            rancho.projectDir = kLogsProjectDir;
        QVERIFY(registry->add(rancho).has_value());
        QVERIFY(registry->add(profile(u"joyeria-tienda"_s, u"ops"_s, store::Role::Owner)).has_value());
        QVERIFY(registry->add(profile(u"soporte-facturas"_s, u"ops"_s, store::Role::Support)).has_value());
        store::ServerProfile down = profile(u"voz-api"_s, u"root"_s, store::Role::Admin);
        down.port = 2; // nothing listens: shows the error light
        QVERIFY(registry->add(down).has_value());
        // What File › Audit log shows: a firewall run by the admin, and a failed compose start.
        for (
            const auto& [step, action, status, ms, detail] :
            {std::tuple{u""_s, u"run"_s, u"started"_s, -1, u"2 step(s)"_s},
             std::tuple{u"firewall.allow-ssh"_s, u"apply"_s, u"ok"_s, 850, u"[apply] exit 0\nRule added\n"_s},
             std::tuple{u"firewall.enable"_s, u"apply"_s, u"ok"_s, 2400,
                        u"[apply] exit 0\nFirewall is active and enabled on system startup\n"_s},
             std::tuple{u""_s, u"run"_s, u"ok"_s, 3900, u""_s},
             std::tuple{
                 u"compose.up"_s, u"apply"_s, u"failed"_s, 45200,
                 u"CommandFailed: docker compose up -d exited with 1\n[apply] exit 1\n[stderr] port is already allocated\n"_s}}) {
            store::AuditEntry e;
            e.server = u"rancho-produccion"_s;
            e.plan = step.startsWith(u"compose"_s) ? u"Start the compose stack"_s : u"Firewall (ufw)"_s;
            e.step = step;
            e.action = action;
            e.status = status;
            e.durationMs = ms;
            e.detail = detail;
            e.user = u"ana"_s;
            QVERIFY(registry->auditLog()->append(e).has_value());
        }
        secrets = std::make_unique<secrets::SecretStore>();
        window = std::make_unique<ui::MainWindow>(*registry, *secrets);
        window->resize(1366, 768); // the smallest common laptop screen
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->selectServer(u"voz-api"_s);
        window->connectCurrent();
        QTRY_COMPARE_WITH_TIMEOUT(registry->find(u"voz-api")->status(), client::ServerSession::Status::Error,
                                  15000);
        if (auto* box = findTopLevel<QWidget>(u"connectErrorBox"_s))
            box->close();
        // The owner's server connected too: its window shows the status page alone.
        window->selectServer(u"joyeria-tienda"_s);
        window->connectCurrent();
        QTRY_COMPARE_WITH_TIMEOUT(registry->find(u"joyeria-tienda")->status(),
                                  client::ServerSession::Status::Connected, 15000);
        window->selectServer(u"rancho-produccion"_s);
        window->connectCurrent();
        QTRY_COMPARE_WITH_TIMEOUT(registry->find(u"rancho-produccion")->status(),
                                  client::ServerSession::Status::Connected, 15000);
    }
    void cleanupTestCase()
    {
        window.reset();
        registry.reset();
        if (th)
            stopLogsProject(*th);
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<bool>("dark");
        QTest::newRow("es") << u"es"_s << false;
        QTest::newRow("en") << u"en"_s << false;
        // A dark system theme, as a dark desktop would hand it to Qt: everything must stay readable.
        QTest::newRow("es dark") << u"es"_s << true;
    }
    void screenshots()
    {
        QFETCH(QString, lang);
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkPalette() : QPalette());
        ui::LanguageManager::instance().setLanguage(lang);
        if (dark)
            lang += u"-dark"_s;
        QApplication::processEvents();
        auto* tabs = child<QTabWidget>(window.get(), u"serverTabs"_s);

        // Main window with the overview of a connected server.
        window->selectServer(u"rancho-produccion"_s);
        if (QWidget* overview = child<QWidget>(window.get(), u"overviewTab"_s)) {
            tabs->setCurrentWidget(overview);
            // a wait for the server's answer, not a measure of speed: CI runs a niced compiler beside
            QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(overview, u"overviewOs"_s)->text().isEmpty(), 90000);
            QTest::qWait(300);
        }
        save(window.get(), u"main"_s, lang);

        // The status page of the same server after a real check, and the owner's window (only
        // the status page; no host name in its header).
        if (QWidget* statusTab = child<QWidget>(window.get(), u"statusTab"_s)) {
            tabs->setCurrentWidget(statusTab);
            QTRY_VERIFY_WITH_TIMEOUT(
                registry->find(u"rancho-produccion")->statusService()->status().checkedAt.isValid(), 30000);
            save(window.get(), u"status"_s, lang);
        }
        window->selectServer(u"joyeria-tienda"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            registry->find(u"joyeria-tienda")->statusService()->status().checkedAt.isValid(), 30000);
        save(window.get(), u"status-owner"_s, lang);
        window->selectServer(u"rancho-produccion"_s);

        // Logs: the project's services followed, an error line selected (its details below), then
        // filtered by text.
        if (QWidget* logsTab = child<QWidget>(window.get(), u"logsTab"_s);
            logsTab && registry->find(u"rancho-produccion")->profile().projectDir == kLogsProjectDir) {
            tabs->setCurrentWidget(logsTab);
            auto* view = child<ui::LogView>(logsTab, u"logView"_s);
            QTRY_VERIFY_WITH_TIMEOUT(view->rowCount() > 80, 30000);
            view->setFollowing(true);
            QTest::qWait(200);
            const qint64 top = view->topRow();
            for (qint64 r = top + view->pageRows() - 1; r >= top; --r) {
                const logs::LogLine line = view->snapshot().line(view->rowSeq(r));
                if (line.text().startsWith(u"{"_s)) {
                    view->setCurrentSeq(line.seq);
                    break;
                }
            }
            QTest::qWait(200);
            save(window.get(), u"logs"_s, lang);
            auto* filter = child<QLineEdit>(logsTab, u"logsFilterText"_s);
            filter->setText(u"timeout"_s);
            QTest::keyClick(filter, Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(view->rowCount() > 2, 20000);
            view->setFollowing(true);
            QTest::qWait(300);
            save(window.get(), u"logs-filtered"_s, lang);
            filter->clear();
            QTest::keyClick(filter, Qt::Key_Return);
            // The services side by side, a column each.
            auto* sideBySide = child<QToolButton>(logsTab, u"logsSideBySide"_s);
            sideBySide->setChecked(true);
            QTest::qWait(600);
            save(window.get(), u"logs-side-by-side"_s, lang);
            sideBySide->setChecked(false);
        }

        // Metrics: what the admin's server was scraped for so far (node-exporter, the service).
        if (auto* metricsTab = child<ui::MetricsTab>(window.get(), u"metricsTab"_s)) {
            tabs->setCurrentWidget(metricsTab);
            // Two scrapes at least, so that rates have two samples (no data is fine too: the
            // test host may have no exporter).
            client::MetricsService* service = registry->find(u"rancho-produccion")->metrics();
            for (int i = 0; i < 2; ++i) {
                QSignalSpy scraped(service, &client::MetricsService::samplesAdded);
                service->scrapeNow();
                scraped.wait(5000);
                QTest::qWait(1500);
            }
            QSignalSpy refreshed(metricsTab, &ui::MetricsTab::refreshed);
            metricsTab->refresh();
            QVERIFY(refreshed.wait(20000));
            save(window.get(), u"metrics"_s, lang);
        }

        // Console with stdout, stderr and an exit code.
        if (QWidget* console = child<QWidget>(window.get(), u"consoleTab"_s)) {
            tabs->setCurrentWidget(console);
            auto* input = child<QLineEdit>(console, u"consoleInput"_s);
            input->clear();
            QTest::keyClicks(input, u"docker compose version; uptime; "
                                    u"printf '\\033[1;32mok\\033[0m: \\033[36mweb-1\\033[0m healthy\\n'; "
                                    u"ls /nonexistent"_s);
            QTest::mouseClick(child<QPushButton>(console, u"consoleRun"_s), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(console, u"consoleExitCode"_s)->text().contains(u"2"_s),
                                     20000);
            const QString shown = child<ui::ConsoleOutput>(console, u"consoleOutput"_s)->text();
            QVERIFY2(shown.contains(u"ok: web-1 healthy"_s) && shown.contains(u"/nonexistent"_s),
                     qPrintable(shown));
            save(window.get(), u"console"_s, lang);
        }

        // Help > Guide: every section in the chosen language.
        {
            ui::GuideDialog guide(window.get());
            guide.show();
            QVERIFY(QTest::qWaitForWindowExposed(&guide));
            const QString text = child<QTextBrowser>(&guide, u"guideText"_s)->toPlainText();
            QVERIFY2(text.contains(lang.startsWith(u"es"_s) ? u"interruptor"_s : u"dead-man switch"_s),
                     qPrintable(text));
            QVERIFY(guide.width() <= 1366 && guide.height() <= 768);
            save(&guide, u"guide-dialog"_s, lang);
        }

        // Alerts › Alert list of the connected server: the recipe's and node-exporter's rules.
        {
            ui::AlertListDialog alerts(registry->find(u"rancho-produccion"), window.get());
            alerts.show();
            QVERIFY(QTest::qWaitForWindowExposed(&alerts));
            QVERIFY(alerts.width() <= 1366 && alerts.height() <= 768);
            save(&alerts, u"alerts-connected-dialog"_s, lang);
        }

        // File › Audit log…, the failed step selected.
        {
            window->findChild<QAction*>(u"actionAuditLog"_s)->trigger();
            ui::AuditView* audit = nullptr;
            QTRY_VERIFY((audit = findTopLevel<ui::AuditView>(u"auditView"_s)) != nullptr);
            audit->resize(1366, 768);
            QTRY_VERIFY_WITH_TIMEOUT(audit->model()->rowCount() >= 5, 10000);
            child<QTableView>(audit, u"auditTable"_s)->setCurrentIndex(audit->model()->index(0, 0));
            QTest::qWait(200);
            save(audit, u"audit-dialog"_s, lang);
            audit->close();
        }

        // Connect dialog.
        ui::ConnectDialog connecting(u"rancho-produccion"_s, u"root@"_s + th->host(), window.get());
        connecting.setState(ssh::ConnectionState::Authenticating);
        connecting.show();
        QVERIFY(QTest::qWaitForWindowExposed(&connecting));
        save(&connecting, u"connect-dialog"_s, lang);
        connecting.close();

        // Host key dialogs: first contact, and a changed key.
        ssh::HostKeyInfo info = registry->find(u"rancho-produccion")->lastHostKey();
        info.status = ssh::HostKeyInfo::Status::Unknown;
        ui::HostKeyDialog ask(info, u"rancho-produccion"_s, store::Role::Admin, window.get());
        ask.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ask));
        save(&ask, u"hostkey-dialog"_s, lang);
        ask.close();
        info.status = ssh::HostKeyInfo::Status::Changed;
        info.knownFile = u"/home/ana/.ssh/known_hosts"_s; // a neutral path, not this machine's
        info.knownLine = 3;
        ui::HostKeyDialog changed(info, u"joyeria-tienda"_s, store::Role::Owner, window.get());
        changed.show();
        QVERIFY(QTest::qWaitForWindowExposed(&changed));
        save(&changed, u"hostkey-changed-dialog"_s, lang);
        changed.close();

        // The server dialog as the main window opens it: empty (adding a server), then filled
        // (editing the connected one) after "Test connection" logged in to the test host.
        window->addServer();
        ui::ServerDialog* adding = nullptr;
        QTRY_VERIFY((adding = findTopLevel<ui::ServerDialog>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(adding));
        child<QLineEdit>(adding, u"serverUser"_s)->clear(); // not this machine's $USER
        save(adding, u"server-dialog-empty"_s, lang);
        adding->reject();
        QTRY_VERIFY(findTopLevel<ui::ServerDialog>() == nullptr);

        window->selectServer(u"soporte-facturas"_s);
        window->editServer();
        ui::ServerDialog* editing = nullptr;
        QTRY_VERIFY((editing = findTopLevel<ui::ServerDialog>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(editing));
        auto* test = child<QPushButton>(editing, u"serverTest"_s);
        QVERIFY(test && test->isVisible());
        QTest::mouseClick(test, Qt::LeftButton);
        auto* result = child<QLabel>(editing, u"serverTestResult"_s);
        // "Logged in as ops on <host>." in either language: the user and host, and no error.
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible() && result->toolTip().isEmpty() &&
                                     result->text().contains(th->host()) && !result->text().endsWith(u'…'),
                                 20000);
        QVERIFY2(result->text().contains(u"ops"_s), qPrintable(result->text()));
        // A neutral key path in the picture instead of this build's (the test is done with it).
        child<QLineEdit>(editing, u"serverKeyPath"_s)->setText(u"/home/ana/.ssh/id_ed25519"_s);
        save(editing, u"server-dialog-filled"_s, lang);
        editing->reject();
        QTRY_VERIFY(findTopLevel<ui::ServerDialog>() == nullptr);
        window->selectServer(u"rancho-produccion"_s);
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
