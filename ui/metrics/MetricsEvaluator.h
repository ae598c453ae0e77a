#pragma once

#include "Dashboard.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointF>
#include <QString>

#include <atomic>
#include <memory>

namespace capataz::metrics {
class SeriesStore;
}

namespace capataz::ui {

// What the Metrics tab asks for: every panel's queries over one time range.
struct MetricsRequest {
    quint64 generation = 0;
    std::shared_ptr<const metrics::SeriesStore> store;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 stepMs = 1000;
    qint64 rateWindowMs = 60'000; // what $rate stands for
    qint64 staleMs = 45'000;      // a newest value older than this (before toMs) is no value
    struct Panel {
        QList<PanelQuery> queries;
        int columns = 400; // the plot's width in pixels: at most this many points per series
    };
    QList<Panel> panels;
};

struct PanelSeries {
    QString name;
    QList<QPointF> points; // x: ms since the epoch; min and max per pair of pixel columns
    qint64 lastMs = 0;     // the newest step with a value
    double last = 0;
};

struct PanelResult {
    QList<PanelSeries> series;
    QString error; // a query that does not parse or evaluate (the engine's words)
};

struct MetricsResult {
    quint64 generation = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 staleMs = 0;
    QList<PanelResult> panels; // in the request's order
};

// At most `columns` points: the range is cut into columns / 2 buckets and each keeps its
// lowest and highest point (in time order), so a spike stays visible at any zoom.
[[nodiscard]] QList<QPointF> reduceToColumns(const QList<QPointF>& points, qint64 fromMs, qint64 toMs,
                                             int columns);

// Evaluates the Metrics tab's queries on its own thread (range evaluation reads the store and
// can take a while): evaluate() runs there and answers with one evaluated(). A request made
// older by a newer one (`latest`) is abandoned between panels.
class MetricsEvaluator final : public QObject {
    Q_OBJECT
public:
    explicit MetricsEvaluator(std::shared_ptr<std::atomic<quint64>> latest);

    void evaluate(const capataz::ui::MetricsRequest& request);
    [[nodiscard]] static MetricsResult run(const MetricsRequest& request, const std::atomic<quint64>* latest);

signals:
    void evaluated(const capataz::ui::MetricsResult& result);

private:
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace capataz::ui

Q_DECLARE_METATYPE(capataz::ui::MetricsRequest)
Q_DECLARE_METATYPE(capataz::ui::MetricsResult)
