// DotenvDocument and parseDotenv: byte-exact round trip, compose's value rules, edits in place.
#include "stack/DotenvParser.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace capataz;
using namespace capataz::stack;
using namespace Qt::Literals::StringLiterals;

class TestDotenv : public QObject {
    Q_OBJECT

    static QString dataDir() { return qEnvironmentVariable("CAPATAZ_TEST_DATA") + u"/dotenv"_s; }

    static DotenvDocument parsed(const QByteArray& bytes)
    {
        auto doc = parseDotenv(bytes);
        if (!doc)
            qFatal("parse failed: %s", qPrintable(doc.error().toString()));
        return *doc;
    }

private slots:
    void roundTripFixtures_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(dataDir());
        const QStringList files = dir.entryList(QDir::Files);
        QVERIFY2(files.size() >= 9, qPrintable(dataDir()));
        for (const QString& f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void roundTripFixtures()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        auto doc = parseDotenv(bytes);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
        QCOMPARE(doc->serialize(), bytes);
        QVERIFY(!doc->keys().isEmpty());
    }

    void values_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("quote");
        QTest::newRow("plain") << "A=1\n"_ba << u"A"_s << u"1"_s << int(DotenvQuote::None);
        QTest::newRow("export") << "export A=1\n"_ba << u"A"_s << u"1"_s << int(DotenvQuote::None);
        QTest::newRow("spaces around =")
            << "  A  =  x y  \n"_ba << u"A"_s << u"x y"_s << int(DotenvQuote::None);
        QTest::newRow("inline comment") << "A=v # c\n"_ba << u"A"_s << u"v"_s << int(DotenvQuote::None);
        QTest::newRow("hash no space") << "A=v#c\n"_ba << u"A"_s << u"v#c"_s << int(DotenvQuote::None);
        QTest::newRow("compose quirk") << "A= # c\n"_ba << u"A"_s << u"# c"_s << int(DotenvQuote::None);
        QTest::newRow("crlf") << "A=v\r\n"_ba << u"A"_s << u"v"_s << int(DotenvQuote::None);
        QTest::newRow("empty") << "A=\n"_ba << u"A"_s << QString() << int(DotenvQuote::None);
        QTest::newRow("empty double") << "A=\"\"\n"_ba << u"A"_s << QString() << int(DotenvQuote::Double);
        QTest::newRow("single literal")
            << "A='a\\nb $X \"q\"'\n"_ba << u"A"_s << u"a\\nb $X \"q\""_s << int(DotenvQuote::Single);
        QTest::newRow("single escaped quote")
            << "A='it\\'s'\n"_ba << u"A"_s << u"it's"_s << int(DotenvQuote::Single);
        QTest::newRow("double escapes") << "A=\"a\\nb\\t\\\"c\\\" \\$d \\\\ \\q\"\n"_ba << u"A"_s
                                        << u"a\nb\t\"c\" $d \\ \\q"_s << int(DotenvQuote::Double);
        QTest::newRow("double multiline")
            << "A=\"one\ntwo # x\"\nB=2\n"_ba << u"A"_s << u"one\ntwo # x"_s << int(DotenvQuote::Double);
        QTest::newRow("quoted then comment")
            << "A=\"v # x\" # real comment\n"_ba << u"A"_s << u"v # x"_s << int(DotenvQuote::Double);
        QTest::newRow("utf8") << "CLAVE=contraseña€\n"_ba << u"CLAVE"_s << u"contraseña€"_s
                              << int(DotenvQuote::None);
        QTest::newRow("duplicate last wins") << "A=1\nA=2\n"_ba << u"A"_s << u"2"_s << int(DotenvQuote::None);
        QTest::newRow("yaml style") << "A: b\n"_ba << u"A"_s << u"b"_s << int(DotenvQuote::None);
        QTest::newRow("no final newline") << "A=1\nB=2"_ba << u"B"_s << u"2"_s << int(DotenvQuote::None);
        QTest::newRow("bom") << "\xef\xbb\xbf"
                                "A=1\n"_ba
                             << u"A"_s << u"1"_s << int(DotenvQuote::None);
    }
    void values()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(int, quote);
        const DotenvDocument doc = parsed(input);
        QCOMPARE(doc.serialize(), input);
        QCOMPARE(doc.value(key), std::optional<QString>(value));
        QCOMPARE(int(doc.entry(key)->quote), quote);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("line");
        QTest::newRow("unterminated double")
            << "A=1\nB=\"open\n\nC=3\n"_ba << int(DotenvParseError::Code::UnterminatedQuote) << 2;
        QTest::newRow("unterminated single")
            << "\n\nB='x"_ba << int(DotenvParseError::Code::UnterminatedQuote) << 3;
        QTest::newRow("space in key") << "# c\nBROKEN LINE\n"_ba << int(DotenvParseError::Code::BadKey) << 2;
        QTest::newRow("space in key with =") << "A B=1\n"_ba << int(DotenvParseError::Code::BadKey) << 1;
        QTest::newRow("bad char") << "A=1\nA$B=2\n"_ba << int(DotenvParseError::Code::BadKey) << 2;
        QTest::newRow("empty key") << "=value\n"_ba << int(DotenvParseError::Code::EmptyKey) << 1;
        QTest::newRow("trailing") << "A=\"x\" y\n"_ba << int(DotenvParseError::Code::TrailingCharacters) << 1;
        QTest::newRow("trailing after multiline")
            << "A=\"x\ny\" z\n"_ba << int(DotenvParseError::Code::TrailingCharacters) << 2;
    }
    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, code);
        QFETCH(int, line);
        const auto doc = parseDotenvDetailed(input);
        QVERIFY(!doc);
        QCOMPARE(int(doc.error().code), code);
        QCOMPARE(doc.error().line, line);
        const auto r = parseDotenv(input);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::ParseError);
        QVERIFY(r.error().detail.startsWith(u"line "_s + QString::number(line) + u':'));
    }

    // compose v2 accepts a bare KEY: its value comes from compose's own environment.
    void inherited()
    {
        const DotenvDocument doc = parsed("A=1\nBROKEN\nexport C\n"_ba);
        QCOMPARE(doc.keys(), (QStringList{u"A"_s, u"BROKEN"_s, u"C"_s}));
        QVERIFY(doc.contains(u"BROKEN"_s));
        QVERIFY(doc.entry(u"BROKEN"_s)->inherited);
        QCOMPARE(doc.value(u"BROKEN"_s), std::nullopt);
        QCOMPARE(doc.entry(u"C"_s)->lineNumber, 3);
    }

    void lineNumbers()
    {
        const DotenvDocument doc = parsed("# c\r\n\r\nA=\"x\ny\"\nB=1"_ba);
        QCOMPARE(doc.entry(u"A"_s)->lineNumber, 3);
        QCOMPARE(doc.entry(u"B"_s)->lineNumber, 5);
    }

    void set_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("in place keeps comment")
            << "# h\nA=1 # one\nB=2\n"_ba << u"A"_s << u"xyz"_s << "# h\nA=xyz # one\nB=2\n"_ba;
        QTest::newRow("export and spacing") << "export A = 1\n"_ba << u"A"_s << u"2"_s << "export A = 2\n"_ba;
        QTest::newRow("single kept") << "A='x'\n"_ba << u"A"_s << u"a b"_s << "A='a b'\n"_ba;
        QTest::newRow("single to double") << "A='x'\n"_ba << u"A"_s << u"it's"_s << "A=\"it's\"\n"_ba;
        QTest::newRow("double kept") << "A=\"x\"\n"_ba << u"A"_s << u"y"_s << "A=\"y\"\n"_ba;
        QTest::newRow("needs quotes")
            << "A=x\n"_ba << u"A"_s << u"a b#c$d\"e"_s << "A=\"a b#c$d\\\"e\"\n"_ba.replace("$", "\\$");
        QTest::newRow("newline escaped") << "A=x\n"_ba << u"A"_s << u"l1\nl2"_s << "A=\"l1\\nl2\"\n"_ba;
        QTest::newRow("last duplicate") << "A=1\nA=2\n"_ba << u"A"_s << u"3"_s << "A=1\nA=3\n"_ba;
        QTest::newRow("crlf kept") << "A=1\r\nB=2\r\n"_ba << u"B"_s << u"9"_s << "A=1\r\nB=9\r\n"_ba;
        QTest::newRow("append crlf") << "A=1\r\n"_ba << u"N"_s << u"v"_s << "A=1\r\nN=v\r\n"_ba;
        QTest::newRow("append no final newline") << "A=1"_ba << u"N"_s << u"v"_s << "A=1\nN=v\n"_ba;
        QTest::newRow("append empty file") << QByteArray() << u"N"_s << u""_s << "N=\n"_ba;
        QTest::newRow("empty before comment") << "A=1 # c\n"_ba << u"A"_s << QString() << "A=\"\" # c\n"_ba;
        QTest::newRow("inherited gets value") << "A\n"_ba << u"A"_s << u"1"_s << "A=1\n"_ba;
        QTest::newRow("unchanged") << "A = 'same' # c\n"_ba << u"A"_s << u"same"_s << "A = 'same' # c\n"_ba;
        QTest::newRow("multiline replaced")
            << "A=\"a\nb\"\nB=1\n"_ba << u"A"_s << u"c"_s << "A=\"c\"\nB=1\n"_ba;
        QTest::newRow("utf8") << "A=1\n"_ba << u"A"_s << u"ñandú"_s << "A=ñandú\n"_ba;
    }
    void set()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        DotenvDocument doc = parsed(input);
        QVERIFY(doc.set(key, value));
        QCOMPARE(doc.serialize(), expected);
        const DotenvDocument again = parsed(doc.serialize());
        QCOMPARE(again.value(key), std::optional<QString>(value));
        QCOMPARE(doc.value(key), std::optional<QString>(value));
    }

    void setRejectsBadKey()
    {
        DotenvDocument doc;
        const auto r = doc.set(u"A B"_s, u"1"_s);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY(doc.serialize().isEmpty());
    }

    void remove()
    {
        DotenvDocument doc = parsed("A=1\n# c\nB=2\nA=3\nC=4"_ba);
        QVERIFY(doc.remove(u"A"_s));
        QVERIFY(!doc.remove(u"A"_s));
        QCOMPARE(doc.serialize(), "# c\nB=2\nC=4"_ba);
        QCOMPARE(doc.entry(u"C"_s)->lineNumber, 3);
        QCOMPARE(doc.value(u"A"_s), std::nullopt);
    }

    void hostileFixture()
    {
        QFile f(dataDir() + u"/hostile.env"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        DotenvDocument doc = parsed(f.readAll());
        QCOMPARE(doc.value(u"SPACED"_s), std::optional(u"value with spaces"_s));
        QCOMPARE(doc.value(u"MULTI"_s), std::optional(u"first line\nsecond line # not a comment\nthird"_s));
        QCOMPARE(doc.value(u"DUP"_s), std::optional(u"second"_s));
        QCOMPARE(doc.value(u"TABBED"_s), std::optional(u"tab"_s));
        QCOMPARE(doc.value(u"DOUBLE"_s), std::optional(u"line\nbreak \"quoted\" $literal"_s));
        const QByteArray before = doc.serialize();
        QVERIFY(doc.set(u"MULTI"_s, u"x\ny"_s));
        QVERIFY(doc.set(u"UTF8"_s, u"nuevo valor ñ"_s));
        const DotenvDocument again = parsed(doc.serialize());
        QCOMPARE(again.value(u"MULTI"_s), std::optional(u"x\ny"_s));
        QCOMPARE(again.value(u"UTF8"_s), std::optional(u"nuevo valor ñ"_s));
        QCOMPARE(again.value(u"DUP"_s), std::optional(u"second"_s));
        QCOMPARE(again.keys(), parsed(before).keys());
    }
};

QTEST_GUILESS_MAIN(TestDotenv)
#include "tst_dotenv.moc"
