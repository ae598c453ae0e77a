#!/usr/bin/env bash
# run.sh - installs what Capataz needs (Debian 12), builds it, starts the local sandbox server
# and opens the console (README, command 1). Idempotent: a second run reuses the packages,
# the build and a sandbox server that is still running.
#
# The sandbox server is the disposable test host of tests/host (a real OpenSSH server with ufw,
# nginx, certbot against a local ACME test CA, Docker, in its own network namespace: nothing
# it does touches this machine). It needs root on Linux; without root it is skipped and the
# console opens anyway. It is registered in Capataz as the server "sandbox".
# Arguments are passed to capataz (e.g. --lang es, --data-dir DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --run
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target capataz capataz-cli

if [ "$(id -u)" = 0 ] && [ "$(uname -s)" = Linux ]; then
  export TH_NAME=sandbox TH_NET=230 TH_DIR=/tmp/capataz-sandbox
  running=0
  if ip netns list 2>/dev/null | grep -qw "^sandbox" && [ -f "$TH_DIR/env" ]; then
    host=$(sed -n 's/^TH_HOST=//p' "$TH_DIR/env")
    (exec 3<>"/dev/tcp/$host/22") 2>/dev/null && running=1
  fi
  if [ $running = 1 ]; then
    echo "run: the sandbox server is already running ($TH_DIR/env)"
  else
    echo "run: starting the sandbox server..."
    bash tests/host/start-test-host.sh >/dev/null
  fi
  set -a; . "$TH_DIR/env"; set +a
  if ! ./build/app/capataz-cli servers list --json | grep -q '"name": *"sandbox"'; then
    ./build/app/capataz-cli servers add sandbox --host "$TH_HOST" --port "$TH_PORT" --user root \
      --key "$TH_KEY_ROOT" --sudo root --known-hosts "$TH_KNOWN_HOSTS" --project-dir /srv/app >/dev/null
    echo "run: registered the sandbox server as \"sandbox\" (root@$TH_HOST)"
  fi
  export CAPATAZ_SANDBOX_ENV=$TH_DIR/env
  # The sandbox's certificates come from a local ACME test CA: let the setup wizard's
  # certificate check trust its root, so a sandbox run shows what a real one would.
  [ -n "${TH_ACME_ROOT_PEM:-}" ] && [ -f "$TH_ACME_ROOT_PEM" ] && export CAPATAZ_EXTRA_CA_FILE=$TH_ACME_ROOT_PEM
else
  echo "run: the sandbox server needs root on Linux; skipping it (the console opens anyway)."
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run: no display found; starting the console on a virtual display (xvfb-run)."
  exec xvfb-run -a ./build/app/capataz "$@"
fi
exec ./build/app/capataz "$@"
