// What the Logs tab says about itself: the state of the sources, the banner (a filter error,
// unmasked secrets, a time window, the last result), the lines kept, following or paused, and
// the placeholder of an empty view.
#include "ErrorText.h"
#include "LogPanes.h"
#include "LogSourceMenu.h"
#include "LogText.h"
#include "LogView.h"
#include "LogsTab.h"
#include "client/ServerSession.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

namespace {

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

void LogsTab::refreshStatus()
{
    client::LogService* s = service();
    // Sources row.
    m_pick->setText(s ? LogSourceMenu::summary(s->selection()) : tr("Choose what to follow"));
    m_pick->setEnabled(s && session()->isConnected());
    const bool running = s && s->isRunning();
    m_startStop->setText(running ? tr("S&top") : tr("&Follow"));
    m_startStop->setEnabled(s && (running || session()->isConnected()));
    QString state;
    if (!s)
        state = tr("No server selected.");
    else if (!session()->isConnected() && !running)
        state = tr("Not connected: connect to the server to read its logs.");
    else if (s->isPreparing())
        state = tr("Reading the project's secrets so that they are masked…");
    else {
        int following = 0, waiting = 0, failed = 0;
        QString firstError;
        for (const auto& src : s->sources()) {
            switch (src.state) {
            case logs::LogSource::State::Running:
                ++following;
                break;
            case logs::LogSource::State::Waiting:
                ++waiting;
                break;
            case logs::LogSource::State::Failed:
                ++failed;
                if (firstError.isEmpty())
                    firstError =
                        LogSourceMenu::shortName(src.name) + u": "_s + ErrorText::sentence(src.error);
                break;
            default:
                break;
            }
        }
        QStringList parts;
        if (following)
            parts << tr("Following %n source(s).", "", following);
        if (waiting)
            parts << tr("%n waiting for the connection to come back.", "", waiting);
        if (failed)
            parts << tr("%n stopped with an error: %1", "", failed).arg(firstError);
        if (parts.isEmpty())
            parts << (s->selection().isEmpty() ? tr("Choose what to follow in Sources.") : tr("Stopped."));
        state = parts.join(u' ');
    }
    m_state->setText(state);
    m_state->setToolTip(state);

    // Banner: what needs attention, most important first.
    if (!m_filterError.isEmpty())
        setBanner(m_filterError, true);
    else if (s && s->secretsWarning())
        setBanner(s->secretsWarning()->translated(), true);
    else if (m_window) {
        const auto hhmmss = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(u"HH:mm:ss"_s);
        };
        const QString from = hhmmss(m_window->first);
        const QString to = hhmmss(m_window->second);
        if (m_windowHeldFrom > 0 && m_windowHeldFrom <= m_window->first) {
            setBanner(
                tr("Showing the lines around %1 (from %2 to %3). Press “Resume following” to go back to the "
                   "newest lines.")
                    .arg(QDateTime::fromMSecsSinceEpoch((m_window->first + m_window->second) / 2)
                             .toLocalTime()
                             .toString(u"HH:mm"_s),
                         from, to),
                false);
        } else {
            QString why;
            if (m_windowHeldFrom < 0)
                why = tr("No line is kept, so the lines from %1 to %2 cannot be shown.").arg(from, to);
            else if (m_windowHeldFrom == 0)
                why =
                    tr("No line kept has a time, so the lines from %1 to %2 cannot be found.").arg(from, to);
            else
                why = tr("The lines kept begin at %1, after %2: the lines from %2 to %3 are no longer held "
                         "here. "
                         "Raise “History” and start reading again to go further back.")
                          .arg(hhmmss(m_windowHeldFrom), from, to);
            setBanner(why + u' ' + tr("Press “Resume following” to go back to the newest lines."), true);
        }
    } else if (!m_lastNotice.isEmpty())
        setBanner(m_lastNotice, false);
    else
        setBanner(QString(), false);

    // Bottom row.
    const logs::LogSnapshot& snap = m_view->snapshot();
    QString stats = tr("%1 lines kept, %2 MB")
                        .arg(LogText::number(snap.size().get()), megabytes(s ? s->memoryBytes() : 0));
    if (snap.dropped().get() > 0)
        stats += tr("; %1 older lines dropped (Keep: %2)")
                     .arg(LogText::number(snap.dropped().get()), m_keep->currentText());
    m_stats->setText(stats);
    const bool following = m_view->isFollowing();
    m_follow->setChecked(following);
    m_follow->setText(
        following ? tr("Following the end")
        : m_newWhilePaused > 0
            ? tr("Paused: %1 new lines, resume following").arg(LogText::number(m_newWhilePaused))
            : tr("Paused: resume following"));
    const QString placeholder =

        !s                                                    ? tr("Select a server.")
        : !session()->isConnected() && snap.size().get() == 0 ? tr("Connect to the server to read its logs.")
        : s->selection().isEmpty()
            ? tr("Choose what to follow in Sources: the compose services, a file on the server or a "
                 "systemd unit.")
        : isFiltering()       ? tr("Filtering…")
        : m_rows || m_matches ? tr("No line matches the filter.")
                              : tr("Waiting for lines…");
    m_view->setPlaceholderText(placeholder);
    m_panes->setPlaceholderText(placeholder);
}

void LogsTab::setBanner(const QString& text, bool warning)
{
    // Called on every batch of lines: only a change restyles the label.
    if (text == m_banner->text() && warning == m_bannerWarning &&
        m_banner->isVisibleTo(this) == !text.isEmpty())
        return;
    m_bannerWarning = warning;
    m_banner->setVisible(!text.isEmpty());
    m_banner->setText(text);
    m_banner->setStyleSheet(warning
                                ? u"QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0c060; "
                                  u"border-radius: 3px; }"_s
                                : u"QLabel { background: #e7f1fb; color: #123d66; border: 1px solid #9cc3e6; "
                                  u"border-radius: 3px; }"_s);
}

} // namespace capataz::ui
