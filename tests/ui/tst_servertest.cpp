// The server dialog's "Test connection" against the real test host, through the app's own
// ConnectController: success says who logged in where, a failure says the catalogue's sentence
// (never a code name), an unknown host key goes through the usual host key dialog, and closing
// the dialog while a test waits cancels it.
#include "ErrorText.h"
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "TestHost.h"
#include "client/ServerRegistry.h"
#include "client/ServerSession.h"
#include "common/ErrorCatalog.h"
#include "secrets/SecretStore.h"
#include "servers/ConnectController.h"
#include "servers/CredentialDialog.h"
#include "servers/HostKeyDialog.h"
#include "servers/ServerDialog.h"
#include "store/DataDir.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

using namespace capataz;
using namespace capataz::test;
using namespace Qt::Literals::StringLiterals;

class TestServerTest : public QObject {
    Q_OBJECT
    const TestHost* th = nullptr;
    QTemporaryDir home;
    std::unique_ptr<client::ServerRegistry> registry;
    std::unique_ptr<secrets::SecretStore> secrets;
    std::unique_ptr<QWidget> window;
    ui::ConnectController* connector = nullptr;

    store::ServerProfile profile(bool knownHost) const
    {
        store::ServerProfile p;
        p.name = u"nuevo"_s; // not saved anywhere: the dialog tests what is typed
        p.host = th->host();
        p.port = th->port();
        p.user = u"ops"_s;
        p.auth = store::AuthMethod::KeyFile;
        p.keyPath = th->value(u"TH_KEY_OPS"_s);
        if (knownHost)
            p.knownHostsFile = th->value(u"TH_KNOWN_HOSTS"_s);
        p.role = store::Role::Support;
        return p;
    }

    // Clicks Test connection and waits until the button is back (the test ended).
    static QString runTest(ui::ServerDialog& d)
    {
        auto* button = child<QPushButton>(&d, u"serverTest"_s);
        const QString idle = button->text();
        QTest::mouseClick(button, Qt::LeftButton);
        if (button->text() == idle) // ended at once (e.g. refused by validation)
            return child<QLabel>(&d, u"serverTestResult"_s)->text();
        bool ended = false;
        for (int i = 0; i < 200 && !ended; ++i) {
            QTest::qWait(100);
            ended = button->text() == idle;
        }
        return ended ? child<QLabel>(&d, u"serverTestResult"_s)->text() : u"(still running)"_s;
    }

private slots:
    void initTestCase()
    {
        QString why;
        th = TestHost::instance(&why);
        if (!th)
            QSKIP(qPrintable(why));
        qputenv("HOME", home.path().toUtf8()); // no known_hosts of the real user
        store::setDataDirectoryOverride(home.filePath(u"data"_s));
        QVERIFY(store::ensureDataDirectory().has_value());
        ui::LanguageManager::instance().setLanguage(u"en"_s);
        registry = std::make_unique<client::ServerRegistry>();
        QVERIFY(registry->open(store::dataDirectory()).has_value());
        secrets = std::make_unique<secrets::SecretStore>();
        window = std::make_unique<QWidget>();
        connector = new ui::ConnectController(*secrets, *registry, window.get());
    }
    void cleanupTestCase()
    {
        window.reset();
        registry.reset();
    }

    void success()
    {
        ui::ServerDialog d(ui::ServerDialog::Mode::Add, profile(true));
        d.setConnector(connector);
        d.show();
        QVERIFY(child<QPushButton>(&d, u"serverTest"_s)->isVisible());
        const QString result = runTest(d);
        QCOMPARE(result, u"Logged in as ops on %1."_s.arg(th->host()));
        QCOMPARE(registry->count(), 0); // nothing was saved
    }

    void failureIsTheCataloguesSentence()
    {
        store::ServerProfile p = profile(true);
        p.host = u"127.0.0.1"_s;
        p.port = 1; // nothing listens
        ui::ServerDialog d(ui::ServerDialog::Mode::Add, p);
        d.setConnector(connector);
        d.show();
        const QString result = runTest(d);
        QCOMPARE(result, ui::ErrorText::sentence(ErrorCode::ConnectionRefused));
        QVERIFY(!result.contains(u"ConnectionRefused"_s));
        QVERIFY(findTopLevel<QWidget>(u"connectErrorBox"_s) == nullptr); // no box: the sentence is inline
    }

    void unknownHostKeyAsksAsUsual_data()
    {
        QTest::addColumn<int>("answer");
        QTest::newRow("accept once") << int(ui::HostKeyDialog::AcceptOnce);
        QTest::newRow("cancel") << int(ui::HostKeyDialog::Cancelled);
    }
    void unknownHostKeyAsksAsUsual()
    {
        QFETCH(int, answer);
        ui::ServerDialog d(ui::ServerDialog::Mode::Add, profile(false));
        d.setConnector(connector);
        d.show();
        QTest::mouseClick(child<QPushButton>(&d, u"serverTest"_s), Qt::LeftButton);
        ui::HostKeyDialog* hk = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((hk = findTopLevel<ui::HostKeyDialog>()) != nullptr, 15000);
        QCOMPARE(hk->parentWidget(), &d); // closes with the server dialog
        hk->done(answer);
        auto* result = child<QLabel>(&d, u"serverTestResult"_s);
        const QString expected = answer == ui::HostKeyDialog::AcceptOnce
                                     ? u"Logged in as ops on %1."_s.arg(th->host())
                                     : ui::ErrorText::sentence(ErrorCode::HostKeyRejected);
        QTRY_COMPARE_WITH_TIMEOUT(result->text(), expected, 15000);
    }

    // A password is asked for with the usual dialog (nothing in the keychain for a new server);
    // a wrong one is asked for again, and giving up ends the test with a sentence.
    void passwordIsAskedFor()
    {
        store::ServerProfile p = profile(true);
        p.name = u"deploy-test"_s;
        p.user = u"deploy"_s;
        p.auth = store::AuthMethod::Password;
        p.keyPath.clear();
        ui::ServerDialog d(ui::ServerDialog::Mode::Add, p);
        child<QLineEdit>(&d, u"serverName"_s)->setText(p.name);
        d.setConnector(connector);
        d.show();
        QTest::mouseClick(child<QPushButton>(&d, u"serverTest"_s), Qt::LeftButton);
        auto answer = [](const QString& secret) {
            ui::CredentialDialog* c = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((c = findTopLevel<ui::CredentialDialog>()) != nullptr, 15000);
            child<QCheckBox>(c, u"credentialSave"_s)->setChecked(false);
            if (secret.isEmpty()) {
                c->reject();
                return;
            }
            child<QLineEdit>(c, u"credentialInput"_s)->setText(secret);
            c->accept();
        };
        answer(u"not-the-password"_s);
        QTest::qWait(100);
        answer(QString()); // asked again after the wrong one: give up
        auto* result = child<QLabel>(&d, u"serverTestResult"_s);
        QTRY_COMPARE_WITH_TIMEOUT(result->text(), errorSentence(ErrorCode::Cancelled), 15000);

        connector->forgetSecrets(p.name);
        QTest::mouseClick(child<QPushButton>(&d, u"serverTest"_s), Qt::LeftButton);
        answer(th->value(u"TH_DEPLOY_PASSWORD"_s));
        QTRY_COMPARE_WITH_TIMEOUT(result->text(), u"Logged in as deploy on %1."_s.arg(th->host()), 15000);
        connector->forgetSecrets(p.name);
    }

    void closingCancels()
    {
        auto* d = new ui::ServerDialog(ui::ServerDialog::Mode::Add, profile(false));
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->setConnector(connector);
        d->show();
        QTest::mouseClick(child<QPushButton>(d, u"serverTest"_s), Qt::LeftButton);
        QVERIFY(d->findChild<client::ServerSession*>() != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(findTopLevel<ui::HostKeyDialog>() != nullptr, 15000);
        QPointer<ui::ServerDialog> gone(d);
        d->reject(); // waiting at the host key question: closing drops the test and its dialogs
        QTRY_VERIFY(gone.isNull());
        QVERIFY(findTopLevel<ui::HostKeyDialog>() == nullptr);
        QTest::qWait(200); // nothing answers late into a dialog that is gone
    }
};

QTEST_MAIN(TestServerTest)
#include "tst_servertest.moc"
