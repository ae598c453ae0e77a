#include "backup/ScheduleRead.h"

#include "backup/BackupNaming.h"

#include <QRegularExpression>

namespace capataz::backup {

using namespace Qt::Literals::StringLiterals;

namespace {

// The value of `sched_targets=` in the script: a shell word in single quotes ('\'' inside).
QString quotedValue(const QString& script, const QString& key)
{
    const QString start = u'\n' + key + u'=';
    qsizetype at = script.indexOf(start);
    if (at < 0)
        return {};
    at += start.size();
    QString out;
    bool inQuote = false;
    for (qsizetype i = at; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (inQuote) {
            if (c == u'\'')
                inQuote = false;
            else
                out += c;
        } else if (c == u'\'') {
            inQuote = true;
        } else if (c == u'\\' && i + 1 < script.size()) {
            out += script.at(++i);
        } else if (c == u'\n' || c == u' ') {
            break;
        } else {
            out += c;
        }
    }
    return out;
}

int intValue(const QString& script, const QString& key)
{
    const QRegularExpression re(u"(?m)^"_s + key + u"=([0-9]+)$"_s);
    const auto m = re.match(script);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

std::optional<stack::RecipeBackupTarget::Kind> kindOf(const QString& name)
{
    using K = stack::RecipeBackupTarget::Kind;
    for (K k : {K::Postgres, K::MongoDb, K::Volume, K::Files, K::Redis, K::Qdrant, K::MinIo})
        if (stack::backupKindName(k) == name)
            return k;
    return std::nullopt;
}

} // namespace

InstalledSchedule parseInstalledSchedule(const QString& project, const QString& cronFile,
                                         const QString& script)
{
    InstalledSchedule s;
    const QString label = nameLabel(project);
    const QString begin = u"# BEGIN capataz backup "_s + label;
    const QString end = u"# END capataz backup "_s + label;
    const QStringList lines = cronFile.split(u'\n');
    const qsizetype b = lines.indexOf(begin);
    const qsizetype e = b < 0 ? -1 : lines.indexOf(end, b);
    if (b >= 0 && e > b) {
        s.cronPresent = true;
        s.cronBlock = lines.mid(b, e - b + 1).join(u'\n');
        static const QRegularExpression entry(u"^([0-9]{1,2}) ([0-9]{1,2}) \\* \\* \\* root "_s);
        for (qsizetype i = b + 1; i < e; ++i) {
            const auto m = entry.match(lines.at(i));
            if (m.hasMatch()) {
                s.minute = m.captured(1).toInt();
                s.hour = m.captured(2).toInt();
            }
        }
    }
    if (!script.isEmpty()) {
        s.scriptPresent = true;
        s.script = script;
        s.keepDays = intValue(script, u"sched_keep_days"_s);
        s.keepCount = intValue(script, u"sched_keep_count"_s);
        for (const QString& line :
             quotedValue(script, u"sched_targets"_s).split(QChar(0x1e), Qt::SkipEmptyParts)) {
            stack::RecipeBackupTarget t;
            bool known = false;
            for (const QString& field : line.split(QChar(0x1f))) {
                const qsizetype eq = field.indexOf(u'=');
                const QString key = field.left(eq);
                const QString value = field.mid(eq + 1);
                if (key == u"kind"_s) {
                    if (auto k = kindOf(value)) {
                        t.kind = *k;
                        known = true;
                    }
                } else if (key == u"service"_s) {
                    t.service = value;
                } else if (key == u"database"_s) {
                    t.database = value;
                } else if (key == u"database_env"_s) {
                    t.databaseEnv = value;
                } else if (key == u"user_env"_s) {
                    t.userEnv = value;
                } else if (key == u"password_env"_s) {
                    t.passwordEnv = value;
                } else if (key == u"volume"_s) {
                    t.volume = value;
                } else if (key == u"path"_s) {
                    t.path = value;
                }
            }
            if (known)
                s.targets << t;
        }
    }
    return s;
}

void readInstalledSchedule(const plan::StepContext& ctx, const QString& project,
                           std::function<void(Result<InstalledSchedule>)> done)
{
    // Two files, separated by a line no file of ours holds; a missing file reads as empty.
    remote::Command c = remote::Command::script(
        u"if [ -f \"$1\" ]; then cat -- \"$1\"; fi; printf '\\n@@capataz-schedule-script@@\\n'; "
        "if [ -f \"$2\" ]; then stat -c %Y -- \"$2\"; cat -- \"$2\"; fi"_s,
        {kCronFile.toString(), scheduleScriptPath(project)});
    c.asRoot();
    ctx.runChecked(
        c,
        [project, done = std::move(done)](Result<exec::Output> r) {
            if (!r) {
                done(std::unexpected(r.error()));
                return;
            }
            const QString out = QString::fromUtf8(r->out);
            const QString sep = u"\n@@capataz-schedule-script@@\n"_s;
            const qsizetype at = out.indexOf(sep);
            const QString cron = at < 0 ? out : out.left(at);
            QString script = at < 0 ? QString() : out.mid(at + sep.size());
            // The script's first line is its modification time (seconds since 1970), from stat.
            const qsizetype nl = script.indexOf(u'\n');
            qint64 mtime = -1;
            if (nl > 0) {
                mtime = script.left(nl).toLongLong();
                script = script.mid(nl + 1);
            }
            InstalledSchedule s = parseInstalledSchedule(project, cron, script);
            if (s.scriptPresent && mtime > 0)
                s.written = QDateTime::fromSecsSinceEpoch(mtime, Qt::UTC);
            done(s);
        },
        u"reading the backup schedule"_s);
}

QString describeTarget(const stack::RecipeBackupTarget& t)
{
    QString what = stack::backupKindName(t.kind);
    if (!t.databaseEnv.isEmpty())
        what += u" $"_s + t.databaseEnv;
    else if (!t.database.isEmpty())
        what += u' ' + t.database;
    if (!t.volume.isEmpty())
        what += u' ' + t.volume;
    if (!t.path.isEmpty())
        what += u' ' + t.path;
    if (!t.service.isEmpty())
        what += u" ("_s + t.service + u')';
    return what;
}

} // namespace capataz::backup
