#pragma once

#include "ServerTab.h"
#include "common/Error.h"

class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;

namespace capataz::ui {

class StatusView;

// The owner's page as a tab: every role sees it, and it is all an owner's profile shows. It renders
// the session's StatusService (which checks on its own timer while connected, through the exec
// layer: nothing here blocks), re-reads the clock each half minute so "no answer since" and
// "working since" stay true, exports a one-page PDF and, for admins, edits the page's settings.
class StatusTab final : public ServerTab {
    Q_OBJECT
public:
    explicit StatusTab(QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool isForRole(store::Role role) const override;
    [[nodiscard]] StatusView* view() const { return m_view; }

    // Writes the page as PDF (what "Save as PDF…" does after asking where).
    [[nodiscard]] VoidResult exportPdf(const QString& path) const;
    void editSettings(); // the admin's dialog (no-op for other roles)

protected:
    void sessionChanged() override;
    void retranslateUi() override;

private:
    void render();
    void askPdfPath();

    StatusView* m_view;
    QScrollArea* m_scroll;
    QPushButton* m_refresh;
    QPushButton* m_pdf;
    QPushButton* m_settings;
    QLabel* m_message;
    QTimer* m_clock;
};

} // namespace capataz::ui
