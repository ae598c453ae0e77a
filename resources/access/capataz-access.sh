#!/bin/sh
# capataz-access: the one program a Capataz access account may run on this server.
# Managed by Capataz (Server > Give access, or `capataz-cli access`); changes here are replaced.
#
# sshd runs it for every request of such an account (ForceCommand, and it is also the account's
# login shell). It reads the request from SSH_ORIGINAL_COMMAND, never from a shell: words made of
# letters, digits and . _ / : , @ % + = ; - only, split on spaces, each word optionally in single
# quotes. It checks the request against the account's role and its file
# /etc/capataz/access/USER.conf (root's, read-only for everyone), then runs itself again as root
# through sudo (the account's sudoers rule allows only this program with --as-root), checks
# everything again and runs the fixed command with exact arguments. Nothing else is possible:
# refused requests exit with status 77 and one line on stderr that starts "capataz-access:".
set -f
umask 077
LC_ALL=C
export LC_ALL
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export PATH
unset ENV BASH_ENV CDPATH
SELF=/usr/local/lib/capataz/capataz-access
CONF_DIR=/etc/capataz/access
VERSION=@VERSION@
nl='
'

refuse() {
  echo "capataz-access: refused: $*" >&2
  exit 77
}

if [ "${1-}" = --as-root ]; then
  shift
  [ "$(id -u)" = 0 ] || refuse "--as-root is for sudo only"
  user=${SUDO_USER-}
  mode=root
else
  # sshd starts the login shell as "capataz-access -c COMMAND": COMMAND is the ForceCommand or,
  # without it, what the client asked. Either way only SSH_ORIGINAL_COMMAND is read.
  user=$(id -un)
  mode=user
  [ -n "${SSH_ORIGINAL_COMMAND+x}" ] || refuse "no interactive sessions for this account"
  req=$SSH_ORIGINAL_COMMAND
  [ "${#req}" -le 4096 ] || refuse "request too long"
  case $req in
    *[!A-Za-z0-9\ ._/:,@%+=\;\'-]*) refuse "the request has characters that are not allowed" ;;
  esac
  IFS=' '
  # shellcheck disable=SC2086 # splitting is the point; globbing is off (set -f)
  set -- $req
  unset IFS
  n=$#
  while [ "$n" -gt 0 ]; do
    w=$1
    shift
    case $w in
      \'*\') w=${w#\'}; w=${w%\'} ;;
    esac
    case $w in
      '' | *\'*) refuse "a word is empty or badly quoted" ;;
    esac
    set -- "$@" "$w"
    n=$((n - 1))
  done
fi

case $user in
  cpz-[a-z0-9]*) ;;
  *) refuse "not a Capataz access account" ;;
esac
case $user in
  *[!a-z0-9-]*) refuse "not a Capataz access account" ;;
esac
conf=$CONF_DIR/$user.conf
[ -f "$conf" ] || refuse "this account has no access file"

role= project_dir= compose= backup_dir= log_files= units=
while IFS=' ' read -r key value; do
  case $key in
    role) role=$value ;;
    project_dir) project_dir=$value ;;
    compose) compose=$value ;;
    backup_dir) backup_dir=$value ;;
    log_file) log_files=$log_files$nl$value ;;
    unit) units=$units$nl$value ;;
  esac
done <"$conf"

in_list() { # in_list WORD LIST: WORD is one of LIST's lines
  case "$2$nl" in
    *"$nl$1$nl"*) return 0 ;;
  esac
  return 1
}
digits() {
  case $1 in
    '' | *[!0-9]*) return 1 ;;
  esac
  return 0
}

[ $# -gt 0 ] || refuse "an empty request"
verb=$1
shift
case $role:$verb in
  support:hello | owner:hello) ;;
  support:facts | support:discover | support:compose-status | support:logs-compose) ;;
  support:logs-file | support:logs-journal | support:status | support:backup-list) ;;
  owner:status | owner:backup-list) ;;
  *) refuse "the role '$role' may not run '$verb'" ;;
esac

# Every check below runs twice: as the account, then as root.
case $verb in
  hello | facts | discover | compose-status | status | backup-list)
    [ $# -eq 0 ] || refuse "'$verb' takes no arguments"
    ;;
  logs-compose)
    expect=
    for a do
      case $expect in
        since)
          case $a in
            [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z) ;;
            *) refuse "--since needs a UTC time" ;;
          esac
          case $a in
            *[!0-9TZ:.-]*) refuse "--since needs a UTC time" ;;
          esac
          expect= ;;
        tail)
          [ "$a" = all ] || digits "$a" || refuse "--tail needs a number"
          expect= ;;
        service)
          case $a in
            [A-Za-z0-9]*) ;;
            *) refuse "not a service name: $a" ;;
          esac
          case $a in
            *[!A-Za-z0-9_.-]*) refuse "not a service name" ;;
          esac ;;
        *)
          case $a in
            --no-color | --timestamps | -f) ;;
            --since) expect=since ;;
            --tail) expect=tail ;;
            --) expect=service ;;
            *) refuse "'logs-compose' does not take '$a'" ;;
          esac ;;
      esac
    done
    case $expect in
      since | tail) refuse "an option lacks its value" ;;
    esac
    [ -n "$project_dir" ] && [ -n "$compose" ] || refuse "no compose project is set for this account"
    ;;
  logs-file)
    [ $# -eq 5 ] || refuse "'logs-file' takes PATH MODE NUMBER INODE FOLLOW"
    case $1 in
      /*) ;;
      *) refuse "the log file must be an absolute path" ;;
    esac
    case $1/ in
      */../* | */./* | *//*) refuse "the log file path may not contain '..', '.' or '//'" ;;
    esac
    in_list "$1" "$log_files" || refuse "this account may not read $1"
    if [ -e "$1" ]; then
      real=$(readlink -f -- "$1") || refuse "cannot resolve $1"
      [ "$real" = "$1" ] || in_list "$real" "$log_files" ||
        refuse "$1 leads to a file this account may not read"
    fi
    case $2 in
      start) [ "$3" = all ] || digits "$3" || refuse "a number of lines is needed" ;;
      resume | lines) digits "$3" || refuse "an offset is needed" ;;
      *) refuse "unknown mode '$2'" ;;
    esac
    [ "$4" = - ] || digits "$4" || refuse "an inode number or '-' is needed"
    case $5 in
      - | -F) ;;
      *) refuse "FOLLOW is '-' or '-F'" ;;
    esac
    ;;
  logs-journal)
    expect= unit_given=
    for a do
      case $expect in
        output) [ "$a" = json ] || refuse "only JSON output"; expect= ;;
        unit) in_list "$a" "$units" || refuse "this account may not read the unit $a"; unit_given=1; expect= ;;
        cursor)
          # s=...;i=...;b=...;m=...;t=...;x=... with hexadecimal values
          case $a in
            s=*\;i=*\;b=*\;m=*\;t=*\;x=*) ;;
            *) refuse "not a journal cursor" ;;
          esac
          case $a in
            *[!0-9a-fsibmtx=\;]*) refuse "not a journal cursor" ;;
          esac
          expect= ;;
        since)
          case $a in
            @*) digits "${a#@}" || refuse "--since needs @SECONDS" ;;
            *) refuse "--since needs @SECONDS" ;;
          esac
          expect= ;;
        lines) digits "$a" || refuse "-n needs a number"; expect= ;;
        *)
          case $a in
            --no-pager | -f | --no-tail) ;;
            -o) expect=output ;;
            -u) expect=unit ;;
            --after-cursor) expect=cursor ;;
            --since) expect=since ;;
            -n) expect=lines ;;
            *) refuse "'logs-journal' does not take '$a'" ;;
          esac ;;
      esac
    done
    [ -z "$expect" ] || refuse "an option lacks its value"
    [ -n "$unit_given" ] || refuse "name one of the units this account may read (-u)"
    ;;
esac

if [ "$verb" = hello ]; then
  echo "capataz-access $VERSION role=$role user=$user"
  exit 0
fi

if [ "$mode" = user ]; then
  exec sudo -n -- "$SELF" --as-root "$verb" "$@"
fi

# As root from here on.
cd / || exit 1

# The secrets of the project's .env are masked here, on the server, in everything the logs
# requests print: an access account never sees them (the console masks an administrator's
# output itself). A value is a secret when its name has SECRET, PASSWORD, PASS, TOKEN, KEY, ...
# and none of EXPIRE, TTL, FILE, PATH, URL, USER, ... (the console's rule); longest first.
secrets_file=
load_secrets() {
  [ -n "$project_dir" ] && [ -f "$project_dir/.env" ] || return 0
  secrets_file=$(mktemp) || return 0
  sed -e 's/^[[:space:]]*export[[:space:]][[:space:]]*//' "$project_dir/.env" | awk '
    /^[[:space:]]*#/ || index($0, "=") == 0 { next }
    {
      key = toupper(substr($0, 1, index($0, "=") - 1)); v = substr($0, index($0, "=") + 1)
      sub(/^[ \t]+/, "", v); sub(/[ \t\r]+$/, "", v)
      q = substr(v, 1, 1)
      if (length(v) >= 2 && (q == "\"" || q == "\047") && substr(v, length(v), 1) == q) v = substr(v, 2, length(v) - 2)
      n = split(key, w, /[^A-Z0-9]+/); secret = 0; skip = 0
      for (i = 1; i <= n; i++) {
        if (w[i] ~ /^(EXPIRE|EXPIRES|EXPIRATION|EXPIRY|TTL|MINUTES|HOURS|DAYS|SECONDS|LENGTH|ALGORITHM|FILE|PATH|DIR|ID|NAME|TYPE|URL|HEADER|PREFIX|MAX|MIN|ENABLED|USER|LIMIT)$/) skip = 1
        if (w[i] ~ /^(SECRET|PASSWORD|PASSWD|PASS|TOKEN|KEY|APIKEY|PWD)$/) secret = 1
      }
      if (secret && !skip && length(v) >= 3) print length(v) " " v
    }' | sort -rn | cut -d' ' -f2- >"$secrets_file"
}
AWK=awk
if awk -W version 2>/dev/null | grep -qi mawk; then AWK="awk -W interactive"; fi
mask() {
  if [ -z "$secrets_file" ] || [ ! -s "$secrets_file" ]; then
    cat
    return
  fi
  $AWK -v f="$secrets_file" '
    BEGIN { while ((getline s < f) > 0) if (length(s) > 0) sec[++n] = s }
    {
      line = $0
      for (i = 1; i <= n; i++) {
        out = ""
        while ((p = index(line, sec[i])) > 0) { out = out substr(line, 1, p - 1) "\342\200\242\342\200\242\342\200\242\342\200\242\342\200\242\342\200\242"; line = substr(line, p + length(sec[i])) }
        line = out line
      }
      print line; fflush()
    }'
}
# run_masked CMD...: its stdout and its stderr each through mask, its exit status kept.
run_masked() {
  load_secrets
  st=$(mktemp) || exit 1
  { { "$@"; echo $? >"$st"; } 2>&1 1>&3 3>&- | mask >&2; } 3>&1 | mask
  rc=$(cat "$st" 2>/dev/null)
  rm -f -- "$st" ${secrets_file:+"$secrets_file"}
  exit "${rc:-1}"
}
case $verb in
  facts)
    exec sh -c "$(cat <<'CAPATAZ_SCRIPT_END'
@SCRIPT_FACTS@
CAPATAZ_SCRIPT_END
)" capataz "$project_dir"
    ;;
  status)
    # shellcheck disable=SC2086 # the compose words have no spaces (checked when access was given)
    exec sh -c "$(cat <<'CAPATAZ_SCRIPT_END'
@SCRIPT_STATUS@
CAPATAZ_SCRIPT_END
)" capataz "$project_dir" $compose
    ;;
  compose-status)
    cd -- "$project_dir" || refuse "the project directory $project_dir is missing"
    # shellcheck disable=SC2086
    exec sh -c "$(cat <<'CAPATAZ_SCRIPT_END'
@SCRIPT_COMPOSE_STATUS@
CAPATAZ_SCRIPT_END
)" capataz $compose
    ;;
  backup-list)
    [ -n "$backup_dir" ] || exit 0
    exec bash -c "$(cat <<'CAPATAZ_SCRIPT_END'
@SCRIPT_BACKUP_LIST@
CAPATAZ_SCRIPT_END
)" capataz-backup "dir=$backup_dir"
    ;;
  discover)
    echo @services
    if [ -n "$project_dir" ] && [ -d "$project_dir" ] && [ -n "$compose" ]; then
      # shellcheck disable=SC2086
      (cd -- "$project_dir" && $compose config --services 2>/dev/null)
    fi
    echo @files
    printf '%s\n' "$log_files" | sed '/^$/d'
    echo @units
    printf '%s\n' "$units" | sed '/^$/d'
    ;;
  logs-compose)
    cd -- "$project_dir" || refuse "the project directory $project_dir is missing"
    # shellcheck disable=SC2086
    run_masked $compose logs "$@"
    ;;
  logs-file)
    follow=$5
    [ "$follow" = - ] && follow=
    run_masked sh -c "$(cat <<'CAPATAZ_SCRIPT_END'
@SCRIPT_FILE_TAIL@
CAPATAZ_SCRIPT_END
)" capataz "$1" "$2" "$3" "$4" "$follow"
    ;;
  logs-journal)
    run_masked journalctl "$@"
    ;;
esac
refuse "unknown request"
