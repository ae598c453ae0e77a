// Alerts › Alert list and the server list's marker, without a server: a session's AlertService is
// driven with samples put in its metrics store and a simulated clock. The list shows each rule's
// state (pending, firing, resolved, no data, not evaluated, off) and says that alerts run only
// while the console is open; support sees it read-only and cannot change a rule; an admin changes
// a threshold, a duration, turns a rule off and resets to the defaults; the server list marks a
// server while one of its alerts fires. Screenshots of the dialogs in both languages.
#include "AlertTestSupport.h"
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "alerts/AlertListDialog.h"
#include "alerts/AlertRuleDialog.h"
#include "client/ServerRegistry.h"
#include "secrets/SecretStore.h"
#include "servers/ServerListModel.h"
#include "store/DataDir.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace capataz;
using namespace capataz::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// The state column of every row of `rule`.
QStringList statesOf(QTableWidget* table, const QString& rule)
{
    QStringList states;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, ui::AlertListDialog::RuleColumn)->text() == rule)
            states << table->item(row, ui::AlertListDialog::StateColumn)->text();
    return states;
}

} // namespace

class TestAlertList : public QObject {
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
    client::ServerSession* session(const QString& name, const QList<metrics::AlertRule>& rules)
    {
        client::ServerSession* s = registry->find(name);
        const QString file = home.filePath(u"rules-"_s + name + u".json"_s);
        // First another rule alone, so the engine forgets the states of the tests before.
        metrics::AlertRule other = AlertDriver::missingRule();
        other.name = u"Forget"_s;
        QFile::remove(file);
        if (!metrics::saveAlertRules(file, {other}))
            return nullptr;
        s->alerts()->setRulesFile(file);
        QFile::remove(file);
        if (!metrics::saveAlertRules(file, rules))
            return nullptr;
        s->alerts()->setRulesFile(file);
        return s;
    }

private slots:
    void initTestCase()
    {
        qputenv("HOME", home.path().toUtf8());
        store::setDataDirectoryOverride(home.filePath(u"data"_s));
        QVERIFY(store::ensureDataDirectory().has_value());
        registry = std::make_unique<client::ServerRegistry>();
        QVERIFY(registry->open(store::dataDirectory()).has_value());
        QVERIFY(registry->add(profile(u"rancho-produccion"_s, store::Role::Admin)).has_value());
        QVERIFY(registry->add(profile(u"soporte-facturas"_s, store::Role::Support)).has_value());
        secrets = std::make_unique<secrets::SecretStore>();
        ui::LanguageManager::instance().setLanguage(u"en"_s);
    }
    void cleanupTestCase() { registry.reset(); }

    void listShowsTheStates()
    {
        client::ServerSession* s =
            session(u"soporte-facturas"_s,
                    {AlertDriver::queueRule(u"QueueLong"_s, 100, 60'000),
                     AlertDriver::queueRule(u"QueueHuge"_s, 1000, 0), AlertDriver::missingRule()});
        QVERIFY(s);
        ui::AlertListDialog dialog(s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* table = child<QTableWidget>(&dialog, u"alertTable"_s);
        QVERIFY(table);
        QCOMPARE(statesOf(table, u"QueueLong"_s), QStringList{u"Not evaluated yet"_s});
        // The plain sentence: evaluated only while the console is open and the server connected.
        const QString intro = child<QLabel>(&dialog, u"alertListIntro"_s)->text();
        QVERIFY2(intro.contains(u"only while this console is open"_s) && intro.contains(u"connected"_s),
                 qPrintable(intro));
        QVERIFY2(child<QLabel>(&dialog, u"alertListStatus"_s)->text().contains(u"not connected"_s),
                 qPrintable(child<QLabel>(&dialog, u"alertListStatus"_s)->text()));

        AlertDriver driver(*s);
        QVERIFY(driver.scrapeAndEvaluate(250, 0));
        QCOMPARE(statesOf(table, u"QueueLong"_s), QStringList{u"Pending"_s});
        QCOMPARE(statesOf(table, u"QueueHuge"_s), QStringList{u"Inactive"_s});
        QCOMPARE(statesOf(table, u"NothingThere"_s), QStringList{u"No data"_s});
        for (int i = 1; i <= 5; ++i)
            QVERIFY(driver.scrapeAndEvaluate(250, i));
        QCOMPARE(statesOf(table, u"QueueLong"_s), QStringList{u"Firing"_s});
        // The firing row: its labels, value and summary.
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, ui::AlertListDialog::RuleColumn)->text() != u"QueueLong")
                continue;
            QVERIFY2(
                table->item(row, ui::AlertListDialog::LabelsColumn)->text().contains(u"job=\"service\""_s),
                qPrintable(table->item(row, ui::AlertListDialog::LabelsColumn)->text()));
            QCOMPARE(table->item(row, ui::AlertListDialog::ValueColumn)->text(), u"250"_s);
            QCOMPARE(table->item(row, ui::AlertListDialog::SummaryColumn)->text(),
                     u"Queue too long: 250 jobs"_s);
            QVERIFY(!table->item(row, ui::AlertListDialog::SinceColumn)->text().isEmpty());
        }
        QVERIFY(driver.scrapeAndEvaluate(3, 6));
        QCOMPARE(statesOf(table, u"QueueLong"_s), QStringList{u"Resolved"_s});

        // In Spanish the sentence changes language with the rest (the catalogue may still lack
        // the words while the lead fills it: then it stays English, never empty).
        ui::LanguageManager::instance().setLanguage(u"es"_s);
        QApplication::processEvents();
        QVERIFY(!child<QLabel>(&dialog, u"alertListIntro"_s)->text().isEmpty());
        QCOMPARE(statesOf(table, u"QueueLong"_s).size(), 1);
        ui::LanguageManager::instance().setLanguage(u"en"_s);
    }

    void supportCannotEdit()
    {
        client::ServerSession* s =
            session(u"soporte-facturas"_s, {AlertDriver::queueRule(u"QueueLong"_s, 100, 60'000)});
        QVERIFY(s);
        ui::AlertListDialog dialog(s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!child<QPushButton>(&dialog, u"alertEdit"_s)->isVisible());
        QVERIFY(!child<QPushButton>(&dialog, u"alertReset"_s)->isVisible());
        QVERIFY(!dialog.editRule(u"QueueLong"_s));
        QVERIFY(findTopLevel<ui::AlertRuleDialog>() == nullptr);
        auto* table = child<QTableWidget>(&dialog, u"alertTable"_s);
        table->selectRow(0);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {},
                           table->visualItemRect(table->item(0, 0)).center());
        QApplication::processEvents();
        QVERIFY(findTopLevel<ui::AlertRuleDialog>() == nullptr);
        const QString role = child<QLabel>(&dialog, u"alertListRole"_s)->text();
        QVERIFY2(role.contains(u"Support"_s) && role.contains(u"administrator"_s), qPrintable(role));
    }

    void adminEditsAndResets()
    {
        client::ServerSession* s =
            session(u"rancho-produccion"_s, {AlertDriver::queueRule(u"QueueLong"_s, 100, 60'000)});
        QVERIFY(s);
        ui::AlertListDialog dialog(s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* edit = child<QPushButton>(&dialog, u"alertEdit"_s);
        auto* table = child<QTableWidget>(&dialog, u"alertTable"_s);
        QVERIFY(edit->isVisible() && edit->isEnabled()); // the first rule is selected
        table->clearSelection();
        QVERIFY(!edit->isEnabled());
        table->selectRow(0);
        QVERIFY(edit->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        ui::AlertRuleDialog* rule = nullptr;
        QTRY_VERIFY((rule = findTopLevel<ui::AlertRuleDialog>()) != nullptr);
        QCOMPARE(child<QDoubleSpinBox>(rule, u"alertRuleThreshold"_s)->decimals(), 2);
        child<QDoubleSpinBox>(rule, u"alertRuleThreshold"_s)->setValue(500);
        child<QSpinBox>(rule, u"alertRuleFor"_s)->setValue(120);
        rule->accept();
        QTRY_VERIFY(findTopLevel<ui::AlertRuleDialog>() == nullptr);
        QCOMPARE(s->alerts()->rules().size(), 1);
        QCOMPARE(s->alerts()->rules().at(0).threshold, 500.0);
        QCOMPARE(s->alerts()->rules().at(0).forMs, 120'000);
        QCOMPARE(metrics::loadAlertRules(s->alerts()->rulesFile())->at(0).threshold, 500.0);

        // Turned off: saved, shown as off, never fires.
        QVERIFY(dialog.editRule(u"QueueLong"_s));
        QTRY_VERIFY((rule = findTopLevel<ui::AlertRuleDialog>()) != nullptr);
        child<QCheckBox>(rule, u"alertRuleEnabled"_s)->setChecked(false);
        rule->accept();
        QTRY_VERIFY(findTopLevel<ui::AlertRuleDialog>() == nullptr);
        QVERIFY(!metrics::loadAlertRules(s->alerts()->rulesFile())->at(0).enabled);
        QCOMPARE(statesOf(table, u"QueueLong"_s), QStringList{u"Off"_s});
        AlertDriver driver(*s);
        for (int i = 0; i <= 12; ++i)
            QVERIFY(driver.scrapeAndEvaluate(9999, i));
        QCOMPARE(s->alerts()->statuses().at(0).state, metrics::AlertState::Inactive);

        // Reset to defaults: the file goes, the recipe's and node-exporter's rules come back.
        QTest::mouseClick(child<QPushButton>(&dialog, u"alertReset"_s), Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = findTopLevel<QMessageBox>(u"alertResetBox"_s)) != nullptr);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY(!QFile::exists(s->alerts()->rulesFile()));
        QVERIFY(statesOf(table, u"QueueLong"_s).isEmpty());
        QVERIFY(!statesOf(table, u"NodeDiskFull"_s).isEmpty());
    }

    void adminMakesARuleOfItsOwnAndRemovesIt()
    {
        client::ServerSession* s =
            session(u"rancho-produccion"_s, {AlertDriver::queueRule(u"QueueLong"_s, 100, 60'000)});
        QVERIFY(s);
        ui::AlertListDialog dialog(s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(&dialog, u"alertNew"_s), Qt::LeftButton);
        ui::AlertRuleDialog* rule = nullptr;
        QTRY_VERIFY((rule = findTopLevel<ui::AlertRuleDialog>()) != nullptr);
        QVERIFY(rule->isNew());
        auto* ok = child<QDialogButtonBox>(rule, u"alertRuleButtons"_s)->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing written yet
        // A name already taken, then a good one.
        child<QLineEdit>(rule, u"alertRuleName"_s)->setText(u"queuelong"_s);
        QVERIFY2(rule->problem().contains(u"already has a rule"_s), qPrintable(rule->problem()));
        child<QLineEdit>(rule, u"alertRuleName"_s)->setText(u"QueueStuck"_s);
        // An expression that does not read: said under it, where and what; OK stays off.
        child<QLineEdit>(rule, u"alertRuleCondition"_s)->setText(u"queue_length >"_s);
        const QLabel* exprProblem = child<QLabel>(rule, u"alertRuleExprProblem"_s);
        QVERIFY(exprProblem->isVisible());
        QVERIFY2(exprProblem->text().startsWith(u"The expression cannot be read"_s),
                 qPrintable(exprProblem->text()));
        QVERIFY(!ok->isEnabled());
        child<QLineEdit>(rule, u"alertRuleCondition"_s)->setText(u"queue_length > 5"_s);
        QVERIFY(!exprProblem->isVisible());
        QVERIFY(!ok->isEnabled()); // no summary yet
        child<QLineEdit>(rule, u"alertRuleSummaryEs"_s)->setText(u"La cola no avanza: {{ $value }}"_s);
        QVERIFY2(ok->isEnabled(), qPrintable(rule->problem()));
        child<QSpinBox>(rule, u"alertRuleFor"_s)->setValue(0);
        auto* severity = child<QComboBox>(rule, u"alertRuleSeverity"_s);
        severity->setCurrentIndex(severity->findData(int(metrics::AlertSeverity::Critical)));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(findTopLevel<ui::AlertRuleDialog>() == nullptr);
        // Saved with the others, evaluated: it fires.
        const auto saved = metrics::loadAlertRules(s->alerts()->rulesFile());
        QVERIFY(saved && saved->size() == 2);
        QCOMPARE(saved->at(1).name, u"QueueStuck"_s);
        QCOMPARE(saved->at(1).expr, u"queue_length > 5"_s);
        QCOMPARE(saved->at(1).severity, metrics::AlertSeverity::Critical);
        QCOMPARE(saved->at(1).summaryEn, u"La cola no avanza: {{ $value }}"_s); // one language: both
        AlertDriver driver(*s);
        QVERIFY(driver.scrapeAndEvaluate(50, 0));
        auto* table = child<QTableWidget>(&dialog, u"alertTable"_s);
        QCOMPARE(statesOf(table, u"QueueStuck"_s), QStringList{u"Firing"_s});
        // A rule made here can be removed (the recipe's can only be turned off).
        QVERIFY(child<QPushButton>(&dialog, u"alertRemove"_s)->isVisible());
        QVERIFY(!dialog.removeRule(u"NoSuchRule"_s));
        QVERIFY(dialog.removeRule(u"QueueStuck"_s));
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = findTopLevel<QMessageBox>(u"alertRemoveBox"_s)) != nullptr);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_COMPARE(s->alerts()->rules().size(), 1);
        QVERIFY(statesOf(table, u"QueueStuck"_s).isEmpty());
    }

    void serverListMarker()
    {
        client::ServerSession* s =
            session(u"soporte-facturas"_s, {AlertDriver::queueRule(u"QueueLong"_s, 100, 0)});
        QVERIFY(s);
        ui::MainWindow window(*registry, *secrets);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* list = child<QListView>(&window, u"serverList"_s);
        QModelIndex row;
        for (int i = 0; i < list->model()->rowCount(); ++i)
            if (list->model()->index(i, 0).data().toString() == u"soporte-facturas")
                row = list->model()->index(i, 0);
        QVERIFY(row.isValid());
        QVERIFY(row.data(ui::ServerListModel::FiringAlertsRole).toStringList().isEmpty());
        QVERIFY(!row.data(Qt::ToolTipRole).toString().contains(u"firing"_s));

        AlertDriver driver(*s);
        QVERIFY(driver.scrapeAndEvaluate(250, 0));
        QCOMPARE(row.data(ui::ServerListModel::FiringAlertsRole).toStringList(), QStringList{u"QueueLong"_s});
        const QString tip = row.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"firing: QueueLong"_s),
                 qPrintable(tip)); // "1 alert firing" once the catalogue has the plural
        QVERIFY(row.data(Qt::AccessibleTextRole).toString().contains(u"QueueLong"_s));

        // Alerts › Alert list opens the selected server's list, not modal, once per server.
        window.selectServer(u"soporte-facturas"_s);
        auto* action = window.findChild<QAction*>(u"actionAlertList"_s);
        QVERIFY(action && action->isEnabled());
        QVERIFY2(action->text().contains(u'&'), qPrintable(action->text())); // a mnemonic
        action->trigger();
        ui::AlertListDialog* alertList = nullptr;
        QTRY_VERIFY((alertList = findTopLevel<ui::AlertListDialog>()) != nullptr);
        QCOMPARE(alertList->session(), s);
        QVERIFY(!alertList->isModal());
        action->trigger();
        QCOMPARE(window.findChildren<ui::AlertListDialog*>().size(), 1);
        QCOMPARE(statesOf(child<QTableWidget>(alertList, u"alertTable"_s), u"QueueLong"_s),
                 QStringList{u"Firing"_s});
        alertList->close();

        QVERIFY(driver.scrapeAndEvaluate(5, 1));
        QVERIFY(row.data(ui::ServerListModel::FiringAlertsRole).toStringList().isEmpty());
        QVERIFY(!row.data(Qt::ToolTipRole).toString().contains(u"firing"_s));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("es") << u"es"_s;
        QTest::newRow("en") << u"en"_s;
    }
    void screenshots()
    {
        QFETCH(QString, lang);
        ui::LanguageManager::instance().setLanguage(lang);
        const QDir out(QStringLiteral(CAPATAZ_SCREENSHOT_DIR));
        QVERIFY(out.mkpath(u"."_s));
        client::ServerSession* s =
            session(u"rancho-produccion"_s,
                    {AlertDriver::queueRule(u"QueueLong"_s, 100, 30'000),
                     AlertDriver::queueRule(u"QueueHuge"_s, 1000, 0),
                     AlertDriver::queueRule(u"QueueBuilding"_s, 200, 600'000), AlertDriver::missingRule()});
        QVERIFY(s);
        AlertDriver driver(*s);
        for (int i = 0; i <= 8; ++i)
            QVERIFY(driver.scrapeAndEvaluate(250, i));
        ui::MainWindow window(*registry, *secrets);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectServer(u"rancho-produccion"_s);
        QApplication::processEvents();
        QVERIFY(window.grab().save(out.filePath(u"alert-marker-"_s + lang + u".png"_s)));

        auto* dialog = new ui::AlertListDialog(s, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->width() <= 1366 && dialog->height() <= 768);
        QApplication::processEvents();
        QVERIFY(dialog->grab().save(out.filePath(u"alert-list-dialog-"_s + lang + u".png"_s)));
        QVERIFY(dialog->editRule(u"QueueLong"_s));
        ui::AlertRuleDialog* rule = nullptr;
        QTRY_VERIFY((rule = findTopLevel<ui::AlertRuleDialog>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(rule));
        QApplication::processEvents();
        QVERIFY(rule->grab().save(out.filePath(u"alert-rule-dialog-"_s + lang + u".png"_s)));
        rule->reject();
        QTRY_VERIFY(findTopLevel<ui::AlertRuleDialog>() == nullptr);
        // A new rule whose expression does not read yet: the error under it.
        QVERIFY(dialog->newRule());
        QTRY_VERIFY((rule = findTopLevel<ui::AlertRuleDialog>()) != nullptr);
        child<QLineEdit>(rule, u"alertRuleName"_s)->setText(u"ConfidenceLow"_s);
        child<QLineEdit>(rule, u"alertRuleCondition"_s)->setText(u"avg(weighing_estimation_confidence) <"_s);
        child<QLineEdit>(rule, u"alertRuleSummaryEs"_s)->setText(u"Precisión baja: {{ $value }}"_s);
        QVERIFY(QTest::qWaitForWindowExposed(rule));
        QApplication::processEvents();
        QVERIFY(rule->width() <= 1366 && rule->height() <= 768);
        QVERIFY(rule->grab().save(out.filePath(u"alert-new-rule-dialog-"_s + lang + u".png"_s)));
        rule->reject();
        dialog->close();
        ui::LanguageManager::instance().setLanguage(u"en"_s);
    }
};

QTEST_MAIN(TestAlertList)
#include "tst_alertlist.moc"
