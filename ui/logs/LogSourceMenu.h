#pragma once

#include "client/LogService.h"

#include <QMenu>
#include <QPointer>

namespace capataz::ui {

// The Sources menu of the Logs tab: what the server offers (its compose services, the log files
// found on it, running systemd units) with the current selection checked, plus files the user
// typed in. Choosing an entry emits the new selection; the tab starts it. Asks the server what it
// has (LogService::discover) the first time it opens.
class LogSourceMenu final : public QMenu {
    Q_OBJECT
public:
    explicit LogSourceMenu(QWidget* parent = nullptr);

    void setService(client::LogService* service);
    void rebuild();

    // A short name for the button: "all services", "api, worker", "syslog", "5 sources".
    [[nodiscard]] static QString summary(const client::LogService::Selection& selection);
    // The file name of a path: how a file source is named where space is short.
    [[nodiscard]] static QString shortName(const QString& path);

signals:
    void selectionChosen(const client::LogService::Selection& selection);
    // Something the user typed cannot be followed; the sentence says what to do instead.
    void problem(const QString& sentence);

private:
    void addOtherFile();

    QPointer<client::LogService> m_service;
    QStringList m_otherFiles; // files the user typed in, offered again
};

} // namespace capataz::ui
