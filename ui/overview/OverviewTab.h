#pragma once

#include "ServerTab.h"
#include "common/Error.h"
#include "remote/ServerFacts.h"

#include <QDateTime>
#include <QList>
#include <QPointer>

#include <array>
#include <optional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace capataz::client {
class FactsService;
}

namespace capataz::ui {

// The first tab for admins and support (owners get StatusTab instead): what the server is (system, disk and
// memory, containers, services). It only renders: the session's FactsService reads the facts when the session
// connects and on Refresh, and keeps the last ones while disconnected or after a failed
// refresh; this tab says so. A language switch re-renders the same facts.
class OverviewTab final : public ServerTab {
    Q_OBJECT
public:
    explicit OverviewTab(QWidget* parent = nullptr);
    ~OverviewTab() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool isForRole(store::Role role) const override;

    // Reads the facts again (no-op while not connected or already reading).
    void refresh();
    [[nodiscard]] bool isLoading() const;
    [[nodiscard]] const std::optional<remote::ServerFacts>& facts() const;

protected:
    void sessionChanged() override;
    void retranslateUi() override;

private:
    enum Field {
        Os,
        Kernel,
        Hostname,
        Uptime,
        Cpu,
        Disk,
        ProjectDisk,
        Memory,
        Swap,
        Docker,
        Compose,
        Systemd,
        Ufw,
        Nginx,
        FieldCount
    };
    enum Section { System, Resources, Containers, Services, SectionCount };
    struct Usage {
        QLabel* icon = nullptr;
        QProgressBar* bar = nullptr;
    };

    void buildUi();
    void addRow(Section section, Field field, const QString& objectName, QWidget* extra = nullptr);
    QWidget* usageRow(Field field, const QString& barName);
    [[nodiscard]] client::FactsService* service() const;
    [[nodiscard]] bool connected() const;

    void render();
    void renderStatus();
    void renderSystem(const remote::ServerFacts& f);
    void renderResources(const remote::ServerFacts& f);
    void renderServices(const remote::ServerFacts& f);
    void setValue(Field field, const QString& text, const QString& toolTip = {});
    void setUsage(Field field, double usedFraction, bool high, const QString& text, const QString& warning);

    [[nodiscard]] static QString captionText(Field field);
    [[nodiscard]] static QString uptimeText(qint64 seconds);
    [[nodiscard]] static QString size(qint64 bytes);
    [[nodiscard]] QString ufwText(const remote::ServerFacts& f) const;

    std::array<QGroupBox*, SectionCount> m_sections{};
    std::array<QFormLayout*, SectionCount> m_forms{};
    std::array<QLabel*, FieldCount> m_captions{};
    std::array<QLabel*, FieldCount> m_values{};
    std::array<Usage, FieldCount> m_usage{};
    QPushButton* m_refresh = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_updatedLabel = nullptr;
    QWidget* m_messageBox = nullptr;
    QLabel* m_messageIcon = nullptr;
    QLabel* m_message = nullptr;
    QWidget* m_content = nullptr;
    QToolButton* m_notesToggle = nullptr;
    QLabel* m_notes = nullptr;

    QPointer<client::ServerSession> m_shownSession; // whose facts are shown
};

} // namespace capataz::ui
