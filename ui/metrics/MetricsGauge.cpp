#include "MetricsGauge.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

namespace {

constexpr double kStartDeg = 210; // the scale's low end, counter-clockwise from 3 o'clock
constexpr double kSpanDeg = 240;  // clockwise to its high end

} // namespace

QColor severityColor(Severity severity, const QPalette& palette)
{
    switch (severity) {
    case Severity::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case Severity::Warning:
        return QColor(0xc7, 0x7c, 0x00);
    case Severity::Critical:
        return QColor(0xc6, 0x28, 0x28);
    case Severity::None:
        break;
    }
    return palette.color(QPalette::Text);
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QCoreApplication::translate("capataz::ui::MetricsGauge", "Within the thresholds");
    case Severity::Warning:
        return QCoreApplication::translate("capataz::ui::MetricsGauge", "Warning");
    case Severity::Critical:
        return QCoreApplication::translate("capataz::ui::MetricsGauge", "Critical");
    case Severity::None:
        break;
    }
    return {};
}

MetricsGauge::MetricsGauge(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void MetricsGauge::setValue(const PanelSpec& spec, double value, const QString& text)
{
    m_spec = spec;
    m_value = value;
    m_text = text;
    m_severity = severityOf(spec, value);
    const auto [low, high] = gaugeRange(spec, value);
    m_low = low;
    m_high = high;
    const QString state = severityText(m_severity);
    setAccessibleName(state.isEmpty() ? text : text + u", "_s + state);
    setToolTip(accessibleName());
    update();
}

void MetricsGauge::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    // The dial: a circle whose lower third is cut off, as large as the widget allows, with room
    // around it for the thresholds' bands (outside the track) and the scale's ends (below).
    const double fit = std::min(double(width()) - 8, (double(height()) - 28) / 0.68);
    const double thick = std::max(6.0, fit * 0.09);
    const double outside = thick * 1.3; // the bands' ring, beyond the track
    const double side = fit - 2 * outside;
    const QRectF ring((width() - side) / 2 + thick / 2, 4 + outside + thick / 2, side - thick, side - thick);
    auto angleOf = [&](double v) {
        const double f = std::clamp((v - m_low) / std::max(1e-12, m_high - m_low), 0.0, 1.0);
        return kStartDeg - f * kSpanDeg;
    };
    auto arc = [&](const QRectF& r, double fromDeg, double toDeg, const QColor& c, double width) {
        QPen pen(c, width, Qt::SolidLine, Qt::FlatCap);
        p.setPen(pen);
        p.drawArc(r, int(fromDeg * 16), int((toDeg - fromDeg) * 16));
    };
    // The track.
    QColor track = pal.color(QPalette::Mid);
    track.setAlphaF(0.35);
    arc(ring, kStartDeg, kStartDeg - kSpanDeg, track, thick);
    // The bands of the thresholds, thin, outside the track.
    const bool hasW = std::isfinite(m_spec.warning);
    const bool hasC = std::isfinite(m_spec.critical);
    if (hasW || hasC) {
        const QRectF outer = ring.adjusted(-thick * 0.9, -thick * 0.9, thick * 0.9, thick * 0.9);
        const double bandWidth = std::max(2.0, thick * 0.35);
        // Each band from one value to the next, coloured by the severity of its middle.
        QList<double> cuts{m_low, m_high};
        for (double t : {m_spec.warning, m_spec.critical})
            if (std::isfinite(t) && t > m_low && t < m_high)
                cuts.append(t);
        std::sort(cuts.begin(), cuts.end());
        for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
            const double mid = (cuts[i] + cuts[i + 1]) / 2;
            arc(outer, angleOf(cuts[i]), angleOf(cuts[i + 1]), severityColor(severityOf(m_spec, mid), pal),
                bandWidth);
        }
    }
    // The value.
    if (std::isfinite(m_value)) {
        QColor fill = severityColor(m_severity, pal);
        if (m_severity == Severity::None)
            fill = pal.color(QPalette::Highlight);
        arc(ring, kStartDeg, angleOf(m_value), fill, thick);
    }
    // The text, in the middle; the scale's ends under the arc's ends.
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(std::max(9.0, side * 0.12));
    p.setFont(big);
    p.setPen(pal.color(QPalette::Text));
    const QRectF middle(ring.left(), ring.center().y() - side * 0.16, ring.width(), side * 0.26);
    p.drawText(middle, Qt::AlignCenter, m_text);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    p.setPen(pal.color(QPalette::PlaceholderText));
    const QString state = severityText(m_severity);
    if (!state.isEmpty() && m_severity != Severity::Ok)
        p.drawText(QRectF(ring.left(), middle.bottom(), ring.width(), side * 0.14), Qt::AlignCenter, state);
    const double r = ring.width() / 2;
    const QPointF c = ring.center();
    const double endY = c.y() + r * std::sin(30.0 * M_PI / 180.0) + thick * 0.6;
    const double endDx = r * std::cos(30.0 * M_PI / 180.0);
    const QString low = QLocale().toString(m_low, 'g', 4);
    const QString high = QLocale().toString(m_high, 'g', 4);
    p.drawText(QRectF(c.x() - endDx - 40, endY, 80, 18), Qt::AlignHCenter | Qt::AlignTop, low);
    p.drawText(QRectF(c.x() + endDx - 40, endY, 80, 18), Qt::AlignHCenter | Qt::AlignTop, high);
}

} // namespace capataz::ui
