#include "backup/BackupSchedule.h"

#include "backup/BackupNaming.h"
#include "backup/BackupScripts.h"
#include "remote/Receive.h"
#include "remote/ShellQuote.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace capataz::backup {

using namespace Qt::Literals::StringLiterals;

namespace {

// After the shared prelude: reading the .env, the manifest in JSON, one target, retention.
const QString kScheduleFunctions = uR"SH(
env_value() {
  local line v
  line=$(grep -E "^[[:space:]]*(export[[:space:]]+)?$1[[:space:]]*=" -- "$sched_envfile" | tail -n 1) || true
  v=${line#*=}
  v="${v#"${v%%[![:space:]]*}"}"
  v="${v%"${v##*[![:space:]]}"}"
  case $v in
    \"*\") v=${v#\"}; v=${v%\"} ;;
    \'*\') v=${v#\'}; v=${v%\'} ;;
  esac
  printf '%s' "$v"
}
label_of() { printf '%s' "$1" | tr -c 'A-Za-z0-9_' '_' | cut -c 1-64; }
js() { printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"; }
val() { grep "^$1=" "$2" | tail -n 1 | cut -d = -f 2- || true; }
manifest_json() {
  local out=$1 tools="" rows="" line c expect
  while IFS= read -r line; do
    case $line in
      tool=*) tools="$tools${tools:+, }$(js "${line#tool=}")" ;;
      count=*) c=${line#count=}; rows="$rows${rows:+, }$(js "${c%|*}"): ${c##*|}" ;;
    esac
  done < "$out"
  if [ "$arg_kind" = postgres ] || [ "$arg_kind" = mongodb ]; then
    expect="\"row_counts\": {$rows}"
  else
    expect="\"file_count\": $(val files "$out"), \"bytes\": $(val bytes "$out")"
  fi
  printf '{\n  "capataz_backup": 1,\n  "name": %s,\n  "kind": %s,\n  "project": %s,\n  "source": %s,\n' \
    "$(js "$(val name "$out")")" "$(js "$arg_kind")" "$(js "$sched_project")" \
    "$(js "$arg_kind ${arg_database:-}${arg_volume:-}${arg_path:-} (scheduled)")"
  printf '  "database": %s,\n  "service": %s,\n  "user": %s,\n  "volume": %s,\n  "path": %s,\n' \
    "$(js "${arg_database:-}")" "$(js "${arg_service:-}")" "$(js "${arg_user:-}")" "$(js "${arg_volume:-}")" \
    "$(js "${arg_path:-}")"
  printf '  "compression": %s,\n  "tools": [%s],\n  "size": %s,\n  "sha256": %s,\n' \
    "$(js "$(val compression "$out")")" "$tools" "$(val size "$out")" "$(js "$(val sha256 "$out")")"
  printf '  "started": %s,\n  "ended": %s,\n  "expect": {%s}\n}\n' \
    "$(js "$(val started "$out")")" "$(js "$(val ended "$out")")" "$expect"
}
backup_one() {
  parse_args "$@"
  if [ -n "${arg_database_env:-}" ]; then
    v=$(env_value "$arg_database_env")
    if [ -n "$v" ]; then arg_database=$v; fi
  fi
  if [ -n "${arg_user_env:-}" ]; then arg_user=$(env_value "$arg_user_env"); fi
  setup_conn
  case $arg_kind in volume) label=$arg_volume ;; files) label=$arg_path ;; *) label=$arg_database ;; esac
  arg_stem="$(date -u +%Y%m%dT%H%M%SZ)-$arg_kind-$(label_of "$label")"
  out="$arg_dir/.scheduled-run.out"
  mkdir -p -- "$arg_dir"
  pw=""
  if [ -n "${arg_password_env:-}" ]; then pw=$(env_value "$arg_password_env"); fi
  printf '%s\n' "$pw" | create_body > "$out"
  name=$(val name "$out")
  manifest_json "$out" > "$arg_dir/$name.manifest.json.partial"
  mv -f -- "$arg_dir/$name.manifest.json.partial" "$arg_dir/$name.manifest.json"
  rm -f -- "$out"
  echo "$name"
}
retention() {
  local now series f ts epoch good n newest_good newest_drilled files
  now=$(date -u +%s)
  [ -d "$sched_dir" ] || return 0
  cd -- "$sched_dir"
  for series in $(ls -1 | grep -E '^[0-9]{8}T[0-9]{6}Z-[A-Za-z0-9_]+-[A-Za-z0-9_]+\.' | grep -v -E '\.(json|partial|prev)$' | cut -d - -f 2- | cut -d . -f 1 | sort -u); do
    files=$(ls -1r | grep -E "^[0-9]{8}T[0-9]{6}Z-$series\." | grep -v -E '\.(json|partial|prev)$' || true)
    newest_good=""; newest_drilled=""; n=0
    for f in $files; do
      good=0
      if [ -f "$f.manifest.json" ] && grep -qE "\"size\": $(stat -c %s -- "$f")([^0-9]|\$)" "$f.manifest.json"; then good=1; fi
      if [ $good = 1 ] && [ -z "$newest_good" ]; then newest_good=$f; fi
      if [ $good = 1 ] && [ -z "$newest_drilled" ] && grep -q '"ok": true' "$f.drill.json" 2>/dev/null; then newest_drilled=$f; fi
    done
    for f in $files; do
      good=0
      if [ -f "$f.manifest.json" ] && grep -qE "\"size\": $(stat -c %s -- "$f")([^0-9]|\$)" "$f.manifest.json"; then good=1; fi
      ts=${f%%-*}
      epoch=$(date -u -d "${ts:0:4}-${ts:4:2}-${ts:6:2} ${ts:9:2}:${ts:11:2}:${ts:13:2}" +%s)
      if [ $good = 1 ] && [ $n -lt "$sched_keep_count" ]; then n=$((n + 1)); continue; fi
      if [ $((now - epoch)) -le $((sched_keep_days * 86400)) ]; then continue; fi
      if [ "$f" = "$newest_good" ] || [ "$f" = "$newest_drilled" ]; then continue; fi
      rm -f -- "$f" "$f.manifest.json" "$f.drill.json" "$f.drill.json.prev"
      echo "$f"
    done
  done
  cd /
}
)SH"_s;

const QString kScheduleMain = uR"SH(
started=$(now)
status=0
made=""; failed=""; deleted=""
while IFS= read -r -d $'\x1e' target; do
  [ -n "$target" ] || continue
  IFS=$'\x1f' read -r -d '' -a targs < <(printf '%s\0' "$target") || true
  set +e
  name=$( (set -e; backup_one "${targs[@]}") )
  rc=$?
  set -e
  if [ $rc = 0 ] && [ -n "$name" ]; then made="$made${made:+, }$(js "$name")"; else status=1; failed="$failed${failed:+, }$(js "${targs[0]}")"; fi
done < <(printf '%s' "$sched_targets")
set +e
gone=$( (set -e; retention) )
[ $? = 0 ] || status=1
set -e
for f in $gone; do deleted="$deleted${deleted:+, }$(js "$f")"; done
mkdir -p -- "$sched_dir"
printf '{\n  "capataz_run": 1,\n  "started": %s,\n  "ended": %s,\n  "exit": %s,\n  "made": [%s],\n  "failed": [%s],\n  "deleted": [%s]\n}\n' \
  "$(js "$started")" "$(js "$(now)")" "$status" "$made" "$failed" "$deleted" > "$sched_dir/last-run.json.partial"
if [ -f "$sched_dir/last-run.json" ]; then cp -p -- "$sched_dir/last-run.json" "$sched_dir/last-run.json.prev"; fi
mv -f -- "$sched_dir/last-run.json.partial" "$sched_dir/last-run.json"
exit $status
)SH"_s;

const QString kInstall = remote::receiveFunction() + uR"SH(set -euo pipefail
script=$1; cron=$2; begin=$3; end=$4; block=$5; mode=$6
umask 022
if [ "$mode" = remove ]; then
  if [ -f "$script" ]; then rm -f -- "$script"; echo script=removed; else echo script=unchanged; fi
else
  mkdir -p -- "$(dirname -- "$script")"
  t=$(mktemp -- "$script.XXXXXX")
  receive "$t" "$7" "$8"
  chmod 755 "$t"
  if [ -f "$script" ] && cmp -s "$t" "$script"; then rm -f -- "$t"; echo script=unchanged
  else
    if [ -f "$script" ]; then cp -p -- "$script" "$script.prev"; fi
    mv -f -- "$t" "$script"; echo script=written
  fi
fi
c=$(mktemp -- "$(dirname -- "$cron")/.capataz-backups.XXXXXX")
{
  if [ -f "$cron" ]; then awk -v b="$begin" -v e="$end" '$0 == b { skip = 1 } !skip { print } $0 == e { skip = 0 }' "$cron"; fi
  if [ "$mode" != remove ]; then printf '%s\n' "$block"; fi
} > "$c"
chmod 644 "$c"
if [ -f "$cron" ] && cmp -s "$c" "$cron"; then rm -f -- "$c"; echo cron=unchanged
elif [ ! -f "$cron" ] && [ ! -s "$c" ]; then rm -f -- "$c"; echo cron=unchanged
else
  if [ -f "$cron" ]; then cp -p -- "$cron" "$(dirname -- "$cron")/.capataz-backups.prev"; fi
  mv -f -- "$c" "$cron"; echo cron=written
fi
)SH"_s;

QString beginMark(const QString& project)
{
    return u"# BEGIN capataz backup "_s + project;
}

QString endMark(const QString& project)
{
    return u"# END capataz backup "_s + project;
}

QString targetLine(const ScheduleSpec& spec, const stack::RecipeBackupTarget& t)
{
    const QStringList args{u"kind="_s + stack::backupKindName(t.kind),
                           u"projdir="_s + spec.projectDir,
                           u"service="_s + t.service,
                           u"compose="_s + (t.service.isEmpty() ? QString() : spec.composeArgs.join(u'\n')),
                           u"database="_s + t.database,
                           u"database_env="_s + t.databaseEnv,
                           u"user_env="_s + t.userEnv,
                           u"password_env="_s + t.passwordEnv,
                           u"volume="_s + t.volume,
                           u"path="_s + t.path,
                           u"image="_s + spec.image,
                           u"compress="_s + spec.compression,
                           u"dir="_s + spec.dir};
    return args.join(QChar(0x1f));
}

} // namespace

QString scheduleScriptPath(const QString& project)
{
    return u"/usr/local/lib/capataz/backup-"_s + nameLabel(project) + u".sh"_s;
}

QString cronBlock(const ScheduleSpec& spec)
{
    const QString project = nameLabel(spec.project);
    return beginMark(project) + u'\n' +
           u"%1 %2 * * * root %3 >> /var/log/capataz-backup-%4.log 2>&1"_s.arg(spec.minute)
               .arg(spec.hour)
               .arg(scheduleScriptPath(project), project) +
           u'\n' + endMark(project);
}

VoidResult validateSchedule(const ScheduleSpec& spec)
{
    auto bad = [](const QString& why) {
        return fail(ErrorCode::InvalidArgument, why);
    };
    if (spec.hour < 0 || spec.hour > 23 || spec.minute < 0 || spec.minute > 59)
        return bad(u"the time must be HH:MM between 00:00 and 23:59"_s);
    if (spec.retention.keepDays < 1 || spec.retention.keepCount < 1)
        return bad(u"keep at least one day and one backup"_s);
    if (spec.targets.isEmpty())
        return bad(u"the schedule has nothing to back up"_s);
    if (!spec.dir.startsWith(u'/') || spec.projectDir.isEmpty())
        return bad(u"the backup directory must be absolute and the project directory known"_s);
    for (const QString& s :
         spec.composeArgs + QStringList{spec.dir, spec.projectDir, spec.envFile, spec.image})
        if (s.contains(QChar(0x1f)) || s.contains(QChar(0x1e)) || s.contains(u'\n'))
            return bad(u"a value of the schedule holds a control character"_s);
    return {};
}

QString scheduleScript(const ScheduleSpec& spec)
{
    QString targets;
    for (const auto& t : spec.targets)
        targets += targetLine(spec, t) + QChar(0x1e);
    const QString envPath =
        spec.envFile.startsWith(u'/') ? spec.envFile : spec.projectDir + u'/' + spec.envFile;
    QString head =
        u"#!/bin/bash\n"
        "# Capataz: the scheduled backups of project %1, run by cron (%2).\n"
        "# Written by `capataz-cli backup SERVER schedule`, which rewrites it: do not edit it here.\n"
        "# Each run backs up the targets below into %3 as `capataz-cli backup SERVER create` does\n"
        "# (NAME.partial renamed when complete, NAME.manifest.json beside it), reading the\n"
        "# credentials from %4 at run time; then deletes what the retention allows (kept: the\n"
        "# newest %5 good backups of each, all younger than %6 days, the newest good one and the\n"
        "# newest one whose restore drill passed), and records the result in last-run.json.\n"_s
            .arg(nameLabel(spec.project), kCronFile.toString(), spec.dir, envPath)
            .arg(spec.retention.keepCount)
            .arg(spec.retention.keepDays);
    QString vars =
        u"sched_project=%1\nsched_dir=%2\nsched_envfile=%3\nsched_keep_days=%4\nsched_keep_count=%5\n"
        "sched_targets=%6\n"_s
            .arg(remote::shellQuote(nameLabel(spec.project)), remote::shellQuote(spec.dir),
                 remote::shellQuote(envPath))
            .arg(spec.retention.keepDays)
            .arg(spec.retention.keepCount)
            .arg(remote::shellQuote(targets));
    return head + scripts::preludeText() + vars + u"create_body() {\n"_s + scripts::createBodyText() +
           u"}\n"_s + kScheduleFunctions + kScheduleMain;
}

QDateTime nextRun(const ScheduleSpec& spec, const QDateTime& now)
{
    QDateTime at(now.toUTC().date(), QTime(spec.hour, spec.minute), Qt::UTC);
    if (at <= now)
        at = at.addDays(1);
    return at;
}

remote::Command installScheduleCommand(const ScheduleSpec& spec, bool remove)
{
    const QString project = nameLabel(spec.project);
    // $7 $8: the script's size and SHA-256, so a cut connection never installs half of it.
    QStringList argv{u"bash"_s,
                     u"-c"_s,
                     kInstall,
                     u"capataz-schedule"_s,
                     scheduleScriptPath(project),
                     kCronFile.toString(),
                     beginMark(project),
                     endMark(project),
                     cronBlock(spec),
                     remove ? u"remove"_s : u"install"_s};
    argv << remote::receiveArgs(scheduleScript(spec).toUtf8());
    remote::Command c(argv);
    c.asRoot();
    return c;
}

void installSchedule(const plan::StepContext& ctx, const ScheduleSpec& spec, bool remove,
                     std::function<void(Result<ScheduleChange>)> done)
{
    if (auto ok = validateSchedule(spec); !ok && !remove) {
        done(std::unexpected(ok.error()));
        return;
    }
    ctx.runChecked(
        exec::Request(installScheduleCommand(spec, remove), scheduleScript(spec).toUtf8()),
        [done = std::move(done)](Result<exec::Output> r) {
            if (!r) {
                done(std::unexpected(r.error()));
                return;
            }
            ScheduleChange c;
            c.scriptChanged = r->out.contains("script=written") || r->out.contains("script=removed");
            c.cronChanged = r->out.contains("cron=written");
            done(c);
        },
        u"installing the backup schedule"_s);
}

Result<LastRun> lastRunFromJson(const QByteArray& json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject() ||
        doc.object().value(u"capataz_run"_s).toInt() != 1)
        return fail(ErrorCode::ParseError, u"last-run.json is not a Capataz run record"_s);
    const QJsonObject o = doc.object();
    LastRun r;
    r.started = QDateTime::fromString(o.value(u"started"_s).toString(), Qt::ISODate);
    r.ended = QDateTime::fromString(o.value(u"ended"_s).toString(), Qt::ISODate);
    r.exitCode = o.value(u"exit"_s).toInt(-1);
    for (const QJsonValue& v : o.value(u"made"_s).toArray())
        r.made << v.toString();
    for (const QJsonValue& v : o.value(u"failed"_s).toArray())
        r.failed << v.toString();
    for (const QJsonValue& v : o.value(u"deleted"_s).toArray())
        r.deleted << v.toString();
    return r;
}

void readLastRun(const plan::StepContext& ctx, const QString& dir,
                 std::function<void(Result<std::optional<LastRun>>)> done)
{
    remote::Command c = remote::Command::script(
        u"[ -f \"$1/last-run.json\" ] || exit 3; cat -- \"$1/last-run.json\""_s, {dir});
    c.asRoot();
    ctx.run(c, [done = std::move(done)](Result<exec::Output> r) {
        if (!r) {
            done(std::unexpected(r.error()));
            return;
        }
        if (r->exitCode == 3) {
            done(std::optional<LastRun>());
            return;
        }
        if (!r->succeeded()) {
            done(std::unexpected(exec::exitError(*r, u"reading last-run.json"_s)));
            return;
        }
        auto run = lastRunFromJson(r->out);
        if (!run)
            done(std::unexpected(run.error()));
        else
            done(std::optional<LastRun>(*run));
    });
}

std::optional<BackupAlarm> lastRunAlarm(const std::optional<LastRun>& run)
{
    if (!run || run->exitCode == 0)
        return std::nullopt;
    return BackupAlarm{
        BackupAlarm::Kind::Failed,
        run->failed.join(u", "_s),
        {},
        Text(QT_TRANSLATE_NOOP("capataz::backup", "The scheduled run of %1 failed (exit status %2) for: %3."),
             {run->started.toString(Qt::ISODate), QString::number(run->exitCode),
              run->failed.isEmpty() ? u"retention"_s : run->failed.join(u", "_s)})};
}

} // namespace capataz::backup
