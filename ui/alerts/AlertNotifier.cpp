#include "AlertNotifier.h"

#include "LanguageManager.h"
#include "alerts/AlertText.h"
#include "client/AlertService.h"
#include "client/ServerRegistry.h"
#include "client/ServerSession.h"
#include "metrics/AlertEngine.h"

#include <QIcon>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace capataz::ui {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kStatusWidth = 700; // pixels of the status bar the message may take
constexpr int kTrayMs = 15 * 1000;
} // namespace

AlertNotifier::AlertNotifier(client::ServerRegistry& registry, QMainWindow* window)
    : QObject(window)
    , m_registry(registry)
    , m_window(window)
{
    setObjectName(QStringLiteral("alertNotifier"));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/capataz.svg")), this);
        m_tray->setToolTip(QStringLiteral("Capataz"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_window) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
            if (m_lastSession)
                emit openRequested(m_lastSession);
        });
    } else if (window) {
        m_status = new QLabel(window);
        m_status->setObjectName(QStringLiteral("alertStatus"));
        m_status->hide();
        m_status->setTextFormat(Qt::RichText);
        window->statusBar()->addPermanentWidget(m_status);
        connect(m_status, &QLabel::linkActivated, this, [this] {
            if (m_statusSession)
                emit openRequested(m_statusSession);
        });
    }
    connect(&registry, &client::ServerRegistry::added, this, [this](int row) { watch(m_registry.at(row)); });
    connect(&registry, &client::ServerRegistry::reloaded, this, &AlertNotifier::watchAll);
    connect(&LanguageManager::instance(), &LanguageManager::languageChanged, this,
            &AlertNotifier::applyLanguage);
    applyLanguage();
    watchAll();
}

AlertNotifier::~AlertNotifier() = default;

void AlertNotifier::watchAll()
{
    for (int i = 0; i < m_registry.count(); ++i)
        watch(m_registry.at(i));
}

void AlertNotifier::watch(client::ServerSession* session)
{
    client::AlertService* alerts = session ? session->alerts() : nullptr;
    if (!alerts || m_watched.contains(alerts))
        return;
    m_watched.insert(alerts);
    alerts->setLanguage(m_language);
    connect(alerts, &QObject::destroyed, this, [this, alerts] { m_watched.remove(alerts); });
    connect(alerts, &client::AlertService::notified, this,
            [this, session](const metrics::AlertNotification& n) { show(session, n); });
    connect(alerts, &client::AlertService::evaluated, this, [this, session] { clearIfResolved(session); });
}

void AlertNotifier::clearIfResolved(client::ServerSession* session)
{
    if (m_status && m_statusSession == session &&
        !AlertText::firingRules(session->alerts()).contains(m_statusRule)) {
        m_status->hide();
        m_status->clear();
        m_statusSession = nullptr;
    }
}

void AlertNotifier::applyLanguage()
{
    const QString effective = LanguageManager::instance().effectiveLanguage();
    m_language = effective.isEmpty() ? QStringLiteral("en") : effective;
    for (int i = 0; i < m_registry.count(); ++i)
        if (client::ServerSession* s = m_registry.at(i); s && s->alerts())
            s->alerts()->setLanguage(m_language);
}

void AlertNotifier::show(client::ServerSession* session, const metrics::AlertNotification& n)
{
    const QString server = session->profile().name;
    const QString title = n.severity == metrics::AlertSeverity::Critical
                              ? tr("Critical alert on %1").arg(server)
                              : tr("Alert on %1").arg(server);
    const QString text = n.text.isEmpty() ? n.rule : n.text;
    if (m_tray) {
        const auto icon = n.severity == metrics::AlertSeverity::Critical  ? QSystemTrayIcon::Critical
                          : n.severity == metrics::AlertSeverity::Warning ? QSystemTrayIcon::Warning
                                                                          : QSystemTrayIcon::Information;
        m_tray->showMessage(title, text, icon, kTrayMs);
    } else if (m_status) {
        const QString line = tr("%1: %2").arg(title, text);
        const QString shown = m_status->fontMetrics().elidedText(line, Qt::ElideRight, kStatusWidth);
        m_status->setText(u"<a href=\"alerts\">"_s + shown.toHtmlEscaped() + u"</a>"_s);
        m_status->setToolTip(line);
        m_status->show();
        m_statusSession = session;
        m_statusRule = n.rule;
    }
    m_lastSession = session;
    emit shown(title, text);
}

} // namespace capataz::ui
