#include "AuditText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <vector>

namespace capataz::ui::audittext {

using namespace Qt::Literals::StringLiterals;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("capataz::ui::audittext", text);
}
QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("capataz::ui::audittext", text, disambiguation, n);
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

QString plan(const QString& recorded)
{
    const QByteArray source = recorded.toUtf8();
    const QString exact = QCoreApplication::translate("capataz::plan", source.constData());
    if (exact != recorded)
        return exact;
    // Titles with values were recorded filled in ("Nginx reverse proxy for api.example.com"):
    // matched against the plans' title patterns (core/setup, core/access, core/backup) and
    // translated with the same values. tst_auditview checks them.
    struct Pattern {
        const char* source;
        QRegularExpression match;
    };
    static const std::vector<Pattern> patterns = [] {
        std::vector<Pattern> list;
        for (const char* title :
             {"Nginx reverse proxy for %1", "HTTPS certificate for %1", "Restore %1 from %2",
              "Revoke the access account %1", "Give %1 an owner's access (account %2)",
              "Give %1 a support access (account %2)"}) {
            // The text around %1 and %2 literally, each value one capture.
            const QString text = QString::fromUtf8(title);
            QString re;
            qsizetype last = 0;
            for (qsizetype at = text.indexOf(u'%'); at >= 0; at = text.indexOf(u'%', last)) {
                re += QRegularExpression::escape(text.mid(last, at - last)) + u"(.+)"_s;
                last = at + 2;
            }
            re += QRegularExpression::escape(text.mid(last));
            list.push_back({title, QRegularExpression(u'^' + re + u'$')});
        }
        return list;
    }();
    for (const Pattern& p : patterns) {
        if (const auto m = p.match.match(recorded); m.hasMatch()) {
            const QString text = QCoreApplication::translate("capataz::plan", p.source);
            return m.lastCapturedIndex() == 2 ? text.arg(m.captured(1), m.captured(2))
                                              : text.arg(m.captured(1));
        }
    }
    return recorded;
}

QString detail(const QString& recorded)
{
    static const QRegularExpression steps(u"^(\\d+) step\\(s\\)$"_s);
    if (const auto m = steps.match(recorded); m.hasMatch())
        return tr("%n step(s)", nullptr, m.captured(1).toInt());
    return recorded;
}

QString details(const store::AuditEntry& e)
{
    QString t;
    t += tr("When: %1").arg(when(e.at)) + u'\n';
    t += tr("Who: %1").arg(e.user.isEmpty() ? tr("(not recorded)") : e.user) + u'\n';
    t += tr("Server: %1").arg(e.server) + u'\n';
    t += tr("Plan: %1").arg(plan(e.plan)) + u'\n';
    if (!e.step.isEmpty())
        t += tr("Step: %1").arg(e.step) + u'\n';
    t += tr("Action: %1").arg(action(e.action)) + u'\n';
    t += tr("Result: %1").arg(status(e.status)) + u'\n';
    if (e.durationMs >= 0)
        t += tr("Duration: %1").arg(duration(e.durationMs)) + u'\n';
    if (const int code = store::auditExitCode(e.detail); code >= 0)
        t += tr("Exit code of the last command: %1").arg(code) + u'\n';
    if (!e.detail.isEmpty())
        t += u'\n' + detail(e.detail);
    return t;
}

} // namespace capataz::ui::audittext
