#pragma once

#include "ConsoleColors.h"
#include "ConsoleHistory.h"
#include "PerSession.h"
#include "ServerTab.h"

#include <QHash>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace capataz::ui {

class ConsoleOutput;
class ConsoleRun;
class ConsoleTranscript;

// The administrator's console: runs one shell command line at a time on the selected
// server (as `sh -c LINE`, through remote::Command, optionally as root) and shows its output
// as it arrives, stderr in red, each run framed by "$ command" and a footer with the exit
// code and duration. Each server keeps its own output, running command and history (Up/Down),
// so switching servers neither stops nor mixes anything. Admins only.
class ConsoleTab final : public ServerTab {
    Q_OBJECT
public:
    explicit ConsoleTab(QWidget* parent = nullptr);
    ~ConsoleTab() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool isForRole(store::Role role) const override;

protected:
    void sessionChanged() override;
    void retranslateUi() override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    [[nodiscard]] QString serverName() const;
    [[nodiscard]] bool isConnected() const;
    [[nodiscard]] ConsoleRun* currentRun() const;
    [[nodiscard]] ConsoleTranscript* transcriptFor(const client::ServerSession* server);
    void forget(ConsoleTranscript* transcript, ConsoleRun* run);
    void run();
    void cancel();
    void clearOutput();
    void refresh();       // enabled states and visibility
    void refreshStatus(); // exit code and duration labels
    void updateColors();

    QLineEdit* m_input;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QCheckBox* m_asRoot;
    QPushButton* m_clear;
    QLabel* m_notConnected;
    ConsoleOutput* m_output;
    QLabel* m_exitCode;
    QLabel* m_duration;
    QTimer* m_ticker; // the duration of a running command

    ConsoleColors m_colors;
    ConsoleHistory m_history;
    ConsoleTranscript* m_noServer; // shown when no server is selected
    // Per server (its session: a renamed server keeps its output, a new one of an old name
    // starts empty): the output, and the running or last run.
    struct PerServer {
        ConsoleTranscript* transcript = nullptr;
        QPointer<ConsoleRun> run;
    };
    PerSession<PerServer> m_servers;
    QPointer<client::ServerSession> m_server; // the server shown
};

} // namespace capataz::ui
