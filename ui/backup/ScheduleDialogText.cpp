// What the schedule dialog says: the schedule on the server, the last run, the preview of what
// Apply writes. All of it is rendered from data, again on a language change.
#include "ErrorText.h"
#include "ScheduleDialog.h"
#include "backup/BackupNaming.h"
#include "client/ServerSession.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;
using namespace capataz::backup;

namespace capataz::ui {

namespace {
constexpr qint64 kLateSecs = 25 * 3600; // a daily schedule plus an hour for the run itself
const QString kLoud = u"color: #b00020; font-weight: bold;"_s;

QString when(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

QString hhmm(int hour, int minute)
{
    return QTime(hour, minute).toString(u"HH:mm"_s);
}
} // namespace

QString ScheduleDialog::targetText(const stack::RecipeBackupTarget& t)
{
    using K = stack::RecipeBackupTarget::Kind;
    QString product;
    switch (t.kind) {
    case K::Postgres:
        product = u"PostgreSQL"_s;
        break;
    case K::MongoDb:
        product = u"MongoDB"_s;
        break;
    case K::Redis:
        product = u"Redis"_s;
        break;
    case K::Qdrant:
        product = u"Qdrant"_s;
        break;
    case K::MinIo:
        product = u"MinIO"_s;
        break;
    case K::Volume:
    case K::Files:
        break;
    }
    QString text;
    if (t.kind == K::Volume)
        text = tr("the volume %1").arg(t.volume);
    else if (t.kind == K::Files)
        text = tr("the files in %1").arg(t.path);
    else if (!t.databaseEnv.isEmpty())
        text = tr("the %1 database named by %2 in the .env").arg(product, t.databaseEnv);
    else if (!t.database.isEmpty())
        text = tr("the %1 database %2").arg(product, t.database);
    else
        text = tr("every %1 database").arg(product);
    if (!t.service.isEmpty())
        text += u' ' + tr("(service %1)").arg(t.service);
    return text;
}

QString ScheduleDialog::currentText() const
{
    if (!m_session || !m_session->isConnected())
        return tr("Not connected: the schedule on the server cannot be read.");
    if (!m_loaded && !m_installed)
        return tr("Reading the schedule on the server...");
    if (m_loadError && !m_installed)
        return ErrorText::sentence(*m_loadError) + u'\n' + tr("Details: %1").arg(m_loadError->toString());
    const InstalledSchedule& s = *m_installed;
    if (!s.cronPresent && !s.scriptPresent)
        return tr("No schedule is installed: nothing backs this project up by itself.");
    if (!s.isInstalled())
        return tr("The schedule is incomplete on the server (its cron entry or its script is missing), so it "
                  "does not run. Apply writes both again.");
    QStringList what;
    for (const auto& t : s.targets)
        what << targetText(t);
    QString text = tr("Runs every day at %1 (the server's clock, UTC).").arg(hhmm(s.hour, s.minute));
    text += u' ' + tr("Backs up: %1.").arg(what.isEmpty() ? tr("nothing") : what.join(u", "_s));
    if (s.keepDays > 0 && s.keepCount > 0)
        text += u' ' + tr("Keeps every backup younger than %n day(s)", nullptr, s.keepDays) + u' ' +
                tr("and at least %n good backup(s) of each.", nullptr, s.keepCount);
    return text;
}

QString ScheduleDialog::lastRunText(bool* loud) const
{
    *loud = false;
    if (!m_loaded || !m_installed)
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool installed = m_installed->isInstalled();
    if (!m_lastRun) {
        if (!installed)
            return {};
        if (m_installed->written.isValid() && m_installed->written.secsTo(now) > kLateSecs) {
            *loud = true;
            return tr("LATE: the schedule was written %1, but no scheduled run has recorded a result since. "
                      "Check that cron runs on the server.")
                .arg(when(m_installed->written));
        }
        ScheduleSpec s = m_base;
        s.hour = m_installed->hour;
        s.minute = m_installed->minute;
        return tr("No scheduled run has recorded a result yet; the first is due at %1 (the server's clock, "
                  "UTC).")
            .arg(QLocale().toString(nextRun(s, now), QLocale::ShortFormat));
    }
    const LastRun& r = *m_lastRun;
    if (r.exitCode != 0) {
        *loud = true;
        // The script records each failed target by its first argument, "kind=postgres".
        QStringList what;
        for (const QString& f : r.failed)
            what << (f.startsWith(u"kind="_s) ? f.mid(5) : f);
        const QString failed = what.isEmpty() ? tr("the retention step") : what.join(u", "_s);
        return tr("The last scheduled run FAILED: it started %1 and ended with exit status %2. What failed: "
                  "%3. The server's log: /var/log/capataz-backup-%4.log.")
            .arg(when(r.started))
            .arg(r.exitCode)
            .arg(failed, nameLabel(m_base.project));
    }
    QString text =
        tr("The last scheduled run, %1, succeeded and made %n backup(s).", nullptr, int(r.made.size()))
            .arg(when(r.started));
    if (!r.deleted.isEmpty())
        text += u' ' + tr("Retention deleted %n old backup(s).", nullptr, int(r.deleted.size()));
    if (installed && r.started.secsTo(now) > kLateSecs) {
        *loud = true;
        text = tr("LATE: the last scheduled run was %1, more than a day ago: the schedule seems to have "
                  "stopped. Check that cron runs on the server.")
                   .arg(when(r.started)) +
               u' ' + text;
    }
    return text;
}

void ScheduleDialog::showState()
{
    m_current->setText(currentText());
    const bool broken = m_installed && (m_installed->cronPresent != m_installed->scriptPresent);
    m_current->setStyleSheet(broken ? kLoud : QString());
    bool loud = false;
    const QString run = lastRunText(&loud);
    m_lastRunLabel->setText(run);
    m_lastRunLabel->setVisible(!run.isEmpty());
    m_lastRunLabel->setStyleSheet(loud ? kLoud : QString());
    updatePreview();
}

void ScheduleDialog::updatePreview()
{
    const ScheduleSpec s = spec();
    const auto valid = validateSchedule(s);
    const bool connected = m_session && m_session->isConnected();
    m_apply->setEnabled(connected && !m_busy && valid.has_value());
    m_remove->setEnabled(connected && !m_busy && m_installed &&
                         (m_installed->cronPresent || m_installed->scriptPresent));
    if (!valid) {
        m_previewLabel->setText(s.targets.isEmpty()
                                    ? tr("Choose at least one thing to back up.")
                                    : tr("This schedule cannot be written: %1").arg(valid.error().detail));
        m_previewLabel->setStyleSheet(kLoud);
        m_preview->clear();
        return;
    }
    m_previewLabel->setStyleSheet(QString());
    const QString block = cronBlock(s);
    const QString script = scheduleScript(s);
    const QString scriptPath = scheduleScriptPath(s.project);
    const auto state = [this](bool present, bool same) -> QString {
        if (!m_installed)
            return {};
        if (!present)
            return tr("new");
        return same ? tr("unchanged") : tr("changed");
    };
    QString cronState;
    QString scriptState;
    if (m_installed) {
        cronState = state(m_installed->cronPresent, m_installed->cronBlock == block);
        scriptState = state(m_installed->scriptPresent, m_installed->script == script);
    }
    QString summary = tr("Apply writes these two files on the server, as root; nothing else changes:");
    summary += u"\n• "_s + tr("%1: Capataz's block for this project").arg(kCronFile.toString());
    if (!cronState.isEmpty())
        summary += u" ("_s + cronState + u')';
    summary += u"\n• "_s +
               tr("%1: the script cron runs, %n line(s)", nullptr, int(script.count(u'\n'))).arg(scriptPath);
    if (!scriptState.isEmpty())
        summary += u" ("_s + scriptState + u')';
    if (m_installed && m_installed->cronBlock == block && m_installed->script == script)
        summary += u'\n' + tr("The server already runs exactly this schedule: Apply would change nothing.");
    m_previewLabel->setText(summary);
    m_preview->setPlainText(u"==> "_s + kCronFile.toString() + u" <==\n"_s + block + u"\n\n==> "_s +
                            scriptPath + u" <==\n"_s + script);
}

} // namespace capataz::ui
