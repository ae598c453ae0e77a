#include "backup/BackupScripts.h"

#include "remote/Receive.h"

namespace capataz::backup::scripts {

using namespace Qt::Literals::StringLiterals;

namespace {

// Shared by every script: strict mode, the key=value arguments as $arg_KEY, compression and
// the two ways to reach PostgreSQL (a compose service's container, or the host as postgres).
const QString kPrelude = uR"SH(set -euo pipefail
umask 077
cd /
parse_args() {
  local a k
  for a in "$@"; do
    k=${a%%=*}
    if [[ $k =~ ^[a-z_]+$ ]]; then printf -v "arg_$k" '%s' "${a#*=}"; fi
  done
}
parse_args "$@"
compose_run() {
  local -a cargs=()
  if [ -n "${arg_compose:-}" ]; then mapfile -t cargs <<< "$arg_compose"; fi
  (cd -- "$arg_projdir" && docker compose "${cargs[@]}" "$@")
}
pick_compressor() {
  comp=${arg_compress:-}
  if [ -z "$comp" ]; then
    if command -v zstd >/dev/null 2>&1; then comp=zstd; else comp=gzip; fi
  fi
  if [ "$comp" = zstd ]; then ext=zst; else ext=gz; fi
}
compress() { if [ "$comp" = zstd ]; then zstd -q -3 -T0 -c; else gzip -6 -c; fi; }
decomp() { case "$1" in zstd|*.zst) zstd -q -dc ;; gzip|*.gz) gzip -dc ;; *) cat ;; esac; }
now() { date -u +%Y-%m-%dT%H:%M:%SZ; }
tar_counts() { tar -tvf - | awk '$1 ~ /^-/ { n++; b += $3 } END { printf "files=%d\nbytes=%.0f\n", n, b }'; }
pg_client() {
  if [ -n "${arg_service:-}" ]; then
    printf '%s\n' "$pw" | compose_run exec -T "$arg_service" sh -c 'IFS= read -r PGPASSWORD; export PGPASSWORD; exec "$@"' sh "$@"
  else
    printf '%s\n' "$pw" | runuser -u postgres -- sh -c 'IFS= read -r PGPASSWORD; export PGPASSWORD; exec "$@"' sh "$@"
  fi
}
pg_admin() {
  if [ -n "${arg_service:-}" ]; then compose_run exec -T "$arg_service" "$@"; else runuser -u postgres -- "$@"; fi
}
setup_conn() {
  conn=(); admin=()
  if [ -z "${arg_service:-}" ] && [ -n "${arg_user:-}" ]; then conn+=(-h "${arg_host:-127.0.0.1}" -p "${arg_port:-5432}"); fi
  if [ -n "${arg_user:-}" ]; then
    conn+=(-U "$arg_user")
    if [ -n "${arg_service:-}" ]; then admin+=(-U "$arg_user"); fi
  fi
}
setup_conn
count_sql="select n.nspname || '.' || c.relname || '|' || (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I', n.nspname, c.relname), false, true, '')))[1]::text from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%' and n.nspname not like 'pg_temp%' order by 1"
)SH"_s;

const QString kCreate = uR"SH(IFS= read -r pw || pw=
mkdir -p -- "$arg_dir"
chmod 700 -- "$arg_dir"
pick_compressor
case $arg_kind in
  postgres) fmt=dump ;;
  mongodb) fmt=archive ;;
  *) fmt=tar ;;
esac
if [ "$arg_kind" = mongodb ]; then ext=gz; comp=gzip; fi
name="$arg_stem.$fmt.$ext"
final="$arg_dir/$name"
part="$final.partial"
trap 'rm -f -- "$part"' EXIT
echo "started=$(now)"
echo "compression=$comp"
case $arg_kind in
  postgres)
    echo "tool=$(pg_client pg_dump --version | head -n 1)"
    pg_client pg_dump "${conn[@]}" -Fc -Z0 -d "$arg_database" | compress > "$part"
    echo "ended=$(now)"
    pg_client psql "${conn[@]}" -X -At -v ON_ERROR_STOP=1 -d "$arg_database" -c "$count_sql" | sed 's/^/count=/'
    ;;
  volume)
    docker volume inspect -- "$arg_volume" > /dev/null
    echo "tool=$(docker --version)"
    docker run --rm --network none -v "$arg_volume:/v:ro" "$arg_image" tar -C /v -cf - . | compress > "$part"
    echo "ended=$(now)"
    decomp "$comp" < "$part" | tar_counts
    ;;
  files)
    echo "tool=$(tar --version | head -n 1)"
    tar -C "$arg_projdir" -cf - -- "$arg_path" | compress > "$part"
    echo "ended=$(now)"
    decomp "$comp" < "$part" | tar_counts
    ;;
  mongodb)
    margs=(--archive --gzip --quiet "--db=$arg_database")
    if [ -n "${arg_user:-}" ]; then margs+=("--username=$arg_user" --authenticationDatabase=admin); fi
    echo "tool=$(compose_run exec -T "$arg_service" mongodump --version 2>/dev/null | head -n 1)"
    printf '%s\n' "$pw" | compose_run exec -T "$arg_service" sh -c '
      IFS= read -r p
      c=$(mktemp)
      if [ -n "$p" ]; then
        printf "password: \"%s\"\n" "$(printf "%s" "$p" | sed "s/[\\\\\"]/\\\\&/g")" > "$c"
        set -- --config="$c" "$@"
      fi
      mongodump "$@"
      r=$?
      rm -f "$c"
      exit $r' sh "${margs[@]}" > "$part"
    echo "ended=$(now)"
    ;;
esac
[ "$comp" = zstd ] && echo "tool=$(zstd --version 2>&1 | head -n 1)"
[ "$comp" = gzip ] && echo "tool=$(gzip --version 2>&1 | head -n 1)"
echo "sha256=$(sha256sum -- "$part" | cut -d ' ' -f 1)"
echo "size=$(stat -c %s -- "$part")"
mv -f -- "$part" "$final"
trap - EXIT
echo "name=$name"
)SH"_s;

const QString kList = uR"SH([ -d "$arg_dir" ] || exit 0
cd -- "$arg_dir"
for f in *; do
  [ -f "$f" ] || continue
  case $f in
    *.manifest.json|*.drill.json|last-run.json) printf 'J\t%s\t' "$f"; base64 -w 0 -- "$f"; echo ;;
    *) printf 'F\t%s\t%s\t%s\n' "$f" "$(stat -c %s -- "$f")" "$(stat -c %Y -- "$f")" ;;
  esac
done
)SH"_s;

const QString kVerify = uR"SH(f="$arg_dir/$arg_name"
[ -f "$f" ] || exit 3
echo "size=$(stat -c %s -- "$f")"
echo "sha256=$(sha256sum -- "$f" | cut -d ' ' -f 1)"
case $f in
  *.zst) if zstd -q -t -- "$f" 2>/dev/null; then echo intact=yes; else echo intact=no; fi ;;
  *.gz) if gzip -t -- "$f" 2>/dev/null; then echo intact=yes; else echo intact=no; fi ;;
  *) echo intact=unknown ;;
esac
if [ -f "$f.manifest.json" ]; then printf 'manifest='; base64 -w 0 -- "$f.manifest.json"; echo; fi
)SH"_s;

// A download in one command: the manifest, a NUL byte (JSON has none), then the file's bytes
// from $2 on. sh, not bash with the prelude, and one fork (cat) besides the copy: it runs once
// per download, and what it is measured against is `sudo cat` (tests/bench/bench_backup.cpp).
// From the start the copy is `cat` itself: GNU tail writes 8 KiB at a time, cat 128 KiB, and
// `ssh host sudo tail -c +1` took about 10 % longer than `sudo cat` of 64 MiB on the test host.
const QString kReadFrom = uR"SH(f=$1
[ -f "$f" ] || exit 3
[ -f "$f.manifest.json" ] || exit 4
cat -- "$f.manifest.json" || exit 1
printf '\0'
[ "$2" = 1 ] && exec cat -- "$f"
exec tail -c "+$2" -- "$f"
)SH"_s;

const QString kDrill = uR"SH(f="$arg_dir/$arg_name"
[ -f "$f" ] || exit 3
echo "started=$(now)"
case $arg_kind in
  postgres)
    pg_admin createdb "${admin[@]}" "$arg_scratch"
    trap 'pg_admin dropdb "${admin[@]}" --if-exists "$arg_scratch" > /dev/null 2>&1 || true' EXIT
    decomp "$f" < "$f" | pg_admin pg_restore "${admin[@]}" --exit-on-error -d "$arg_scratch"
    pg_admin psql "${admin[@]}" -X -At -v ON_ERROR_STOP=1 -d "$arg_scratch" -c "$count_sql" | sed 's/^/count=/'
    ;;
  volume)
    docker volume create "$arg_scratch" > /dev/null
    trap 'docker volume rm -f "$arg_scratch" > /dev/null 2>&1 || true' EXIT
    decomp "$f" < "$f" | docker run --rm -i --network none -v "$arg_scratch:/v" "$arg_image" tar -C /v -xf -
    docker run --rm --network none -v "$arg_scratch:/v:ro" "$arg_image" tar -C /v -cf - . | tar_counts
    ;;
  files)
    d=$(mktemp -d)
    trap 'rm -rf -- "$d"' EXIT
    decomp "$f" < "$f" | tar -C "$d" -xf -
    tar -C "$d" -cf - . | tar_counts
    ;;
  *) echo "drills of $arg_kind backups are not supported" >&2; exit 2 ;;
esac
echo "ended=$(now)"
)SH"_s;

const QString kRestore = uR"SH(f="$arg_dir/${arg_name:-}"
if [ -z "${arg_name:-}" ]; then
  f=
  for c in "$arg_dir/$arg_stem".*; do
    case $c in *.partial|*.json|*.prev) ;; *) [ -f "$c" ] && f=$c ;; esac
  done
fi
[ -n "$f" ] && [ -f "$f" ] || { echo "no backup file to restore" >&2; exit 3; }
case $arg_kind in
  postgres)
    # The application's connections would hold locks the restore waits for: they are ended
    # (the user confirmed replacing the data), and a lock still held after 30 s fails the restore.
    n=$(pg_admin psql "${admin[@]}" -X -At -v ON_ERROR_STOP=1 -v db="$arg_database" -d postgres <<'SQL'
select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = :'db' and pid <> pg_backend_pid();
SQL
)
    echo "disconnected=$n"
    decomp "$f" < "$f" | pg_admin env PGOPTIONS='-c lock_timeout=30s' pg_restore "${admin[@]}" --clean --if-exists --single-transaction --exit-on-error -d "$arg_database"
    ;;
  volume)
    decomp "$f" < "$f" | docker run --rm -i --network none -v "$arg_volume:/v" "$arg_image" sh -c 'rm -rf /v/* /v/.[!.]* /v/..?* && tar -C /v -xf -'
    ;;
  files)
    decomp "$f" < "$f" | tar -C "$arg_projdir" -xf -
    ;;
  *) echo "restores of $arg_kind backups are not supported" >&2; exit 2 ;;
esac
echo "restored=$f"
)SH"_s;

const QString kCheck = uR"SH(case $arg_kind in
  postgres) got=$(pg_admin psql "${admin[@]}" -X -At -v ON_ERROR_STOP=1 -d "$arg_database" -c "$count_sql" | LC_ALL=C sort) ;;
  volume) got=$(docker run --rm --network none -v "$arg_volume:/v:ro" "$arg_image" tar -C /v -cf - . | tar_counts) ;;
  *) echo "no check for $arg_kind" >&2; exit 2 ;;
esac
want=$(printf '%s' "$arg_expect" | LC_ALL=C sort)
[ "$arg_kind" = postgres ] || want=$arg_expect
if [ "$got" != "$want" ]; then
  echo "found:"; echo "$got"; echo "expected:"; echo "$want"
  exit 1
fi
echo "the data matches the manifest"
)SH"_s;

const QString kWrite = remote::receiveFunction() + uR"SH(set -eu
umask 077
d=$(dirname -- "$1")
mkdir -p -- "$d"
t=$(mktemp -- "$1.XXXXXX.partial")
receive "$t" "$2" "$3"
if [ -f "$1" ]; then cp -p -- "$1" "$1.prev"; fi
mv -f -- "$t" "$1"
)SH"_s;

} // namespace

QString preludeText()
{
    return kPrelude;
}

QString createBodyText()
{
    return kCreate;
}

namespace {

remote::Command bashScript(const QString& body, const QStringList& args)
{
    QStringList argv{u"bash"_s, u"-c"_s, kPrelude + body, u"capataz-backup"_s};
    argv += args;
    return std::move(remote::Command(argv).asRoot());
}

QStringList placeArgs(const BackupSource& s)
{
    QStringList a{u"kind="_s + s.kind,         u"projdir="_s + s.projectDir,
                  u"service="_s + s.service,   u"compose="_s + s.composeArgs.join(u'\n'),
                  u"database="_s + s.database, u"volume="_s + s.volume,
                  u"path="_s + s.path,         u"user="_s + s.user,
                  u"image="_s + s.image};
    if (s.service.isEmpty() && !s.user.isEmpty())
        a << u"host="_s + s.host << u"port="_s + QString::number(s.port);
    return a;
}

} // namespace

remote::Command create(const BackupSource& source, const QString& dir, const QString& stem)
{
    QStringList args = placeArgs(source);
    args << u"dir="_s + dir << u"stem="_s + stem << u"compress="_s + source.compression;
    return bashScript(kCreate, args);
}

QByteArray secretInput(const BackupSource& source)
{
    return source.password.toUtf8() + '\n';
}

remote::Command list(const QString& dir)
{
    // An access account may list its project's backups only (the dispatcher knows the folder).
    return std::move(bashScript(kList, {u"dir="_s + dir}).request(u"backup-list"_s));
}

remote::Command verify(const QString& dir, const QString& name)
{
    return bashScript(kVerify, {u"dir="_s + dir, u"name="_s + name});
}

remote::Command readFrom(const QString& dir, const QString& name, qint64 offset)
{
    return std::move(remote::Command(QStringList{u"sh"_s, u"-c"_s, kReadFrom, u"capataz-backup"_s,
                                                 dir + u'/' + name, QString::number(offset + 1)})
                         .asRoot());
}

remote::Command drill(const BackupSource& where, const QString& dir, const QString& name,
                      const QString& scratch)
{
    QStringList args = placeArgs(where);
    args << u"dir="_s + dir << u"name="_s + name << u"scratch="_s + scratch;
    return bashScript(kDrill, args);
}

remote::Command restore(const BackupSource& where, const QString& dir, const QString& name,
                        const QString& stem)
{
    QStringList args = placeArgs(where);
    args << u"dir="_s + dir << u"name="_s + name << u"stem="_s + stem;
    return bashScript(kRestore, args);
}

remote::Command checkCounts(const BackupSource& where, const QString& expected)
{
    QStringList args = placeArgs(where);
    args << u"expect="_s + expected;
    return bashScript(kCheck, args);
}

remote::Command writeFile(const QString& path, const QByteArray& content)
{
    QStringList argv{u"sh"_s, u"-c"_s, kWrite, u"capataz-backup"_s, path};
    argv << remote::receiveArgs(content);
    return std::move(remote::Command(argv).asRoot());
}

} // namespace capataz::backup::scripts
