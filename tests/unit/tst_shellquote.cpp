// shellQuote/shellJoin: every quoted word reaches a real POSIX shell as exactly one word with
// exactly the input's value, and nothing in it is executed, expanded or redirected.
#include "remote/ShellQuote.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using capataz::remote::isPassable;
using capataz::remote::shellJoin;
using capataz::remote::shellQuote;

namespace {

struct ShResult {
    QByteArray out;
    QByteArray err;
    int exitCode = -1;
};

// Runs `/bin/sh -c script` in `dir` with a bare, predictable environment.
ShResult runSh(const QString& script, const QString& dir)
{
    QProcess p;
    QProcessEnvironment env;
    env.insert(u"PATH"_s, u"/usr/local/bin:/usr/bin:/bin"_s);
    env.insert(u"HOME"_s, dir);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(dir);
    p.start(u"/bin/sh"_s, {u"-c"_s, script});
    if (!p.waitForFinished(10000))
        return {};
    const int code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return {p.readAllStandardOutput(), p.readAllStandardError(), code};
}

} // namespace

class TestShellQuote : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void reachesShellIntact_data();
    void reachesShellIntact();
    void commandPosition_data();
    void commandPosition();
    void quoteText_data();
    void quoteText();
    void join();
    void passable();

private:
    QTemporaryDir m_dir;
};

void TestShellQuote::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(u"/bin/sh"_s));
}

void TestShellQuote::reachesShellIntact_data()
{
    // {S} becomes the path of a file that must never be created.
    QTest::addColumn<QString>("input");
    QTest::newRow("plain") << u"hello"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("space") << u"two words"_s;
    QTest::newRow("only spaces") << u"   "_s;
    QTest::newRow("tab") << u"a\tb"_s;
    QTest::newRow("newline") << u"line1\nline2"_s;
    QTest::newRow("trailing newline") << u"end\n"_s;
    QTest::newRow("carriage return") << u"a\rb"_s;
    QTest::newRow("single quote") << u"it's"_s;
    QTest::newRow("only a single quote") << u"'"_s;
    QTest::newRow("quote pairs") << u"''\\''"_s;
    QTest::newRow("double quotes") << u"say \"hi\""_s;
    QTest::newRow("mixed quotes") << u"'\"'\"'"_s;
    QTest::newRow("command substitution") << u"$(touch {S})"_s;
    QTest::newRow("backticks") << u"`touch {S}`"_s;
    QTest::newRow("quoted substitution") << u"'$(touch {S})'"_s;
    QTest::newRow("break out of quote") << u"x'; touch {S}; echo '"_s;
    QTest::newRow("variables") << u"$HOME ${HOME} $0 $1 $@ $# $$ $?"_s;
    QTest::newRow("arithmetic") << u"$((1+1))"_s;
    QTest::newRow("semicolon") << u"; touch {S}"_s;
    QTest::newRow("pipe") << u"| touch {S}"_s;
    QTest::newRow("ampersand") << u"& touch {S}"_s;
    QTest::newRow("and-and") << u"&& touch {S}"_s;
    QTest::newRow("or-or") << u"|| touch {S}"_s;
    QTest::newRow("redirect") << u">{S}"_s;
    QTest::newRow("append redirect") << u">>{S}"_s;
    QTest::newRow("fd redirect") << u"2>{S}"_s;
    QTest::newRow("input redirect") << u"</etc/passwd"_s;
    QTest::newRow("here doc") << u"<<EOF"_s;
    QTest::newRow("subshell") << u"(touch {S})"_s;
    QTest::newRow("group") << u"{ touch {S}; }"_s;
    QTest::newRow("glob star") << u"*"_s;
    QTest::newRow("glob question") << u"?"_s;
    QTest::newRow("glob class") << u"[a-z]*"_s;
    QTest::newRow("brace expansion") << u"{a,b}"_s;
    QTest::newRow("tilde") << u"~"_s;
    QTest::newRow("tilde path") << u"~/x"_s;
    QTest::newRow("tilde user") << u"~root"_s;
    QTest::newRow("tilde after colon") << u"a:~/b"_s;
    QTest::newRow("tilde in assignment") << u"X=~"_s;
    QTest::newRow("leading dash") << u"-n"_s;
    QTest::newRow("double dash") << u"--"_s;
    QTest::newRow("dash e") << u"-e \\n"_s;
    QTest::newRow("equals") << u"="_s;
    QTest::newRow("leading equals") << u"=ls"_s;
    QTest::newRow("assignment") << u"PATH=/tmp"_s;
    QTest::newRow("backslash") << u"\\"_s;
    QTest::newRow("backslashes") << u"a\\\\b\\"_s;
    QTest::newRow("backslash n") << u"\\n\\t"_s;
    QTest::newRow("backslash quote") << u"\\'"_s;
    QTest::newRow("bang") << u"!"_s;
    QTest::newRow("history") << u"!! !$ !-1"_s;
    QTest::newRow("hash") << u"#not a comment"_s;
    QTest::newRow("percent") << u"%s %d %%"_s;
    QTest::newRow("caret") << u"^x"_s;
    QTest::newRow("spanish") << u"ñandú, camión"_s;
    QTest::newRow("japanese") << u"日本語"_s;
    QTest::newRow("emoji") << u"🐄🌵"_s;
    QTest::newRow("combining") << u"e\u0301"_s;
    QTest::newRow("control characters") << u"\u0001\u0007\u001b[31m\u007f"_s;
    QTest::newRow("non-breaking space") << u"a\u00a0b"_s;
    QTest::newRow("safe punctuation") << u"a-b_c.d/e,f:g@h%i+j=k"_s;
    QTest::newRow("long") << QString(u"a'b\"c$d "_s).repeated(500);
}

void TestShellQuote::reachesShellIntact()
{
    QFETCH(QString, input);
    const QString sentinel = m_dir.filePath(u"sentinel"_s);
    input.replace(u"{S}"_s, sentinel);
    const QString work = m_dir.filePath(u"work"_s);
    QVERIFY(QDir().mkpath(work));
    // Files the glob rows could expand to, if they were expanded.
    for (const QString& name : {u"a"_s, u"b"_s, u"x"_s})
        QVERIFY(QFile(QDir(work).filePath(name)).open(QIODevice::WriteOnly));

    const QString quoted = shellQuote(input);
    const ShResult printed = runSh(u"printf %s "_s + quoted, work);
    QCOMPARE(printed.exitCode, 0);
    QCOMPARE(printed.err, QByteArray());
    QCOMPARE(printed.out, input.toUtf8());

    // Exactly one word, also for the empty string and for blanks.
    const ShResult counted = runSh(u"set -- "_s + quoted + u"; printf %s $#"_s, work);
    QCOMPARE(counted.out, QByteArray("1"));

    QVERIFY2(!QFile::exists(sentinel), "a quoted word ran a command");
    QCOMPARE(QDir(work).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             (QStringList{u"a"_s, u"b"_s, u"x"_s}));
}

void TestShellQuote::commandPosition_data()
{
    // As the first word of a command line, a quoted word names the program, nothing else:
    // neither an assignment nor a reserved word. None of these programs exists: 127.
    QTest::addColumn<QString>("word");
    QTest::newRow("assignment") << u"CAPATAZ_X=1"_s;
    QTest::newRow("path assignment") << u"PATH=/nonexistent"_s;
    QTest::newRow("if") << u"if"_s;
    QTest::newRow("while") << u"while"_s;
    QTest::newRow("case") << u"case"_s;
    QTest::newRow("done") << u"done"_s;
    QTest::newRow("bang") << u"!"_s;
    QTest::newRow("brace") << u"{"_s;
    QTest::newRow("not a program") << u"capataz-no-such-program"_s;
}

void TestShellQuote::commandPosition()
{
    QFETCH(QString, word);
    const ShResult r = runSh(shellQuote(word) + u" 2>/dev/null; printf %s $?"_s, m_dir.path());
    QCOMPARE(r.out, QByteArray("127"));
}

void TestShellQuote::quoteText_data()
{
    // What previews show: plain words stay readable, everything else is single-quoted.
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("word") << u"docker"_s << u"docker"_s;
    QTest::newRow("path") << u"/srv/app/.env"_s << u"/srv/app/.env"_s;
    QTest::newRow("option") << u"--file=compose.yml"_s << u"--file=compose.yml"_s;
    QTest::newRow("user@host:port") << u"deploy@10.0.0.5:22"_s << u"deploy@10.0.0.5:22"_s;
    QTest::newRow("empty") << QString() << u"''"_s;
    QTest::newRow("space") << u"a b"_s << u"'a b'"_s;
    QTest::newRow("single quote") << u"it's"_s << u"'it'\\''s'"_s;
    QTest::newRow("dollar") << u"$HOME"_s << u"'$HOME'"_s;
    QTest::newRow("tilde") << u"~"_s << u"'~'"_s;
    QTest::newRow("leading equals") << u"=x"_s << u"'=x'"_s;
    QTest::newRow("assignment") << u"KEY=value"_s << u"'KEY=value'"_s;
    QTest::newRow("not a name before =") << u"a.b=c"_s << u"a.b=c"_s;
    QTest::newRow("reserved word") << u"if"_s << u"'if'"_s;
    QTest::newRow("word containing reserved") << u"iffy"_s << u"iffy"_s;
    QTest::newRow("non-ascii") << u"ñ"_s << u"'ñ'"_s;
    QTest::newRow("newline") << u"a\nb"_s << u"'a\nb'"_s;
}

void TestShellQuote::quoteText()
{
    QFETCH(QString, input);
    QFETCH(QString, quoted);
    QCOMPARE(shellQuote(input), quoted);
}

void TestShellQuote::join()
{
    QCOMPARE(shellJoin({}), QString());
    QCOMPARE(shellJoin({u"echo"_s, QString(), u"a b"_s, u"--x"_s}), u"echo '' 'a b' --x"_s);
    const ShResult r =
        runSh(shellJoin({u"printf"_s, u"[%s]"_s, QString(), u"a b"_s, u"'"_s, u"$(id)"_s}), m_dir.path());
    QCOMPARE(r.out, QByteArray("[][a b]['][$(id)]"));
}

void TestShellQuote::passable()
{
    QVERIFY(isPassable(u"anything 'at' all \n $(x)"));
    QVERIFY(isPassable(QString()));
    QVERIFY(!isPassable(QStringView(u"a\0b", 3)));
    QVERIFY(!isPassable(QString(QChar(u'\0'))));
}

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
