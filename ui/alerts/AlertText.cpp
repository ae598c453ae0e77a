#include "AlertText.h"

#include "client/AlertService.h"

#include <QDateTime>
#include <QLocale>

namespace capataz::ui {

QString AlertText::state(metrics::AlertState state)
{
    switch (state) {
    case metrics::AlertState::Inactive:
        return tr("Inactive");
    case metrics::AlertState::Pending:
        return tr("Pending");
    case metrics::AlertState::Firing:
        return tr("Firing");
    case metrics::AlertState::Resolved:
        return tr("Resolved");
    case metrics::AlertState::NoData:
        return tr("No data");
    case metrics::AlertState::Error:
        return tr("Error");
    }
    return {};
}

QString AlertText::labels(const metrics::LabelSet& labels)
{
    QStringList parts;
    for (const metrics::LabelPair& p : labels.pairs())
        if (p.name != metrics::kMetricNameLabel)
            parts << QString(QString::fromStdString(p.name) + u"=\"" + QString::fromStdString(p.value) +
                             u'"');
    return parts.join(u", ");
}

QStringList AlertText::firingRules(const client::AlertService* alerts)
{
    QStringList names;
    if (!alerts)
        return names;
    for (const metrics::AlertRuleStatus& s : alerts->statuses())
        if (s.state == metrics::AlertState::Firing)
            names << s.rule.name;
    return names;
}

QString AlertText::time(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace capataz::ui
