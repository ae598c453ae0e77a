#include "AuditText.h"

#include <QCoreApplication>

namespace capataz::ui::audittext {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("capataz::ui::audittext", text);
}
} // namespace

QString action(const QString& name)
{
    if (name == u"run")
        return tr("run");
    if (name == u"dry-run")
        return tr("dry run");
    if (name == u"check")
        return tr("check");
    if (name == u"apply")
        return tr("apply");
    if (name == u"verify")
        return tr("verify");
    if (name == u"rollback")
        return tr("roll back");
    if (name == u"step")
        return tr("step result");
    if (name == u"preview")
        return tr("preview");
    return name;
}

QString status(const QString& name)
{
    if (name == u"ok")
        return tr("OK");
    if (name == u"failed")
        return tr("Failed");
    if (name == u"started")
        return tr("Started");
    if (name == u"done")
        return tr("Already done");
    if (name == u"needed")
        return tr("Needed");
    if (name == u"planned")
        return tr("Planned");
    if (name == u"skipped")
        return tr("Skipped");
    if (name == u"applied")
        return tr("Applied");
    if (name == u"rolled-back")
        return tr("Rolled back");
    if (name == u"rollback-failed")
        return tr("Rollback failed");
    if (name == u"cancelled")
        return tr("Cancelled");
    return name;
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60000)
        return tr("%1 s").arg(QString::number(double(ms) / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

QString when(const QDateTime& at)
{
    return at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString details(const store::AuditEntry& e)
{
    QString t;
    t += tr("When: %1").arg(when(e.at)) + u'\n';
    t += tr("Who: %1").arg(e.user.isEmpty() ? tr("(not recorded)") : e.user) + u'\n';
    t += tr("Server: %1").arg(e.server) + u'\n';
    t += tr("Plan: %1").arg(e.plan) + u'\n';
    if (!e.step.isEmpty())
        t += tr("Step: %1").arg(e.step) + u'\n';
    t += tr("Action: %1").arg(action(e.action)) + u'\n';
    t += tr("Result: %1").arg(status(e.status)) + u'\n';
    if (e.durationMs >= 0)
        t += tr("Duration: %1").arg(duration(e.durationMs)) + u'\n';
    if (const int code = store::auditExitCode(e.detail); code >= 0)
        t += tr("Exit code of the last command: %1").arg(code) + u'\n';
    if (!e.detail.isEmpty())
        t += u'\n' + e.detail;
    return t;
}

} // namespace capataz::ui::audittext
