#pragma once

#include "metrics/AlertEngine.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace capataz::client {
class AlertService;
}

namespace capataz::ui {

// The words the alert views share: a state as the list shows it, a label set, the rules firing.
class AlertText final {
    Q_DECLARE_TR_FUNCTIONS(capataz::ui::AlertText)
public:
    // "Inactive", "Pending", "Firing", "Resolved", "No data", "Error", translated.
    [[nodiscard]] static QString state(metrics::AlertState state);
    // job="service", instance="127.0.0.1:8000" (without __name__); "" for none.
    [[nodiscard]] static QString labels(const metrics::LabelSet& labels);
    // The names of the rules firing after the service's last evaluation.
    [[nodiscard]] static QStringList firingRules(const client::AlertService* alerts);
    // A date and time in the installed language, short form; "" for 0.
    [[nodiscard]] static QString time(qint64 ms);
};

} // namespace capataz::ui
