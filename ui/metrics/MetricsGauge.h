#pragma once

#include "Dashboard.h"

#include <QWidget>

namespace capataz::ui {

// A dial for one value (a gauge panel): an arc from the scale's low end to its high end, the
// thresholds' bands along its outer edge (green, amber, red), the part up to the value filled in
// the colour of where the value stands, and the value in the middle. Drawn with QPainter: Qt
// Charts has no gauge. The severity is also said in words (accessible name, tooltip), not by
// colour alone.
class MetricsGauge final : public QWidget {
    Q_OBJECT
public:
    explicit MetricsGauge(QWidget* parent = nullptr);

    // `text` is the value as shown ("42.1 %"); the scale and bands come from `spec`.
    void setValue(const PanelSpec& spec, double value, const QString& text);
    [[nodiscard]] double value() const { return m_value; }
    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] Severity severity() const { return m_severity; }
    [[nodiscard]] QSize sizeHint() const override { return {220, 150}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {120, 90}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    PanelSpec m_spec;
    double m_value = 0;
    double m_low = 0;
    double m_high = 1;
    QString m_text;
    Severity m_severity = Severity::None;
};

// The colour a severity is shown in (None: the palette's text colour).
[[nodiscard]] QColor severityColor(Severity severity, const QPalette& palette);
// "Warning", "Critical", "Within the thresholds", or empty for None.
[[nodiscard]] QString severityText(Severity severity);

} // namespace capataz::ui
