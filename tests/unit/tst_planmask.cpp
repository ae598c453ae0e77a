// SecretMask, and that previews of the ready-made steps never show a declared secret.
#include "plan/CommandStep.h"
#include "plan/FileWriteStep.h"
#include "plan/Plan.h"
#include "plan/SecretMask.h"

#include <QTest>

using namespace capataz;
using namespace capataz::plan;
using namespace Qt::Literals::StringLiterals;

class TestPlanMask : public QObject {
    Q_OBJECT
private slots:
    void mask_data()
    {
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString m = SecretMask::mask();
        QTest::newRow("none") << QStringList{} << u"a=1"_s << u"a=1"_s;
        QTest::newRow("empty secret ignored") << QStringList{QString()} << u"a=1"_s << u"a=1"_s;
        QTest::newRow("every occurrence")
            << QStringList{u"hunter2"_s} << u"p=hunter2 q=hunter2"_s << (u"p="_s + m + u" q="_s + m);
        QTest::newRow("longer first")
            << QStringList{u"abc"_s, u"abcdef"_s} << u"x=abcdef y=abc"_s << (u"x="_s + m + u" y="_s + m);
        QTest::newRow("multi-line text")
            << QStringList{u"s3cr3t'$(x)"_s} << u"A=1\nB=s3cr3t'$(x)\n"_s << (u"A=1\nB="_s + m + u"\n"_s);
        QTest::newRow("utf8") << QStringList{u"contraseña"_s} << u"clave: contraseña."_s
                              << (u"clave: "_s + m + u"."_s);
    }
    void mask()
    {
        QFETCH(QStringList, secrets);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        SecretMask mask;
        for (const QString& s : secrets)
            mask.add(s);
        QCOMPARE(mask.apply(text), expected);
        for (const QString& s : secrets) {
            if (!s.isEmpty())
                QVERIFY(!mask.apply(text).contains(s));
        }
    }

    void fileDiffMasked()
    {
        FileWriteStep step(u"env.write"_s,
                           {QT_TRANSLATE_NOOP("capataz::plan", "Write %1"), {u"/srv/app/.env"_s}}, {},
                           u"/srv/app/.env"_s, "DB_PASSWORD=Sup3rS3cret\nDEBUG=False\n");
        step.addSecret(u"Sup3rS3cret"_s);
        step.setCurrentContent(QByteArray("DB_PASSWORD=changeme\nDEBUG=True\n"));
        const Preview p = step.preview(remote::SudoMode::NoPassword);
        QCOMPARE(p.files.size(), 1);
        QCOMPARE(p.files[0].diff,
                 u"--- /srv/app/.env\n+++ /srv/app/.env\n@@ -1,2 +1,2 @@\n"
                 u"-DB_PASSWORD=changeme\n-DEBUG=True\n+DB_PASSWORD=\u2022\u2022\u2022\u2022\u2022\u2022\n"
                 u"+DEBUG=False\n"_s);
        QVERIFY(!p.toText().contains(u"Sup3rS3cret"_s));
        QCOMPARE(step.title().untranslated(), u"Write /srv/app/.env"_s);
    }

    void newFileDiff()
    {
        FileWriteStep step(u"f"_s, {}, {}, u"/etc/x.conf"_s, "a\n");
        QVERIFY(step.preview(remote::SudoMode::RootLogin)
                    .files[0]
                    .diff.contains(u"(current content not read)"_s));
        step.setCurrentContent(std::nullopt);
        const Preview p = step.preview(remote::SudoMode::RootLogin);
        QVERIFY(p.files[0].created);
        QCOMPARE(p.files[0].diff, u"--- /dev/null\n+++ /etc/x.conf\n@@ -0,0 +1 @@\n+a\n"_s);
        step.setCurrentContent(QByteArray("a\n"));
        QCOMPARE(step.preview(remote::SudoMode::RootLogin).toText(), u"file /etc/x.conf: unchanged\n"_s);
    }

    void commandPreviewIsExactShell()
    {
        remote::Command apply({u"ufw"_s, u"allow"_s, u"2222/tcp"_s});
        apply.asRoot();
        CommandStep step(u"firewall.allow-ssh"_s, {}, {}, apply);
        step.setCheck(remote::Command::script(u"ufw status | grep -q \"$1\""_s, {u"2222/tcp"_s}).asRoot());
        const Preview p = step.preview(remote::SudoMode::NoPassword);
        QCOMPARE(p.commands.size(), 2);
        QCOMPARE(p.commands[0].phase, Preview::Phase::Check);
        QCOMPARE(p.commands[1].phase, Preview::Phase::Apply);
        QCOMPARE(p.commands[1].shell, *apply.toShell(remote::SudoMode::NoPassword));
        QVERIFY(p.toText().contains(u"apply: sudo -n -- ufw allow 2222/tcp"_s));
    }

    void secretOnStdinNeverInPreview()
    {
        auto step = std::make_shared<CommandStep>(u"user.password"_s, Text{}, Text{},
                                                  remote::Command({u"chpasswd"_s}).asRoot());
        step->setApplyInput("app:Pa55word!\n");
        step->addSecret(u"Pa55word!"_s);
        // Another step of the same plan names the secret in its title: the plan masks it too.
        auto other = std::make_shared<CommandStep>(
            u"x"_s, Text(QT_TRANSLATE_NOOP("capataz::plan", "Say %1"), {u"Pa55word!"_s}), Text{},
            remote::Command({u"true"_s}));
        Plan plan(Text(QT_TRANSLATE_NOOP("capataz::plan", "Set the password")));
        plan.add(step).add(other);
        const QString text = plan.previewText(remote::SudoMode::Password);
        QVERIFY(text.contains(u"apply: sudo -S -k -p '' -- chpasswd"_s) || text.contains(u"chpasswd"_s));
        QVERIFY(!text.contains(u"Pa55word!"_s));
        QVERIFY(!step->preview(remote::SudoMode::Password).toText().contains(u"Pa55word!"_s));
    }

    void secretInArgvRefused()
    {
        // A command line is visible in `ps` and sshd logs: a step refuses to send a secret there.
        CommandStep step(u"leaky"_s, {}, {}, remote::Command({u"mysql"_s, u"-pHunter22"_s}));
        step.addSecret(u"Hunter22"_s);
        QVERIFY(!step.preview(remote::SudoMode::None).toText().contains(u"Hunter22"_s));
        QObject owner;
        StepContext ctx{nullptr, &owner, {}};
        std::optional<VoidResult> result;
        step.apply(ctx, [&](VoidResult r) { result = r; });
        QVERIFY(result.has_value());
        QVERIFY(!result->has_value());
        QCOMPARE(result->error().code, ErrorCode::InvalidArgument);
        QVERIFY(!result->error().detail.contains(u"Hunter22"_s));
    }
};

QTEST_GUILESS_MAIN(TestPlanMask)
#include "tst_planmask.moc"
