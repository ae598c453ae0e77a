#!/usr/bin/env bash
# install-deps.sh - every Debian 12 package Capataz needs to build, run and test.
# Idempotent: apt-get skips what is installed already; the package lists are refreshed
# only when older than a day (or never fetched).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi

BUILD=(cmake ninja-build g++ pkg-config git
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libssh2-1-dev libyaml-cpp-dev qtkeychain-qt6-dev libpcre2-dev)
RUN=(openssh-client dbus gnome-keyring libsecret-tools fonts-dejavu-core)
TEST=(clang-16 libclang-rt-16-dev clang-format-16 ccache xvfb xauth
  openssh-server sudo tini iproute2 iptables nftables ufw util-linux procps
  nginx certbot python3-certbot-nginx pebble openssl curl
  postgresql docker.io docker-compose busybox-static
  prometheus-node-exporter prometheus python3-prometheus-client systemd-journal-remote dpkg-dev file desktop-file-utils appstream
  poppler-utils)

want=("${BUILD[@]}" "${RUN[@]}")
if [ "${1:-}" = --test ]; then want+=("${TEST[@]}"); fi
if [ "${1:-}" = --run ] && [ "$(id -u)" = 0 ]; then want+=("${TEST[@]}"); fi   # the sandbox server

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then echo "install-deps: all ${#want[@]} packages present"; exit 0; fi
stamp=/var/lib/apt/periodic/update-success-stamp
lists=$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mmin -1440 2>/dev/null | head -n1)
if [ -z "$lists" ]; then $SUDO apt-get update -qq; fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
