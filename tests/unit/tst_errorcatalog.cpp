// common/ErrorCatalog and the one code list (ErrorCodes.def): every code has a name and a
// plain "what happened" sentence in English and in Spanish.
#include "common/Error.h"
#include "common/ErrorCatalog.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace capataz;
using namespace Qt::Literals::StringLiterals;

class TestErrorCatalog : public QObject {
    Q_OBJECT

    // What no user sentence may contain: a code name as a word, the SSH library's name, or a
    // number (library error numbers, exit codes).
    static QString forbiddenIn(const QString& sentence)
    {
        for (const ErrorCode code : kAllErrorCodes) {
            const QString name = errorCodeName(code);
            if (sentence.contains(QRegularExpression(u"\\b"_s + name + u"\\b"_s)))
                return name;
        }
        if (sentence.contains(u"libssh2"_s, Qt::CaseInsensitive))
            return u"libssh2"_s;
        if (sentence.contains(QRegularExpression(u"\\d"_s)))
            return u"a number"_s;
        return {};
    }

private slots:
    void codesComeFromOneList()
    {
        QVERIFY(kAllErrorCodes.size() > 30);
        QSet<QString> names;
        for (std::size_t i = 0; i < kAllErrorCodes.size(); ++i) {
            QCOMPARE(int(kAllErrorCodes[i]), int(i)); // declaration order, no gaps
            const QString name = errorCodeName(kAllErrorCodes[i]);
            QVERIFY2(!name.isEmpty() && name != u"Unknown"_s, qPrintable(name));
            names.insert(name);
        }
        QCOMPARE(qsizetype(names.size()), qsizetype(kAllErrorCodes.size())); // no name twice
        QCOMPARE(kAllErrorCodes.front(), ErrorCode::None);
        QCOMPARE(errorCodeName(ErrorCode::HostKeyChanged), u"HostKeyChanged"_s);
        QCOMPARE(errorCodeName(ErrorCode(int(kAllErrorCodes.size()))), u"Unknown"_s);
    }

    void everyCodeHasAPlainEnglishSentence()
    {
        QSet<QString> seen;
        for (const ErrorCode code : kAllErrorCodes) {
            const QString name = errorCodeName(code);
            const QString s = errorSentenceUntranslated(code);
            QVERIFY2(s.size() > 10, qPrintable(name));
            QVERIFY2(s.endsWith(u'.'), qPrintable(name + u": "_s + s));
            QVERIFY2(forbiddenIn(s).isEmpty(),
                     qPrintable(name + u": "_s + s + u" contains "_s + forbiddenIn(s)));
            QVERIFY2(!seen.contains(s), qPrintable(name + u" has the sentence of another code: "_s + s));
            seen.insert(s);
            QCOMPARE(errorSentence(code), s); // no translator installed: the source text
        }
        QCOMPARE(errorSentence(Error{ErrorCode::Timeout, u"x"_s}), errorSentence(ErrorCode::Timeout));
        QVERIFY(!errorSentenceUntranslated(ErrorCode(999)).isEmpty()); // out of range: still a sentence
    }

    void everyCodeHasASpanishSentence()
    {
        QTranslator es;
        QVERIFY(es.load(u":/i18n/capataz_es.qm"_s)); // embedded in capataz_core
        QVERIFY(QCoreApplication::installTranslator(&es));
        for (const ErrorCode code : kAllErrorCodes) {
            const QString name = errorCodeName(code);
            const QString english = errorSentenceUntranslated(code);
            const QString spanish = errorSentence(code);
            QVERIFY2(!spanish.isEmpty(), qPrintable(name));
            QVERIFY2(spanish != english, qPrintable(name + u" is not translated: "_s + english));
            QVERIFY2(forbiddenIn(spanish).isEmpty(), qPrintable(name + u": "_s + spanish));
        }
        QCOMPARE(errorSentence(ErrorCode::ConnectionLost), u"Se perdió la conexión con el servidor."_s);
        QCoreApplication::removeTranslator(&es);
        QCOMPARE(errorSentence(ErrorCode::ConnectionLost), u"The connection to the server was lost."_s);
    }

    void englishTranslationIsComplete()
    {
        QTranslator en;
        QVERIFY(en.load(u":/i18n/capataz_en.qm"_s));
        for (const ErrorCode code : kAllErrorCodes) {
            const QString source = errorSentenceUntranslated(code);
            QCOMPARE(en.translate("capataz::Error", source.toUtf8().constData()), source);
        }
    }

    void detailDoesNotRepeatTheCode()
    {
        const Error twice{ErrorCode::ConnectionLost, u"ConnectionLost: ConnectionLost: socket closed"_s};
        QCOMPARE(twice.plainDetail(), u"socket closed"_s);
        QCOMPARE(twice.toString(), u"ConnectionLost: socket closed"_s);
        const Error other{ErrorCode::ConnectionLost, u"Timeout: no keepalive answer"_s};
        QCOMPARE(other.plainDetail(), u"Timeout: no keepalive answer"_s); // another code is information
        QCOMPARE((Error{ErrorCode::Timeout, u"Timeout"_s}).plainDetail(), QString());
        QCOMPARE((Error{ErrorCode::Timeout, u"Timeout"_s}).toString(), u"Timeout"_s);
        QCOMPARE((Error{ErrorCode::NotFound, QString()}).toString(), u"NotFound"_s);
    }
};

QTEST_GUILESS_MAIN(TestErrorCatalog)
#include "tst_errorcatalog.moc"
