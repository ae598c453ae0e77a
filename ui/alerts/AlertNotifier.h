#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class QLabel;
class QMainWindow;
class QSystemTrayIcon;

namespace capataz::client {
class ServerRegistry;
class ServerSession;
} // namespace capataz::client
namespace capataz::metrics {
struct AlertNotification;
}

namespace capataz::ui {

// Tells the user when an alert starts firing on any server of the list: a desktop notification
// through the system tray when the desktop has one (freedesktop notifications on Linux), else a
// message in the main window's status bar, kept there until that rule stops firing (a message
// that vanished on the next click would be missed). One message per AlertService::notified, which the
// service already limits to one per rule (anti-storm): nothing here adds or repeats one.
// Keeps every session's AlertService in the UI's language (at start and on a language switch),
// so the notification's text comes in it.
class AlertNotifier final : public QObject {
    Q_OBJECT
public:
    AlertNotifier(client::ServerRegistry& registry, QMainWindow* window);
    ~AlertNotifier() override;

    // Whether messages go to the system tray (false: the status bar).
    [[nodiscard]] bool usesTray() const { return m_tray != nullptr; }
    // "es" or "en": what the services were last told.
    [[nodiscard]] const QString& language() const { return m_language; }

signals:
    // Emitted for every message shown (tests, and whoever wants to log them).
    void shown(const QString& title, const QString& text);
    // The user clicked the last message (the tray's or the status bar's): show that server's alerts.
    void openRequested(capataz::client::ServerSession* session);

private:
    void watchAll();
    void watch(client::ServerSession* session);
    void applyLanguage();
    void show(client::ServerSession* session, const metrics::AlertNotification& notification);
    void clearIfResolved(client::ServerSession* session);

    client::ServerRegistry& m_registry;
    QPointer<QMainWindow> m_window;
    QSystemTrayIcon* m_tray = nullptr;
    QLabel* m_status = nullptr; // without a tray: the last message, until its rule stops firing
    QPointer<client::ServerSession> m_statusSession;
    QPointer<client::ServerSession> m_lastSession; // of the last message shown
    QString m_statusRule;
    QSet<const QObject*> m_watched; // the AlertServices connected
    QString m_language;
};

} // namespace capataz::ui
