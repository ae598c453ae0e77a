#pragma once

#include "status/ServerStatus.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace capataz::ui {

// The owner's page itself, built from a status value only (no server, no session): one calm
// sentence first, then cards (the service, backups, the certificate, disk space) and the recent
// problems, each with whom to call. Plain words: no error code, command, path, or address unless
// the admin allows addresses. StatusTab feeds it from the session; tests feed it every state.
class StatusView final : public QWidget {
    Q_OBJECT
public:
    explicit StatusView(QWidget* parent = nullptr);

    // `checked`: false before the first check (then the page says it has not been checked yet).
    void setStatus(const status::ServerStatus& status, const QDateTime& now, bool checked = true);
    [[nodiscard]] const status::ServerStatus& status() const { return m_status; }

    // Every text the page shows now (for tests: none may hold an error code, path, IP or command).
    [[nodiscard]] QStringList texts() const;

    // The page as HTML for the PDF export (StatusPdf), in the current language.
    [[nodiscard]] QString toHtml() const;
    // The locale of the language shown (dates, sizes).
    [[nodiscard]] QLocale locale() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Card {
        QWidget* frame = nullptr;
        QLabel* title = nullptr;
        QLabel* value = nullptr;
        QLabel* detail = nullptr;
    };
    Card makeCard(const QString& objectName);
    void render();
    void renderService();
    void renderBackup();
    void renderCertificate();
    void renderDisk();
    void renderProblems();

    status::ServerStatus m_status;
    QDateTime m_now;
    bool m_checked = false;

    QLabel* m_description;
    QLabel* m_light;
    QLabel* m_headline;
    QLabel* m_checkedAt;
    QLabel* m_address;
    Card m_service;
    Card m_backup;
    Card m_certificate;
    Card m_disk;
    QProgressBar* m_diskBar;
    Card m_problems;
};

} // namespace capataz::ui
