// The Prometheus-server source on its own: URLs of the profile, request paths (every parameter
// percent-encoded, kept byte for byte by the GET we send), the JSON answers of query,
// query_range, series and labels (matrix, vector, scalar, string, NaN and infinities as
// strings, hostile label values, warnings), and errors (Prometheus's error JSON, other
// services, answers that are not the documented JSON) with their codes.
#include "metrics/PrometheusApi.h"
#include "net/HttpResponse.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>

using namespace capataz;
using namespace capataz::metrics;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(capataz::metrics::PrometheusError::Code)
Q_DECLARE_METATYPE(capataz::ErrorCode)

namespace {

// JSON written with ' for " (there is no ' in these answers).
QByteArray j(const char* json)
{
    return QByteArray(json).replace('\'', '"');
}

QByteArray answer(const QByteArray& data)
{
    return j("{'status':'success','data':") + data + "}";
}

std::expected<PrometheusAnswer, PrometheusError> parse(PrometheusCall call, const QByteArray& body,
                                                       int status = 200)
{
    return parsePrometheusAnswer(call, status, body);
}

QString queryItem(const QString& path, const QString& key)
{
    return QUrlQuery(QUrl(path)).queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

class TestPrometheusApi : public QObject {
    Q_OBJECT
private slots:
    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("local") << u"http://127.0.0.1:9090"_s << true << u"127.0.0.1"_s << 9090 << QString();
        QTest::newRow("prefix, port 80")
            << u" http://localhost/prometheus/ "_s << true << u"localhost"_s << 80 << u"/prometheus"_s;
        QTest::newRow("ipv6") << u"http://[::1]:9090/"_s << true << u"::1"_s << 9090 << QString();
        QTest::newRow("https") << u"https://127.0.0.1:9090"_s << false << QString() << 0 << QString();
        QTest::newRow("password") << u"http://admin:secret@127.0.0.1:9090"_s << false << QString() << 0
                                  << QString();
        QTest::newRow("no scheme") << u"127.0.0.1:9090"_s << false << QString() << 0 << QString();
        QTest::newRow("query") << u"http://127.0.0.1:9090/?x=1"_s << false << QString() << 0 << QString();
        QTest::newRow("no host") << u"http://:9090"_s << false << QString() << 0 << QString();
        QTest::newRow("empty") << QString() << false << QString() << 0 << QString();
    }
    void urls()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        const auto e = parsePrometheusUrl(url);
        QCOMPARE(bool(e), valid);
        if (!valid) {
            QCOMPARE(e.error().code, ErrorCode::InvalidArgument);
            QVERIFY(!e.error().detail.contains(u"secret"_s));
            return;
        }
        QTEST(e->host, "host");
        QTEST(e->port, "port");
        QTEST(e->prefix, "prefix");
    }

    void paths()
    {
        const PrometheusEndpoint local{u"127.0.0.1"_s, 9090, {}};
        QCOMPARE(prometheusQueryPath(local, u"up"_s, 1'765'000'000'123),
                 u"/api/v1/query?query=up&time=1765000000.123"_s);
        QCOMPARE(prometheusQueryRangePath(local, u"a+b"_s, 1'765'000'000'000, 1'765'003'600'000, 15'000),
                 u"/api/v1/query_range?query=a%2Bb&start=1765000000&end=1765003600&step=15"_s);
        QCOMPARE(prometheusQueryRangePath(local, u"x"_s, 0, 1000, 500),
                 u"/api/v1/query_range?query=x&start=0&end=1&step=0.500"_s);
        const PrometheusEndpoint proxied{u"127.0.0.1"_s, 80, u"/prom"_s};
        QCOMPARE(prometheusSeriesPath(proxied, {u"up"_s, u"{job=\"a b\"}"_s}, 1000, 2000),
                 u"/prom/api/v1/series?match%5B%5D=up&match%5B%5D=%7Bjob%3D%22a%20b%22%7D&start=1&end=2"_s);
        QCOMPARE(prometheusLabelsPath(proxied), u"/prom/api/v1/labels"_s);
        QCOMPARE(prometheusSeriesPath(local, {}, std::nullopt, 5000), u"/api/v1/series?end=5"_s);
    }

    // A query holding every character that means something in a URL (and non-ASCII) reaches
    // Prometheus as written: encoded in the path, kept byte for byte by the request line.
    void hostileQueryKeptByteForByte()
    {
        const QString query =
            u"sum(rate(http_requests_total{a=\"b&c=d\",e=~\"f+g h#/?ñ%20\"}[5m])) / 2 + 1 % 3"_s;
        const QString path = prometheusQueryPath({u"127.0.0.1"_s, 9090, {}}, query, 0);
        const QString params = path.section(u'?', 1);
        for (const QChar c : u"+ #\"{/?"_s)
            QVERIFY2(!params.contains(c), qPrintable(path));
        QCOMPARE(params.count(u'&'), 1); // only the separator before time=
        QCOMPARE(params.count(u'='), 2);
        QCOMPARE(queryItem(path, u"query"_s), query);
        const QByteArray request = net::buildHttpGet(u"127.0.0.1"_s, 9090, path);
        const QByteArray line = "GET " + path.toLatin1() + " HTTP/1.1\r\n";
        QVERIFY2(request.startsWith(line), request.constData());
    }

    void vectorAnswer()
    {
        const auto a = parse(PrometheusCall::Query,
                             answer(j("{'resultType':'vector','result':["
                                      "{'metric':{'__name__':'up','job':'node','instance':'127.0.0.1:9100'},'"
                                      "value':[1765000000.5,'1']},"
                                      "{'metric':{'job':'api'},'value':[1765000000.5,'NaN']},"
                                      "{'metric':{'job':'b'},'value':[1765000000.5,'+Inf']},"
                                      "{'metric':{'job':'c'},'value':[1765000000.5,'-Inf']},"
                                      "{'metric':{'job':'d'},'value':[1765000000.5,'-1.5e-7']}]}")));
        QVERIFY2(a, qPrintable(a ? QString() : a.error().describe()));
        QCOMPARE(a->result.type, ValueType::InstantVector);
        QCOMPARE(a->result.series.size(), size_t(5));
        const QuerySeries& up = a->result.series[0];
        QCOMPARE(up.labels.toString(), std::string("up{instance=\"127.0.0.1:9100\", job=\"node\"}"));
        QCOMPARE(up.points, (std::vector<Point>{{1'765'000'000'500, 1}}));
        QVERIFY(std::isnan(a->result.series[1].points.at(0).v));
        QCOMPARE(a->result.series[2].points.at(0).v, std::numeric_limits<double>::infinity());
        QCOMPARE(a->result.series[3].points.at(0).v, -std::numeric_limits<double>::infinity());
        QCOMPARE(a->result.series[4].points.at(0).v, -1.5e-7);
        QVERIFY(!a->text && a->warnings.isEmpty());
    }

    void matrixAnswer()
    {
        const QByteArray body = answer(j("{'resultType':'matrix','result':["
                                         "{'metric':{'__name__':'node_load1'},'values':[[1765000000,'0.5'],["
                                         "1765000015,'0.75'],[1765000030,'NaN']]},"
                                         "{'metric':{},'values':[]}]}"));
        // query_range: the points of each step, as evaluateRange answers
        const auto range = parse(PrometheusCall::QueryRange, body);
        QVERIFY(range);
        QCOMPARE(range->result.type, ValueType::InstantVector);
        QCOMPARE(range->result.series.size(), size_t(2));
        const auto& points = range->result.series[0].points;
        QCOMPARE(points.size(), size_t(3));
        QCOMPARE(points[1], (Point{1'765'000'015'000, 0.75}));
        QVERIFY(std::isnan(points[2].v));
        QVERIFY(range->result.series[1].labels.empty());
        // query of a range selector: a range vector, as evaluateInstant answers
        const auto instant = parse(PrometheusCall::Query, body);
        QVERIFY(instant);
        QCOMPARE(instant->result.type, ValueType::RangeVector);
    }

    void scalarAndString()
    {
        const auto s =
            parse(PrometheusCall::Query, answer(j("{'resultType':'scalar','result':[1765000000,'42']}")));
        QVERIFY(s);
        QCOMPARE(s->result.type, ValueType::Scalar);
        QCOMPARE(s->result.series.size(), size_t(1));
        QVERIFY(s->result.series[0].labels.empty());
        QCOMPARE(s->result.series[0].points, (std::vector<Point>{{1'765'000'000'000, 42}}));
        const auto t =
            parse(PrometheusCall::Query,
                  answer(j("{'resultType':'string','result':[1765000000,'hola \\'mundo\\'\\n']}")));
        QVERIFY(t);
        QCOMPARE(t->text, std::optional<std::string>("hola \"mundo\"\n"));
        QVERIFY(t->result.series.empty());
    }

    void hostileLabels()
    {
        const QString longValue(20'000, u'x');
        const QByteArray body = answer(j("{'resultType':'vector','result':[{'metric':{'__name__':'m','q':'\\'"
                                         "}\\\\ \\n\\t','nul':'a\\u0000b',"
                                         "'utf8':'ñandú 🐄 \\u202e','dotted.name':'v','empty':'','long':'") +
                                       longValue.toUtf8() + j("'},'value':[1,'1']}]}"));
        const auto a = parse(PrometheusCall::Query, body);
        QVERIFY2(a, qPrintable(a ? QString() : a.error().describe()));
        const LabelSet& l = a->result.series.at(0).labels;
        QCOMPARE(l.get("q"), std::string_view("\"}\\ \n\t"));
        QCOMPARE(l.get("nul"), std::string_view("a\0b", 3));
        QCOMPARE(l.get("utf8"), std::string_view("ñandú 🐄 \u202e"));
        QCOMPARE(l.get("dotted.name"), std::string_view("v"));
        QVERIFY(!l.has("empty")); // an empty value is the label's absence
        QCOMPARE(l.get("long").size(), size_t(20'000));
    }

    void seriesLabelsAndWarnings()
    {
        const auto s = parse(PrometheusCall::Series,
                             j("{'status':'success','data':[{'__name__':'up','job':'node'},{'__name__':'up',"
                               "'job':'api'}],'warnings':['some series dropped'],'infos':['an info']}"));
        QVERIFY(s);
        QCOMPARE(s->series.size(), size_t(2));
        QCOMPARE(s->series[1].get("job"), std::string_view("api"));
        QCOMPARE(s->warnings, (QStringList{u"some series dropped"_s, u"an info"_s}));
        const auto l = parse(PrometheusCall::Labels, answer(j("['__name__','instance','job']")));
        QVERIFY(l);
        QCOMPARE(l->labels, (QStringList{u"__name__"_s, u"instance"_s, u"job"_s}));
    }

    void errors_data()
    {
        QTest::addColumn<int>("call");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<PrometheusError::Code>("code");
        QTest::addColumn<ErrorCode>("error");
        using C = PrometheusError::Code;
        const int q = int(PrometheusCall::Query);
        QTest::newRow("bad_data") << q << 400
                                  << QByteArray(
                                         j("{'status':'error','errorType':'bad_data','error':'1:6: parse "
                                           "error: unexpected \\'}\\''}"))
                                  << C::BadData << ErrorCode::InvalidArgument;
        QTest::newRow("execution") << q << 422
                                   << QByteArray(j("{'status':'error','errorType':'execution','error':'many"
                                                   "-to-many matching not allowed'}"))
                                   << C::Execution << ErrorCode::HttpError;
        QTest::newRow("timeout") << q << 503
                                 << QByteArray(j(
                                        "{'status':'error','errorType':'timeout','error':'query timed out'}"))
                                 << C::Timeout << ErrorCode::Timeout;
        QTest::newRow("unavailable")
            << q << 503 << QByteArray(j("{'status':'error','errorType':'unavailable','error':'not ready'}"))
            << C::Unavailable << ErrorCode::HttpError;
        QTest::newRow("other type") << q << 500
                                    << QByteArray(j("{'status':'error','errorType':'brand_new','error':'x'}"))
                                    << C::OtherError << ErrorCode::HttpError;
        QTest::newRow("404 text") << q << 404 << QByteArray("404 page not found\n") << C::NotFound
                                  << ErrorCode::NotFound;
        QTest::newRow("nginx 502") << q << 502 << QByteArray("<html><body>Bad Gateway</body></html>")
                                   << C::NotPrometheus << ErrorCode::HttpError;
        QTest::newRow("200 not json")
            << q << 200 << QByteArray("# HELP up\nup 1\n") << C::BadAnswer << ErrorCode::ParseError;
        QTest::newRow("bad utf-8") << q << 200 << answer("[\"\xff\xfe\"]") << C::BadAnswer
                                   << ErrorCode::ParseError;
        QTest::newRow("unknown result type") << q << 200 << answer(j("{'resultType':'weird','result':[]}"))
                                             << C::BadAnswer << ErrorCode::ParseError;
        QTest::newRow("value an object")
            << q << 200 << answer(j("{'resultType':'vector','result':[{'metric':{},'value':[1,{'a':1}]}]}"))
            << C::BadAnswer << ErrorCode::ParseError;
        QTest::newRow("value not a number")
            << q << 200 << answer(j("{'resultType':'vector','result':[{'metric':{},'value':[1,'12abc']}]}"))
            << C::BadAnswer << ErrorCode::ParseError;
        QTest::newRow("label value a number")
            << q << 200 << answer(j("{'resultType':'vector','result':[{'metric':{'a':1},'value':[1,'1']}]}"))
            << C::BadAnswer << ErrorCode::ParseError;
        QTest::newRow("time a string") << q << 200 << answer(j("{'resultType':'scalar','result':['1','1']}"))
                                       << C::BadAnswer << ErrorCode::ParseError;
        QTest::newRow("series not a list")
            << int(PrometheusCall::Series) << 200 << answer("{}") << C::BadAnswer << ErrorCode::ParseError;
        QTest::newRow("labels of numbers")
            << int(PrometheusCall::Labels) << 200 << answer("[1,2]") << C::BadAnswer << ErrorCode::ParseError;
    }
    void errors()
    {
        QFETCH(int, call);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(PrometheusError::Code, code);
        QFETCH(ErrorCode, error);
        const auto a = parse(PrometheusCall(call), body, status);
        QVERIFY(!a);
        QCOMPARE(a.error().code, code);
        QCOMPARE(a.error().httpStatus, status);
        const Error e = a.error().toError();
        QCOMPARE(e.code, error);
        QVERIFY(e.detail.contains(u"HTTP %1"_s.arg(status)));
        QVERIFY(a.error().describe().startsWith(a.error().sentence()));
        QVERIFY(!a.error().sentence().isEmpty());
    }

    void errorKeepsPrometheusMessage()
    {
        const auto a =
            parse(PrometheusCall::QueryRange,
                  j("{'status':'error','errorType':'bad_data','error':'invalid parameter \\'step\\': "
                    "zero or negative'}"),
                  400);
        QVERIFY(!a);
        QCOMPARE(a.error().errorType, u"bad_data"_s);
        QCOMPARE(a.error().message, u"invalid parameter \"step\": zero or negative"_s);
        QCOMPARE(
            a.error().toError().detail,
            u"Prometheus did not accept the query. (HTTP 400, bad_data: invalid parameter \"step\": zero or "
            u"negative)"_s);
        // a huge message is cut
        const QByteArray huge =
            j("{'status':'error','errorType':'internal','error':'") + QByteArray(50'000, 'e') + j("'}");
        const auto h = parse(PrometheusCall::Query, huge, 500);
        QVERIFY(!h);
        QCOMPARE(h.error().message.size(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusApi)
#include "tst_prometheusapi.moc"
