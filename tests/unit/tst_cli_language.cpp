// capataz-cli's error report, end to end (the real binary, no test host): three lines in the
// language of LC_ALL / LC_MESSAGES / LANG, or one JSON object with --json.
#include "CliRunner.h"
#include "common/ErrorCatalog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#ifndef CAPATAZ_CLI_PATH
#error "CAPATAZ_CLI_PATH must name the capataz-cli binary (tests/unit/CMakeLists.txt)"
#endif

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

namespace {

const char* const kNotFoundHint = "See the known servers with 'capataz-cli servers list'.";

} // namespace

class TestCliLanguage : public QObject {
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;

    using Run = capataz::test::CliRun;

    // `locale`: the values of LC_ALL, LC_MESSAGES and LANG; a null string leaves one unset.
    Run cli(const QStringList& args, const QStringList& locale) const
    {
        // The locale variables exactly as given (a null string: unset).
        QProcessEnvironment env = capataz::test::cliEnvironment(m_dir->path());
        const QStringList names{u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANG"_s};
        for (qsizetype i = 0; i < names.size(); ++i) {
            env.remove(names.at(i));
            if (!locale.at(i).isNull())
                env.insert(names.at(i), locale.at(i));
        }
        return capataz::test::runCli(env, m_dir->filePath(u"data"_s), args, {}, 30000);
    }

    // The catalogue sentence and the hint as `language` says them.
    static std::pair<QString, QString> expected(const QString& language)
    {
        QTranslator translator;
        const bool spanish = language == u"es"_s;
        if (spanish) {
            if (!translator.load(u":/i18n/capataz_es.qm"_s))
                return {};
            QCoreApplication::installTranslator(&translator);
        }
        std::pair<QString, QString> texts{errorSentence(ErrorCode::NotFound),
                                          QCoreApplication::translate("capataz::cli", kNotFoundHint)};
        if (spanish)
            QCoreApplication::removeTranslator(&translator);
        return texts;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void threeLinesInTheLocalesLanguage_data()
    {
        QTest::addColumn<QStringList>("locale"); // LC_ALL, LC_MESSAGES, LANG
        QTest::addColumn<QString>("language");
        const QString unset;
        QTest::newRow("LANG Spanish") << QStringList{unset, unset, u"es_ES.UTF-8"_s} << u"es"_s;
        QTest::newRow("LANG Mexican Spanish") << QStringList{unset, unset, u"es_MX"_s} << u"es"_s;
        QTest::newRow("LC_MESSAGES over LANG")
            << QStringList{unset, u"es_ES.UTF-8"_s, u"en_US.UTF-8"_s} << u"es"_s;
        QTest::newRow("LC_ALL over both")
            << QStringList{u"C"_s, u"es_ES.UTF-8"_s, u"es_ES.UTF-8"_s} << u"en"_s;
        QTest::newRow("empty LC_ALL ignored") << QStringList{u""_s, unset, u"es_ES.UTF-8"_s} << u"es"_s;
        QTest::newRow("English") << QStringList{unset, unset, u"en_GB.UTF-8"_s} << u"en"_s;
        QTest::newRow("C") << QStringList{unset, unset, u"C.UTF-8"_s} << u"en"_s;
        QTest::newRow("nothing set") << QStringList{unset, unset, unset} << u"en"_s;
    }
    void threeLinesInTheLocalesLanguage()
    {
        QFETCH(QStringList, locale);
        QFETCH(QString, language);
        const auto [sentence, hint] = expected(language);
        QVERIFY(!sentence.isEmpty());
        if (language == u"es"_s) { // really Spanish, not the English source
            QCOMPARE(sentence, u"Lo que se pidió no existe."_s);
            QVERIFY(hint != QString::fromUtf8(kNotFoundHint));
        }

        const Run r = cli({u"servers"_s, u"remove"_s, u"nope"_s}, locale);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.isEmpty(), show(r));
        const QStringList lines = QString::fromUtf8(r.err).split(u'\n');
        QCOMPARE(lines.size(), 4); // three lines and the final newline
        QCOMPARE(lines.at(0), u"capataz-cli: "_s + sentence);
        QVERIFY2(lines.at(1).startsWith(u"  NotFound: "_s), show(r));
        QVERIFY2(lines.at(1).contains(u"nope"_s), show(r));                // the detail names the profile
        QVERIFY2(!lines.at(1).contains(u"NotFound: NotFound"_s), show(r)); // the code once
        QCOMPARE(lines.at(2), u"  "_s + hint);
        QVERIFY(lines.at(3).isEmpty());
    }

    void jsonError_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("English") << u"C.UTF-8"_s;
        QTest::newRow("Spanish") << u"es_ES.UTF-8"_s;
    }
    void jsonError()
    {
        QFETCH(QString, lang);
        const auto [sentence, hint] = expected(lang.startsWith(u"es"_s) ? u"es"_s : u"en"_s);
        const Run r = cli({u"hostkey"_s, u"nope"_s, u"--json"_s}, {QString(), QString(), lang});
        QVERIFY2(r.exitCode != 0, show(r));
        QVERIFY2(r.out.isEmpty(), show(r)); // stdout stays for the data
        QVERIFY2(r.err.endsWith('\n') && r.err.count('\n') == 1, show(r));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.err, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, show(r));
        QCOMPARE(doc.object().keys(), QStringList{u"error"_s});
        const QJsonObject e = doc.object().value(u"error"_s).toObject();
        QCOMPARE(e.keys(), (QStringList{u"code"_s, u"detail"_s, u"hint"_s, u"message"_s}));
        QCOMPARE(e.value(u"code"_s).toString(), u"NotFound"_s);
        QCOMPARE(e.value(u"message"_s).toString(), sentence);
        QCOMPARE(e.value(u"hint"_s).toString(), hint);
        const QString detail = e.value(u"detail"_s).toString();
        QVERIFY2(detail.contains(u"nope"_s) && !detail.startsWith(u"NotFound"_s), qPrintable(detail));
    }

    void jsonAfterDoubleDashBelongsToTheRemoteCommand()
    {
        // exec's words after "--" are the remote command: "--json" there is not ours.
        const Run r = cli({u"exec"_s, u"nope"_s, u"--"_s, u"echo"_s, u"--json"_s},
                          {QString(), QString(), u"C.UTF-8"_s});
        QVERIFY2(r.exitCode != 0, show(r));
        QVERIFY2(r.err.startsWith("capataz-cli: "), show(r));
        QVERIFY2(r.err.contains("\n  NotFound: "), show(r));
    }

    void usageErrorsAreTranslatedToo()
    {
        const Run r = cli({u"frobnicate"_s}, {QString(), QString(), u"es_ES.UTF-8"_s});
        QCOMPARE(r.exitCode, 2);
        const QStringList lines = QString::fromUtf8(r.err).split(u'\n');
        QVERIFY2(lines.size() == 4, show(r));
        QVERIFY2(lines.at(1).startsWith(u"  InvalidArgument: "_s) && lines.at(1).contains(u"frobnicate"_s),
                 show(r));
        QTranslator es;
        QVERIFY(es.load(u":/i18n/capataz_es.qm"_s));
        QCoreApplication::installTranslator(&es);
        const QString hint = QCoreApplication::translate("capataz::cli", "Run '%1' to see how it is used.")
                                 .arg(u"capataz-cli --help"_s);
        const QString sentence = errorSentence(ErrorCode::InvalidArgument);
        QCoreApplication::removeTranslator(&es);
        QCOMPARE(lines.at(0), u"capataz-cli: "_s + sentence);
        QCOMPARE(lines.at(2), u"  "_s + hint);
        QVERIFY(hint != u"Run 'capataz-cli --help' to see how it is used."_s);
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
