// metrics::ScrapeStatus::sentence(): each state and each kind of failure in plain words naming the
// target (an optional target where nothing answers is not a failure, a required one is), plural
// forms of the sample count, and the Spanish translation (embedded in capataz_core).
#include "metrics/ScrapeStatus.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace capataz;
using namespace capataz::metrics;
using namespace Qt::Literals::StringLiterals;

namespace {

ScrapeStatus failed(ErrorCode code, bool optional = false, int httpStatus = 0)
{
    ScrapeStatus s;
    s.target.port = 8000;
    s.target.optional = optional;
    s.state = optional && code == ErrorCode::TunnelOpenFailed ? ScrapeStatus::State::Absent
                                                              : ScrapeStatus::State::Failed;
    s.error = Error{code, u"detail"_s};
    s.httpStatus = httpStatus;
    return s;
}

} // namespace

class TestScrapeStatus : public QObject {
    Q_OBJECT
    QTranslator m_en; // English plural forms ("1 sample")

private slots:
    void initTestCase()
    {
        QVERIFY(m_en.load(u":/i18n/capataz_en.qm"_s));
        QCoreApplication::installTranslator(&m_en);
    }

    void failures_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("optional");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing answers") << int(ErrorCode::TunnelOpenFailed) << false << 0
                                         << u"Nothing answers at 127.0.0.1:8000/metrics on the server: is "
                                            u"the service running, and listening "
                                            u"on that port?"_s;
        QTest::newRow("optional absent")
            << int(ErrorCode::TunnelOpenFailed) << true << 0
            << u"Nothing answers at 127.0.0.1:8000/metrics on the server: it is not "
               u"installed or not running there, which is fine; it is tried again at "
               u"every interval."_s;
        QTest::newRow("timeout")
            << int(ErrorCode::Timeout) << false << 0
            << u"127.0.0.1:8000/metrics did not answer in time: the service may be overloaded "
               u"or stuck."_s;
        QTest::newRow("http status")
            << int(ErrorCode::HttpError) << false << 404
            << u"127.0.0.1:8000/metrics answered with HTTP status 404 instead of metrics: "
               u"check the path."_s;
        QTest::newRow("not http") << int(ErrorCode::HttpError) << false << 0
                                  << u"127.0.0.1:8000/metrics did not give a valid HTTP answer."_s;
        QTest::newRow("connection lost") << int(ErrorCode::ConnectionLost) << false << 0
                                         << u"The connection to the server was lost while reading "
                                            u"127.0.0.1:8000/metrics: reading resumes when "
                                            u"it is back."_s;
    }
    void failures()
    {
        QFETCH(int, code);
        QFETCH(bool, optional);
        QFETCH(int, httpStatus);
        QFETCH(QString, expected);
        QCOMPARE(failed(ErrorCode(code), optional, httpStatus).sentence(), expected);
    }

    void notMetrics()
    {
        ScrapeStatus s = failed(ErrorCode::ParseError);
        s.firstProblem = u"line 1: The metric name is not valid."_s;
        QCOMPARE(s.sentence(), u"127.0.0.1:8000/metrics answered, but not with metrics in the Prometheus or "
                               u"OpenMetrics text format (line 1: The metric name is not valid.)."_s);
    }

    void states()
    {
        ScrapeStatus s;
        QCOMPARE(s.sentence(), u"Not read yet."_s);
        s.state = ScrapeStatus::State::Paused;
        QVERIFY(s.sentence().startsWith(u"Paused: not connected"_s));
        s.state = ScrapeStatus::State::Ok;
        s.samples = 1;
        s.durationMs = 12;
        QCOMPARE(s.sentence(), u"1 sample read in 12 ms."_s);
        s.samples = 1234;
        QCOMPARE(s.sentence(), u"1234 samples read in 12 ms."_s);
        s.problems = 2;
        s.firstProblem = u"line 7: x"_s;
        QCOMPARE(
            s.sentence(),
            u"1234 samples read in 12 ms; some lines could not be read and were skipped (first: line 7: x)."_s);
        QCOMPARE(ScrapeStatus::stateName(ScrapeStatus::State::Absent), u"absent"_s);
    }

    void spanish()
    {
        QTranslator es;
        QVERIFY(es.load(u":/i18n/capataz_es.qm"_s));
        QCoreApplication::installTranslator(&es);
        QCOMPARE(failed(ErrorCode::TunnelOpenFailed).sentence(),
                 u"Nada responde en 127.0.0.1:8000/metrics en el servidor: ¿está el servicio en marcha y "
                 u"escuchando "
                 u"en ese puerto?"_s);
        ScrapeStatus ok;
        ok.state = ScrapeStatus::State::Ok;
        ok.samples = 1;
        ok.durationMs = 3;
        QCOMPARE(ok.sentence(), u"1 muestra leída en 3 ms."_s);
        ok.samples = 5;
        QCOMPARE(ok.sentence(), u"5 muestras leídas en 3 ms."_s);
        QCoreApplication::removeTranslator(&es);
    }
};

QTEST_GUILESS_MAIN(TestScrapeStatus)
#include "tst_scrapestatus.moc"
