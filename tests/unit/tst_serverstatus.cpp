// status::ServerStatus (verdict and findings for every state), the owner's sentences (no error
// code, path, address or command in them), the one remote script's output as StatusCheck reads
// it, and the admin's settings stored by migration 5 (kept per server id, removed with the server).
#include "StoreTestSupport.h"
#include "status/ServerStatus.h"
#include "status/StatusCheck.h"
#include "status/StatusSettings.h"
#include "status/StatusText.h"
#include "store/ServerStore.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace capataz;
using namespace capataz::status;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 6), QTime(12, 0), QTimeZone::utc());

ServerStatus healthy()
{
    ServerStatus s;
    s.server = u"ranch"_s;
    s.address = u"203.0.113.7"_s;
    s.checkedAt = kNow;
    s.reachable = true;
    s.lastAnswerAt = kNow;
    s.endpoints = {EndpointAnswer{u"/health"_s, 8000, 200}};
    s.composeKnown = true;
    s.servicesRunning = 3;
    s.runningSince = kNow.addDays(-4);
    s.certificateUntil = kNow.addDays(60);
    s.certificateName = u"ranch.example.com"_s;
    s.diskTotalBytes = 100'000'000'000;
    s.diskFreeBytes = 60'000'000'000;
    return s;
}

// The output of StatusCheck::script() on a server: df, two certificates, compose.
const QByteArray kOutput = R"(@@disk
/dev/sda1 10000000 9300000 700000 94% /
@@certs
@@cert /etc/letsencrypt/live/old.example.com/cert.pem
notAfter=Dec 20 10:00:00 2026 GMT
X509v3 Subject Alternative Name: 
    DNS:old.example.com
@@cert /etc/letsencrypt/live/ranch.example.com/cert.pem
notAfter=Mar  1 10:00:00 2027 GMT
X509v3 Subject Alternative Name: 
    DNS:ranch.example.com, DNS:www.ranch.example.com
@@compose
web|abc123|0|{"Status":"running","StartedAt":"2026-12-05T08:30:00.123456789Z","ExitCode":0}
db|def456|0|{"Status":"running","StartedAt":"2026-12-01T08:00:00Z","ExitCode":0}
worker|aaa999|0|{"Status":"exited","StartedAt":"2026-12-01T08:00:00Z","ExitCode":1}
@@compose-exit 0
)";

} // namespace

class TestServerStatus : public QObject {
    Q_OBJECT
private slots:
    void verdicts_data()
    {
        QTest::addColumn<ServerStatus>("status");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("firstFinding");
        ServerStatus s = healthy();
        QTest::newRow("all well") << s << int(ServerStatus::Verdict::AllWell) << QString();
        s = healthy();
        s.endpoints[0].httpStatus = 502;
        QTest::newRow("service down")
            << s << int(ServerStatus::Verdict::NeedsAttention) << u"service-not-answering"_s;
        s = healthy();
        s.endpoints[0].httpStatus = 0;
        QTest::newRow("no http answer")
            << s << int(ServerStatus::Verdict::NeedsAttention) << u"service-not-answering"_s;
        s = healthy();
        s.servicesDown = {u"worker"_s};
        QTest::newRow("service stopped")
            << s << int(ServerStatus::Verdict::NeedsAttention) << u"services-stopped"_s;
        s = healthy();
        s.certificateUntil = kNow.addDays(5);
        QTest::newRow("certificate near expiry")
            << s << int(ServerStatus::Verdict::NeedsAttention) << u"certificate-expiring"_s;
        s = healthy();
        s.certificateUntil = kNow.addDays(14).addSecs(60);
        QTest::newRow("certificate 14 days") << s << int(ServerStatus::Verdict::AllWell) << QString();
        s = healthy();
        s.certificateUntil = kNow.addDays(-2);
        QTest::newRow("certificate expired")
            << s << int(ServerStatus::Verdict::NeedsAttention) << u"certificate-expired"_s;
        s = healthy();
        s.diskFreeBytes = 8'000'000'000;
        QTest::newRow("disk nearly full")
            << s << int(ServerStatus::Verdict::NeedsAttention) << u"disk-nearly-full"_s;
        s = healthy();
        s.diskFreeBytes = 11'000'000'000;
        QTest::newRow("disk 89%") << s << int(ServerStatus::Verdict::AllWell) << QString();
        s = healthy();
        s.backup = BackupStatus{true, kNow.addDays(-3), {}, 24};
        QTest::newRow("backup late") << s << int(ServerStatus::Verdict::NeedsAttention) << u"backup-late"_s;
        s = healthy();
        s.backup = BackupStatus{true, kNow.addSecs(-20 * 3600), {}, 24};
        QTest::newRow("backup on time") << s << int(ServerStatus::Verdict::AllWell) << QString();
        s = healthy();
        s.firingAlerts = {u"HighErrorRate"_s};
        QTest::newRow("alert firing")
            << s << int(ServerStatus::Verdict::NeedsAttention) << u"alerts-firing"_s;
        s = healthy();
        s.composeKnown = false;
        QTest::newRow("compose unknown")
            << s << int(ServerStatus::Verdict::NeedsAttention) << u"services-unknown"_s;
        s.privileged = false; // read without sudo: docker may be out of reach, no alarm for that
        QTest::newRow("compose unknown without sudo")
            << s << int(ServerStatus::Verdict::AllWell) << QString();
        s = healthy();
        s.reachable = false;
        s.lastAnswerAt = kNow.addSecs(-600);
        QTest::newRow("unreachable") << s << int(ServerStatus::Verdict::Unreachable) << u"unreachable"_s;
        s.settings.maintenanceNote = u"Cambio de disco"_s;
        s.settings.maintenanceUntil = kNow.addSecs(3600);
        QTest::newRow("maintenance") << s << int(ServerStatus::Verdict::Maintenance) << u"unreachable"_s;
        s.settings.maintenanceUntil = kNow.addSecs(-1);
        QTest::newRow("maintenance over") << s << int(ServerStatus::Verdict::Unreachable) << u"unreachable"_s;
    }

    void verdicts()
    {
        QFETCH(ServerStatus, status);
        QFETCH(int, verdict);
        QFETCH(QString, firstFinding);
        QCOMPARE(int(status.verdict(kNow)), verdict);
        const QList<Finding> f = status.findings(kNow);
        QCOMPARE(f.isEmpty() ? QString() : findingName(f.first().kind), firstFinding);
        // The owner's words: never an error code, a path, an address, a command or a service name.
        QStringList texts{headline(status, kNow, QLocale::c())};
        for (const Finding& x : f)
            texts << findingText(x, kNow, QLocale::c());
        static const QRegularExpression technical(
            uR"((/[a-z]|\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|[A-Z][a-z]+[A-Z]\w+|docker|compose|sudo|https?:|\.pem|worker|HighErrorRate|\b[45]\d\d\b))"_s);
        for (const QString& t : std::as_const(texts)) {
            QVERIFY2(!t.isEmpty(), qPrintable(firstFinding));
            QVERIFY2(!technical.match(t).hasMatch(), qPrintable(t));
        }
    }

    void headlines()
    {
        ServerStatus s = healthy();
        QCOMPARE(headline(s, kNow, QLocale::c()), u"Everything is working."_s);
        s.diskFreeBytes = 5'000'000'000;
        QCOMPARE(headline(s, kNow, QLocale::c()), u"Something needs checking: the disk is almost full."_s);
        QCOMPARE(findingText(s.findings(kNow).first(), kNow, QLocale::c()),
                 u"The disk is almost full (95% used)."_s);
        s.reachable = false;
        s.lastAnswerAt = QDateTime(kNow.toLocalTime().date(), QTime(9, 5)).toUTC();
        QCOMPARE(headline(s, kNow, QLocale::c()), u"The server does not answer (no answer since 09:05)."_s);
        s.lastAnswerAt = {};
        QCOMPARE(headline(s, kNow, QLocale::c()), u"The server does not answer."_s);
    }

    void contacts()
    {
        StatusSettings s;
        QCOMPARE(contactText(s), QString());
        s.contactName = u"Ana Pérez"_s;
        QCOMPARE(contactText(s), u"If this goes on, call Ana Pérez."_s);
        s.contactPhone = u"+54 11 5555 1234"_s;
        s.contactEmail = u"ana@example.com"_s;
        QCOMPARE(contactText(s), u"If this goes on, call Ana Pérez: +54 11 5555 1234, ana@example.com."_s);
    }

    void parseOutput()
    {
        ServerStatus s;
        StatusCheck::parseOutput(kOutput, QString(), s);
        QCOMPARE(s.diskTotalBytes, 10000000LL * 1024);
        QCOMPARE(s.diskFreeBytes, 700000LL * 1024);
        QCOMPARE(s.diskUsedPercent(), 93);
        // The certificate that ends first counts.
        QCOMPARE(s.certificateName, u"old.example.com"_s);
        QCOMPARE(*s.certificateUntil, QDateTime(QDate(2026, 12, 20), QTime(10, 0), QTimeZone::utc()));
        QVERIFY(s.composeKnown);
        QCOMPARE(s.servicesRunning, 2);
        QCOMPARE(s.servicesDown, QStringList{u"worker"_s});
        QCOMPARE(s.runningSince, QDateTime(QDate(2026, 12, 5), QTime(8, 30, 0, 123), QTimeZone::utc()));

        ServerStatus named;
        StatusCheck::parseOutput(kOutput, u"ranch.example.com"_s, named);
        QCOMPARE(named.certificateName, u"ranch.example.com"_s);

        ServerStatus noCompose;
        StatusCheck::parseOutput("@@disk\n/dev/x 100 50 50 50% /\n@@certs\n@@compose\n@@compose-exit 2\n",
                                 QString(), noCompose);
        QVERIFY(!noCompose.composeKnown);
        QVERIFY(!noCompose.certificateUntil);
        QCOMPARE(noCompose.diskUsedPercent(), 50);
    }

    void scriptHasNoPlaceholders()
    {
        const QString script = StatusCheck::script();
        QVERIFY(!script.contains(u"%1"_s));
        QVERIFY(!script.contains(u"%2"_s));
        QVERIFY(script.contains(u"openssl x509"_s));
        QVERIFY(script.contains(u"config --hash"_s));
    }

    void settingsValidate()
    {
        StatusSettings s;
        QVERIFY(s.validate().has_value());
        s.contactEmail = u"not-an-address"_s;
        QCOMPARE(s.validate().error().code, ErrorCode::InvalidArgument);
        s.contactEmail = u"ana@example.com"_s;
        s.maintenanceNote = u"Cambio de disco"_s;
        QCOMPARE(s.validate().error().code, ErrorCode::InvalidArgument);
        s.maintenanceUntil = kNow;
        QVERIFY(s.validate().has_value());
        s.description = QString(kMaxStatusTextLength + 1, u'x');
        QCOMPARE(s.validate().error().code, ErrorCode::InvalidArgument);
    }

    void settingsStore()
    {
        QTemporaryDir dir;
        auto db = store::Database::open(dir.path());
        QVERIFY2(db, teststore::why(db).constData());
        QCOMPARE(*db->schemaVersion(),
                 store::Database::latestSchemaVersion()); // the status table is migration 5
        store::ServerStore servers(*db);
        auto ranch = servers.add(teststore::sampleProfile(u"ranch"_s));
        QVERIFY(ranch);
        StatusSettingsStore store(*db);
        auto empty = store.get(ranch->id);
        QVERIFY(empty);
        QCOMPARE(*empty, StatusSettings{});
        StatusSettings s;
        s.description = u"Sistema de pesaje de ganado"_s;
        s.contactName = u"Ana Pérez"_s;
        s.contactPhone = u"+54 11 5555 1234"_s;
        s.contactEmail = u"ana@example.com"_s;
        s.maintenanceNote = u"Cambio de disco"_s;
        s.maintenanceUntil = kNow;
        s.showAddresses = true;
        QVERIFY(store.set(ranch->id, s));
        QCOMPARE(*store.get(ranch->id), s);
        s.showAddresses = false;
        s.maintenanceNote.clear();
        s.maintenanceUntil = {};
        QVERIFY(store.set(ranch->id, s)); // an update, not a second row
        QCOMPARE(*store.get(ranch->id), s);
        QCOMPARE(store.set(ranch->id + 100, s).error().code, ErrorCode::NotFound);
        StatusSettings bad;
        bad.contactEmail = u"x"_s;
        QCOMPARE(store.set(ranch->id, bad).error().code, ErrorCode::InvalidArgument);
        QSqlQuery count(db->connection());
        QVERIFY(count.exec(u"SELECT count(*) FROM server_status"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), 1);
        QVERIFY(servers.remove(u"ranch"_s));
        QVERIFY(count.exec(u"SELECT count(*) FROM server_status"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), 0); // removed with its server
    }
};

QTEST_GUILESS_MAIN(TestServerStatus)
#include "tst_serverstatus.moc"
