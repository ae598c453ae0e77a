// `capataz-cli status-page` end to end with the real binary on a data directory of its own: an
// admin sets the description, the contact, a maintenance note and the addresses, and reads them
// back (text and --json); the window's settings store sees the same; bad values are refused with
// a sentence and change nothing; support and owner profiles read but may not change (77); the
// messages in Spanish.
#include "CliRunner.h"
#include "status/StatusSettings.h"
#include "store/Database.h"
#include "store/ServerStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace capataz;
using namespace capataz::test;
using namespace Qt::Literals::StringLiterals;

class TestCliStatusPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString dataDir() const { return m_dir.filePath(u"data"_s); }
    CliRun cli(const QStringList& args, const QString& lang = u"C.UTF-8"_s) const
    {
        return runCli(cliEnvironment(m_dir.path(), lang), dataDir(), args);
    }
    QJsonObject read(const QString& server) const
    {
        const CliRun r = cli({u"status-page"_s, server, u"--json"_s});
        if (r.exitCode != 0)
            qWarning("%s", show(r).constData());
        return QJsonDocument::fromJson(r.out).object();
    }
    // What the window would show: the settings store the GUI reads, opened on the same database.
    status::StatusSettings stored(const QString& server) const
    {
        auto db = store::Database::open(dataDir());
        if (!db)
            return {};
        store::ServerStore servers(*db);
        auto p = servers.get(server);
        if (!p)
            return {};
        status::StatusSettingsStore settings(*db);
        return settings.get(p->id).value_or(status::StatusSettings{});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const auto& [name, role] :
             {std::pair{u"rancho"_s, u"admin"_s}, std::pair{u"ayuda"_s, u"support"_s},
              std::pair{u"duena"_s, u"owner"_s}}) {
            const CliRun r = cli({u"servers"_s, u"add"_s, name, u"--host"_s, u"127.0.0.1"_s, u"--user"_s,
                                  u"deploy"_s, u"--role"_s, role});
            QVERIFY2(r.exitCode == 0, show(r).constData());
        }
    }

    void emptyAtFirst()
    {
        const CliRun r = cli({u"status-page"_s, u"rancho"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        QVERIFY(r.out.contains("Description: (none)"));
        QVERIFY(r.out.contains("Maintenance: (none)"));
        QVERIFY(r.out.contains("Owners see the address: no"));
        const QJsonObject o = read(u"rancho"_s);
        QCOMPARE(o.value(u"server"_s).toString(), u"rancho"_s);
        QVERIFY(o.value(u"maintenance"_s).isNull());
    }

    void adminSetsAndReadsBack()
    {
        const CliRun r = cli({u"status-page"_s, u"rancho"_s, u"--description"_s, u"Pesaje del ganado"_s,
                              u"--contact-name"_s, u"Ana Pérez"_s, u"--contact-phone"_s,
                              u"+54 11 5555 0000"_s, u"--contact-email"_s, u"ana@example.com"_s,
                              u"--maintenance"_s, u"Cambiamos el disco; vuelve a las 18:00."_s, u"--until"_s,
                              u"3h"_s, u"--show-addresses"_s, u"yes"_s});
        QVERIFY2(r.exitCode == 0, show(r).constData());
        QVERIFY(r.out.contains("Description: Pesaje del ganado"));
        QVERIFY(r.out.contains("Whom to call: Ana Pérez, +54 11 5555 0000, ana@example.com"));
        QVERIFY(r.out.contains("Cambiamos el disco; vuelve a las 18:00. (until "));

        const QJsonObject o = read(u"rancho"_s);
        QCOMPARE(o.value(u"description"_s).toString(), u"Pesaje del ganado"_s);
        QCOMPARE(o.value(u"contact"_s).toObject().value(u"email"_s).toString(), u"ana@example.com"_s);
        QVERIFY(o.value(u"show_addresses"_s).toBool());
        const QDateTime until = QDateTime::fromString(
            o.value(u"maintenance"_s).toObject().value(u"until"_s).toString(), Qt::ISODate);
        const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(until);
        QVERIFY2(ahead > 3 * 3600 - 120 && ahead <= 3 * 3600, qPrintable(QString::number(ahead)));

        // The window reads the same settings.
        const status::StatusSettings s = stored(u"rancho"_s);
        QCOMPARE(s.contactName, u"Ana Pérez"_s);
        QVERIFY(s.inMaintenance(QDateTime::currentDateTimeUtc()));

        // One option changes one thing; the maintenance ends on request.
        const CliRun end = cli({u"status-page"_s, u"rancho"_s, u"--end-maintenance"_s});
        QVERIFY2(end.exitCode == 0, show(end).constData());
        const QJsonObject after = read(u"rancho"_s);
        QVERIFY(after.value(u"maintenance"_s).isNull());
        QCOMPARE(after.value(u"description"_s).toString(), u"Pesaje del ganado"_s);
        // An explicit date and time, local.
        const QString at = QDateTime::currentDateTime().addDays(2).toString(u"yyyy-MM-ddTHH:mm"_s);
        const CliRun dated =
            cli({u"status-page"_s, u"rancho"_s, u"--maintenance"_s, u"Mudanza"_s, u"--until"_s, at});
        QVERIFY2(dated.exitCode == 0, show(dated).constData());
        QVERIFY(stored(u"rancho"_s).inMaintenance(QDateTime::currentDateTimeUtc().addDays(1)));
    }

    void badValuesChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("e-mail") << QStringList{u"--contact-email"_s, u"no-at-sign"_s} << QByteArray("e-mail");
        QTest::newRow("until alone") << QStringList{u"--until"_s, u"3h"_s} << QByteArray("go together");
        QTest::newRow("note alone") << QStringList{u"--maintenance"_s, u"x"_s} << QByteArray("go together");
        QTest::newRow("until unreadable") << QStringList{u"--maintenance"_s, u"x"_s, u"--until"_s, u"soon"_s}
                                          << QByteArray("is not 90m, 3h, 2d");
        QTest::newRow("until past") << QStringList{u"--maintenance"_s, u"x"_s, u"--until"_s,
                                                   u"2020-01-01T10:00"_s}
                                    << QByteArray("already past");
        QTest::newRow("addresses") << QStringList{u"--show-addresses"_s, u"maybe"_s}
                                   << QByteArray("yes or no");
        QTest::newRow("too long") << QStringList{u"--description"_s, QString(600, u'x')} << QByteArray("500");
    }
    void badValuesChangeNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, says);
        const QJsonObject before = read(u"rancho"_s);
        const CliRun r = cli(QStringList{u"status-page"_s, u"rancho"_s} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), show(r).constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(read(u"rancho"_s), before);
    }

    void onlyAnAdminChangesIt()
    {
        for (const QString& server : {u"ayuda"_s, u"duena"_s}) {
            const CliRun r = cli({u"status-page"_s, server, u"--description"_s, u"otra cosa"_s});
            QCOMPARE(r.exitCode, 77);
            QVERIFY2(r.err.contains("administrator"), show(r).constData());
            QCOMPARE(stored(server).description, QString());
            // Reading is allowed.
            QCOMPARE(cli({u"status-page"_s, server}).exitCode, 0);
        }
        const CliRun es =
            cli({u"status-page"_s, u"duena"_s, u"--description"_s, u"otra cosa"_s}, u"es_ES.UTF-8"_s);
        QCOMPARE(es.exitCode, 77);
        QVERIFY2(es.err.contains("administrador"), show(es).constData());
        const CliRun missing = cli({u"status-page"_s, u"nadie"_s});
        QCOMPARE(missing.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliStatusPage)
#include "tst_cli_statuspage.moc"
