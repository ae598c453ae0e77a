#include "MetricsPrometheusCommand.h"

#include "CliConnect.h"
#include "CliContext.h"
#include "ErrorHints.h"
#include "InterruptWatcher.h"
#include "MetricsResultOutput.h"
#include "ProfileOutput.h"
#include "metrics/PrometheusRequest.h"
#include "ssh/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;
using namespace capataz::metrics;

namespace capataz::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("capataz::cli", text);
}

// Prometheus answers at most 11,000 points per series.
constexpr qint64 kMaxPoints = 11'000;

QString endpointText(const PrometheusEndpoint& e)
{
    const QString host = e.host.contains(u':') ? u'[' + e.host + u']' : e.host;
    return u"http://"_s + host + u':' + QString::number(e.port) + e.prefix;
}

int printAnswer(const PrometheusAsk& ask, const PrometheusAnswer& answer, qint64 atMs)
{
    for (const QString& w : answer.warnings)
        CliContext::warn(tr("Prometheus warns: %1").arg(w));
    const bool range = ask.rangeMs.has_value();
    if (ask.json) {
        QJsonObject data;
        if (answer.text)
            data = QJsonObject{
                {u"resultType"_s, u"string"_s},
                {u"result"_s, QJsonArray{double(atMs) / 1000, QString::fromStdString(*answer.text)}}};
        else
            data = queryResultJson(answer.result, range);
        data.insert(u"server"_s, ask.server);
        data.insert(u"prometheus"_s, endpointText(ask.endpoint));
        data.insert(u"warnings"_s, QJsonArray::fromStringList(answer.warnings));
        printJson(data);
        return ExitOk;
    }
    if (answer.text)
        CliContext::print(QString::fromStdString(*answer.text) + u'\n');
    else
        CliContext::print(queryResultText(answer.result, range));
    return ExitOk;
}

} // namespace

int askPrometheus(const ssh::ConnectionSettings& settings, const PrometheusAsk& ask)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString path;
    if (ask.rangeMs) {
        qint64 step = ask.stepMs;
        if (*ask.rangeMs / step + 1 > kMaxPoints) {
            step = (*ask.rangeMs / (kMaxPoints - 1) / 1000 + 1) * 1000;
            CliContext::warn(tr("The step was raised to %1 s: Prometheus answers at most 11,000 points per "
                                "series.")
                                 .arg(step / 1000));
        }
        // Whole steps, so that the same range asked twice gives the same points.
        const qint64 end = now - now % step;
        path = prometheusQueryRangePath(ask.endpoint, ask.query, end - *ask.rangeMs, end, step);
    } else {
        path = prometheusQueryPath(ask.endpoint, ask.query, now);
    }

    ssh::Connection conn(settings);
    if (const auto stop = connectOrReport(conn, ask.server))
        return *stop;

    QEventLoop loop;
    InterruptWatcher interrupts;
    int interruptedBy = 0;
    PrometheusRequest request(conn, ask.endpoint,
                              ask.rangeMs ? PrometheusCall::QueryRange : PrometheusCall::Query, path);
    std::optional<Result<PrometheusAnswer>> result;
    QObject::connect(&request, &PrometheusRequest::finished, &loop, [&](const Result<PrometheusAnswer>& r) {
        result = r;
        loop.quit();
    });
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&](int sig) {
        interruptedBy = sig;
        request.cancel();
        loop.quit();
    });
    request.start();
    if (!result && !interruptedBy)
        loop.exec();
    if (interruptedBy)
        return 128 + interruptedBy;
    if (!*result) {
        const Error& e = result->error();
        if (const auto& p = request.prometheusError())
            return CliContext::reportError(e, p->sentence(), ExitFailure);
        return CliContext::reportError(
            e,
            tr("Is Prometheus listening at %1 on the server? Check the profile's Prometheus URL.")
                .arg(endpointText(ask.endpoint)),
            ExitFailure);
    }
    return printAnswer(ask, **result, now);
}

} // namespace capataz::cli
