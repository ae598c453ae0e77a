// ssh_config resolution and known_hosts matching checked against what OpenSSH itself says
// (`ssh -G`, `ssh-keygen -F`) on its own regression files: ../shared/peer/ssh, next to the
// source tree, never copied into it.
#include "ssh/KnownHosts.h"
#include "ssh/SshConfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace capataz::ssh;
using namespace Qt::Literals::StringLiterals;

class TestSshConfigPeer : public QObject {
    Q_OBJECT

    QString m_dir;
    QJsonObject m_expected;

    QString readText(const QString& path) const
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        // The configs name their Include folder @DIR@ (README).
        return QString::fromUtf8(f.readAll()).replace(u"@DIR@"_s, m_dir + u"/config"_s);
    }

    // "line marker keytype", as ssh-keygen -F lists them.
    static QStringList describe(const QList<KnownHostsEntryInfo>& entries)
    {
        QStringList out;
        for (const KnownHostsEntryInfo& e : entries)
            out << u"%1 %2 %3"_s.arg(e.line).arg(e.marker.isEmpty() ? u"-"_s : e.marker, e.keyType);
        return out;
    }

private slots:
    void initTestCase()
    {
        m_dir = QDir::cleanPath(QStringLiteral(CAPATAZ_SOURCE_DIR) + u"/../shared/peer/ssh"_s);
        QFile f(m_dir + u"/expected.json"_s);
        if (!f.open(QIODevice::ReadOnly))
            QSKIP(qPrintable(u"peer cases not found in "_s + m_dir +
                             u" (they live next to the source tree, in ../shared/peer): skipped"_s));
        m_expected = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(m_expected[u"ssh_config"].toArray().size() >= 9);
    }

    void sshG_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("hostName");
        for (const QJsonValue v : m_expected[u"ssh_config"].toArray()) {
            const QJsonObject c = v.toObject();
            QTest::newRow(qPrintable(c[u"host"].toString()))
                << c[u"file"].toString() << c[u"host"].toString()
                << c[u"expected"].toObject()[u"hostname"].toString();
        }
    }
    void sshG()
    {
        QFETCH(QString, file);
        QFETCH(QString, host);
        QFETCH(QString, hostName);
        SshConfigParseOptions opts;
        opts.homeDir = m_dir + u"/no-home"_s;
        opts.localUser = u"ana"_s;
        opts.configPath = m_dir + u'/' + file;
        opts.readFile = [this](const QString& path) -> std::optional<QString> {
            if (!QFileInfo(path).isFile())
                return std::nullopt;
            return readText(path);
        };
        QList<SshConfigNote> notes;
        const SshConfigHost resolved = resolveSshConfigHost(readText(opts.configPath), host, opts, &notes);
        QCOMPARE(resolved.hostName, hostName);
        for (const SshConfigNote& n : std::as_const(notes))
            QVERIFY2(n.kind == SshConfigNote::SkippedPattern, qPrintable(n.file + u": "_s + n.text));
    }

    void knownHosts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("mayOmit"); // lines whose keys do not parse
        const QJsonObject invalid = m_expected[u"known_hosts_invalid_lines"].toObject();
        for (const QJsonValue v : m_expected[u"known_hosts"].toArray()) {
            const QJsonObject c = v.toObject();
            QStringList expected;
            for (const QJsonValue m : c[u"matches"].toArray()) {
                const QJsonObject o = m.toObject();
                expected << u"%1 %2 %3"_s.arg(o[u"line"].toInt())
                                .arg(o[u"marker"].isNull() ? u"-"_s : o[u"marker"].toString(),
                                     o[u"keytype"].toString());
            }
            QStringList omit;
            for (const QJsonValue l : invalid[c[u"file"].toString()].toArray())
                omit << QString::number(l.toInt());
            QTest::newRow(qPrintable(c[u"host"].toString()))
                << c[u"file"].toString() << c[u"host"].toString() << expected << omit;
        }
    }
    void knownHosts()
    {
        QFETCH(QString, file);
        QFETCH(QString, host);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, mayOmit);
        KnownHosts kh;
        QVERIFY(kh.addFile(m_dir + u'/' + file));
        QString name = host;
        int port = 22;
        if (host.startsWith(u'[') && host.contains(u"]:"_s)) {
            name = host.sliced(1, host.indexOf(u']') - 1);
            port = host.sliced(host.indexOf(u"]:"_s) + 2).toInt();
        }
        const QStringList got = describe(kh.entriesFor(name, port));
        QStringList wanted;
        for (const QString& e : std::as_const(expected)) {
            if (got.contains(e) || !mayOmit.contains(e.section(u' ', 0, 0)))
                wanted << e;
        }
        QCOMPARE(got, wanted);
    }
};

QTEST_GUILESS_MAIN(TestSshConfigPeer)
#include "tst_sshconfig_peer.moc"
