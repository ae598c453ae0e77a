#!/usr/bin/env bash
# stop-test-host.sh [--keep] - tear down what start-test-host.sh made (same TH_NAME/TH_DIR env).
# Kills every process of the test host (SIGKILL to its PID-namespace init kills the whole
# namespace, including dockerd, containers, nginx, postgres; then whatever is left in its
# cgroup "testhost-$TH_NAME", e.g. pebble), deletes the netns (the veth pair goes with it),
# removes the cgroups and, unless --keep, $TH_DIR (and the state dir, if separate).
# Succeeds (exit 0) when nothing is running.
set -uo pipefail
if [ "$(uname -s)" != Linux ]; then echo "stop-test-host: not Linux, no test host to stop" >&2; exit 0; fi
TH_NAME=${TH_NAME:-th0}
TH_DIR=${TH_DIR:-${TMPDIR:-/tmp}/capataz-testhost/$TH_NAME}
TH_DIR=$(realpath -m "$TH_DIR")
KEEP=0; [ "${1:-}" = --keep ] && KEEP=1
NS=$TH_NAME
CG=testhost-$NS
MARK=.capataz-testhost
t0=$(date +%s%N)
[[ $NS =~ ^[A-Za-z0-9][A-Za-z0-9_-]{0,12}$ ]] || { echo "stop-test-host: bad TH_NAME '$NS'" >&2; exit 1; }
netns_exists() { ip netns list 2>/dev/null | awk '{print $1}' | grep -qxF "$NS"; }
if [ "$(id -u)" != 0 ]; then
  if netns_exists; then
    echo "the test host needs root on Linux: cannot stop test host $NS without root" >&2; exit 1
  fi
  echo "stop-test-host: no test host $NS running" >&2; exit 0
fi
S=$(cat "$TH_DIR/state_dir" 2>/dev/null || echo "$TH_DIR")
# running (a zombie counts as gone: its parent may be slow to reap it)
alive() { local st; st=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null); [ -n "$st" ] && [ "$st" != Z ]; }
cgroup_dirs() { findmnt -rn -t cgroup,cgroup2 -o TARGET | while read -r tgt; do [ -d "$tgt/$CG" ] && echo "$tgt/$CG"; done; }

# 1. PID 1 of the test host (tini): killing it kills its whole PID namespace
if [ -f "$TH_DIR/unshare.pid" ]; then
  UPID=$(cat "$TH_DIR/unshare.pid")
  if [ "$(cat /proc/"$UPID"/comm 2>/dev/null)" = unshare ]; then   # still our process?
    PID1=$(awk '{print $1}' /proc/"$UPID"/task/"$UPID"/children 2>/dev/null)
    [ -n "$PID1" ] && kill -KILL "$PID1" 2>/dev/null
    for i in $(seq 1 100); do alive "$UPID" || break; sleep 0.02; done
  fi
fi
# 2. pebble (host side)
for p in pebble challtestsrv; do
  f=$TH_DIR/acme/$p.pid
  if [ -f "$f" ]; then
    pid=$(cat "$f")
    case "$(cat /proc/"$pid"/comm 2>/dev/null)" in pebble*) kill "$pid" 2>/dev/null;; esac
  fi
done
# 3. anything left in the test host's cgroups (also finds a test host started with another TH_DIR)
for i in $(seq 1 50); do
  pids=$(for d in $(cgroup_dirs); do find "$d" -name cgroup.procs -exec cat {} + 2>/dev/null; done | sort -u)
  [ -z "$pids" ] && break
  kill -KILL $pids 2>/dev/null
  sleep 0.05
done
# 4. anything else still in the netns (e.g. a test binary started with `ip netns exec`), the netns
if netns_exists; then
  for i in 1 2 3; do
    pids=$(ip netns pids "$NS" 2>/dev/null)
    [ -z "$pids" ] && break
    kill -KILL $pids 2>/dev/null; sleep 0.1
  done
  ip netns del "$NS" || echo "stop-test-host: warning: ip netns del $NS failed" >&2
fi
ip link del "$NS-h" 2>/dev/null
for i in $(seq 1 60); do ip link show "$NS-h" >/dev/null 2>&1 || break; sleep 0.05; done   # netns teardown is async
ip link show "$NS-h" >/dev/null 2>&1 && echo "stop-test-host: warning: veth $NS-h still exists" >&2
# 5. cgroups: remove testhost-$NS and everything below it (deepest first), once empty
left=0
for i in $(seq 1 50); do
  left=0
  for d in $(cgroup_dirs); do
    find "$d" -depth -type d -exec rmdir {} \; 2>/dev/null
    [ -d "$d" ] && left=1
  done
  [ $left = 0 ] && break; sleep 0.1
done
[ $left = 0 ] || echo "stop-test-host: warning: some cgroups under */$CG could not be removed yet" >&2
# 6. files (only directories this script's start counterpart made)
if [ $KEEP = 0 ]; then
  for d in "$S" "$TH_DIR"; do
    [ -d "$d" ] || continue
    if [ ! -e "$d/$MARK" ]; then echo "stop-test-host: warning: $d was not made by start-test-host.sh; not deleting it" >&2; continue; fi
    for i in 1 2 3 4 5; do   # the mark goes last, so a half-deleted dir is still recognised
      find "$d" -mindepth 1 -maxdepth 1 ! -name "$MARK" -exec rm -rf {} + 2>/dev/null && rm -rf "$d" 2>/dev/null && break
      sleep 0.2
    done
    [ -d "$d" ] && echo "stop-test-host: warning: could not remove $d" >&2
  done
  [ "$S" != "$TH_DIR" ] && rmdir "$(dirname "$S")" 2>/dev/null   # /tmp/capataz-testhost-state, if empty
fi
echo "test host $NS stopped in $(( ($(date +%s%N) - t0) / 1000000 )) ms" >&2
exit 0
