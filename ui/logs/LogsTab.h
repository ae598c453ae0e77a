#pragma once

#include "ServerTab.h"
#include "client/LogService.h"
#include "logs/LogFilter.h"

#include <QPointer>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;
class QToolButton;

namespace capataz::logs {
class LogSearch;
}

namespace capataz::ui {

class LogLaneMenu;
class LogPanes;
class LogSourceMenu;
class LogView;

// The Logs tab: what the selected server's LogService follows (compose services, files,
// journald units, picked from what the server has), shown in a LogView with filters by level,
// by where lines come from and by text (substring or regular expression, case, invert; only
// the matching lines or all of them with the matches highlighted, next/previous match, a live
// count). Filtering runs off the GUI thread over the whole store (a progress bar, cancellable)
// and then on each new batch only. Follows the end; scrolling up pauses, "Resume following"
// goes back. Clear, copy, save the shown lines or all of them. The lines of several sources are
// merged by time in one list (LogService), or shown side by side, a column per source (LogPanes).
//
// For admin and support profiles, and owner profiles allowed to (ServerProfile::ownerReadsLogs):
// reading logs changes nothing on the server.
class LogsTab final : public ServerTab {
    Q_OBJECT
public:
    explicit LogsTab(QWidget* parent = nullptr);
    ~LogsTab() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool isForRole(store::Role role) const override;
    [[nodiscard]] bool isForProfile(const store::ServerProfile& profile) const override;

    [[nodiscard]] LogView* view() const { return m_view; }
    // The lines the filter shows (or the store's lines without a filter) and, with a text,
    // how many match.
    [[nodiscard]] qint64 shownCount() const;
    [[nodiscard]] qint64 matchCount() const;
    [[nodiscard]] bool isFiltering() const; // a scan of the whole store is under way

protected:
    void sessionChanged() override;
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;

private:
    [[nodiscard]] client::LogService* service() const;
    void bindService();
    void maybeAutoStart();
    void startStop();
    void applySelection(const client::LogService::Selection& selection);
    void rebuildLaneMenu();
    void updateLanesButton();
    void onLinesAdded();
    void onStoreReset();
    void applyFilter();
    void refreshPanes();
    void cancelFilter();
    void jumpToMatch(int direction);
    void refreshStatus();
    void refreshCounts();
    void refreshDetails();
    void showWindow(qint64 fromMs, qint64 toMs);
    void saveLines(bool onlyShown);
    void setBanner(const QString& text, bool warning);

    QPointer<client::LogService> m_service;
    QLabel* m_sourcesLabel;
    QToolButton* m_pick;
    LogSourceMenu* m_pickMenu;
    QLabel* m_tailLabel;
    QSpinBox* m_tail;
    QPushButton* m_startStop;
    QLabel* m_state;

    QLabel* m_levelLabel;
    QComboBox* m_level;
    QToolButton* m_lanesButton;
    LogLaneMenu* m_lanesMenu;
    QToolButton* m_sideBySide;
    QLineEdit* m_text;
    QCheckBox* m_regex;
    QCheckBox* m_case;
    QCheckBox* m_invert;
    QCheckBox* m_onlyMatching;
    QToolButton* m_prev;
    QToolButton* m_next;
    QLabel* m_count;

    QLabel* m_banner;
    QProgressBar* m_progress;
    QPushButton* m_cancelFilter;
    LogView* m_view;
    LogPanes* m_panes;
    QPointer<LogView> m_detailsFrom; // the column whose line the details show (side by side)
    QPlainTextEdit* m_details;

    QLabel* m_stats;
    QPushButton* m_follow;
    QLabel* m_keepLabel;
    QComboBox* m_keep;
    QPushButton* m_clear;
    QPushButton* m_copy;
    QToolButton* m_save;
    QMenu* m_saveMenu;

    QTimer* m_filterDelay;
    // The rows' filter (level, lanes, and the text when only matching lines are shown) and the
    // matches of the text (for the count and next/previous); the same object when they agree.
    logs::LogSearch* m_rows = nullptr;
    logs::LogSearch* m_matches = nullptr;
    logs::LogQuery m_paneQuery; // the rows' query without lanes: each column adds its own
    logs::LogFilter m_paneHighlight;
    qint64 m_newWhilePaused = 0;
    qint64 m_pausedAtEnd = -1;
    std::optional<std::pair<qint64, qint64>> m_window; // a time window asked for from outside
    qint64 m_windowHeldFrom = 0; // the oldest time among the lines kept then (0: none had one, -1: no line)
    QString m_filterError;
    QString m_lastNotice;
    bool m_bannerWarning = false; // a result (saved to...), shown until the next one
};

} // namespace capataz::ui
