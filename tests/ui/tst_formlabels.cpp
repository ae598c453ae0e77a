// Every form a user can meet, built offscreen in Spanish and English without a server: each
// QFormLayout row with a field has a label that says what the field is (a checkbox's own text
// or a plain text label counts), a label with a mnemonic has a buddy, and no top-level window
// asks for more than 1366 pixels, the width of the smallest common laptop screen.
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "alerts/AlertListDialog.h"
#include "alerts/AlertRuleDialog.h"
#include "audit/AuditView.h"
#include "backup/ScheduleDialog.h"
#include "client/ServerRegistry.h"
#include "secrets/SecretStore.h"
#include "servers/ConnectDialog.h"
#include "servers/CredentialDialog.h"
#include "servers/HostKeyDialog.h"
#include "servers/ServerDialog.h"
#include "servers/SshImportDialog.h"
#include "setup/SetupWizard.h"
#include "status/StatusSettingsDialog.h"
#include "store/DataDir.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <functional>
#include <memory>

using namespace capataz;
using namespace capataz::test;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kMaxWidth = 1366;

QString describe(QLayoutItem* item)
{
    if (!item)
        return u"(nothing)"_s;
    if (QWidget* w = item->widget())
        return QString::fromLatin1(w->metaObject()->className()) + u" \"" + w->objectName() + u'"';
    if (QLayout* l = item->layout()) {
        QStringList inner;
        for (int i = 0; i < l->count(); ++i)
            inner << describe(l->itemAt(i));
        return u"layout [" + inner.join(u", ") + u']';
    }
    return u"spacer"_s;
}

// A field that says what it is by itself: a checkbox or button with text, or plain text.
bool selfLabelled(const QLayoutItem* field)
{
    QWidget* w = field->widget();
    if (auto* b = qobject_cast<QAbstractButton*>(w))
        return !b->text().trimmed().isEmpty();
    return qobject_cast<QLabel*>(w) != nullptr;
}

// The problems of every QFormLayout under `root`, one line each.
QStringList formProblems(QWidget* root, const QString& where)
{
    QStringList problems;
    const auto forms = root->findChildren<QFormLayout*>();
    for (QFormLayout* form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem* field = form->itemAt(row, QFormLayout::FieldRole);
            if (!field)
                continue; // a spanning row (a note, a heading): nothing to label
            QLayoutItem* labelItem = form->itemAt(row, QFormLayout::LabelRole);
            auto* label = labelItem ? qobject_cast<QLabel*>(labelItem->widget()) : nullptr;
            QString text = label ? label->text() : QString();
            text.replace(u"&&"_s, u"\x01"_s);
            const bool mnemonic = text.contains(u'&');
            text.remove(u'&');
            if (text.trimmed().isEmpty()) {
                if (!selfLabelled(field))
                    problems << u"%1: row %2 has no label for %3"_s.arg(where).arg(row).arg(describe(field));
                continue;
            }
            if (mnemonic && !label->buddy())
                problems << u"%1: label \"%2\" has a mnemonic but no buddy"_s.arg(where, label->text());
        }
    }
    return problems;
}

// Wider than a 1366-pixel screen: by its size hint, its minimum or as shown.
QStringList widthProblems(QWidget* w, const QString& where)
{
    const int hint = w->sizeHint().width();
    const int minimum = w->minimumSizeHint().width();
    const int shown = w->frameGeometry().width();
    if (std::max({hint, minimum, shown}) <= kMaxWidth)
        return {};
    return {u"%1: wider than %2 px (size hint %3, minimum %4, shown %5)"_s.arg(where)
                .arg(kMaxWidth)
                .arg(hint)
                .arg(minimum)
                .arg(shown)};
}

} // namespace

class TestFormLabels : public QObject {
    Q_OBJECT
    QTemporaryDir home;
    std::unique_ptr<client::ServerRegistry> registry;
    std::unique_ptr<secrets::SecretStore> secrets;

    store::ServerProfile filledProfile() const
    {
        store::ServerProfile p;
        p.name = u"rancho-produccion"_s;
        p.host = u"rancho.example.com"_s;
        p.port = 2222;
        p.user = u"deploy"_s;
        p.auth = store::AuthMethod::KeyFile;
        p.keyPath = u"/home/ana/.ssh/id_ed25519"_s;
        p.jumpHost = u"admin@bastion.example.com:22"_s;
        p.sudo = remote::SudoMode::Password;
        p.projectDir = u"/srv/app"_s;
        p.role = store::Role::Support;
        return p;
    }

    // Every window this test can build, each with a name for the messages.
    std::vector<std::pair<QString, std::function<QWidget*()>>> windows()
    {
        std::vector<std::pair<QString, std::function<QWidget*()>>> w;
        w.emplace_back(u"ServerDialog (add, empty)"_s, [] {
            return new ui::ServerDialog(ui::ServerDialog::Mode::Add, store::ServerProfile{});
        });
        w.emplace_back(u"ServerDialog (edit, filled)"_s, [this] {
            return new ui::ServerDialog(ui::ServerDialog::Mode::Edit, filledProfile());
        });
        w.emplace_back(u"SettingsDialog"_s, [] { return new ui::SettingsDialog(true); });
        w.emplace_back(u"StatusSettingsDialog"_s, [] {
            status::StatusSettings s;
            s.description = u"Sistema de pesaje de ganado"_s;
            s.maintenanceNote = u"Cambio de disco"_s;
            s.maintenanceUntil = QDateTime::currentDateTimeUtc().addSecs(3600);
            return new ui::StatusSettingsDialog(s);
        });
        w.emplace_back(u"SetupWizard"_s, [] { return new ui::SetupWizard; });
        for (auto kind : {ui::CredentialDialog::Kind::Password, ui::CredentialDialog::Kind::KeyPassphrase,
                          ui::CredentialDialog::Kind::SudoPassword})
            w.emplace_back(u"CredentialDialog %1"_s.arg(int(kind)), [kind] {
                return new ui::CredentialDialog(kind, u"rancho-produccion"_s, u"deploy"_s, true);
            });
        w.emplace_back(u"ConnectDialog"_s, [] {
            return new ui::ConnectDialog(u"rancho-produccion"_s, u"deploy@rancho.example.com"_s);
        });
        for (auto status : {ssh::HostKeyInfo::Status::Unknown, ssh::HostKeyInfo::Status::Changed})
            w.emplace_back(u"HostKeyDialog %1"_s.arg(int(status)), [status] {
                ssh::HostKeyInfo info;
                info.host = u"rancho.example.com"_s;
                info.keyType = u"ssh-ed25519"_s;
                info.fingerprint = u"SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU"_s;
                info.status = status;
                info.knownFile = u"/home/ana/.ssh/known_hosts"_s;
                info.knownLine = 3;
                return new ui::HostKeyDialog(info, u"rancho-produccion"_s, store::Role::Admin);
            });
        w.emplace_back(u"SshImportDialog"_s,
                       [this] { return new ui::SshImportDialog(*registry, home.filePath(u"ssh_config"_s)); });
        w.emplace_back(u"AlertRuleDialog (threshold)"_s, [] {
            metrics::AlertRule r;
            r.name = u"HighErrorRate"_s;
            r.expr =
                u"sum(rate(http_requests_total{status=~\"5..\"}[5m])) / sum(rate(http_requests_total[5m]))"_s;
            r.comparison = metrics::AlertComparison::Greater;
            r.threshold = 0.05;
            r.forMs = 300'000;
            return new ui::AlertRuleDialog(r);
        });
        w.emplace_back(u"AlertRuleDialog (condition in the expression)"_s, [] {
            metrics::AlertRule r;
            r.name = u"TargetDown"_s;
            r.expr = u"up == 0"_s;
            r.forMs = 60'000;
            return new ui::AlertRuleDialog(r);
        });
        w.emplace_back(u"AlertRuleDialog (new)"_s,
                       [] { return new ui::AlertRuleDialog({}, {u"TargetDown"_s}); });
        w.emplace_back(u"AlertListDialog"_s,
                       [this] { return new ui::AlertListDialog(registry->find(u"rancho-produccion")); });
        w.emplace_back(u"AuditView"_s, [this] { return new ui::AuditView(*registry); });
        w.emplace_back(u"ScheduleDialog (no server)"_s, [] {
            backup::ScheduleSpec spec;
            spec.project = u"tienda"_s;
            spec.dir = u"/var/backups/capataz/tienda"_s;
            spec.projectDir = u"/srv/tienda"_s;
            stack::RecipeBackupTarget db;
            db.kind = stack::RecipeBackupTarget::Postgres;
            db.service = u"db"_s;
            db.databaseEnv = u"POSTGRES_DB"_s;
            stack::RecipeBackupTarget files;
            files.kind = stack::RecipeBackupTarget::Volume;
            files.volume = u"tienda_uploads"_s;
            spec.targets = {db, files};
            return new ui::ScheduleDialog(spec, nullptr);
        });
        w.emplace_back(u"MainWindow"_s, [this] {
            auto* m = new ui::MainWindow(*registry, *secrets);
            m->selectServer(u"rancho-produccion"_s); // the server view and its tabs
            return m;
        });
        return w;
    }

private slots:
    void initTestCase()
    {
        qputenv("HOME", home.path().toUtf8());
        store::setDataDirectoryOverride(home.filePath(u"data"_s));
        QVERIFY(store::ensureDataDirectory().has_value());
        QFile config(home.filePath(u"ssh_config"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            "Host rancho\n  HostName rancho.example.com\n  User deploy\nHost *.internal\n  User ops\n");
        config.close();
        registry = std::make_unique<client::ServerRegistry>();
        QVERIFY(registry->open(store::dataDirectory()).has_value());
        QVERIFY(registry->add(filledProfile()).has_value());
        secrets = std::make_unique<secrets::SecretStore>();
    }
    void cleanupTestCase() { registry.reset(); }

    void everyRowLabelled_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("es") << u"es"_s;
        QTest::newRow("en") << u"en"_s;
    }
    void everyRowLabelled()
    {
        QFETCH(QString, lang);
        ui::LanguageManager::instance().setLanguage(lang);
        QStringList problems;
        int forms = 0;
        for (auto& [name, make] : windows()) {
            std::unique_ptr<QWidget> w(make());
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w.get()));
            QApplication::processEvents();
            forms += int(w->findChildren<QFormLayout*>().size());
            problems << formProblems(w.get(), name);
            problems << widthProblems(w.get(), name);
        }
        QVERIFY2(forms >= 8, qPrintable(QString::number(forms))); // the walk found the forms
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The checks themselves catch what they are meant to: the server dialog as it was (rows
    // added with empty label text), a mnemonic without a buddy, a window too wide.
    void checksFindProblems()
    {
        QDialog d;
        auto* form = new QFormLayout(&d);
        form->addRow(QString(), new QLineEdit(&d));          // no label at all
        form->addRow(new QLabel(u"  "_s, &d), new QSpinBox); // blank text
        form->addRow(new QLabel(u"&Port:"_s, &d), new QSpinBox);
        form->addRow(QString(), new QCheckBox(u"Redirect HTTP"_s, &d)); // labels itself: fine
        form->addRow(new QLabel(u"Note"_s, &d));                        // spanning: fine
        const QStringList problems = formProblems(&d, u"dialog"_s);
        QCOMPARE(problems.size(), 3);
        QVERIFY2(problems.at(0).contains(u"row 0 has no label for QLineEdit"_s), qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).contains(u"row 1 has no label"_s), qPrintable(problems.at(1)));
        QVERIFY2(problems.at(2).contains(u"no buddy"_s), qPrintable(problems.at(2)));

        QWidget wide;
        wide.setMinimumWidth(kMaxWidth + 1);
        QCOMPARE(widthProblems(&wide, u"wide"_s).size(), 1);
        QWidget fits;
        fits.setMinimumWidth(kMaxWidth);
        QVERIFY(widthProblems(&fits, u"fits"_s).isEmpty());
    }

    // The server dialog's labels: one per field, the mnemonic leading to it.
    void serverDialogLabels()
    {
        ui::LanguageManager::instance().setLanguage(u"en"_s);
        ui::ServerDialog d(ui::ServerDialog::Mode::Edit, filledProfile());
        for (const QString& field :
             {u"serverName"_s, u"serverHost"_s, u"serverPort"_s, u"serverUser"_s, u"serverAuth"_s,
              u"serverKeyPath"_s, u"serverJump"_s, u"serverSudo"_s, u"serverProjectDir"_s, u"serverRole"_s}) {
            QWidget* w = child<QWidget>(&d, field);
            QVERIFY2(w, qPrintable(field));
            const auto labels = d.findChildren<QLabel*>();
            const auto it = std::find_if(labels.cbegin(), labels.cend(),
                                         [w](const QLabel* l) { return l->buddy() == w; });
            QVERIFY2(it != labels.cend(), qPrintable(field));
            QVERIFY2((*it)->text().contains(u'&'), qPrintable((*it)->text()));
            QVERIFY2(!w->toolTip().isEmpty(), qPrintable(field));
        }
        // The role note says what the role shows, and whether the server enforces it: only
        // with an access account (the sudo mode), else how to get one.
        auto* note = child<QLabel>(&d, u"serverRoleNote"_s);
        QVERIFY(note);
        QVERIFY2(note->text().contains(u"support"_s), qPrintable(note->text()));
        QVERIFY2(note->text().contains(u"only chooses what this computer shows"_s), qPrintable(note->text()));
        QVERIFY2(note->text().contains(u"Give access"_s), qPrintable(note->text()));
        auto* sudo = child<QComboBox>(&d, u"serverSudo"_s);
        QVERIFY(sudo);
        sudo->setCurrentIndex(sudo->findData(int(remote::SudoMode::Access)));
        QVERIFY2(note->text().contains(u"The server enforces this role"_s), qPrintable(note->text()));
        child<QComboBox>(&d, u"serverRole"_s)->setCurrentIndex(2);
        QVERIFY2(note->text().contains(u"status page"_s), qPrintable(note->text()));
        QVERIFY2(note->text().contains(u"The server enforces this role"_s), qPrintable(note->text()));
        // Without a connector there is nothing to test with.
        QVERIFY(!child<QWidget>(&d, u"serverTest"_s)->isVisibleTo(&d));
    }
};

QTEST_MAIN(TestFormLabels)
#include "tst_formlabels.moc"
