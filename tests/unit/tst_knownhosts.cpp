// KnownHosts and the HostKey helpers: what ssh would accept, refuse or warn about.
#include "ssh/KnownHosts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using capataz::ErrorCode;
using capataz::ssh::HostKey;
using capataz::ssh::KnownHosts;
using capataz::ssh::KnownHostsCheck;
using capataz::ssh::KnownHostsWarning;

namespace {

// Keys made with ssh-keygen; fingerprints as printed by `ssh-keygen -lf key.pub`.
const auto ed = u"AAAAC3NzaC1lZDI1NTE5AAAAIArEwVAsJEJoxo5mGQSny/LcETp9WE9DhQ7QwiqwEs0v"_s;
const auto ed2 = u"AAAAC3NzaC1lZDI1NTE5AAAAIG0x5IgwlqVU9ruA/G7SzNHZVqX1/fQ2xtpW6slNXC8O"_s;
const auto ec =
    u"AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBKcwUCT+Ukp+mZyF+9iyGnryTRlHJCCQ5if3g9GNj+/"
    u"stMXhHfLNPJ0se9uwMjW0vQXlOzVfx7RjAcrzyAZHxgk="_s;
const auto rsa =
    u"AAAAB3NzaC1yc2EAAAADAQABAAAAgQCzM6amAU2GFj5OjDBUrHZqjX8UWFCjHA+zCLNv1AFxrMjS4WmiQAns/aAC4kgBJFa7qf3K"
    u"JyawCfBZfQvpKtyaIQ8l3lv0Id4sLoCynyL/nnJ9zkzAhs/NIkNtJxJrkqMzZJrZdfeVCiYS66voEqYP6QsXEenAq5C6k7EpePP+pQ=="_s;

// `ssh-keygen -H` output for "server.example.com" (ed) and "[server.example.com]:2222" (ec).
const auto hashedEd = u"|1|UIt+g5UAubXROcj2r0va/3Lbd+c=|GZqOILhTMg17PmR649gytl4CtYg="_s;
const auto hashedEc2222 = u"|1|Ljq3iH+UImVh+OevK8MH9CK/z3I=|2j2m0WuRZ1f6LTu+1szbBLegMiE="_s;

HostKey key(const QString& name)
{
    const QString b64 = name == u"ed"_s ? ed : name == u"ed2"_s ? ed2 : name == u"ec"_s ? ec : rsa;
    const QByteArray blob = QByteArray::fromBase64(b64.toLatin1());
    return HostKey{capataz::ssh::typeFromBlob(blob), blob};
}

// "{ed}" -> "ssh-ed25519 AAAA...", "{H:ed}" -> the hashed host field, and so on.
QString known(QString text)
{
    return text.replace(u"{ed}"_s, u"ssh-ed25519 "_s + ed)
        .replace(u"{ed2}"_s, u"ssh-ed25519 "_s + ed2)
        .replace(u"{ec}"_s, u"ecdsa-sha2-nistp256 "_s + ec)
        .replace(u"{rsa}"_s, u"ssh-rsa "_s + rsa)
        .replace(u"{H:ed}"_s, hashedEd)
        .replace(u"{H:ec2222}"_s, hashedEc2222);
}

QString statusName(KnownHostsCheck::Status s)
{
    switch (s) {
    case KnownHostsCheck::Unknown:
        return u"Unknown"_s;
    case KnownHostsCheck::Matches:
        return u"Matches"_s;
    case KnownHostsCheck::Changed:
        return u"Changed"_s;
    case KnownHostsCheck::Revoked:
        return u"Revoked"_s;
    }
    return u"?"_s;
}

QString describe(const QList<KnownHostsWarning>& warnings)
{
    QStringList out;
    for (const auto& w : warnings)
        out << u"%1:%2"_s.arg(w.line).arg(int(w.reason));
    return out.join(u' ');
}

QString warningsAsText(std::initializer_list<std::pair<int, KnownHostsWarning::Reason>> list)
{
    QStringList out;
    for (const auto& [line, reason] : list)
        out << u"%1:%2"_s.arg(line).arg(int(reason));
    return out.join(u' ');
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestKnownHosts : public QObject {
    Q_OBJECT
private slots:
    void fingerprint_data();
    void fingerprint();
    void typeFromBlob_data();
    void typeFromBlob();
    void patternName_data();
    void patternName();
    void check_data();
    void check();
    void warnings_data();
    void warnings();
    void knownKeyTypes_data();
    void knownKeyTypes();
    void addFile();
    void addFileUnreadable();
    void formatLine_data();
    void formatLine();
    void appendCreatesPrivateFile();
    void appendKeepsExistingLines();
    void appendRefusesHostileHost_data();
    void appendRefusesHostileHost();
    void hashedLineAcceptedBySshKeygen();
};

void TestKnownHosts::fingerprint_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ed25519") << u"ed"_s << u"SHA256:DWmtEG9r/cK4tD+gvWq8akhtqDJXPaOu32+Hzb3YwnA"_s;
    QTest::newRow("ed25519 other") << u"ed2"_s << u"SHA256:wNVAMuse3rlZUNCREEKb1RGkQ1KGiCsKg1jGZZqjyqw"_s;
    QTest::newRow("ecdsa") << u"ec"_s << u"SHA256:yqw2gd3tMF21x/Zd8ROEXyXKDfFspDulOMRG3MhpLEg"_s;
    QTest::newRow("rsa") << u"rsa"_s << u"SHA256:w36GSS1/QcbR3K+TLg2PJQaWMfug4dEgVu7LdwsRM2w"_s;
}

void TestKnownHosts::fingerprint()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(capataz::ssh::fingerprintSha256(key(name).blob), expected);
}

void TestKnownHosts::typeFromBlob_data()
{
    QTest::addColumn<QByteArray>("blob");
    QTest::addColumn<QString>("type");
    QTest::newRow("ed25519") << key(u"ed"_s).blob << u"ssh-ed25519"_s;
    QTest::newRow("ecdsa") << key(u"ec"_s).blob << u"ecdsa-sha2-nistp256"_s;
    QTest::newRow("rsa") << key(u"rsa"_s).blob << u"ssh-rsa"_s;
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("short length") << QByteArray("\0\0\0", 3) << QString();
    QTest::newRow("length past end") << QByteArray("\0\0\0\x0bssh-ed", 10) << QString();
    QTest::newRow("huge length") << QByteArray("\xff\xff\xff\xffssh-rsa", 11) << QString();
    QTest::newRow("zero length") << QByteArray("\0\0\0\0", 4) << QString();
    QTest::newRow("exact fit") << QByteArray("\0\0\0\x07ssh-rsa", 11) << u"ssh-rsa"_s;
}

void TestKnownHosts::typeFromBlob()
{
    QFETCH(QByteArray, blob);
    QFETCH(QString, type);
    QCOMPARE(capataz::ssh::typeFromBlob(blob), type);
}

void TestKnownHosts::patternName_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default port") << u"server.example.com"_s << 22 << u"server.example.com"_s;
    QTest::newRow("other port") << u"server.example.com"_s << 2222 << u"[server.example.com]:2222"_s;
    QTest::newRow("lower-cased") << u"Server.Example.COM"_s << 22 << u"server.example.com"_s;
    QTest::newRow("ipv4 port") << u"10.0.0.5"_s << 8022 << u"[10.0.0.5]:8022"_s;
    QTest::newRow("ipv6") << u"2001:db8::1"_s << 22 << u"2001:db8::1"_s;
    QTest::newRow("ipv6 port") << u"2001:db8::1"_s << 2200 << u"[2001:db8::1]:2200"_s;
}

void TestKnownHosts::patternName()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, expected);
    QCOMPARE(capataz::ssh::hostKeyPatternName(host, port), expected);
}

void TestKnownHosts::check_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("line");

    const QString srv = u"server.example.com"_s;
    QTest::newRow("plain") << u"server.example.com {ed}\n"_s << srv << 22 << u"ed"_s << u"Matches"_s << 1;
    QTest::newRow("comment after key")
        << u"server.example.com {ed} me@laptop\n"_s << srv << 22 << u"ed"_s << u"Matches"_s << 1;
    QTest::newRow("tabs and indentation")
        << u"  \tserver.example.com\t{ed}\n"_s << srv << 22 << u"ed"_s << u"Matches"_s << 1;
    QTest::newRow("crlf") << u"# c\r\nserver.example.com {ed}\r\n"_s << srv << 22 << u"ed"_s << u"Matches"_s
                          << 2;
    QTest::newRow("host case") << u"Server.Example.com {ed}\n"_s << u"SERVER.example.COM"_s << 22 << u"ed"_s
                               << u"Matches"_s << 1;
    QTest::newRow("empty file") << QString() << srv << 22 << u"ed"_s << u"Unknown"_s << 0;
    QTest::newRow("other host") << u"other.example.com {ed}\n"_s << srv << 22 << u"ed"_s << u"Unknown"_s << 0;
    QTest::newRow("suffix is not a match")
        << u"example.com {ed}\n"_s << srv << 22 << u"ed"_s << u"Unknown"_s << 0;
    QTest::newRow("comma list") << u"web,server.example.com,10.0.0.5 {ed}\n"_s << srv << 22 << u"ed"_s
                                << u"Matches"_s << 1;
    QTest::newRow("comma list ip") << u"web,server.example.com,10.0.0.5 {ed}\n"_s << u"10.0.0.5"_s << 22
                                   << u"ed"_s << u"Matches"_s << 1;
    QTest::newRow("port entry, port asked")
        << u"[server.example.com]:2222 {ed}\n"_s << srv << 2222 << u"ed"_s << u"Matches"_s << 1;
    QTest::newRow("port entry, 22 asked")
        << u"[server.example.com]:2222 {ed}\n"_s << srv << 22 << u"ed"_s << u"Unknown"_s << 0;
    QTest::newRow("plain entry, port asked")
        << u"server.example.com {ed}\n"_s << srv << 2222 << u"ed"_s << u"Unknown"_s << 0;
    QTest::newRow("other port entry")
        << u"[server.example.com]:2200 {ed}\n"_s << srv << 2222 << u"ed"_s << u"Unknown"_s << 0;
    QTest::newRow("[host]:22 is not the default")
        << u"[server.example.com]:22 {ed}\n"_s << srv << 22 << u"ed"_s << u"Unknown"_s << 0;
    QTest::newRow("wildcard *") << u"*.example.com {ed}\n"_s << srv << 22 << u"ed"_s << u"Matches"_s << 1;
    QTest::newRow("wildcard ?") << u"?erver.example.co? {ed}\n"_s << srv << 22 << u"ed"_s << u"Matches"_s
                                << 1;
    QTest::newRow("wildcard ? is one char")
        << u"?server.example.com {ed}\n"_s << srv << 22 << u"ed"_s << u"Unknown"_s << 0;
    QTest::newRow("wildcard miss") << u"*.example.org {ed}\n"_s << srv << 22 << u"ed"_s << u"Unknown"_s << 0;
    QTest::newRow("wildcard with port")
        << u"[*.example.com]:2222 {ed}\n"_s << srv << 2222 << u"ed"_s << u"Matches"_s << 1;
    QTest::newRow("wildcard ip range")
        << u"10.0.0.* {ed}\n"_s << u"10.0.0.77"_s << 22 << u"ed"_s << u"Matches"_s << 1;
    QTest::newRow("negation excludes")
        << u"*.example.com,!server.example.com {ed}\n"_s << srv << 22 << u"ed"_s << u"Unknown"_s << 0;
    QTest::newRow("negation first") << u"!server.example.com,*.example.com {ed}\n"_s << srv << 22 << u"ed"_s
                                    << u"Unknown"_s << 0;
    QTest::newRow("negation other host") << u"*.example.com,!server.example.com {ed}\n"_s
                                         << u"web.example.com"_s << 22 << u"ed"_s << u"Matches"_s << 1;
    QTest::newRow("negation alone") << u"!server.example.com {ed}\n"_s << u"web.example.com"_s << 22
                                    << u"ed"_s << u"Unknown"_s << 0;
    QTest::newRow("negated wildcard")
        << u"*,!*.internal {ed}\n"_s << u"db.internal"_s << 22 << u"ed"_s << u"Unknown"_s << 0;
    QTest::newRow("negation excludes, later line")
        << u"*,!server.example.com {ed2}\nserver.example.com {ed}\n"_s << srv << 22 << u"ed"_s << u"Matches"_s
        << 2;
    QTest::newRow("hashed") << known(u"{H:ed} {ed}\n"_s) << srv << 22 << u"ed"_s << u"Matches"_s << 1;
    QTest::newRow("hashed case") << known(u"{H:ed} {ed}\n"_s) << u"Server.Example.Com"_s << 22 << u"ed"_s
                                 << u"Matches"_s << 1;
    QTest::newRow("hashed port") << known(u"{H:ed} {ed}\n{H:ec2222} {ec}\n"_s) << srv << 2222 << u"ec"_s
                                 << u"Matches"_s << 2;
    QTest::newRow("hashed, other port")
        << known(u"{H:ec2222} {ec}\n"_s) << srv << 22 << u"ec"_s << u"Unknown"_s << 0;
    QTest::newRow("hashed, other host")
        << known(u"{H:ed} {ed}\n"_s) << u"web.example.com"_s << 22 << u"ed"_s << u"Unknown"_s << 0;
    QTest::newRow("hashed, changed") << known(u"{H:ed} {ed}\n"_s) << srv << 22 << u"ed2"_s << u"Changed"_s
                                     << 1;
    QTest::newRow("changed") << u"server.example.com {ed}\n"_s << srv << 22 << u"ed2"_s << u"Changed"_s << 1;
    QTest::newRow("changed, other type")
        << u"server.example.com {ed}\n"_s << srv << 22 << u"ec"_s << u"Changed"_s << 1;
    QTest::newRow("changed names first entry") << u"# old\nserver.example.com {ed}\n*.example.com {rsa}\n"_s
                                               << srv << 22 << u"ed2"_s << u"Changed"_s << 2;
    QTest::newRow("second key of host") << u"server.example.com {ed}\nserver.example.com {ec}\n"_s << srv
                                        << 22 << u"ec"_s << u"Matches"_s << 2;
    QTest::newRow("match wins over earlier conflict")
        << u"*.example.com {rsa}\nserver.example.com {ed}\n"_s << srv << 22 << u"ed"_s << u"Matches"_s << 2;
    QTest::newRow("revoked") << u"@revoked * {ed2}\nserver.example.com {ed2}\n"_s << srv << 22 << u"ed2"_s
                             << u"Revoked"_s << 1;
    QTest::newRow("revoked after match") << u"server.example.com {ed2}\n@revoked server.example.com {ed2}\n"_s
                                         << srv << 22 << u"ed2"_s << u"Revoked"_s << 2;
    QTest::newRow("revoked under any host")
        << u"@revoked old.example.net {ed2}\n"_s << srv << 22 << u"ed2"_s << u"Revoked"_s << 1;
    QTest::newRow("revoked, hashed host")
        << known(u"@revoked {H:ed} {ed}\n"_s) << u"web.example.com"_s << 22 << u"ed"_s << u"Revoked"_s << 1;
    QTest::newRow("revoked other key")
        << u"@revoked * {ed2}\nserver.example.com {ed}\n"_s << srv << 22 << u"ed"_s << u"Matches"_s << 2;
    QTest::newRow("revoked line is not an entry")
        << u"@revoked server.example.com {ed2}\n"_s << srv << 22 << u"ed"_s << u"Unknown"_s << 0;
    QTest::newRow("cert-authority ignored")
        << u"@cert-authority *.example.com {ed}\n"_s << srv << 22 << u"ed"_s << u"Unknown"_s << 0;
    QTest::newRow("cert-authority not a conflict")
        << u"@cert-authority *.example.com {ed}\n"_s << srv << 22 << u"ed2"_s << u"Unknown"_s << 0;
    QTest::newRow("cert-authority then plain") << u"@cert-authority * {ed2}\nserver.example.com {ed2}\n"_s
                                               << srv << 22 << u"ed2"_s << u"Matches"_s << 2;
    QTest::newRow("after malformed lines")
        << u"garbage\n@nope x {ed}\nserver.example.com {ed}\n"_s << srv << 22 << u"ed"_s << u"Matches"_s << 3;
    QTest::newRow("malformed entry for host is not a conflict")
        << u"server.example.com ssh-ed25519 !!!\n"_s << srv << 22 << u"ed"_s << u"Unknown"_s << 0;
}

void TestKnownHosts::check()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, key);
    QFETCH(QString, status);
    QFETCH(int, line);

    const KnownHosts hosts = KnownHosts::parse(known(text), u"known_hosts"_s);
    const KnownHostsCheck result = hosts.check(host, port, ::key(key));
    QCOMPARE(statusName(result.status), status);
    QCOMPARE(result.line, line);
    QCOMPARE(result.file, line ? u"known_hosts"_s : QString());
}

void TestKnownHosts::warnings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // "line:reason ..."
    using W = KnownHostsWarning;
    QTest::newRow("clean") << u"# comment\n\n   \nserver {ed}\n@revoked x {ed2}\n@cert-authority * {ec}\n"_s
                           << QString();
    QTest::newRow("unknown marker") << u"@trusted server {ed}\n"_s << warningsAsText({{1, W::UnknownMarker}});
    QTest::newRow("host only") << u"server\n"_s << warningsAsText({{1, W::MissingKey}});
    QTest::newRow("no base64") << u"server ssh-ed25519\n"_s << warningsAsText({{1, W::MissingKey}});
    QTest::newRow("marker only") << u"@revoked\n"_s << warningsAsText({{1, W::MissingKey}});
    QTest::newRow("bad base64") << u"server ssh-ed25519 AAAA$$$$\n"_s << warningsAsText({{1, W::BadBase64}});
    QTest::newRow("non-ascii base64")
        << u"server ssh-ed25519 AAAAñ\n"_s << warningsAsText({{1, W::BadBase64}});
    QTest::newRow("type mismatch") << u"server ssh-rsa "_s + ed << warningsAsText({{1, W::TypeMismatch}});
    QTest::newRow("truncated blob") << u"server ssh-ed25519 AAAAC3NzaC1l\n"_s
                                    << warningsAsText({{1, W::TypeMismatch}});
    QTest::newRow("bad hashed host") << u"|1|abc|def {ed}\n"_s << warningsAsText({{1, W::BadHashedHost}});
    QTest::newRow("hashed host without hash")
        << u"|1|UIt+g5UAubXROcj2r0va/3Lbd+c= {ed}\n"_s << warningsAsText({{1, W::BadHashedHost}});
    QTest::newRow("unknown hash") << u"|2|UIt+g5UAubXROcj2r0va/3Lbd+c=|x {ed}\n"_s
                                  << warningsAsText({{1, W::UnsupportedFormat}});
    QTest::newRow("ssh1 key") << u"server 1024 35 1234567890\n"_s
                              << warningsAsText({{1, W::UnsupportedFormat}});
    QTest::newRow("line numbers") << u"server {ed}\n\nbroken\n# fine\n@revoked\nweb {ec}\nx y z\n"_s
                                  << warningsAsText(
                                         {{3, W::MissingKey}, {5, W::MissingKey}, {7, W::BadBase64}});
    QTest::newRow("binary garbage") << QString::fromLatin1("\x01\x02 \xff\xfe\n\t\t@\n|\n|1|\n|1||| a b\n")
                                    << warningsAsText({{1, W::MissingKey},
                                                       {2, W::UnknownMarker},
                                                       {3, W::MissingKey},
                                                       {4, W::MissingKey},
                                                       {5, W::BadHashedHost}});
}

void TestKnownHosts::warnings()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const KnownHosts hosts = KnownHosts::parse(known(text), u"/home/u/.ssh/known_hosts"_s);
    QCOMPARE(describe(hosts.warnings()), expected);
    for (const auto& w : hosts.warnings())
        QCOMPARE(w.file, u"/home/u/.ssh/known_hosts"_s);
    // Every line that is not blank, a comment or warned about is an entry.
    qsizetype meaningful = 0;
    for (QStringView l : QStringView(text).tokenize(u'\n')) {
        const QStringView t = l.trimmed();
        meaningful += !t.isEmpty() && !t.startsWith(u'#');
    }
    QCOMPARE(hosts.entryCount() + hosts.warnings().size(), meaningful);
}

void TestKnownHosts::knownKeyTypes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QStringList>("types");
    QTest::newRow("none") << u"web {ed}\n"_s << u"server"_s << 22 << QStringList();
    QTest::newRow("file order, no repeats")
        << u"server {ec}\n*.example.com {rsa}\nserver {ed}\nserver {ed2}\nserver {rsa}\n"_s << u"server"_s
        << 22 << QStringList{u"ecdsa-sha2-nistp256"_s, u"ssh-ed25519"_s, u"ssh-rsa"_s};
    QTest::newRow("wildcard and hashed")
        << known(u"*.example.com {rsa}\n{H:ed} {ed}\n"_s) << u"server.example.com"_s << 22
        << QStringList{u"ssh-rsa"_s, u"ssh-ed25519"_s};
    QTest::newRow("port") << u"server {ed}\n[server]:2222 {ec}\n"_s << u"server"_s << 2222
                          << QStringList{u"ecdsa-sha2-nistp256"_s};
    QTest::newRow("no revoked or CA keys")
        << u"@revoked server {rsa}\n@cert-authority * {ec}\nserver {ed}\n"_s << u"server"_s << 22
        << QStringList{u"ssh-ed25519"_s};
    QTest::newRow("negated") << u"*,!server {rsa}\nserver {ed}\n"_s << u"server"_s << 22
                             << QStringList{u"ssh-ed25519"_s};
}

void TestKnownHosts::knownKeyTypes()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QStringList, types);
    QCOMPARE(KnownHosts::parse(known(text)).knownKeyTypes(host, port), types);
}

void TestKnownHosts::addFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString first = dir.filePath(u"known_hosts"_s);
    const QString second = dir.filePath(u"capataz_known_hosts"_s);
    QFile f1(first);
    QVERIFY(f1.open(QIODevice::WriteOnly));
    f1.write(known(u"server.example.com {ed}\nbroken line\n"_s).toUtf8());
    f1.close();
    QFile f2(second);
    QVERIFY(f2.open(QIODevice::WriteOnly));
    f2.write(known(u"# capataz\n[server.example.com]:2222 {ec}\n"_s).toUtf8());
    f2.close();

    KnownHosts hosts;
    QVERIFY(hosts.addFile(dir.filePath(u"missing"_s)).has_value());
    QCOMPARE(hosts.entryCount(), 0);
    QVERIFY(hosts.addFile(first).has_value());
    QVERIFY(hosts.addFile(second).has_value());
    QCOMPARE(hosts.entryCount(), 2);

    const auto inFirst = hosts.check(u"server.example.com", 22, key(u"ed"_s));
    QCOMPARE(statusName(inFirst.status), u"Matches"_s);
    QCOMPARE(inFirst.file, first);
    QCOMPARE(inFirst.line, 1);
    const auto inSecond = hosts.check(u"server.example.com", 2222, key(u"ec"_s));
    QCOMPARE(statusName(inSecond.status), u"Matches"_s);
    QCOMPARE(inSecond.file, second);
    QCOMPARE(inSecond.line, 2);

    QCOMPARE(hosts.warnings().size(), 1);
    QCOMPARE(hosts.warnings().front().file, first);
    QCOMPARE(hosts.warnings().front().line, 2);
}

void TestKnownHosts::addFileUnreadable()
{
    // A directory where the file should be cannot be read (root reads any mode-000 file).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    KnownHosts hosts;
    const auto result = hosts.addFile(dir.path());
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, ErrorCode::LocalFileError);
}

void TestKnownHosts::formatLine_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"server.example.com"_s << 22 << u"ed"_s
                           << u"server.example.com ssh-ed25519 "_s + ed;
    QTest::newRow("port") << u"Server.example.com"_s << 2222 << u"ec"_s
                          << u"[server.example.com]:2222 ecdsa-sha2-nistp256 "_s + ec;
    QTest::newRow("rsa ip") << u"10.0.0.5"_s << 22 << u"rsa"_s << u"10.0.0.5 ssh-rsa "_s + rsa;
}

void TestKnownHosts::formatLine()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QCOMPARE(KnownHosts::formatLine(host, port, ::key(key), false), expected);

    const QString hashed = KnownHosts::formatLine(host, port, ::key(key), true);
    QVERIFY(hashed.startsWith(u"|1|"_s));
    QVERIFY(!hashed.contains(host.toLower()));
    QVERIFY(hashed.endsWith(expected.section(u' ', 1)));
    // Two hashed lines for the same host differ (fresh salt) and both match.
    const QString again = KnownHosts::formatLine(host, port, ::key(key), true);
    QVERIFY(again != hashed);
    const auto hosts = KnownHosts::parse(QString(hashed + u'\n' + again));
    QVERIFY(hosts.warnings().isEmpty());
    QCOMPARE(statusName(hosts.check(host, port, ::key(key)).status), u"Matches"_s);
    QCOMPARE(statusName(hosts.check(host, port == 22 ? 2222 : 22, ::key(key)).status), u"Unknown"_s);
}

void TestKnownHosts::appendCreatesPrivateFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sshDir = dir.filePath(u"home/.ssh"_s);
    const QString path = sshDir + u"/known_hosts"_s;

    const auto first = KnownHosts::appendToFile(path, u"server.example.com", 22, key(u"ed"_s));
    QVERIFY2(first.has_value(), qPrintable(first ? QString() : first.error().toString()));
    const auto ownerRw =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
    QCOMPARE(QFileInfo(path).permissions(), ownerRw);
    QCOMPARE(QFileInfo(sshDir).permissions(), ownerRw | QFileDevice::ExeOwner | QFileDevice::ExeUser);

    const auto second = KnownHosts::appendToFile(path, u"server.example.com", 2222, key(u"ec"_s), true);
    QVERIFY(second.has_value());
    QCOMPARE(QFileInfo(path).permissions(), ownerRw);

    const QByteArray content = readAll(path);
    QCOMPARE(content.count('\n'), 2);
    QVERIFY(content.startsWith(QString(u"server.example.com ssh-ed25519 "_s + ed + u'\n').toLatin1()));
    QVERIFY(!content.contains("[server.example.com]"));

    KnownHosts hosts;
    QVERIFY(hosts.addFile(path).has_value());
    QVERIFY(hosts.warnings().isEmpty());
    const auto plain = hosts.check(u"server.example.com", 22, key(u"ed"_s));
    QCOMPARE(statusName(plain.status), u"Matches"_s);
    QCOMPARE(plain.line, 1);
    const auto hashed = hosts.check(u"server.example.com", 2222, key(u"ec"_s));
    QCOMPARE(statusName(hashed.status), u"Matches"_s);
    QCOMPARE(hashed.file, path);
    QCOMPARE(hashed.line, 2);
}

void TestKnownHosts::appendKeepsExistingLines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"known_hosts"_s);
    // Someone else's file: no trailing newline, a comment, mode 0644.
    const QByteArray before = known(u"# mine\nweb.example.com {rsa}"_s).toUtf8();
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(before);
    }
    const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                      QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(path, mode));

    QVERIFY(KnownHosts::appendToFile(path, u"server.example.com", 22, key(u"ed"_s)).has_value());
    const QByteArray after = readAll(path);
    QVERIFY(after.startsWith(QByteArray(before + '\n')));
    QVERIFY(after.endsWith('\n'));
    QCOMPARE(QFileInfo(path).permissions(), mode);

    KnownHosts hosts;
    QVERIFY(hosts.addFile(path).has_value());
    QCOMPARE(hosts.entryCount(), 2);
    QCOMPARE(hosts.check(u"web.example.com", 22, key(u"rsa"_s)).line, 2);
    QCOMPARE(hosts.check(u"server.example.com", 22, key(u"ed"_s)).line, 3);
}

void TestKnownHosts::appendRefusesHostileHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("empty") << QString();
    QTest::newRow("space") << u"evil host"_s;
    QTest::newRow("newline") << u"server\n* ssh-ed25519 AAAA"_s;
    QTest::newRow("comma") << u"server,*"_s;
    QTest::newRow("wildcard") << u"*"_s;
    QTest::newRow("question") << u"serve?"_s;
    QTest::newRow("negation") << u"!server"_s;
    QTest::newRow("marker") << u"@revoked"_s;
    QTest::newRow("hash") << u"|1|x|y"_s;
    QTest::newRow("comment") << u"#server"_s;
    QTest::newRow("bracket") << u"[server]:22"_s;
    QTest::newRow("tab") << u"a\tb"_s;
}

void TestKnownHosts::appendRefusesHostileHost()
{
    QFETCH(QString, host);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"known_hosts"_s);
    QCOMPARE(KnownHosts::formatLine(host, 22, key(u"ed"_s), false), QString());
    const auto result = KnownHosts::appendToFile(path, host, 22, key(u"ed"_s));
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!QFile::exists(path));
}

void TestKnownHosts::hashedLineAcceptedBySshKeygen()
{
    const QString keygen = QStandardPaths::findExecutable(u"ssh-keygen"_s);
    if (keygen.isEmpty())
        QSKIP("ssh-keygen is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"known_hosts"_s);
    QVERIFY(KnownHosts::appendToFile(path, u"server.example.com", 22, key(u"ed"_s), true).has_value());
    QVERIFY(KnownHosts::appendToFile(path, u"server.example.com", 2222, key(u"ec"_s), true).has_value());

    for (const auto& [name, line] :
         {std::pair{u"server.example.com"_s, 1}, {u"[server.example.com]:2222"_s, 2}}) {
        QProcess p;
        p.start(keygen, {u"-F"_s, name, u"-f"_s, path});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(p.readAllStandardOutput().contains(u"found: line %1"_s.arg(line).toLatin1()),
                 qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
