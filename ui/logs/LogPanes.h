#pragma once

#include "logs/LogFilter.h"
#include "logs/LogStore.h"

#include <QWidget>

#include <vector>

class QLabel;
class QSplitter;

namespace capataz::logs {
class LogSearch;
}

namespace capataz::ui {

class LogView;

// The Logs tab side by side: one column per lane (a compose service, a file, a unit), each a
// LogView of that lane's lines under the tab's filter, following its own end. At most kMaxPanes
// columns (the first lanes shown by the tab's "From" menu); the rest are said to be left out.
class LogPanes final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxPanes = 4;

    explicit LogPanes(QWidget* parent = nullptr);
    ~LogPanes() override;

    // The lanes to show (by number, with their names) and the filter of every column: `rows`
    // is the tab's query for its rows (level, text) without lanes; `highlight` what to mark.
    void configure(const QList<quint16>& lanes, const QStringList& laneNames, const logs::LogQuery& rows,
                   const logs::LogFilter& highlight);
    void setSnapshot(const logs::LogSnapshot& snapshot); // new lines: every column scans them
    void setPlaceholderText(const QString& text);
    [[nodiscard]] int paneCount() const { return int(m_panes.size()); }
    [[nodiscard]] LogView* pane(int i) const { return m_panes[std::size_t(i)].view; }
    void retranslateUi();
    [[nodiscard]] bool owns(const LogView* view) const;

signals:
    void currentChanged(LogView* pane); // a line was chosen in a column

private:
    struct Pane {
        quint16 lane = 0;
        QWidget* box = nullptr;
        QLabel* title = nullptr;
        LogView* view = nullptr;
        logs::LogSearch* search = nullptr;
    };
    void clearPanes();
    void refreshTitles();

    QSplitter* m_split;
    QLabel* m_note;
    std::vector<Pane> m_panes;
    QStringList m_laneNames;
    int m_leftOut = 0;
    logs::LogSnapshot m_snapshot;
};

} // namespace capataz::ui
