#pragma once

#include "common/Error.h"
#include "common/WorkerThread.h"
#include "metrics/AlertEngine.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QTimer;

namespace capataz::client {

class ServerSession;

// The alerts of one server: evaluates its rules over what the MetricsService's scrapes stored,
// once per scrape interval, on the service's own worker thread (never the GUI thread), and
// tells what changed (transitioned) and when to notify (notified: one per rule, anti-storm as
// in metrics::AlertPolicy). Owned by the ServerSession like the MetricsService, so it runs while
// the server is connected whatever view is open, and only while this program runs: nothing
// watches the server when the console and the CLI are closed.
//
// Rules: the user's file (the data directory's alerts/server-<id>.json) when there is one, else
// the defaults (the recipe's and node-exporter's, metrics::defaultAlertRules). A file that cannot
// be read keeps the rules in use and says why (rulesError). Roles: an admin profile edits the
// rules (setRules), support reads them, an owner sees the states; an owner profile is never
// scraped, so its rules are not evaluated.
class AlertService final : public QObject {
    Q_OBJECT
public:
    explicit AlertService(ServerSession* session);
    ~AlertService() override;

    // Read the first time they are asked for (or evaluated), not when the session is made.
    [[nodiscard]] QList<metrics::AlertRule> rules() const;
    // Saves them to rulesFile() and evaluates with them from now on. RoleNotAllowed unless admin;
    // ParseError for a rule that cannot be read (nothing changes then); LocalFileError.
    VoidResult setRules(const QList<metrics::AlertRule>& rules);
    // Back to the defaults: the user's file is removed (admin only).
    VoidResult resetRules();
    // Reads the rules again (the user's file, else the defaults).
    void reloadRules();
    // Why the user's file was not used; None when it was, or when there is none.
    [[nodiscard]] const Error& rulesError() const;
    [[nodiscard]] QString rulesFile() const;
    void setRulesFile(const QString& path); // tests; empty: the data directory's

    // The states after the last evaluation (empty before the first).
    [[nodiscard]] const std::vector<metrics::AlertRuleStatus>& statuses() const { return m_statuses; }
    // Evaluations run (while connected, allowed and scraping is enabled): one per scrape interval.
    [[nodiscard]] bool isRunning() const;
    // Evaluates now on the worker, connected or not (the CLI, tests); `evaluated` follows.
    // False while an evaluation is still under way.
    bool evaluateNow();
    // The clock of the evaluations (ms since the epoch); tests set their own.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    void setLanguage(const QString& language);

signals:
    void transitioned(const capataz::metrics::AlertTransition& transition);
    void notified(const capataz::metrics::AlertNotification& notification);
    void evaluated(); // statuses() holds the new states
    void rulesChanged();

private:
    struct Shared;
    void tick();
    void restart();
    void applyRules();
    void ensureRules() const;
    [[nodiscard]] bool allowed() const;

    ServerSession* m_session;
    std::shared_ptr<Shared> m_shared; // the engine: used on the worker only
    QList<metrics::AlertRule> m_rules;
    Error m_rulesError;
    bool m_rulesLoaded = false;
    std::optional<QString> m_rulesFile;
    std::vector<metrics::AlertRuleStatus> m_statuses;
    std::function<qint64()> m_clock;
    QTimer* m_timer;
    WorkerThread m_worker{QStringLiteral("capataz-alerts")};
    bool m_busy = false;
};

} // namespace capataz::client
