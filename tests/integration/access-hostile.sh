#!/usr/bin/env bash
# The hostile suite of an access account (issue 14): everything a person holding the account's
# key might try beyond its role, with OpenSSH's own client against the test host. Each attempt
# prints "refused: WHAT" or "SUCCEEDED: WHAT"; the last line is "hostile ROLE tried N succeeded M".
# Exit 0 only when M is 0 and the positive controls (what the role may do) worked.
#
#   access-hostile.sh ENV_FILE KEY ACCOUNT ROLE ALLOWED_LOG SYMLINK_LOG
# ENV_FILE: the test host's env file (tests/host); ALLOWED_LOG: a file the account may read
# (support; "-" for owner); SYMLINK_LOG: an allowed path that is a symlink to /etc/shadow.
set -u
env_file=$1 key=$2 account=$3 role=$4 allowed_log=$5 symlink_log=$6
# shellcheck disable=SC1090
. "$env_file"
tried=0 succeeded=0 controls_failed=0
work=$(mktemp -d)
trap 'ssh -o "ControlPath=$work/cm-%C" -O exit -p "$TH_PORT" "$target" >/dev/null 2>&1; rm -rf "$work"' EXIT
SSH=(ssh -i "$key" -o IdentitiesOnly=yes -o "UserKnownHostsFile=$TH_KNOWN_HOSTS" -o StrictHostKeyChecking=yes
  -o BatchMode=yes -o ConnectTimeout=10 -o ServerAliveInterval=5 -p "$TH_PORT")
target="$account@$TH_HOST"
# The requests share one connection (a new session each, as the console's are): seconds, not
# minutes. Agent, X11, pty and file transfers below log in afresh (FRESH).
FRESH=("${SSH[@]}")
SSH+=(-o ControlMaster=auto -o "ControlPath=$work/cm-%C" -o ControlPersist=120)
inside() { nsenter -t "$TH_PID" -a sh -c "$1"; }

verdict() { # verdict SUCCEEDED(0/1) WHAT
  tried=$((tried + 1))
  if [ "$1" = 1 ]; then
    succeeded=$((succeeded + 1))
    echo "SUCCEEDED: $2"
  else
    echo "refused: $2"
  fi
}

# A request the dispatcher must refuse: exit 77 and its one line. Anything else (a 0, output of
# a command, another error) counts as succeeded.
expect_refused() { # expect_refused WHAT REQUEST...
  local what=$1
  shift
  local out rc
  out=$(timeout 20 "${SSH[@]}" "$target" -- "$@" 2>&1 </dev/null)
  rc=$?
  if [ "$rc" = 77 ] && printf '%s' "$out" | grep -q '^capataz-access: refused'; then
    verdict 0 "$what"
  else
    verdict 1 "$what (exit $rc: $(printf '%s' "$out" | head -c 200 | tr '\n' ' '))"
  fi
}

control() { # control WHAT COMMAND...: must work
  if "${@:2}" >/dev/null 2>&1; then echo "control ok: $1"; else
    echo "CONTROL FAILED: $1"
    controls_failed=$((controls_failed + 1))
  fi
}

# ---- positive controls: what the role may do works
control "hello" sh -c "timeout 20 ${SSH[*]@Q} $target hello | grep -q 'role=$role'"
control "status" timeout 60 "${SSH[@]}" "$target" status
if [ "$role" = support ]; then
  control "reading an allowed log file" timeout 20 "${SSH[@]}" "$target" logs-file "$allowed_log" start 5 - -
fi

# ---- sessions and commands
out=$(printf 'echo PWNED-$((6*7))\nid\n' | timeout 20 "${FRESH[@]}" -T "$target" 2>&1)
verdict "$(printf '%s' "$out" | grep -qE 'PWNED-42|uid=' && echo 1 || echo 0)" "an interactive shell"
out=$(timeout 20 "${FRESH[@]}" -tt "$target" 2>&1 </dev/null)
verdict "$(printf '%s' "$out" | grep -q 'PTY allocation request failed' && echo 0 || echo 1)" "a pty for a login shell"
out=$(timeout 20 "${FRESH[@]}" -tt "$target" hello 2>&1 </dev/null)
verdict "$(printf '%s' "$out" | grep -q 'PTY allocation request failed' && echo 0 || echo 1)" "a pty for a request"
for cmd in id 'cat /etc/shadow' 'sh -c id' /bin/sh 'bash -i' 'exec /bin/bash' 'sudo -n id' \
  'sudo -n /usr/local/lib/capataz/capataz-access --as-root status' '--as-root status' \
  'docker ps' 'docker compose exec app sh' 'docker compose run app sh' 'docker compose up -d' \
  'journalctl -n 5' 'tail /etc/shadow' 'scp -f /etc/shadow' 'internal-sftp' \
  '/usr/lib/openssh/sftp-server' 'rsync --server -e.Lsfx . /etc/shadow' 'git-upload-pack /' \
  'env' 'true' 'status;id' 'status && id' 'status|id' 'status `id`' 'status $(id)' 'hello;id'; do
  expect_refused "command: $cmd" "$cmd"
done

# ---- compose verbs beyond reading
for args in 'exec app sh' 'run app sh' 'up -d' 'down' 'restart' 'logs-compose exec app sh' \
  'logs-compose --no-color -- app;id' 'logs-compose --tail 5;id' 'logs-compose --tail $(id)' \
  'logs-compose --since `id`' 'logs-compose -- ../app' 'logs-compose -- -f' \
  'logs-compose --project-directory /etc' 'logs-compose -f --tail all -- --volumes' \
  'compose-status exec' 'status up'; do
  expect_refused "compose: $args" "$args"
done

# ---- metacharacters, newlines and '..' in every argument the dispatcher takes
meta=('$(id)' '`id`' ';id' '|id' '&&id' '..' '../../etc/shadow' "'a'b'" '"x"' '\x' '*' '?' '~root' '$HOME' '>x' '<x')
lf=/var/log/x.log
[ "$role" = support ] && lf=$allowed_log
for m in "${meta[@]}"; do
  expect_refused "logs-file path $m" logs-file "$m" start 5 - -
  expect_refused "logs-file mode $m" logs-file "$lf" "$m" 5 - -
  expect_refused "logs-file count $m" logs-file "$lf" start "$m" - -
  expect_refused "logs-file inode $m" logs-file "$lf" start 5 "$m" -
  expect_refused "logs-file follow $m" logs-file "$lf" start 5 - "$m"
  expect_refused "logs-journal unit $m" logs-journal -o json -u "$m"
  expect_refused "logs-journal cursor $m" logs-journal -o json -u ssh.service --after-cursor "$m"
  expect_refused "logs-journal since $m" logs-journal -o json -u ssh.service --since "$m"
  expect_refused "logs-compose service $m" logs-compose --no-color -- "$m"
  expect_refused "logs-compose tail $m" logs-compose --tail "$m"
  expect_refused "status argument $m" status "$m"
done
# a newline inside the request (sshd passes it on in SSH_ORIGINAL_COMMAND)
expect_refused "a newline then a command" "$(printf 'hello\nid')"
expect_refused "a newline inside a path" "$(printf 'logs-file %s\n/etc/shadow start 5 - -' "$lf")"
expect_refused "a tab between words" "$(printf 'status\tid')"
expect_refused "a carriage return" "$(printf 'hello\rid')"

# ---- log files outside the allowed ones
for p in /etc/shadow /etc/passwd /root/.ssh/authorized_keys /proc/self/environ "$lf/../../../etc/shadow" \
  "$lf/." "/var/log/../../etc/shadow" "//etc/shadow" "$symlink_log"; do
  expect_refused "log file $p" logs-file "$p" start 5 - -
done
expect_refused "journal without a unit" logs-journal -o json -n 5
expect_refused "journal of another unit" logs-journal -o json -u cron.service
expect_refused "journal from a directory" logs-journal -o json -D /var/log/journal -u ssh.service
expect_refused "journal as text with --output" logs-journal -o cat -u ssh.service
if [ "$role" = owner ]; then
  for r in facts discover compose-status "logs-compose --tail 5" "logs-journal -o json -u ssh.service"; do
    expect_refused "owner may not: $r" "$r"
  done
  expect_refused "owner may not read an allowed file of support" logs-file /var/log/sshd.log start 5 - -
fi

# ---- SSH_ORIGINAL_COMMAND in other encodings
expect_refused "UTF-8 letters" "$(printf 'h\xc3\xa9llo')"
expect_refused "fullwidth letters" "$(printf '\xef\xbd\x88ello')"
expect_refused "an invalid UTF-8 byte" "$(printf 'hello\xff')"
expect_refused "an overlong slash" "$(printf 'logs-file \xc0\xafetc\xc0\xafshadow start 5 - -')"
expect_refused "a request of 5000 bytes" "status $(head -c 5000 /dev/zero | tr '\0' a)"
expect_refused "an empty quoted word" "logs-file '' start 5 - -"
expect_refused "an unmatched quote" "logs-file '/etc/shadow start 5 - -"
out=$(timeout 20 "${FRESH[@]}" -o SetEnv=LC_ALL=tr_TR.UTF-8 "$target" 'İD' 2>&1 </dev/null)
verdict "$(printf '%s' "$out" | grep -q 'uid=' && echo 1 || echo 0)" "a Turkish locale sent with the request"

# ---- forwarding
fwd() { # fwd WHAT HOST:PORT: succeeded if anything came back through the channel
  local out
  out=$(printf 'GET / HTTP/1.0\r\n\r\n' | timeout 10 "${SSH[@]}" -W "$2" "$target" 2>/dev/null | head -c 200)
  verdict "$([ -n "$out" ] && echo 1 || echo 0)" "$1"
}
fwd "a forward to sshd (127.0.0.1:22)" 127.0.0.1:22
fwd "a forward to sshd (localhost:22)" localhost:22
fwd "a forward to another loopback port (127.0.0.1:25)" 127.0.0.1:25
fwd "a forward to another loopback address (127.0.0.2:22)" 127.0.0.2:22
fwd "a forward to another host ($TH_HOST_SIDE_IP:22)" "$TH_HOST_SIDE_IP:22"
fwd "a forward to the server's own address ($TH_HOST:22)" "$TH_HOST:22"
if [ "$role" = owner ]; then
  fwd "owner: a forward to node-exporter (127.0.0.1:9100)" 127.0.0.1:9100
elif [ -n "${TH_NODE_EXPORTER_PORT:-}" ]; then
  control "support: the metrics forward to 127.0.0.1:$TH_NODE_EXPORTER_PORT" \
    sh -c "printf 'GET /metrics HTTP/1.0\r\n\r\n' | timeout 10 ${SSH[*]@Q} -W 127.0.0.1:$TH_NODE_EXPORTER_PORT $target | grep -q node_"
fi
out=$(timeout 10 "${FRESH[@]}" -N -o ExitOnForwardFailure=yes -R 127.0.0.1:2222:127.0.0.1:22 "$target" 2>&1)
verdict "$([ $? = 124 ] && echo 1 || echo 0)" "a remote forward (-R)"
out=$(timeout 10 "${FRESH[@]}" -N -o ExitOnForwardFailure=yes -R /tmp/capataz-hostile.sock:127.0.0.1:22 "$target" 2>&1)
verdict "$([ $? = 124 ] && echo 1 || echo 0)" "a remote unix socket forward"
# docker's socket through a local unix-socket forward (-L SOCKET:REMOTE_SOCKET): root for whoever
# reaches it. Succeeded if docker answers /version through it.
timeout 12 "${FRESH[@]}" -N -L "$work/docker.sock:/run/docker.sock" "$target" >/dev/null 2>&1 &
fwd_pid=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do [ -S "$work/docker.sock" ] && break; sleep 0.3; done
out=$(python3 - "$work/docker.sock" 2>/dev/null <<'PY'
import socket, sys
s = socket.socket(socket.AF_UNIX)
s.settimeout(5)
s.connect(sys.argv[1])
s.sendall(b"GET /version HTTP/1.0\r\n\r\n")
print(s.recv(4096).decode(errors="replace"))
PY
)
kill "$fwd_pid" 2>/dev/null
wait "$fwd_pid" 2>/dev/null
verdict "$(printf '%s' "$out" | grep -qi 'Api-\?Version' && echo 1 || echo 0)" "a forward to docker's socket (-L to /run/docker.sock)"
out=$(timeout 10 "${FRESH[@]}" -w any "$target" true 2>&1)
verdict "$(printf '%s' "$out" | grep -q 'Tunnel device open failed\|tunnel\|Tunnel' && echo 0 || echo 1)" \
  "a tun device (-w)"

# agent and X11: sshd makes an agent socket in /tmp and sets DISPLAY only when they are allowed
eval "$(ssh-agent -s)" >/dev/null
ssh-add -q "$key" 2>/dev/null
before=$(ls -d "$TH_ROOTFS_TMP"/ssh-* 2>/dev/null | wc -l)
timeout 8 "${FRESH[@]}" -A "$target" status >/dev/null 2>&1 &
sleep 4
after=$(ls -d "$TH_ROOTFS_TMP"/ssh-* 2>/dev/null | wc -l)
wait
ssh-agent -k >/dev/null 2>&1
verdict "$([ "$after" -gt "$before" ] && echo 1 || echo 0)" "agent forwarding"
# -Y: trusted forwarding is requested even without an X server (with fake authentication data)
out=$(DISPLAY=:0 timeout 20 "${FRESH[@]}" -Y "$target" hello 2>&1 </dev/null)
verdict "$(printf '%s' "$out" | grep -q 'X11 forwarding request failed' && echo 0 || echo 1)" "X11 forwarding"

# ---- file transfer
rm -f "$work/got"
timeout 20 scp -O -i "$key" -o IdentitiesOnly=yes -o "UserKnownHostsFile=$TH_KNOWN_HOSTS" -o BatchMode=yes \
  -P "$TH_PORT" "$target:/etc/passwd" "$work/got" >/dev/null 2>&1
verdict "$([ -s "$work/got" ] && echo 1 || echo 0)" "scp (the old protocol)"
rm -f "$work/got"
timeout 20 scp -s -i "$key" -o IdentitiesOnly=yes -o "UserKnownHostsFile=$TH_KNOWN_HOSTS" -o BatchMode=yes \
  -P "$TH_PORT" "$target:/etc/passwd" "$work/got" >/dev/null 2>&1
verdict "$([ -s "$work/got" ] && echo 1 || echo 0)" "scp over SFTP"
rm -f "$work/got"
echo "get /etc/passwd $work/got" | timeout 20 sftp -b - -i "$key" -o IdentitiesOnly=yes \
  -o "UserKnownHostsFile=$TH_KNOWN_HOSTS" -o BatchMode=yes -P "$TH_PORT" "$target" >/dev/null 2>&1
verdict "$([ -s "$work/got" ] && echo 1 || echo 0)" "sftp"
# sshd gives a subsystem no stderr: the dispatcher's exit status says it refused
echo PWNED | timeout 20 "${FRESH[@]}" -s "$target" sftp >/dev/null 2>&1
verdict "$([ $? = 77 ] && echo 0 || echo 1)" "the sftp subsystem by name"

# ---- nothing was written where it must not be
verdict "$(inside "[ -e /tmp/capataz-hostile.sock ] || [ -e /tmp/x ] || [ -e /x ]" && echo 1 || echo 0)" \
  "files left on the server"

echo "hostile $role tried $tried succeeded $succeeded"
[ "$succeeded" = 0 ] && [ "$controls_failed" = 0 ]
