// The owner's page without a server: StatusView built from status values for every state (all
// well, service down, backup late, certificate near expiry, disk nearly full, maintenance,
// unreachable, not checked yet), in English and Spanish: the first sentence says the state, no
// text holds an error code, a path, an IP address, a command or a service's technical name, the
// address shows only when the admin allows it; screenshots at 1366x768 for each state and
// language; a one-page PDF; the StatusTab of an owner's session shows only the page (no settings
// button) and an admin's saves the settings dialog's values in the database.
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "client/ServerRegistry.h"
#include "client/StatusService.h"
#include "secrets/SecretStore.h"
#include "status/StatusPdf.h"
#include "status/StatusSettings.h"
#include "status/StatusSettingsDialog.h"
#include "status/StatusTab.h"
#include "status/StatusView.h"
#include "store/DataDir.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>

using namespace capataz;
using namespace capataz::status;
using namespace Qt::Literals::StringLiterals;

namespace {

ServerStatus healthy(const QDateTime& now)
{
    ServerStatus s;
    s.server = u"rancho-produccion"_s;
    s.address = u"203.0.113.7"_s;
    s.settings.description = u"Sistema de pesaje de ganado"_s;
    s.settings.contactName = u"Ana Pérez"_s;
    s.settings.contactPhone = u"+54 11 5555 1234"_s;
    s.checkedAt = now.addSecs(-40);
    s.reachable = true;
    s.lastAnswerAt = s.checkedAt;
    s.endpoints = {EndpointAnswer{u"/api/v1/health"_s, 8000, 200}};
    s.composeKnown = true;
    s.servicesRunning = 3;
    s.runningSince = now.addDays(-12).addSecs(-3 * 3600);
    s.certificateUntil = now.addDays(61);
    s.certificateName = u"pesaje.example.com"_s;
    s.diskTotalBytes = 80'000'000'000;
    s.diskFreeBytes = 51'300'000'000;
    return s;
}

QString screenshotDir()
{
#ifdef CAPATAZ_SCREENSHOT_DIR
    return QStringLiteral(CAPATAZ_SCREENSHOT_DIR);
#else
    return QDir::temp().filePath(u"capataz-screenshots"_s);
#endif
}

// What an owner must never read on the page.
QStringList technicalProblems(const QStringList& texts)
{
    QStringList problems;
    static const QRegularExpression ip(
        uR"(\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|\b[0-9a-f]{1,4}(:[0-9a-f]{0,4}){2,7}\b)"_s);
    static const QRegularExpression path(uR"((^|[\s(])(/|~/|\./)[\w.-])"_s);
    static const QRegularExpression command(
        uR"(\b(docker|compose|sudo|systemctl|curl|openssl|df|ssh|certbot|nginx|ufw|journalctl|kill|exit \d+|HTTP \d+|stderr)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (const QString& t : texts) {
        if (ip.match(t).hasMatch())
            problems << u"an address: "_s + t;
        if (path.match(t).hasMatch())
            problems << u"a path: "_s + t;
        if (command.match(t).hasMatch())
            problems << u"a command: "_s + t;
        for (ErrorCode code : kAllErrorCodes)
            if (code != ErrorCode::None && t.contains(errorCodeName(code)))
                problems << u"an error code: "_s + t;
        for (const QString& name : {u"api/v1/health"_s, u"pesaje.example.com"_s, u"worker"_s, u"8000"_s})
            if (t.contains(name))
                problems << u"a technical name: "_s + t;
    }
    return problems;
}

} // namespace

class TestStatusPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;
    const QDateTime m_now = QDateTime::currentDateTimeUtc();

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(QDir().mkpath(screenshotDir()));
    }

    void cleanup() { ui::LanguageManager::instance().setLanguage(u"en"_s); }

    void states_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<ServerStatus>("status");
        QTest::addColumn<bool>("checked");
        QTest::addColumn<QString>("headline"); // English; in Spanish only its presence is checked
        QTest::addColumn<QString>("problems");
        QTest::addColumn<QString>("shot");
        for (const QString& lang : {u"en"_s, u"es"_s}) {
            const QByteArray l = lang.toLatin1();
            auto row = [&l](const char* name) -> QTestData& {
                return QTest::newRow(QByteArray(QByteArray(name) + ' ' + l).constData());
            };
            ServerStatus s = healthy(m_now);
            row("all well") << lang << s << true << u"Everything is working."_s << u"None."_s
                            << u"status-all-well"_s;
            s = healthy(m_now);
            s.endpoints[0].httpStatus = 502;
            s.servicesDown = {u"worker"_s};
            s.error = Error{ErrorCode::RemoteCommandFailed, u"docker compose ps exited with 1"_s};
            row("service down")
                << lang << s << true << u"Something needs checking: the service does not answer."_s
                << u"• The service does not answer: people cannot use it now.\n• 1 part of the system stopped working."_s
                << u"status-service-down"_s;
            s = healthy(m_now);
            s.backup = BackupStatus{true, m_now.addDays(-3), m_now.addDays(-10), 24};
            row("backup late") << lang << s << true << u"Something needs checking: the last backup is late."_s
                               << u"• The last backup is 3 days old: later than planned."_s
                               << u"status-backup-late"_s;
            s = healthy(m_now);
            s.certificateUntil = m_now.addDays(6).addSecs(3600);
            row("certificate near expiry")
                << lang << s << true << u"Something needs checking: the security certificate ends soon."_s
                << u"• The security certificate of the web address ends in 6 days."_s
                << u"status-certificate"_s;
            s = healthy(m_now);
            s.diskFreeBytes = 3'200'000'000;
            row("disk nearly full") << lang << s << true
                                    << u"Something needs checking: the disk is almost full."_s
                                    << u"• The disk is almost full (96% used)."_s << u"status-disk"_s;
            s = healthy(m_now);
            s.reachable = false;
            s.error =
                Error{ErrorCode::Timeout, u"no SSH session with deploy@203.0.113.7:22 after 15000 ms"_s};
            s.settings.maintenanceNote = u"Cambiamos el disco del servidor; vuelve a las 18:00."_s;
            s.settings.maintenanceUntil = m_now.addSecs(3 * 3600);
            row("maintenance") << lang << s << true << QString() << s.settings.maintenanceNote
                               << u"status-maintenance"_s;
            s = healthy(m_now);
            s.reachable = false;
            s.lastAnswerAt = m_now.addSecs(-25 * 60);
            s.error = Error{ErrorCode::ConnectionRefused, u"connect to 203.0.113.7:22: refused"_s};
            row("unreachable") << lang << s << true << QString()
                               << u"• The server has not answered for 25 minutes."_s
                               << u"status-unreachable"_s;
            row("not checked") << lang << ServerStatus{} << false << u"Not checked yet."_s << QString()
                               << u"status-not-checked"_s;
        }
    }

    void states()
    {
        QFETCH(QString, language);
        QFETCH(ServerStatus, status);
        QFETCH(bool, checked);
        QFETCH(QString, headline);
        QFETCH(QString, problems);
        QFETCH(QString, shot);
        ui::LanguageManager::instance().setLanguage(language);
        QScrollArea window;
        window.setWidgetResizable(true);
        auto* view = new ui::StatusView;
        window.setWidget(view);
        window.resize(1366, 768);
        view->setStatus(status, m_now, checked);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QString shown = test::child<QLabel>(view, u"statusHeadline"_s)->text();
        QVERIFY(!shown.isEmpty());
        if (language == u"en"_s) {
            if (!headline.isEmpty())
                QCOMPARE(shown, headline);
            if (!problems.isEmpty())
                QCOMPARE(test::child<QLabel>(view, u"statusCardProblemsValue"_s)->text(), problems);
        }
        if (status.settings.inMaintenance(m_now)) {
            QVERIFY(shown.contains(status.settings.maintenanceNote)); // the note replaces the alarms
            QCOMPARE(test::child<QLabel>(view, u"statusCardProblemsValue"_s)->text(),
                     status.settings.maintenanceNote);
        }
        if (checked && !status.reachable && !status.settings.inMaintenance(m_now) && language == u"en"_s)
            QVERIFY2(shown.startsWith(u"The server does not answer (no answer since "_s), qPrintable(shown));
        if (checked && !status.settings.description.isEmpty())
            QCOMPARE(test::child<QLabel>(view, u"statusDescription"_s)->text(), status.settings.description);
        if (checked && status.settings.hasContact() &&
            status.verdict(m_now) != ServerStatus::Verdict::AllWell)
            QVERIFY(
                test::child<QLabel>(view, u"statusCardProblemsDetail"_s)->text().contains(u"Ana Pérez"_s));
        const QStringList texts = view->texts();
        QVERIFY(texts.size() >= 5);
        const QStringList bad = technicalProblems(texts);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
        QVERIFY(window.widget()->sizeHint().width() <= 1366);
        const QString path = QDir(screenshotDir()).filePath(shot + u'-' + language + u".png"_s);
        QVERIFY2(window.grab().save(path), qPrintable(path));
        qInfo("saved %s", qPrintable(path));
    }

    void addressOnlyWhenAllowed()
    {
        ui::StatusView view;
        ServerStatus s = healthy(m_now);
        view.setStatus(s, m_now);
        QVERIFY(!view.texts().join(u'\n').contains(u"203.0.113.7"_s));
        s.settings.showAddresses = true;
        view.setStatus(s, m_now);
        QVERIFY(view.texts().contains(u"Server: 203.0.113.7"_s));
    }

    void pdfHasOnePage()
    {
        for (const QString& lang : {u"en"_s, u"es"_s}) {
            ui::LanguageManager::instance().setLanguage(lang);
            ui::StatusView view;
            ServerStatus s = healthy(m_now);
            s.diskFreeBytes = 3'200'000'000;
            view.setStatus(s, m_now);
            const QString path = QDir(screenshotDir()).filePath(u"status-"_s + lang + u".pdf"_s);
            auto r = ui::exportStatusPdf(view, u"Status of Sistema de pesaje de ganado"_s, path);
            QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray pdf = f.readAll();
            QVERIFY(pdf.startsWith("%PDF"));
            static const QRegularExpression page(uR"(/Type\s*/Page[^s])"_s);
            QCOMPARE(QString::fromLatin1(pdf).count(page), 1);
            // Rendered to PNG to look at, when poppler's pdftoppm is installed.
            const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
            if (!pdftoppm.isEmpty())
                QCOMPARE(QProcess::execute(pdftoppm, {u"-png"_s, u"-r"_s, u"60"_s, u"-singlefile"_s, path,
                                                      path.chopped(4)}),
                         0);
        }
        QVERIFY(!ui::exportStatusPdf(ui::StatusView(), u"x"_s, u"/nonexistent-dir/x.pdf"_s));
    }

    void ownerComputerOpensOnThePage()
    {
        QTemporaryDir home;
        store::setDataDirectoryOverride(home.filePath(u"data"_s));
        QVERIFY(store::ensureDataDirectory());
        client::ServerRegistry registry;
        QVERIFY(registry.open(store::dataDirectory()));
        store::ServerProfile owner;
        owner.name = u"joyeria"_s;
        owner.host = u"127.0.0.1"_s;
        owner.port = 1; // nothing listens: the page must say the server does not answer
        owner.user = u"ana"_s;
        owner.role = store::Role::Owner;
        QVERIFY(registry.add(owner));
        secrets::SecretStore secrets;
        ui::MainWindow window(registry, secrets);
        window.show();
        QVERIFY(window.currentSession());
        QCOMPARE(window.currentSession()->profile().name, u"joyeria"_s);
        auto* tabs = test::child<QTabWidget>(&window, u"serverTabs"_s);
        QCOMPARE(tabs->count(), 1);
        QCOMPARE(tabs->currentWidget()->objectName(), u"statusTab"_s);
        // It connected by itself; refused, the page says so in plain words.
        QTRY_COMPARE_WITH_TIMEOUT(test::child<QLabel>(&window, u"statusHeadline"_s)->text(),
                                  u"The server does not answer."_s, 15000);
        // No address anywhere on the owner's window (header, list, page).
        for (QLabel* l : window.findChildren<QLabel*>())
            QVERIFY2(!l->isVisible() || !l->text().contains(u"127.0.0.1"_s), qPrintable(l->text()));
        store::setDataDirectoryOverride(QString());
    }

    void ownerSeesOnlyThePageAdminEditsIt()
    {
        const QString dir = m_home.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(dir));
        client::ServerRegistry registry;
        QVERIFY(registry.open(dir));
        store::ServerProfile owner;
        owner.name = u"rancho"_s;
        owner.host = u"rancho.example.com"_s;
        owner.user = u"ana"_s;
        owner.role = store::Role::Owner;
        auto o = registry.add(owner);
        QVERIFY(o);
        store::ServerProfile admin = owner;
        admin.name = u"rancho-admin"_s;
        admin.role = store::Role::Admin;
        auto a = registry.add(admin);
        QVERIFY(a);

        ui::StatusTab tab;
        QVERIFY(tab.isForRole(store::Role::Owner));
        tab.setSession(*o);
        tab.show();
        QVERIFY(!test::child<QPushButton>(&tab, u"statusEditSettings"_s)->isVisible());
        QCOMPARE(test::child<QLabel>(&tab, u"statusHeadline"_s)->text(), u"Not checked yet."_s);
        // Before the server was asked, the backups are unknown, not "not set up".
        QCOMPARE(test::child<QLabel>(&tab, u"statusCardBackupValue"_s)->text(), u"Not checked yet"_s);
        QVERIFY(!(*o)->statusService()->setSettings(status::StatusSettings{})); // owners change nothing

        tab.setSession(*a);
        auto* edit = test::child<QPushButton>(&tab, u"statusEditSettings"_s);
        QVERIFY(edit->isVisible());
        QTest::mouseClick(edit, Qt::LeftButton);
        ui::StatusSettingsDialog* d = nullptr;
        QTRY_VERIFY((d = test::findTopLevel<ui::StatusSettingsDialog>()) != nullptr);
        QTest::keyClicks(test::child<QLineEdit>(d, u"statusSettingsDescription"_s), u"Sistema de pesaje"_s);
        QTest::keyClicks(test::child<QLineEdit>(d, u"statusSettingsContactName"_s), u"Ana"_s);
        QTest::keyClicks(test::child<QLineEdit>(d, u"statusSettingsContactEmail"_s), u"no-at-sign"_s);
        d->accept();
        QVERIFY(d->isVisible()); // a bad e-mail: the dialog stays and says so
        QVERIFY(test::child<QLabel>(d, u"statusSettingsError"_s)->isVisible());
        test::child<QLineEdit>(d, u"statusSettingsContactEmail"_s)->setText(u"ana@example.com"_s);
        test::child<QCheckBox>(d, u"statusSettingsMaintenance"_s)->setChecked(true);
        QTest::keyClicks(test::child<QPlainTextEdit>(d, u"statusSettingsMaintenanceNote"_s),
                         u"Cambio de disco"_s);
        d->accept();
        QTRY_VERIFY(!test::findTopLevel<ui::StatusSettingsDialog>());
        QTRY_COMPARE(test::child<QLabel>(&tab, u"statusDescription"_s)->text(), u"Sistema de pesaje"_s);
        // Stored: a new look at the database reads them back.
        auto db = store::Database::open(dir);
        QVERIFY(db);
        StatusSettingsStore stored(*db);
        auto back = stored.get((*a)->profile().id);
        QVERIFY(back);
        QCOMPARE(back->description, u"Sistema de pesaje"_s);
        QCOMPARE(back->contactEmail, u"ana@example.com"_s);
        QCOMPARE(back->maintenanceNote, u"Cambio de disco"_s);
        QVERIFY(back->inMaintenance(QDateTime::currentDateTimeUtc()));
    }
};

QTEST_MAIN(TestStatusPage)
#include "tst_statuspage.moc"
