#include "metrics/PrometheusError.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace capataz::metrics {

namespace {

struct CodeInfo {
    const char* name;
    const char* sentence;
    ErrorCode error;
};

// No default: a new code without its name and sentence is a -Wswitch warning.
CodeInfo info(PrometheusError::Code code)
{
    using C = PrometheusError::Code;
    switch (code) {
    case C::BadData:
        return {"BadData", QT_TRANSLATE_NOOP("capataz::metrics", "Prometheus did not accept the query."),
                ErrorCode::InvalidArgument};
    case C::Execution:
        return {"Execution",
                QT_TRANSLATE_NOOP("capataz::metrics", "Prometheus could not evaluate the query."),
                ErrorCode::HttpError};
    case C::Timeout:
        return {
            "Timeout",
            QT_TRANSLATE_NOOP("capataz::metrics",
                              "The query took longer than Prometheus allows: ask for a shorter range or a "
                              "longer step."),
            ErrorCode::Timeout};
    case C::Canceled:
        return {"Canceled", QT_TRANSLATE_NOOP("capataz::metrics", "Prometheus cancelled the query."),
                ErrorCode::Cancelled};
    case C::Internal:
        return {"Internal", QT_TRANSLATE_NOOP("capataz::metrics", "Prometheus failed inside."),
                ErrorCode::HttpError};
    case C::Unavailable:
        return {"Unavailable",
                QT_TRANSLATE_NOOP("capataz::metrics", "Prometheus is not ready (starting or stopping)."),
                ErrorCode::HttpError};
    case C::NotFound:
        return {"NotFound",
                QT_TRANSLATE_NOOP("capataz::metrics",
                                  "No Prometheus API answers at that address: check the server profile's "
                                  "Prometheus URL."),
                ErrorCode::NotFound};
    case C::OtherError:
        return {"OtherError", QT_TRANSLATE_NOOP("capataz::metrics", "Prometheus answered with an error."),
                ErrorCode::HttpError};
    case C::NotPrometheus:
        return {"NotPrometheus",
                QT_TRANSLATE_NOOP("capataz::metrics",
                                  "The service at the Prometheus URL answered with an error and does not "
                                  "look like Prometheus."),
                ErrorCode::HttpError};
    case C::BadAnswer:
        return {"BadAnswer",
                QT_TRANSLATE_NOOP("capataz::metrics", "Prometheus's answer could not be understood."),
                ErrorCode::ParseError};
    }
    return {"Unknown", "", ErrorCode::Internal};
}

QString technical(const PrometheusError& e)
{
    QStringList parts;
    if (e.httpStatus > 0)
        parts << u"HTTP "_s + QString::number(e.httpStatus);
    if (!e.errorType.isEmpty() || !e.message.isEmpty())
        parts << (e.errorType.isEmpty() ? e.message : e.errorType + u": "_s + e.message);
    return parts.join(u", "_s);
}

} // namespace

QString PrometheusError::codeName() const
{
    return QString::fromLatin1(info(code).name);
}

QString PrometheusError::sentence() const
{
    return QCoreApplication::translate("capataz::metrics", info(code).sentence);
}

QString PrometheusError::describe() const
{
    const QString t = technical(*this);
    return t.isEmpty() ? sentence() : sentence() + u" ("_s + t + u')';
}

Error PrometheusError::toError() const
{
    const QString t = technical(*this);
    const QString english = QString::fromUtf8(info(code).sentence);
    return Error{info(code).error, t.isEmpty() ? english : english + u" ("_s + t + u')'};
}

} // namespace capataz::metrics
