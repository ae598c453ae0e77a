// Server › Give access… against the test host, as an administrator (`ops`, sudo): the form has a
// label for every field; Preview shows the plan (the Match block, visudo, sshd -t) and changes
// nothing; Give access makes the account (with the person's pasted public key) and the list shows
// it; Revoke (confirmed) removes it. Screenshots of both tabs in English and Spanish.
#include "GuiTestSupport.h"
#include "LanguageManager.h"
#include "TestHost.h"
#include "access/AccessDialog.h"
#include "client/ServerSession.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace capataz;
using namespace capataz::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kProject = u"/srv/capataz-gui-access"_s;
const QString kAccount = u"cpz-lucia-gomez"_s;
} // namespace

class TestAccessDialog : public QObject {
    Q_OBJECT
    const TestHost* th = nullptr;
    QTemporaryDir m_data;
    std::unique_ptr<client::ServerSession> session;
    std::unique_ptr<ui::AccessDialog> dialog;
    QString m_publicKey;

    template <typename T> T* w(const QString& name) const { return dialog->findChild<T*>(name); }

    void shot(const QString& name)
    {
#ifdef CAPATAZ_SCREENSHOT_DIR
        QDir().mkpath(QStringLiteral(CAPATAZ_SCREENSHOT_DIR));
        QTest::qWait(200); // the layout requests a language switch posted
        QVERIFY(
            dialog->grab().save(QStringLiteral(CAPATAZ_SCREENSHOT_DIR) + u"/access-"_s + name + u".png"_s));
#else
        Q_UNUSED(name);
#endif
    }

    bool accountExists()
    {
        int rc = -1;
        th->inside(u"getent passwd "_s + kAccount + u" >/dev/null"_s, &rc);
        return rc == 0;
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
        th->inside(u"mkdir -p "_s + kProject);
        QProcess keygen;
        keygen.start(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-C"_s,
                                       u"lucia@laptop"_s, u"-f"_s, m_data.filePath(u"lucia"_s)});
        QVERIFY(keygen.waitForFinished());
        QFile pub(m_data.filePath(u"lucia.pub"_s));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        m_publicKey = QString::fromUtf8(pub.readAll()).trimmed();

        store::ServerProfile p;
        p.name = u"gui-access"_s;
        p.host = th->host();
        p.port = th->port();
        p.user = u"ops"_s;
        p.auth = store::AuthMethod::KeyFile;
        p.keyPath = th->value(u"TH_KEY_OPS"_s);
        p.sudo = remote::SudoMode::NoPassword;
        p.role = store::Role::Admin;
        p.projectDir = kProject;
        session = std::make_unique<client::ServerSession>(p);
        dialog = std::make_unique<ui::AccessDialog>(session.get(), nullptr);
        dialog->resize(1100, 640);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        QVERIFY(!w<QPushButton>(u"accessGive"_s)->isEnabled()); // not connected yet
        ssh::ConnectionSettings s = th->keySettings(u"ops"_s);
        s.sudo = remote::SudoMode::NoPassword;
        session->connectWith(s);
        QTRY_VERIFY_WITH_TIMEOUT(session->isConnected(), 20000);
        // the dialog reads the accounts once the session is connected
        QTRY_VERIFY_WITH_TIMEOUT(w<QPushButton>(u"accessRefresh"_s)->isEnabled(), 30000);
    }

    void cleanupTestCase()
    {
        if (th)
            th->inside(u"userdel "_s + kAccount +
                       u" 2>/dev/null; rm -f /etc/ssh/sshd_config.d/60-capataz-access-"_s + kAccount +
                       u".conf /etc/sudoers.d/capataz-access-"_s + kAccount + u" /etc/capataz/access/"_s +
                       kAccount + u".*; kill -HUP $(cat /run/sshd.pid)"_s);
    }

    void everyFieldHasALabel()
    {
        auto* tabs = dialog->findChild<QTabWidget*>();
        tabs->setCurrentIndex(1);
        for (const QString& name : {u"accessPerson"_s, u"accessRole"_s, u"accessKeySource"_s,
                                    u"accessKeyPath"_s, u"accessLogFiles"_s, u"accessUnits"_s}) {
            QWidget* field = w<QWidget>(name);
            QVERIFY2(field, qPrintable(name));
            bool labelled = false;
            for (QLabel* l : dialog->findChildren<QLabel*>())
                labelled = labelled || (l->buddy() == field && !l->text().isEmpty() && l->isVisible());
            QVERIFY2(labelled, qPrintable(name + u" has no visible label"_s));
        }
        // an owner reads no logs: those rows go away
        w<QComboBox>(u"accessRole"_s)->setCurrentIndex(1);
        QVERIFY(!w<QWidget>(u"accessLogFiles"_s)->isVisible());
        w<QComboBox>(u"accessRole"_s)->setCurrentIndex(0);
        QVERIFY(w<QWidget>(u"accessLogFiles"_s)->isVisible());
    }

    void previewChangesNothing()
    {
        w<QLineEdit>(u"accessPerson"_s)->setText(u"Lucía Gómez"_s);
        QVERIFY(dialog->findChildren<QLabel*>().size() > 0);
        bool named = false;
        for (QLabel* l : dialog->findChildren<QLabel*>())
            named = named || l->text().contains(kAccount);
        QVERIFY2(named, "the account's name is shown under the person");
        w<QComboBox>(u"accessKeySource"_s)->setCurrentIndex(1);
        w<QPlainTextEdit>(u"accessPublicKey"_s)->setPlainText(m_publicKey);
        w<QPlainTextEdit>(u"accessLogFiles"_s)->setPlainText(u"/var/log/sshd.log"_s);
        QTRY_VERIFY_WITH_TIMEOUT(w<QPushButton>(u"accessPreview"_s)->isEnabled(), 30000);
        QTest::mouseClick(w<QPushButton>(u"accessPreview"_s), Qt::LeftButton);
        auto* preview = dialog->findChild<QTextBrowser*>(u"planPreview"_s);
        QVERIFY(preview);
        QTRY_VERIFY2_WITH_TIMEOUT(preview->toPlainText().contains(u"Match User "_s + kAccount),
                                  qPrintable(preview->toPlainText().left(3000)), 30000);
        QVERIFY(preview->toPlainText().contains(u"visudo -cf"_s));
        QTRY_VERIFY_WITH_TIMEOUT(w<QPushButton>(u"accessGive"_s)->isEnabled(), 30000);
        QVERIFY(!accountExists());
        shot(u"give-en"_s);
        ui::LanguageManager::instance().setLanguage(u"es"_s);
        QTRY_COMPARE(w<QPushButton>(u"accessGive"_s)->text(), u"&Dar acceso"_s);
        shot(u"give-es"_s);
        ui::LanguageManager::instance().setLanguage(u"en"_s);
        QTRY_COMPARE(w<QPushButton>(u"accessGive"_s)->text(), u"&Give access"_s);
    }

    void giveAccess()
    {
        QTest::mouseClick(w<QPushButton>(u"accessGive"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w<QPushButton>(u"accessGive"_s)->isEnabled(), 90000);
        QVERIFY(accountExists());
        auto* tabs = dialog->findChild<QTabWidget*>();
        tabs->setCurrentIndex(0);
        auto* list = w<QTreeWidget>(u"accessList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItemCount() == 1, 30000);
        QCOMPARE(list->topLevelItem(0)->text(0), kAccount);
        QCOMPARE(list->topLevelItem(0)->text(1), u"Support"_s);
        QCOMPARE(list->topLevelItem(0)->text(4), u"Can log in"_s);
        shot(u"accounts-en"_s);
        ui::LanguageManager::instance().setLanguage(u"es"_s);
        QTRY_COMPARE(list->topLevelItem(0)->text(4), u"Puede entrar"_s);
        shot(u"accounts-es"_s);
        ui::LanguageManager::instance().setLanguage(u"en"_s);
        QTRY_COMPARE(list->topLevelItem(0)->text(4), u"Can log in"_s);
    }

    void revoke()
    {
        auto* list = w<QTreeWidget>(u"accessList"_s);
        list->topLevelItem(0)->setSelected(true);
        // the confirmation: answered Yes as the user would
        QTimer::singleShot(500, this, [] {
            for (QWidget* top : QApplication::topLevelWidgets())
                if (auto* box = qobject_cast<QMessageBox*>(top); box && box->isVisible())
                    box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(w<QPushButton>(u"accessRevoke"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!accountExists(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItemCount() == 0, 30000);
    }
};

QTEST_MAIN(TestAccessDialog)
#include "tst_accessdialog.moc"
