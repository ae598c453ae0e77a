// parseSshConfig: which hosts a user's ~/.ssh/config offers for import, resolved as ssh resolves
// them, and what the import tells the user it left out.
#include "ssh/SshConfig.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using capataz::ssh::parseSshConfig;
using capataz::ssh::SshConfigHost;
using capataz::ssh::SshConfigImport;
using capataz::ssh::SshConfigNote;
using capataz::ssh::SshConfigParseOptions;

namespace {

const QString home = u"/home/ana"_s;
const QString configPath = u"/home/ana/.ssh/config"_s;

// "alias|hostName|user|port|id1;id2|proxyJump"
QString describe(const SshConfigHost& h)
{
    return QStringList{h.alias,    h.hostName, h.user, QString::number(h.port), h.identityFiles.join(u';'),
                       h.proxyJump}
        .join(u'|');
}

QStringList describe(const QList<SshConfigHost>& hosts)
{
    QStringList out;
    for (const auto& h : hosts)
        out << describe(h);
    return out;
}

QString kindName(SshConfigNote::Kind kind)
{
    switch (kind) {
    case SshConfigNote::SkippedPattern:
        return u"SkippedPattern"_s;
    case SshConfigNote::SkippedMatch:
        return u"SkippedMatch"_s;
    case SshConfigNote::UnsupportedOption:
        return u"UnsupportedOption"_s;
    case SshConfigNote::IncludeNotFound:
        return u"IncludeNotFound"_s;
    case SshConfigNote::Malformed:
        return u"Malformed"_s;
    }
    return u"?"_s;
}

// "line:Kind:text", or "file:line:Kind:text" when the note is not about the main file.
QStringList describe(const QList<SshConfigNote>& notes)
{
    QStringList out;
    for (const auto& n : notes) {
        const QString where =
            n.file == configPath ? QString::number(n.line) : n.file + u':' + QString::number(n.line);
        out << where + u':' + kindName(n.kind) + u':' + n.text;
    }
    return out;
}

// A fake file system for Include.
struct FakeFiles {
    QHash<QString, QString> files;
    mutable QStringList reads;

    SshConfigParseOptions options() const
    {
        SshConfigParseOptions opts;
        opts.homeDir = home;
        opts.localUser = u"ana"_s;
        opts.configPath = configPath;
        opts.readFile = [this](const QString& path) -> std::optional<QString> {
            reads << path;
            if (!files.contains(path))
                return std::nullopt;
            return files.value(path);
        };
        opts.glob = [this](const QString& pattern) {
            const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern));
            QStringList out;
            for (auto it = files.cbegin(); it != files.cend(); ++it) {
                if (re.match(it.key()).hasMatch())
                    out << it.key();
            }
            out.sort();
            return out;
        };
        return opts;
    }
};

} // namespace

class TestSshConfig : public QObject {
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void include_data();
    void include();
    void hostLineAndFile();
    void includeDepthLimit();
    void localFileSystem();
};

void TestSshConfig::parse_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QStringList>("notes");

    QTest::newRow("empty") << QString() << QStringList() << QStringList();
    QTest::newRow("basic")
        << u"Host web\n  HostName 10.0.0.5\n  User deploy\n  Port 2222\n  IdentityFile ~/.ssh/id_web\n"_s
        << QStringList{u"web|10.0.0.5|deploy|2222|/home/ana/.ssh/id_web|"_s} << QStringList();
    QTest::newRow("hostname defaults to alias")
        << u"Host web\n  User deploy\n"_s << QStringList{u"web|web|deploy|0||"_s} << QStringList();
    QTest::newRow("keywords any case, = forms")
        << u"HOST web\nhostname=10.0.0.5\nUSER = deploy\n\tPort= 2222\nidentityFILE =~/k\n"_s
        << QStringList{u"web|10.0.0.5|deploy|2222|/home/ana/k|"_s} << QStringList();
    QTest::newRow("quotes and comments")
        << u"# my servers\n\nHost web # the shop\n  HostName \"10.0.0.5\"  # office\n  IdentityFile \"~/My "
           u"Keys/id\"\n"
           "  User 'de ploy'\n  #Port 1\n"_s
        << QStringList{u"web|10.0.0.5|de ploy|0|/home/ana/My Keys/id|"_s} << QStringList();
    QTest::newRow("backslash escapes")
        << u"Host web\n  IdentityFile ~/.ssh/my\\ key\n  User a\\\"b\n"_s
        << QStringList{u"web|web|a\"b|0|/home/ana/.ssh/my key|"_s} << QStringList();
    QTest::newRow("crlf") << u"Host web\r\n  User deploy\r\n  Port 2222\r\n"_s
                          << QStringList{u"web|web|deploy|2222||"_s} << QStringList();
    QTest::newRow("one entry per alias")
        << u"Host web db cache\n  User ops\n"_s
        << QStringList{u"web|web|ops|0||"_s, u"db|db|ops|0||"_s, u"cache|cache|ops|0||"_s} << QStringList();
    QTest::newRow("patterns skipped")
        << u"Host web-* !bad *.example.com ?x db\n  User u\n"_s << QStringList{u"db|db|u|0||"_s}
        << QStringList{u"1:SkippedPattern:web-*"_s, u"1:SkippedPattern:!bad"_s,
                       u"1:SkippedPattern:*.example.com"_s, u"1:SkippedPattern:?x"_s};
    QTest::newRow("first value wins") << u"Host web\n  User first\n  User second\n  Port 1\n  Port 2\n"_s
                                      << QStringList{u"web|web|first|1||"_s} << QStringList();
    QTest::newRow("later Host * fills gaps")
        << u"Host web\n  HostName w.example.com\nHost *\n  User fallback\n  Port 2200\n  HostName ignored\n"_s
        << QStringList{u"web|w.example.com|fallback|2200||"_s} << QStringList{u"3:SkippedPattern:*"_s};
    QTest::newRow("earlier Host * wins")
        << u"Host *\n  User everyone\nHost web\n  User mine\n  Port 2\n"_s
        << QStringList{u"web|web|everyone|2||"_s} << QStringList{u"1:SkippedPattern:*"_s};
    QTest::newRow("web-* block") << u"Host web-1 web-2\n  Port 2201\nHost web-*\n  User deploy\n  Port 9\n"_s
                                 << QStringList{u"web-1|web-1|deploy|2201||"_s,
                                                u"web-2|web-2|deploy|2201||"_s}
                                 << QStringList{u"3:SkippedPattern:web-*"_s};
    QTest::newRow("options before any Host")
        << u"User global\nIdentityFile ~/.ssh/id_all\n\nHost web\n  User mine\n  IdentityFile ~/.ssh/id_web\n"_s
        << QStringList{u"web|web|global|0|/home/ana/.ssh/id_all;/home/ana/.ssh/id_web|"_s} << QStringList();
    QTest::newRow("negation") << u"Host web db\n  Port 1\nHost * !db\n  User nodb\n"_s
                              << QStringList{u"web|web|nodb|1||"_s, u"db|db||1||"_s}
                              << QStringList{u"3:SkippedPattern:*"_s, u"3:SkippedPattern:!db"_s};
    QTest::newRow("negation with wildcard")
        << u"Host web db.internal\n  Port 1\nHost !*.internal *\n  User ext\n"_s
        << QStringList{u"web|web|ext|1||"_s, u"db.internal|db.internal||1||"_s}
        << QStringList{u"3:SkippedPattern:!*.internal"_s, u"3:SkippedPattern:*"_s};
    QTest::newRow("alias negated on its own line")
        << u"Host web !web\n  User x\n"_s << QStringList() << QStringList{u"1:SkippedPattern:!web"_s};
    QTest::newRow("alias on two Host lines")
        << u"Host web\n  User a\nHost db web\n  User b\n  Port 3\n"_s
        << QStringList{u"web|web|a|3||"_s, u"db|db|b|3||"_s} << QStringList();
    QTest::newRow("identity files accumulate")
        << u"Host web\n  IdentityFile ~/.ssh/a\n  IdentityFile ~/.ssh/b\nHost *\n  IdentityFile ~/.ssh/a\n"
           "  IdentityFile /keys/c\n"_s
        << QStringList{u"web|web||0|/home/ana/.ssh/a;/home/ana/.ssh/b;/keys/c|"_s}
        << QStringList{u"4:SkippedPattern:*"_s};
    QTest::newRow("tokens")
        << u"Host web\n  HostName %h.example.com\n  User deploy\n  IdentityFile ~/.ssh/%r@%h\n"
           "  IdentityFile %d/keys/%u-%n-%p-%%\n"_s
        << QStringList{u"web|web.example.com|deploy|0|/home/ana/.ssh/deploy@web.example.com;"
                       "/home/ana/keys/ana-web-22-%|"_s}
        << QStringList();
    QTest::newRow("token port and hostname from later block")
        << u"Host web\n  IdentityFile ~/.ssh/%h-%p\nHost *\n  HostName %h.lan\n  Port 2200\n"_s
        << QStringList{u"web|web.lan||2200|/home/ana/.ssh/web.lan-2200|"_s}
        << QStringList{u"3:SkippedPattern:*"_s};
    QTest::newRow("HostName knows only %h")
        << u"Host web\n  HostName %n.lan\n"_s << QStringList{u"web|%n.lan||0||"_s}
        << QStringList{u"2:UnsupportedOption:%n.lan"_s};
    QTest::newRow("%r without User") << u"Host web\n  IdentityFile ~/.ssh/%r\n"_s
                                     << QStringList{u"web|web||0|/home/ana/.ssh/ana|"_s} << QStringList();
    QTest::newRow("tilde only at start") << u"Host web\n  IdentityFile /keys/~/id\n"_s
                                         << QStringList{u"web|web||0|/keys/~/id|"_s} << QStringList();
    QTest::newRow("no tilde in HostName")
        << u"Host web\n  HostName ~\n"_s << QStringList{u"web|~||0||"_s} << QStringList();
    QTest::newRow("unknown token") << u"Host web\n  IdentityFile ~/.ssh/%C\n  IdentityFile ~/.ssh/k%\n"_s
                                   << QStringList{u"web|web||0|/home/ana/.ssh/%C;/home/ana/.ssh/k%|"_s}
                                   << QStringList{u"2:UnsupportedOption:~/.ssh/%C"_s,
                                                  u"3:UnsupportedOption:~/.ssh/k%"_s};
    QTest::newRow("proxyjump") << u"Host inner\n  ProxyJump ana@bastion.example.com:2222\n"_s
                               << QStringList{u"inner|inner||0||ana@bastion.example.com:2222"_s}
                               << QStringList();
    QTest::newRow("proxyjump none wins")
        << u"Host inner\n  ProxyJump none\nHost web\nHost *\n  ProxyJump bastion\n"_s
        << QStringList{u"inner|inner||0||"_s, u"web|web||0||bastion"_s}
        << QStringList{u"4:SkippedPattern:*"_s};
    QTest::newRow("proxyjump chain kept whole")
        << u"Host inner\n  ProxyJump first,ana@second:2222\n"_s
        << QStringList{u"inner|inner||0||first,ana@second:2222"_s} << QStringList();
    QTest::newRow("proxyjump chain over 8 hops")
        << u"Host inner\n  ProxyJump a,b,c,d,e,f,g,h,i\n"_s << QStringList{u"inner|inner||0||"_s}
        << QStringList{u"2:Malformed:ProxyJump chain longer than 8 hops: a,b,c,d,e,f,g,h,i"_s};
    QTest::newRow("match host evaluated")
        << u"Host web\n  User a\nMatch host web\n  User b\n  Port 1\nHost db\n  User c\n"_s
        << QStringList{u"web|web|a|1||"_s, u"db|db|c|0||"_s} << QStringList();
    QTest::newRow("match all applies")
        << u"Match all\n  User x\nHost web\n"_s << QStringList{u"web|web|x|0||"_s} << QStringList();
    QTest::newRow("match user sees the User set above")
        << u"Host web db\n  User deploy\nMatch user deploy !originalhost db\n  Port 2\n"_s
        << QStringList{u"web|web|deploy|2||"_s, u"db|db|deploy|0||"_s} << QStringList();
    QTest::newRow("match host sees the HostName")
        << u"Host web\n  HostName %h.example.org\nMatch host *.example.org\n  User x\n"_s
        << QStringList{u"web|web.example.org|x|0||"_s} << QStringList();
    QTest::newRow("match final: second pass with the HostName")
        << u"Host web\n  HostName prod\nMatch final host prod\n  Port 7\nHost prod\n  User p\n"_s
        << QStringList{u"web|prod|p|7||"_s, u"prod|prod|p|7||"_s} << QStringList();
    QTest::newRow("match canonical only in the final pass")
        << u"Match canonical\n  Port 3\nHost web\n"_s << QStringList{u"web|web||0||"_s} << QStringList();
    QTest::newRow("host inside match block")
        << u"Match exec true\nHost web\n  User w\n"_s << QStringList{u"web|web|w|0||"_s}
        << QStringList{u"1:SkippedMatch:Match exec true"_s};
    QTest::newRow("other keywords silent")
        << u"Host web\n  ForwardAgent yes\n  ServerAliveInterval 60\n  ProxyCommand ssh -W %h:%p x\n  Bogus 1\n"_s
        << QStringList{u"web|web||0||"_s} << QStringList();
    QTest::newRow("unterminated quote")
        << u"Host web\n  HostName \"10.0.0.5\n  User u\n"_s << QStringList{u"web|web|u|0||"_s}
        << QStringList{u"2:Malformed:HostName \"10.0.0.5"_s};
    QTest::newRow("bad ports") << u"Host web\n  Port 99999\n  Port http\n  Port 0\n  Port 2222\n"_s
                               << QStringList{u"web|web||2222||"_s}
                               << QStringList{u"2:Malformed:Port 99999"_s, u"3:Malformed:Port http"_s,
                                              u"4:Malformed:Port 0"_s};
    QTest::newRow("missing and extra arguments")
        << u"Host\nHost web\n  User\n  HostName a b\n  User=\n  User ok\n"_s
        << QStringList{u"web|web|ok|0||"_s}
        << QStringList{u"1:Malformed:Host"_s, u"3:Malformed:User"_s, u"4:Malformed:HostName a b"_s,
                       u"5:Malformed:User="_s};
    QTest::newRow("empty quoted alias") << u"Host \"\"\n  User x\n"_s << QStringList() << QStringList();
    QTest::newRow("keyword without value")
        << u"=web\n"_s << QStringList() << QStringList{u"1:Malformed:=web"_s};
}

void TestSshConfig::parse()
{
    QFETCH(QString, config);
    QFETCH(QStringList, hosts);
    QFETCH(QStringList, notes);
    const FakeFiles fs;
    const SshConfigImport result = parseSshConfig(config, fs.options());
    QCOMPARE(describe(result.hosts), hosts);
    QCOMPARE(describe(result.notes), notes);
    QVERIFY(fs.reads.isEmpty());
}

void TestSshConfig::include_data()
{
    QTest::addColumn<QString>("config");
    QTest::addColumn<QStringList>("files"); // path, content, path, content...
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QStringList>("notes");

    QTest::newRow("relative glob, in place")
        << u"Include config.d/*\nHost web\n  User main\n"_s
        << QStringList{u"/home/ana/.ssh/config.d/20-web"_s, u"Host web\n  Port 2222\n"_s,
                       u"/home/ana/.ssh/config.d/10-db"_s,  u"Host db\n  User dbuser\n"_s,
                       u"/home/ana/.ssh/other"_s,           u"Host nope\n"_s}
        << QStringList{u"db|db|dbuser|0||"_s, u"web|web|main|2222||"_s} << QStringList();
    QTest::newRow("absolute and tilde") << u"Include ~/extra.conf /etc/ssh/shared.conf\n"_s
                                        << QStringList{u"/home/ana/extra.conf"_s, u"Host a\n"_s,
                                                       u"/etc/ssh/shared.conf"_s, u"Host b\n  User %u\n"_s}
                                        << QStringList{u"a|a||0||"_s, u"b|b|%u|0||"_s} << QStringList();
    QTest::newRow("not found") << u"Include missing.conf\nHost web\n"_s << QStringList()
                               << QStringList{u"web|web||0||"_s}
                               << QStringList{u"1:IncludeNotFound:/home/ana/.ssh/missing.conf"_s};
    QTest::newRow("empty glob is fine") << u"Include conf.d/*.conf\nHost web\n"_s << QStringList()
                                        << QStringList{u"web|web||0||"_s} << QStringList();
    QTest::newRow("include inside Host applies to that host")
        << u"Host web\n  Include web.conf\nHost db\n"_s
        << QStringList{u"/home/ana/.ssh/web.conf"_s, u"User webuser\nPort 2222\n"_s}
        << QStringList{u"web|web|webuser|2222||"_s, u"db|db||0||"_s} << QStringList();
    QTest::newRow("include does not change the including block")
        << u"Host web\n  Include inc.conf\n  User after\n"_s
        << QStringList{u"/home/ana/.ssh/inc.conf"_s, u"Host other\n  Port 1\n"_s}
        << QStringList{u"web|web|after|0||"_s} << QStringList();
    QTest::newRow("included Host * before main hosts")
        << u"Include defaults\nHost web\n  User mine\n"_s
        << QStringList{u"/home/ana/.ssh/defaults"_s, u"Host *\n  User everyone\n  IdentityFile ~/.ssh/%r\n"_s}
        << QStringList{u"web|web|everyone|0|/home/ana/.ssh/everyone|"_s}
        << QStringList{u"/home/ana/.ssh/defaults:1:SkippedPattern:*"_s};
    QTest::newRow("notes inside included files")
        << u"Include x\n"_s
        << QStringList{u"/home/ana/.ssh/x"_s, u"\nHost a\n  Port nope\n  ProxyJump j1,j2\n"_s}
        << QStringList{u"a|a||0||j1,j2"_s} << QStringList{u"/home/ana/.ssh/x:3:Malformed:Port nope"_s};
    QTest::newRow("loop") << u"Include a.conf\nHost main\n"_s
                          << QStringList{u"/home/ana/.ssh/a.conf"_s, u"Include b.conf\nHost a\n"_s,
                                         u"/home/ana/.ssh/b.conf"_s, u"Include a.conf\nHost b\n"_s}
                          << QStringList{u"b|b||0||"_s, u"a|a||0||"_s, u"main|main||0||"_s}
                          << QStringList{
                                 u"/home/ana/.ssh/b.conf:1:Malformed:Include loop: /home/ana/.ssh/a.conf"_s};
    QTest::newRow("includes itself") << u"Include config ~/.ssh/./config\nHost web\n"_s << QStringList()
                                     << QStringList{u"web|web||0||"_s}
                                     << QStringList{u"1:Malformed:Include loop: /home/ana/.ssh/config"_s};
    QTest::newRow("same file twice is not a loop")
        << u"Host web\n  Include common\nHost db\n  Include common\n"_s
        << QStringList{u"/home/ana/.ssh/common"_s, u"User ops\n  Port 1\n"_s}
        << QStringList{u"web|web|ops|1||"_s, u"db|db|ops|1||"_s} << QStringList();
}

void TestSshConfig::include()
{
    QFETCH(QString, config);
    QFETCH(QStringList, files);
    QFETCH(QStringList, hosts);
    QFETCH(QStringList, notes);
    FakeFiles fs;
    for (qsizetype i = 0; i + 1 < files.size(); i += 2)
        fs.files.insert(files[i], files[i + 1]);
    const SshConfigImport result = parseSshConfig(config, fs.options());
    QCOMPARE(describe(result.hosts), hosts);
    QCOMPARE(describe(result.notes), notes);
}

void TestSshConfig::hostLineAndFile()
{
    FakeFiles fs;
    fs.files.insert(u"/home/ana/.ssh/work"_s, u"# work\n\nHost ci runner\n"_s);
    const auto result = parseSshConfig(u"Include work\nHost web\n\nHost db web\n"_s, fs.options());
    QCOMPARE(result.hosts.size(), 4);
    QCOMPARE(result.hosts[0].alias, u"ci"_s);
    QCOMPARE(result.hosts[0].file, u"/home/ana/.ssh/work"_s);
    QCOMPARE(result.hosts[0].line, 3);
    QCOMPARE(result.hosts[1].alias, u"runner"_s);
    QCOMPARE(result.hosts[2].alias, u"web"_s);
    QCOMPARE(result.hosts[2].file, configPath);
    QCOMPARE(result.hosts[2].line, 2);
    QCOMPARE(result.hosts[3].alias, u"db"_s);
    QCOMPARE(result.hosts[3].line, 4);

    // An Include inside a Host block only serves that block's hosts: "ci" is unreachable here.
    const auto scoped = parseSshConfig(u"Host web\n  Include work\n"_s, fs.options());
    QCOMPARE(describe(scoped.hosts), QStringList{u"web|web||0||"_s});
}

void TestSshConfig::includeDepthLimit()
{
    // f1 includes f2 ... includes f20: ssh reads 16 levels and refuses the 17th.
    FakeFiles fs;
    for (int i = 1; i <= 20; ++i)
        fs.files.insert(u"/home/ana/.ssh/f%1"_s.arg(i), u"Include f%1\nHost h%2\n"_s.arg(i + 1).arg(i));
    const auto result = parseSshConfig(u"Include f1\n"_s, fs.options());
    QCOMPARE(result.hosts.size(), 16);
    QCOMPARE(result.hosts.front().alias, u"h16"_s);
    QCOMPARE(result.hosts.back().alias, u"h1"_s);
    QCOMPARE(describe(result.notes),
             QStringList{u"/home/ana/.ssh/f16:1:Malformed:Include nested too deep: /home/ana/.ssh/f17"_s});
    QVERIFY(!fs.reads.contains(u"/home/ana/.ssh/f17"_s));
}

void TestSshConfig::localFileSystem()
{
    // No readFile/glob given: the real files under homeDir are read.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u".ssh/config.d"_s));
    const auto write = [&](const QString& rel, const QByteArray& content) {
        QFile f(dir.filePath(rel));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    };
    write(u".ssh/config.d/b.conf"_s, "Host b\n  User bee\n");
    write(u".ssh/config.d/a.conf"_s, "Host a\n  Port 2201\n");
    write(u".ssh/config.d/.hidden.conf"_s, "Host hidden\n");
    write(u".ssh/config.d/notes.txt"_s, "Host txt\n");
    SshConfigParseOptions opts;
    opts.homeDir = dir.path();
    opts.localUser = u"ana"_s;
    opts.configPath = dir.filePath(u".ssh/config"_s);
    const auto result =
        parseSshConfig(u"Include config.d/*.conf\nHost web\n  IdentityFile ~/.ssh/id\n"_s, opts);
    QCOMPARE(describe(result.hosts), (QStringList{u"a|a||2201||"_s, u"b|b|bee|0||"_s,
                                                  u"web|web||0|"_s + dir.filePath(u".ssh/id"_s) + u'|'}));
    QCOMPARE(result.hosts[0].file, dir.filePath(u".ssh/config.d/a.conf"_s));
}

QTEST_GUILESS_MAIN(TestSshConfig)
#include "tst_sshconfig.moc"
