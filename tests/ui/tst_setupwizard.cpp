// The Setup tab's wizard walked end to end on the real test host, through its widgets, as a
// sysadmin would: a small recipe opened from a file (a busybox compose project), the server
// check, the firewall (SSH still reachable afterwards), nginx and a certificate from the test
// host's ACME CA (pebble) checked from this side against pebble's root, the .env with a
// generated secret that is never shown, the services brought up healthy, and the verification
// summary. Every page is previewed before it is applied, and saved as a screenshot in English
// and Spanish (build/screenshots/setup-*.png).
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "SetupWizardProject.h"
#include "TestHost.h"
#include "client/FactsService.h"
#include "client/ServerRegistry.h"
#include "client/ServerSession.h"
#include "plan/SecretMask.h"
#include "setup/ComposePage.h"
#include "setup/EnvPage.h"
#include "setup/EnvTableModel.h"
#include "setup/FirewallPage.h"
#include "setup/NginxTlsPage.h"
#include "setup/SetupTab.h"
#include "setup/SetupWizard.h"
#include "setup/StepStatusModel.h"
#include "setup/TargetPage.h"
#include "setup/VerifyPage.h"
#include "setup/WizardPage.h"
#include "store/AuditLog.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace capataz;
using namespace capataz::test;
using namespace setupwizard;
using namespace Qt::Literals::StringLiterals;

class TestSetupWizard : public QObject {
    Q_OBJECT
    const TestHost* th = nullptr;
    QString whyNoHost;
    QTemporaryDir dataDir;
    QDir shots;
    QString caFile; // a copy of the test CA under a neutral path (it shows on screenshots)
    std::unique_ptr<client::ServerRegistry> registry; // one database connection, as the app has
    client::ServerSession* session = nullptr;
    std::unique_ptr<ui::SetupTab> tab;
    QString secret; // the generated SECRET_KEY, read on the server

    ui::SetupWizard* wizard() const { return tab->wizard(); }
    template <typename T> static T* w(QWidget* root, const QString& name)
    {
        T* found = child<T>(root, name);
        if (!found)
            qFatal("no widget named %s", qPrintable(name));
        return found;
    }
    ui::WizardPage* page(int i) const
    {
        wizard()->setCurrentPage(i);
        return qobject_cast<ui::WizardPage*>(wizard()->page(i));
    }
    static QString message(QWidget* p) { return w<QLabel>(p, u"pageMessage"_s)->text(); }
    static QString previewText(QWidget* p) { return w<QTextBrowser>(p, u"planPreview"_s)->toPlainText(); }
    static QString outputText(QWidget* p) { return w<QPlainTextEdit>(p, u"runOutput"_s)->toPlainText(); }

    // Every step's state in the page's status list, by step id.
    static QHash<QString, ui::StepStatusModel::State> states(QWidget* p)
    {
        QHash<QString, ui::StepStatusModel::State> out;
        QAbstractItemModel* m = w<QListView>(p, u"stepList"_s)->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex i = m->index(r, 0);
            out.insert(i.data(ui::StepStatusModel::StepIdRole).toString(),
                       ui::StepStatusModel::State(i.data(ui::StepStatusModel::StateRole).toInt()));
        }
        return out;
    }
    static QString describe(QWidget* p)
    {
        QString s =
            u"message: "_s + message(p) + u"\nproblems: "_s + w<QLabel>(p, u"pageProblems"_s)->text() + u'\n';
        QAbstractItemModel* m = w<QListView>(p, u"stepList"_s)->model();
        for (int r = 0; r < m->rowCount(); ++r)
            s += m->index(r, 0).data().toString() + u" | "_s +
                 m->index(r, 0).data(Qt::ToolTipRole).toString() + u'\n';
        return s + u"output:\n"_s + outputText(p).right(3000);
    }

    // Preview: a dry run, checked on the server. Returns when the page is idle again.
    void preview(ui::WizardPage* p, int timeoutMs = 120000)
    {
        auto* button = w<QPushButton>(p, u"previewButton"_s);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!p->isBusy(), timeoutMs);
        const QString done = qobject_cast<ui::VerifyPage*>(p) ? u"Checks done"_s : u"Preview ready"_s;
        QVERIFY2(message(p).startsWith(done), qPrintable(describe(p)));
    }
    // Apply: confirm in the dialog, then wait for the run. Every step ends applied or skipped.
    void apply(ui::WizardPage* p, int timeoutMs = 240000)
    {
        auto* button = w<QPushButton>(p, u"applyButton"_s);
        QVERIFY(button->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!session->facts()->isLoading(), 30000);
        const QDateTime factsBefore = session->facts()->updated(); // read again after the apply
        QTest::mouseClick(button, Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = findTopLevel<QMessageBox>(u"applyConfirmation"_s)) != nullptr);
        QVERIFY(!button->isEnabled()); // nothing starts twice while the question is open
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY(p->isBusy() || p->wasApplied() || !message(p).isEmpty());
        QVERIFY(w<QPushButton>(p, u"cancelButton"_s)->isEnabled() || !p->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!p->isBusy(), timeoutMs);
        QVERIFY2(p->wasApplied() && message(p) == u"Applied."_s, qPrintable(describe(p)));
        QTRY_VERIFY_WITH_TIMEOUT(session->facts()->updated() > factsBefore && !session->facts()->isLoading(),
                                 30000);
        const auto s = states(p);
        QVERIFY(!s.isEmpty());
        for (auto it = s.cbegin(); it != s.cend(); ++it) {
            QVERIFY2(it.value() == ui::StepStatusModel::State::Applied ||
                         it.value() == ui::StepStatusModel::State::Skipped,
                     qPrintable(it.key() + u": "_s + describe(p)));
        }
    }
    void screenshot(const QString& name)
    {
        for (const QString& lang : {u"en"_s, u"es"_s}) {
            ui::LanguageManager::instance().setLanguage(lang);
            // New texts change size hints; the layouts settle over several posted LayoutRequests,
            // as they do in the running app between a language switch and the next paint.
            QTest::qWait(100);
            const QString path = shots.filePath(u"setup-"_s + name + u'-' + lang + u".png"_s);
            QVERIFY2(tab->grab().save(path), qPrintable(path));
        }
        ui::LanguageManager::instance().setLanguage(u"en"_s);
        QApplication::processEvents();
    }
    void cleanHost() const
    {
        th->inside(
            u"cd "_s + kDir + u" 2>/dev/null && docker compose down -v >/dev/null 2>&1; rm -rf "_s + kDir +
            u"; certbot delete --non-interactive --cert-name "_s + kDomain +
            u" >/dev/null 2>&1; rm -f /etc/nginx/sites-enabled/gui-test "
            u"/etc/nginx/sites-available/gui-test*; "
            "if [ -s /run/nginx.pid ]; then nginx -s reload; fi; ufw --force disable >/dev/null 2>&1"_s);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dataDir.isValid());
        qputenv("CAPATAZ_DATA_DIR", dataDir.path().toLocal8Bit());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
#ifdef CAPATAZ_SCREENSHOT_DIR
        shots = QDir(QStringLiteral(CAPATAZ_SCREENSHOT_DIR));
#else
        // BUILD/tests/ui/ui_tst_setupwizard -> BUILD/screenshots, as ui_tst_screenshots does
        shots = QDir(QCoreApplication::applicationDirPath() + u"/../../screenshots"_s);
#endif
        QVERIFY(shots.mkpath(u"."_s));

        th = TestHost::instance(&whyNoHost);
        if (!th)
            QSKIP(qPrintable(whyNoHost));
        th->repairNginx();
        if (th->value(u"TH_IMAGE"_s).isEmpty() || th->value(u"TH_ACME"_s) != u"1"_s)
            QSKIP("the test host runs without docker or without pebble");
        // The screenshots show this path: a neutral one, not the build directory of this machine.
        caFile = QDir::tempPath() + u"/capataz-demo/pebble-root.pem"_s;
        QVERIFY(QDir().mkpath(QFileInfo(caFile).path()));
        QFile::remove(caFile);
        QVERIFY(QFile::copy(th->value(u"TH_ACME_ROOT_PEM"_s), caFile));
        qputenv("CAPATAZ_EXTRA_CA_FILE", caFile.toLocal8Bit());
        cleanHost();
        // The project as a user would have put it on the server, with an example .env.
        th->inside(u"mkdir -p "_s + kDir +
                   u"/www && printf '{\"status\":\"ok\",\"checks\":{\"db\":\"up\"}}' > "_s + kDir +
                   u"/www/health && printf 'SECRET_KEY=changeme\\n' > "_s + kDir +
                   u"/.env.example && cat > "_s + kDir + u"/docker-compose.yml <<'EOF'\n"_s +
                   composeYaml(th->value(u"TH_IMAGE"_s)) + u"EOF\n"_s);
        th->inside(u"[ -s /run/nginx.pid ] || nginx"_s); // apt starts no services here

        store::ServerProfile p;
        p.name = u"setup-test"_s;
        p.host = th->host();
        p.port = th->port();
        p.user = u"root"_s;
        p.auth = store::AuthMethod::KeyFile;
        p.keyPath = th->value(u"TH_KEY_ROOT"_s);
        p.knownHostsFile = th->value(u"TH_KNOWN_HOSTS"_s);
        p.sudo = remote::SudoMode::RootLogin;
        p.role = store::Role::Admin;
        p.projectDir = kDir;
        QVERIFY2(p.validate(), "profile");
        registry = std::make_unique<client::ServerRegistry>();
        QVERIFY2(registry->open(dataDir.path()), "registry");
        auto added = registry->add(p);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
        session = *added;

        tab = std::make_unique<ui::SetupTab>();
        tab->resize(1366, 768); // the smallest common laptop screen
        tab->show();
        QVERIFY(QTest::qWaitForWindowExposed(tab.get()));
        QVERIFY(tab->isForRole(store::Role::Admin));
        QVERIFY(!tab->isForRole(store::Role::Support));
        tab->setSession(session);
        QVERIFY(wizard());
        QCOMPARE(wizard()->pageCount(), 7);
        session->connectWith(th->keySettings(u"root"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(session->isConnected(), qPrintable(session->lastError().toString()), 20000);
    }

    void cleanupTestCase()
    {
        tab.reset();
        session = nullptr;
        registry.reset();
        if (th)
            cleanHost();
    }

    void target()
    {
        QTemporaryDir local;
        const QString file = local.filePath(u"gui-test.yaml"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(recipeYaml());
        f.close();
        ui::TargetPage* t = wizard()->targetPage();
        wizard()->setCurrentPage(0);
        // It starts from the profile's project directory and the generic recipe (none is made for it).
        QCOMPARE(w<QLineEdit>(t, u"targetProjectDir"_s)->text(), kDir);
        QCOMPARE(w<QComboBox>(t, u"targetRecipe"_s)->currentData().toString(), u"generic-compose"_s);
        QVERIFY(t->openRecipeFile(file));
        QCOMPARE(w<QComboBox>(t, u"targetRecipe"_s)->currentText(), u"GUI test app"_s);
        QCOMPARE(w<QLineEdit>(t, u"targetProjectDir"_s)->text(), kDir);
        QCOMPARE(w<QLineEdit>(t, u"targetComposeFiles"_s)->text(), u"docker-compose.yml"_s);
        QVERIFY(!w<QLabel>(t, u"targetProblems"_s)->isVisible());
        // A relative directory is refused next to the field, and fixed again.
        w<QLineEdit>(t, u"targetProjectDir"_s)->setText(u"opt/app"_s);
        QVERIFY(w<QLabel>(t, u"targetProblems"_s)->text().contains(u"absolute"_s));
        w<QLineEdit>(t, u"targetProjectDir"_s)->setText(kDir);
        QVERIFY(!w<QLabel>(t, u"targetProblems"_s)->isVisible());
        screenshot(u"0-project"_s);
    }

    void serverCheck()
    {
        ui::WizardPage* p = page(1);
        preview(p);
        QVERIFY2(previewText(p).contains(u"server-check.docker"_s), qPrintable(previewText(p)));
        apply(p);
        QVERIFY(states(p).contains(u"server-check.project"_s));
        screenshot(u"1-server-check"_s);
    }

    void firewall()
    {
        // A port published on all interfaces (in a second compose file) is listed as bypassing
        // ufw; the one bound to 127.0.0.1 is not.
        th->inside(u"printf 'services:\\n  web:\\n    ports: [\"15432:5432\"]\\n' > "_s + kDir +
                   u"/ports.yml"_s);
        auto* composeFiles = w<QLineEdit>(wizard()->targetPage(), u"targetComposeFiles"_s);
        composeFiles->setText(u"docker-compose.yml ports.yml"_s);
        auto* p = qobject_cast<ui::FirewallPage*>(page(2));
        QVERIFY(p);
        QTRY_VERIFY_WITH_TIMEOUT(!p->bypassingPorts().isEmpty(), 20000);
        QCOMPARE(p->bypassingPorts(), QStringList{u"web: 0.0.0.0:15432 -> 5432/tcp"_s});
        QVERIFY(w<QLabel>(p, u"firewallPortsState"_s)->text().contains(u"127.0.0.1"_s));
        preview(p);
        QVERIFY2(previewText(p).contains(u"ufw"_s), qPrintable(previewText(p)));
        QVERIFY(
            !th->inside(u"LC_ALL=C ufw status"_s).contains("Status: active")); // a preview changes nothing
        // While firewall.enable runs, the page says what the dead-man switch is doing.
        QStringList phases;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&phases, p] {
            const QString t = w<QLabel>(p, u"firewallPhase"_s)->text();
            if (w<QLabel>(p, u"firewallPhase"_s)->isVisible() && (phases.isEmpty() || phases.last() != t))
                phases.append(t);
        });
        watch.start(5);
        apply(p);
        watch.stop();
        QVERIFY2(phases.contains(u"Checking that a new SSH login still works…"_s),
                 qPrintable(phases.join(u" | "_s)));
        QVERIFY(th->inside(u"LC_ALL=C ufw status"_s).contains("Status: active"));
        // SSH still works: a fresh login, and the wizard's own connection.
        ssh::Connection fresh(th->keySettings(u"ops"_s));
        QVERIFY2(connectAndWait(fresh), qPrintable(fresh.lastError().toString()));
        QVERIFY(session->isConnected());
        // Every step went to the audit log.
        auto db = store::Database::open(dataDir.path());
        QVERIFY(db);
        store::AuditLog audit(*db);
        auto rows = audit.list(u"setup-test"_s, 500);
        QVERIFY(rows);
        bool sawEnable = false;
        for (const store::AuditEntry& e : *rows)
            sawEnable = sawEnable || e.step == u"firewall.enable"_s;
        QVERIFY(sawEnable);
        screenshot(u"2-firewall"_s);
        composeFiles->setText(u"docker-compose.yml"_s);
        th->inside(u"rm -f "_s + kDir + u"/ports.yml"_s);
    }

    void nginxAndTls()
    {
        auto* p = qobject_cast<ui::NginxTlsPage*>(page(3));
        QVERIFY(p);
        w<QLineEdit>(p, u"tlsEmail"_s)->setText(u"not-an-email"_s);
        w<QLineEdit>(p, u"nginxDomain"_s)->setText(kDomain);
        QTest::mouseClick(w<QPushButton>(p, u"previewButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!p->isBusy());
        QVERIFY2(w<QLabel>(p, u"pageProblems"_s)->text().contains(u"tls.email"_s),
                 qPrintable(w<QLabel>(p, u"pageProblems"_s)->text()));
        w<QLineEdit>(p, u"tlsEmail"_s)->setText(u"admin@example.test"_s);
        w<QLineEdit>(p, u"tlsCheckAddress"_s)->setText(th->host());
        QCOMPARE(w<QLineEdit>(p, u"tlsExtraCaFile"_s)->text(), caFile);
        preview(p);
        QVERIFY2(previewText(p).contains(u"/etc/nginx/sites-available/gui-test"_s),
                 qPrintable(previewText(p)));
        QVERIFY2(previewText(p).contains(u"certbot"_s), qPrintable(previewText(p)));
        apply(p);
        // The certificate the world receives, verified against pebble's root.
        QTRY_VERIFY_WITH_TIMEOUT(w<QPushButton>(p, u"tlsCheckCertificate"_s)->isEnabled(), 30000);
        QVERIFY2(p->certificateVerified(), qPrintable(p->certificateText()));
        QVERIFY(p->certificateText().contains(kDomain));
        QVERIFY(p->certificateText().contains(u"Days left"_s));
        QVERIFY2(w<QLabel>(p, u"tlsRenewal"_s)->text().contains(u"succeeded"_s),
                 qPrintable(w<QLabel>(p, u"tlsRenewal"_s)->text()));
        screenshot(u"3-nginx-tls"_s);
    }

    void env()
    {
        auto* p = qobject_cast<ui::EnvPage*>(page(4));
        QVERIFY(p);
        ui::EnvTableModel* m = p->model();
        QTRY_VERIFY_WITH_TIMEOUT(m->rowOf(u"SECRET_KEY"_s) >= 0, 20000);
        QVERIFY(w<QLabel>(p, u"envSource"_s)->text().contains(u"example"_s));
        const int row = m->rowOf(u"SECRET_KEY"_s);
        // The example's placeholder is a finding.
        auto* findings = w<QListWidget>(p, u"envFindings"_s);
        QVERIFY(!findings->findItems(u"SECRET_KEY"_s, Qt::MatchContains).isEmpty());
        QTest::mouseClick(w<QPushButton>(p, u"envGenerate_SECRET_KEY"_s), Qt::LeftButton);
        const QString generated = m->document().value(u"SECRET_KEY"_s).value_or(QString());
        QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(generated).hasMatch());
        const QModelIndex value = m->index(row, ui::EnvTableModel::ValueColumn);
        QCOMPARE(value.data().toString(), plan::SecretMask::mask());
        // Revealing a row shows it; hiding it again masks it.
        m->setData(m->index(row, ui::EnvTableModel::RevealColumn), Qt::Checked, Qt::CheckStateRole);
        QCOMPARE(value.data().toString(), generated);
        m->setData(m->index(row, ui::EnvTableModel::RevealColumn), Qt::Unchecked, Qt::CheckStateRole);
        QCOMPARE(value.data().toString(), plan::SecretMask::mask());
        preview(p);
        QVERIFY2(previewText(p).contains(u"+SECRET_KEY="_s + plan::SecretMask::mask()),
                 qPrintable(previewText(p)));
        QVERIFY(!previewText(p).contains(generated));
        apply(p);
        secret =
            QString::fromUtf8(th->inside(u"sed -n 's/^SECRET_KEY=//p' "_s + kDir + u"/.env"_s)).trimmed();
        QCOMPARE(secret, generated);
        QCOMPARE(th->inside(u"stat -c %a "_s + kDir + u"/.env"_s).trimmed(), QByteArray("600"));
        QVERIFY(!previewText(p).contains(secret));
        QVERIFY(!outputText(p).contains(secret));
        screenshot(u"4-env"_s);
        QVERIFY(!grabText(p).contains(secret));
    }

    void compose()
    {
        auto* p = qobject_cast<ui::ComposePage*>(page(5));
        QVERIFY(p);
        w<QCheckBox>(p, u"composePull"_s)->setChecked(false); // no registry on the test host
        w<QSpinBox>(p, u"composeWait"_s)->setValue(90);
        preview(p);
        apply(p);
        auto* services = w<QTableWidget>(p, u"composeServices"_s);
        QTRY_VERIFY_WITH_TIMEOUT(w<QPushButton>(p, u"composeRefresh"_s)->isEnabled(), 20000);
        QCOMPARE(w<QLabel>(p, u"composeServicesNote"_s)->text(), u"Every service is running and healthy."_s);
        QCOMPARE(services->rowCount(), 1);
        QCOMPARE(services->item(0, 0)->text(), u"web"_s);
        QCOMPARE(services->item(0, 1)->text(), u"running"_s);
        QCOMPARE(services->item(0, 2)->text(), u"healthy"_s);
        const QString config = w<QPlainTextEdit>(p, u"composeConfig"_s)->toPlainText();
        QVERIFY2(config.contains(u"SECRET_KEY"_s), qPrintable(config));
        QVERIFY(!config.contains(secret));
        QVERIFY(!outputText(p).contains(secret));
        screenshot(u"5-compose"_s);
    }

    void verify()
    {
        auto* p = qobject_cast<ui::VerifyPage*>(page(6));
        QVERIFY(p);
        QCOMPARE(w<QLineEdit>(p, u"verifyDomain"_s)->text(), kDomain); // from the Nginx page
        w<QLineEdit>(p, u"verifyAddress"_s)->setText(th->host());
        // Verify changes nothing: one "Run checks" button, no Apply that would promise a change.
        QCOMPARE(w<QPushButton>(p, u"previewButton"_s)->text(), u"Run checks"_s);
        QVERIFY(w<QPushButton>(p, u"applyButton"_s)->isHidden());
        preview(p);
        const QString summary = p->summaryText();
        QVERIFY2(summary.contains(u"http://127.0.0.1:18080/health -> HTTP 200"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"https://app.example.test/health -> HTTP 200"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"status: ok"_s), qPrintable(summary));
        QVERIFY(!summary.contains(secret));
        auto* results = w<QTreeWidget>(p, u"verifyResults"_s);
        QVERIFY(!results->findItems(u"checks.db"_s, Qt::MatchContains | Qt::MatchRecursive).isEmpty());
        QTest::mouseClick(w<QPushButton>(p, u"verifyCopy"_s), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), summary);
        // The checks change nothing, yet they are not "already done": they were checked.
        QVERIFY2(!previewText(p).contains(u"already done"_s), qPrintable(previewText(p)));
        QVERIFY2(previewText(p).contains(u"(checked)"_s), qPrintable(previewText(p)));
        QVERIFY2(previewText(p).contains(
                     QRegularExpression(u"Verification: everything works\\.|Verification found problems:"_s)),
                 qPrintable(previewText(p)));
        QVERIFY(!w<QListView>(p, u"stepList"_s)
                     ->model()
                     ->index(0, 0)
                     .data()
                     .toString()
                     .contains(u"Already done"_s));
        QVERIFY(
            w<QListView>(p, u"stepList"_s)->model()->index(0, 0).data().toString().endsWith(u"checked"_s));
        screenshot(u"6-verify"_s);
    }

    // The whole wizard a second time: every page's preview finds everything already done.
    void secondRunChangesNothing()
    {
        for (int i = 1; i <= 5; ++i) {
            ui::WizardPage* p = page(i);
            preview(p);
            const auto s = states(p);
            QVERIFY(!s.isEmpty());
            for (auto it = s.cbegin(); it != s.cend(); ++it)
                QVERIFY2(it.value() == ui::StepStatusModel::State::Skipped,
                         qPrintable(it.key() + u": "_s + describe(p)));
            QVERIFY2(previewText(p).contains(u"already done"_s), qPrintable(previewText(p)));
        }
    }

    // A plan that fails says why in a translated sentence with the details, marks the step
    // Failed, and leaves the page ready for another try; Cancel stops a run.
    void failureAndCancel()
    {
        auto* projectDir = w<QLineEdit>(wizard()->targetPage(), u"targetProjectDir"_s);
        projectDir->setText(u"/opt/capataz-gui-missing"_s);
        ui::WizardPage* p = page(1);
        QTest::mouseClick(w<QPushButton>(p, u"applyButton"_s), Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = findTopLevel<QMessageBox>(u"applyConfirmation"_s)) != nullptr);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!p->isBusy(), 120000);
        QVERIFY2(message(p).contains(u"Details:"_s), qPrintable(describe(p)));
        QCOMPARE(states(p).value(u"server-check.project"_s), ui::StepStatusModel::State::Failed);
        QVERIFY(w<QPushButton>(p, u"applyButton"_s)->isEnabled());
        projectDir->setText(kDir);

        QTest::mouseClick(w<QPushButton>(p, u"applyButton"_s), Qt::LeftButton);
        QTRY_VERIFY((box = findTopLevel<QMessageBox>(u"applyConfirmation"_s)) != nullptr);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QVERIFY(p->isBusy());
        QVERIFY(w<QPushButton>(p, u"cancelButton"_s)->isEnabled());
        QTest::mouseClick(w<QPushButton>(p, u"cancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!p->isBusy(), 120000);
        QVERIFY2(message(p).startsWith(u"Cancelled"_s), qPrintable(describe(p)));
        QVERIFY(!w<QPushButton>(p, u"cancelButton"_s)->isEnabled());
    }

    // A run keeps its page in view; a connection that goes away during a run (disconnect,
    // edit, removal) stops it at once, safely, and a removed server takes its wizard along.
    void connectionGoneDuringRun()
    {
        ui::WizardPage* p = page(1);
        QTest::mouseClick(w<QPushButton>(p, u"previewButton"_s), Qt::LeftButton);
        QVERIFY(p->isBusy());
        QVERIFY(wizard()->isBusy());
        QVERIFY(!w<QPushButton>(wizard(), u"setupNext"_s)->isEnabled());
        QVERIFY(!w<QListWidget>(wizard(), u"setupSteps"_s)->isEnabled());
        wizard()->setCurrentPage(3);
        QCOMPARE(wizard()->currentPage(), 1);
        session->disconnectFromServer();
        QVERIFY(!p->isBusy()); // stopped right away, before any step could use the dead connection
        QVERIFY2(message(p).contains(u"connection to the server closed"_s), qPrintable(describe(p)));
        QTest::qWait(300); // queued step callbacks, if any survived, would run (and crash) now
        QVERIFY(w<QPushButton>(wizard(), u"setupNext"_s)->isEnabled());
        wizard()->setCurrentPage(2);
        QCOMPARE(wizard()->currentPage(), 2);

        // Removal: the session (and its connection) deleted while a preview runs.
        session->connectWith(th->keySettings(u"root"_s));
        QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 20000);
        p = page(1);
        QTest::mouseClick(w<QPushButton>(p, u"previewButton"_s), Qt::LeftButton);
        QVERIFY(p->isBusy());
        QPointer<ui::SetupWizard> gone(wizard());
        QVERIFY(registry->remove(session)); // deletes the session
        session = nullptr;
        QTRY_VERIFY(gone.isNull());
        QVERIFY(!tab->wizard());
        QTest::qWait(300);
    }

private:
    // Every text a user can read on the page (labels, tables, text views).
    static QString grabText(QWidget* root)
    {
        QString all;
        for (QLabel* l : root->findChildren<QLabel*>())
            all += l->text() + u'\n';
        for (QPlainTextEdit* e : root->findChildren<QPlainTextEdit*>())
            all += e->toPlainText() + u'\n';
        for (QTextBrowser* b : root->findChildren<QTextBrowser*>())
            all += b->toPlainText() + u'\n';
        for (QTableView* t : root->findChildren<QTableView*>()) {
            QAbstractItemModel* m = t->model();
            for (int r = 0; r < m->rowCount(); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    all += m->index(r, c).data().toString() + u'\n';
        }
        return all;
    }
};

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
