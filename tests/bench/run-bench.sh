#!/usr/bin/env bash
# run-bench.sh - run bench_ssh (capataz vs OpenSSH: exec round trip, SFTP download/upload)
# or bench_console (the console showing 100k lines: new path vs today's) against a disposable
# test host of its own, then throw the host away; or bench_logs (the log store, filters and
# search vs grep), bench_logview (the Logs tab taking 100k lines/s with a filter on, and 10
# million lines held, vs a QPlainTextEdit), bench_chart (a Metrics panel refreshed from 1 million
# raw points vs from 4,000, and a plain QLineSeries given them), bench_metrics (the exposition parser vs a newline
# scan and prometheus_client) or bench_query (the query engine vs Debian's prometheus on the same
# data, when installed), which need no host and no root.
#
# Usage (as root on Linux, from anywhere; installs nothing):
#   bash tests/bench/run-bench.sh [bench arguments...]
#   e.g.  bash tests/bench/run-bench.sh
#         BENCH_RUNS=3 bash tests/bench/run-bench.sh       # three bench runs on one host
#         BENCH=bench_console bash tests/bench/run-bench.sh --reps 5
#         BENCH=bench_backup bash tests/bench/run-bench.sh [--mib N] [--reps R] [--no-before]
#         BENCH=bench_logs bash tests/bench/run-bench.sh [--lines N] [--reps R] [--quick]
#         BENCH=bench_logview bash tests/bench/run-bench.sh [--rate N] [--seconds S] [--big N]
#         BENCH=bench_chart bash tests/bench/run-bench.sh [--reps R] [--small N] [--big N]
#         BENCH=bench_metrics bash tests/bench/run-bench.sh [--samples N] [--reps R] [--format openmetrics]
#         BENCH=bench_query bash tests/bench/run-bench.sh [--histograms N] [--steps S] [--reps R]
#
# What it does:
#   1. starts a test host: TH_NAME=bench0 TH_NET=213 TH_DIR=/tmp/capataz-bench0, without
#      docker and ACME (faster start); see tests/host/README.md
#   2. builds the bench (Release; bench_ssh with -DCAPATAZ_BUILD_GUI=OFF in build-bench,
#      bench_console with the GUI in build-bench-gui) if it is missing or out of date (ninja
#      only rebuilds what changed)
#   3. runs it (BENCH_RUNS times, default 1) with CAPATAZ_TESTHOST_ENV=$TH_DIR/env
#   4. always stops the test host (trap), also on failure or Ctrl-C
# Environment:
#   BENCH       bench_ssh (default), bench_backup, bench_console, bench_logs, bench_logview, bench_chart, bench_metrics or bench_query
#   BUILD_DIR   build directory (default <repo>/build-bench, or build-bench-gui for bench_console)
#   BENCH_RUNS  how many times to run the bench on the same host (default 1)
#   BENCH_BIN   use this bench binary instead of building one (e.g. a patched copy)
#   BENCH_SPLIT_CPUS  bench_console only: 1 (default) runs the test host on the last CPU and the
#               bench on the others (the server's work is not the client's); 0 shares them
#   BENCH_RTT_MS  give the link to the test host this round-trip time (e.g. 20): delay-line.py
#               relays port 22 inside the host's namespace, holding each byte RTT/2 each way
#               (the kernel here has no sch_netem); both clients still reach TH_HOST:22
#   TH_NAME, TH_NET, TH_DIR  override the test host's name, 10.N.0.0/30 link and directory
# Exit status: that of the last bench run (non-zero only if something failed to run), or
# non-zero if the host could not start or the build failed.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BENCH=${BENCH:-bench_ssh}
case "$BENCH" in
  bench_ssh|bench_backup) GUI=OFF; BUILD_DIR=${BUILD_DIR:-$ROOT/build-bench} ;;
  bench_console) GUI=ON; BUILD_DIR=${BUILD_DIR:-$ROOT/build-bench-gui} ;;
  bench_logs|bench_metrics|bench_query) GUI=OFF; BUILD_DIR=${BUILD_DIR:-$ROOT/build-bench} ;;
  bench_logview|bench_chart) GUI=ON; BUILD_DIR=${BUILD_DIR:-$ROOT/build-bench-gui} ;;
  *) echo "run-bench.sh: BENCH must be bench_ssh, bench_backup, bench_console, bench_logs, bench_logview, bench_chart, bench_metrics or bench_query" >&2; exit 1 ;;
esac
BENCH_RUNS=${BENCH_RUNS:-1}
export TH_NAME=${TH_NAME:-bench0}
export TH_NET=${TH_NET:-213}
export TH_DIR=${TH_DIR:-/tmp/capataz-bench0}
export TH_DOCKER=0 TH_ACME=0 TH_NODE_EXPORTER=0

if [ "$BENCH" != bench_logs ] && [ "$BENCH" != bench_logview ] && [ "$BENCH" != bench_chart ] && [ "$BENCH" != bench_metrics ] && [ "$BENCH" != bench_query ] && [ "$(id -u)" != 0 ]; then
  echo "run-bench.sh: the test host needs root (network namespaces, overlays): run as root" >&2
  exit 1
fi

# ---- build (before the host starts: a compile error should not leave a host behind) --------
if [ -n "${BENCH_BIN:-}" ]; then
  BIN=$BENCH_BIN
else
  if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCAPATAZ_BUILD_GUI=$GUI >&2
  fi
  cmake --build "$BUILD_DIR" --target "$BENCH" >&2
  BIN=$BUILD_DIR/tests/bench/$BENCH
fi
[ -x "$BIN" ] || { echo "run-bench.sh: no $BENCH at $BIN" >&2; exit 1; }

# ---- bench_logs, bench_logview, bench_chart, bench_metrics, bench_query: no test host ------------------------------------
if [ "$BENCH" = bench_logs ] || [ "$BENCH" = bench_logview ] || [ "$BENCH" = bench_chart ] || [ "$BENCH" = bench_metrics ] || [ "$BENCH" = bench_query ]; then
  rc=0
  for i in $(seq 1 "$BENCH_RUNS"); do
    [ "$BENCH_RUNS" = 1 ] || echo "=== $BENCH run $i of $BENCH_RUNS ==="
    rc=0
    "$BIN" "$@" || rc=$?
    [ $rc = 0 ] || echo "run-bench.sh: $BENCH exited with $rc" >&2
  done
  exit $rc
fi

# ---- test host, always stopped ----------------------------------------------------------------
DELAY_PID=
stop_host() {
  [ -z "$DELAY_PID" ] || kill "$DELAY_PID" 2>/dev/null || true
  bash "$ROOT/tests/host/stop-test-host.sh" >/dev/null 2>&1 || true
}
trap 'rc=$?; trap - EXIT INT TERM; stop_host; exit $rc' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
# bench_console measures the client's GUI thread; the test host's sshd and the awk making the
# output are the server's work, which runs on another machine in real use. With two or more
# CPUs the host gets the last one and the bench the others (BENCH_SPLIT_CPUS=0: no split).
HOST_CPUS=() CLIENT_CPUS=()
NCPU=$(nproc)
if [ "$BENCH" = bench_console ] && [ "${BENCH_SPLIT_CPUS:-1}" = 1 ] && [ "$NCPU" -ge 2 ]; then
  HOST_CPUS=(taskset -c "$((NCPU - 1))")
  CLIENT_CPUS=(taskset -c "0-$((NCPU - 2))")
  echo "run-bench.sh: test host on CPU $((NCPU - 1)), bench on CPUs 0-$((NCPU - 2))" >&2
fi
"${HOST_CPUS[@]}" bash "$ROOT/tests/host/start-test-host.sh" >/dev/null
if [ -n "${BENCH_RTT_MS:-}" ]; then
  ip netns exec "$TH_NAME" python3 "$HERE/delay-line.py" 2222 127.0.0.1 22 \
    "$(awk "BEGIN { print $BENCH_RTT_MS / 2 }")" &
  DELAY_PID=$!
  ip netns exec "$TH_NAME" iptables -t nat -A PREROUTING -p tcp --dport 22 -j REDIRECT --to-ports 2222
  for _ in $(seq 50); do
    ip netns exec "$TH_NAME" bash -c 'echo > /dev/tcp/127.0.0.1/2222' 2>/dev/null && break
    sleep 0.1
  done
  echo "run-bench.sh: link to the test host delayed to ${BENCH_RTT_MS} ms round trip" >&2
fi

export CAPATAZ_TESTHOST_ENV=$TH_DIR/env
rc=0
for i in $(seq 1 "$BENCH_RUNS"); do
  [ "$BENCH_RUNS" = 1 ] || echo "=== $BENCH run $i of $BENCH_RUNS ==="
  rc=0
  "${CLIENT_CPUS[@]}" "$BIN" "$@" || rc=$?
  [ $rc = 0 ] || echo "run-bench.sh: $BENCH exited with $rc" >&2
done
exit $rc
