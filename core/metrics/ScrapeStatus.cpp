#include "metrics/ScrapeStatus.h"

#include "common/ErrorCatalog.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace capataz::metrics {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("capataz::metrics", text);
}

QString failureSentence(const ScrapeStatus& s)
{
    const QString where = s.target.address();
    switch (s.error.code) {
    case ErrorCode::TunnelOpenFailed:
        return s.target.optional
                   ? tr("Nothing answers at %1 on the server: it is not installed or not running there, "
                        "which "
                        "is fine; it is tried again at every interval.")
                         .arg(where)
                   : tr("Nothing answers at %1 on the server: is the service running, and listening on that "
                        "port?")
                         .arg(where);
    case ErrorCode::Timeout:
        return tr("%1 did not answer in time: the service may be overloaded or stuck.").arg(where);
    case ErrorCode::HttpError:
        return s.httpStatus > 0 ? tr("%1 answered with HTTP status %2 instead of metrics: check the path.")
                                      .arg(where)
                                      .arg(s.httpStatus)
                                : tr("%1 did not give a valid HTTP answer.").arg(where);
    case ErrorCode::ParseError:
        return tr("%1 answered, but not with metrics in the Prometheus or OpenMetrics text format (%2).")
            .arg(where, s.firstProblem.isEmpty() ? s.error.plainDetail() : s.firstProblem);
    case ErrorCode::ConnectionLost:
    case ErrorCode::ChannelOpenFailed:
    case ErrorCode::TooManyChannels:
        return tr("The connection to the server was lost while reading %1: reading resumes when it is back.")
            .arg(where);
    default:
        return tr("%1 could not be read: %2").arg(where, errorSentence(s.error));
    }
}

} // namespace

QString ScrapeStatus::sentence() const
{
    // QCoreApplication::translate with its context, not a tr() helper: lupdate would take a tr()
    // in a member function for the class's own.
    const int n = int(samples);
    switch (state) {
    case State::Waiting:
        return QCoreApplication::translate("capataz::metrics", "Not read yet.");
    case State::Paused:
        return QCoreApplication::translate(
            "capataz::metrics",
            "Paused: not connected to the server. Reading resumes when the connection is back.");
    case State::Ok:
        if (problems > 0)
            return QCoreApplication::translate(
                       "capataz::metrics",
                       "%n samples read in %1 ms; some lines could not be read and were skipped (first: %2).",
                       nullptr, n)
                .arg(durationMs)
                .arg(firstProblem);
        if (refusedSeries > 0)
            return QCoreApplication::translate(
                       "capataz::metrics",
                       "%n samples read in %1 ms; new series beyond the limit were dropped.", nullptr, n)
                .arg(durationMs);
        return QCoreApplication::translate("capataz::metrics", "%n samples read in %1 ms.", nullptr, n)
            .arg(durationMs);
    case State::Absent:
    case State::Failed:
        return failureSentence(*this);
    }
    return {};
}

QString ScrapeStatus::stateName(State state)
{
    switch (state) {
    case State::Waiting:
        return u"waiting"_s;
    case State::Ok:
        return u"ok"_s;
    case State::Failed:
        return u"failed"_s;
    case State::Absent:
        return u"absent"_s;
    case State::Paused:
        return u"paused"_s;
    }
    return {};
}

} // namespace capataz::metrics
