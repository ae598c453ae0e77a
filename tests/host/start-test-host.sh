#!/usr/bin/env bash
# start-test-host.sh - start a disposable "server" for Capataz's SSH integration tests.
# Needs root on Linux (Debian 12 packages: see scripts/install-deps.sh --test). See README.md.
#
# The test host is a real OpenSSH sshd (+ dockerd, prometheus-node-exporter and whatever the
# tests start there: ufw, nginx, certbot, postgres) running in
#   * its own network namespace : veth pair, host side 10.$TH_NET.0.1, test host 10.$TH_NET.0.2,
#                                 NO default route (nothing can leave the machine from it)
#   * its own mount namespace   : overlayfs over /etc /usr /var /root /home /srv /opt (changes land
#                                 in $TH_OVERLAY_DIR/<dir>/upper), private tmpfs /run and /dev/shm,
#                                 /tmp = $TH_ROOTFS_TMP, /var/lib/docker and /var/lib/containers
#                                 bind-mounted from the state dir (a real fs, so overlay2 works)
#   * its own PID, UTS (hostname "testhost") and cgroup namespace (cgroup "testhost-$TH_NAME")
# Killing its PID 1 (tini) kills everything in it; stop-test-host.sh does that and cleans up.
# If a test host with the same TH_NAME is running already, it is stopped first.
#
# Users (keys in $TH_DIR/keys, OpenSSH format):
#   root    key only: ed25519 "root"; RSA "root_rsa" (libssh2 1.10 cannot use it, see README)
#   deploy  key "deploy", key "deploy_pass" (passphrase "keypass") or password "deploypw";
#           sudo WITH password (group sudo)
#   ops     key "ops" (ed25519) or "ops_ecdsa" (ecdsa-256), no password; sudo NOPASSWD
#   plain   key "plain" or password "plainpw"; no sudo at all
# sshd allows publickey, password and keyboard-interactive (PAM); root: prohibit-password.
#
# Options (environment):
#   TH_NAME=th0  TH_NET=200  TH_DIR=${TMPDIR:-/tmp}/capataz-testhost/$TH_NAME
#   TH_DOCKER=1        start dockerd inside and import testbusybox:latest; 0 = don't
#   TH_ACME=1          pebble (ACME test CA) + pebble-challtestsrv (fake DNS answering
#                      10.$TH_NET.0.2 for every name) on the host side; certbot inside uses it
#   TH_NODE_EXPORTER=1 prometheus-node-exporter on the test host's 127.0.0.1:9100
#   TH_PROMETHEUS=1    Debian's prometheus on the test host's 127.0.0.1:9090, scraping
#                      node-exporter (job "node") and itself every second
#   TH_VERBOSE=1       print how long each step took (the inside steps are in $TH_DIR/host.log)
# Programs that are not installed (dockerd, pebble, node exporter) are skipped with a warning and
# the env file says so (TH_DOCKER=0, TH_IMAGE=, TH_ACME=0, TH_NODE_EXPORTER_PORT=).
# Writes $TH_DIR/env (KEY=VALUE lines, also valid shell) and prints it on stdout; messages go
# to stderr.
set -euo pipefail

if [ "$(uname -s)" != Linux ]; then
  echo "the test host needs root on Linux: this is $(uname -s); integration tests cannot run here" >&2; exit 1
fi
if [ "$(id -u)" != 0 ]; then
  echo "the test host needs root on Linux: run as root (e.g. sudo ctest ...); it creates network namespaces, veth links, overlay mounts and cgroups" >&2
  exit 1
fi

TH_NAME=${TH_NAME:-th0}
TH_NET=${TH_NET:-200}
TH_DIR=${TH_DIR:-${TMPDIR:-/tmp}/capataz-testhost/$TH_NAME}
TH_DOCKER=${TH_DOCKER:-1}
TH_ACME=${TH_ACME:-1}
TH_NODE_EXPORTER=${TH_NODE_EXPORTER:-1}
TH_PROMETHEUS=${TH_PROMETHEUS:-1}
HERE=$(cd "$(dirname "$0")" && pwd)
t0=$(date +%s%N)
ms() { echo $(( ($(date +%s%N) - t0) / 1000000 )); }
step() { if [ "${TH_VERBOSE:-0}" = 1 ]; then echo "start-test-host: +$(ms) ms: $*" >&2; fi; }
die() { echo "start-test-host: $*" >&2; exit 1; }
alive() { local st; st=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null); [ -n "$st" ] && [ "$st" != Z ]; }
warn() { echo "start-test-host: warning: $*" >&2; }

# ---- checks ---------------------------------------------------------------------------------
[[ $TH_NAME =~ ^[A-Za-z0-9][A-Za-z0-9_-]{0,12}$ ]] ||
  die "TH_NAME='$TH_NAME': use 1 to 13 letters, digits, _ or - (it names the netns and the veths \$TH_NAME-h/-n)"
[[ $TH_NET =~ ^[0-9]{1,3}$ ]] && [ "$TH_NET" -le 255 ] || die "TH_NET='$TH_NET' must be a number 0..255"
TH_NET=$((10#$TH_NET))
TH_DIR=$(realpath -m "$TH_DIR")
[[ $TH_DIR =~ ^/[A-Za-z0-9_./+@:-]+$ ]] || die "TH_DIR='$TH_DIR': use an absolute path of letters, digits and _./+@:- only"
case "$TH_DIR" in /|/tmp|/var/tmp|/work|/home|/root|/srv|/opt|/run|/mnt|/media|/dev/*|/proc/*|/sys/*)
  die "TH_DIR=$TH_DIR: refusing (it is deleted and recreated); use a dedicated directory such as /tmp/capataz-testhost/$TH_NAME";;
esac
missing=()
for c in ip unshare nsenter tini ssh-keygen curl realpath setsid findmnt /usr/sbin/sshd sudo; do
  command -v "$c" >/dev/null 2>&1 || missing+=("$c")
done
[ ${#missing[@]} = 0 ] || die "missing programs: ${missing[*]} (run scripts/install-deps.sh --test)"
command -v dockerd >/dev/null 2>&1 || { [ "$TH_DOCKER" = 0 ] || warn "dockerd not installed: no docker in the test host"; TH_DOCKER=0; }
command -v pebble  >/dev/null 2>&1 && command -v openssl >/dev/null 2>&1 ||
  { [ "$TH_ACME" = 0 ] || warn "pebble/openssl not installed: no ACME test CA"; TH_ACME=0; }
command -v prometheus-node-exporter >/dev/null 2>&1 ||
  { [ "$TH_NODE_EXPORTER" = 0 ] || warn "prometheus-node-exporter not installed: no node exporter in the test host"; TH_NODE_EXPORTER=0; }
command -v prometheus >/dev/null 2>&1 ||
  { [ "$TH_PROMETHEUS" = 0 ] || warn "prometheus not installed: no Prometheus server in the test host"; TH_PROMETHEUS=0; }

NS=$TH_NAME
HOST_IP=10.$TH_NET.0.1
NS_IP=10.$TH_NET.0.2
VETH_H=${NS}-h
VETH_N=${NS}-n
CG=testhost-$NS
MARK=.capataz-testhost
netns_exists() { ip netns list 2>/dev/null | awk '{print $1}' | grep -qxF "$NS"; }

# The overlay upper/work dirs, docker's data and the test host's /tmp ("state dir") must not
# lie below a directory the test host overlays; if TH_DIR does (e.g. a build dir in /home),
# the state goes to /tmp/capataz-testhost-state/$TH_NAME instead. TH_DIR keeps env, keys, logs.
case "$TH_DIR/" in
  /etc/*|/usr/*|/var/*|/root/*|/home/*|/srv/*|/opt/*) S=/tmp/capataz-testhost-state/$TH_NAME;;
  *) S=$TH_DIR;;
esac

step "checks done"
# ---- an earlier test host with this name? stop it ------------------------------------------
if netns_exists || ip link show "$VETH_H" >/dev/null 2>&1 || [ -e "$TH_DIR/unshare.pid" ] ||
   [ -d "/sys/fs/cgroup/pids/$CG" ] || [ -d "/sys/fs/cgroup/$CG" ]; then
  echo "start-test-host: test host $NS exists already; stopping it first" >&2
  TH_NAME=$TH_NAME TH_DIR=$TH_DIR bash "$HERE/stop-test-host.sh" || die "could not stop the old test host $NS"
  netns_exists && die "netns $NS still exists after stop-test-host.sh"
fi
if [ -n "$(ip -o addr show to "10.$TH_NET.0.0/30" 2>/dev/null)" ]; then
  die "10.$TH_NET.0.0/30 is in use on this machine already ($(ip -o addr show to "10.$TH_NET.0.0/30" | awk '{print $2}' | head -n1)): choose another TH_NET"
fi

step "old host handled"
# ---- directories -----------------------------------------------------------------------------
for d in "$TH_DIR" "$S"; do
  [ -d "$d" ] || continue
  if [ ! -e "$d/$MARK" ] && [ -n "$(ls -A "$d")" ]; then
    die "$d exists, is not empty and was not made by this script: refusing to delete it"
  fi
  find "$d" -mindepth 1 -maxdepth 1 ! -name "$MARK" -exec rm -rf {} +   # the mark goes last
  rm -rf "$d" || die "cannot remove $d"
done
mkdir -p "$TH_DIR/keys" "$TH_DIR/hostkeys" "$S/sshd-hostkeys" "$S/pub" "$S/rootfs-tmp" "$S/docker-root" "$S/containers-root"
touch "$TH_DIR/$MARK" "$S/$MARK"
echo "$S" > "$TH_DIR/state_dir"
chmod 1777 "$S/rootfs-tmp"
for d in etc usr var root home srv opt; do mkdir -p "$S/ovl/$d/upper" "$S/ovl/$d/work"; done
echo "$NS_IP" > "$S/ns_ip"; echo "$HOST_IP" > "$S/host_ip"
echo "$TH_DOCKER" > "$S/docker"; echo "$TH_NODE_EXPORTER" > "$S/node_exporter"; echo "$TH_PROMETHEUS" > "$S/prometheus"

# from here on, a failure tears down what was made (logs stay in $TH_DIR)
started=0; pids=(); bb_pid=; acme_pid=
trap 'rc=$?; set +e; if [ $rc != 0 ] && [ $started = 0 ]; then
        echo "start-test-host: failed (exit $rc); tearing down, logs kept in $TH_DIR" >&2
        for p in "${pids[@]}" $bb_pid $acme_pid; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
        TH_NAME=$TH_NAME TH_DIR=$TH_DIR bash "$HERE/stop-test-host.sh" --keep >&2 || true; fi' EXIT

step "dirs made"
# ---- keys (client keys, and the test host's sshd host keys), all in parallel -----------------
K=$TH_DIR/keys
kg() { ssh-keygen -q "$@" & pids+=($!); }
kg -t rsa -b 2048 -N '' -C "root-rsa@tests" -f "$K/root_rsa"
for u in root deploy ops plain; do kg -t ed25519 -N '' -C "$u@tests" -f "$K/$u"; done
kg -t ecdsa -b 256 -N '' -C "ops-ecdsa@tests" -f "$K/ops_ecdsa"
kg -t ed25519 -N keypass -C "deploy-pass@tests" -f "$K/deploy_pass"
kg -t rsa -b 2048 -N '' -C root@testhost -f "$S/sshd-hostkeys/ssh_host_rsa_key"
kg -t ecdsa -b 256 -N '' -C root@testhost -f "$S/sshd-hostkeys/ssh_host_ecdsa_key"
kg -t ed25519 -N '' -C root@testhost -f "$S/sshd-hostkeys/ssh_host_ed25519_key"
TH_IMAGE=
if [ "$TH_DOCKER" = 1 ]; then   # busybox image tar, in the background (needed only once dockerd is up)
  bash "$HERE/make-busybox-rootfs.sh" "$S/busybox-rootfs.tar" & bb_pid=$!
fi
# docker CLI plugin shim: `docker compose` -> Debian's docker-compose 1.29 (Debian 12 has no compose v2)
cat > "$S/docker-compose-shim" <<'EOF'
#!/bin/sh
# docker CLI plugin shim: makes `docker compose ...` run Debian's docker-compose 1.29
if [ "$1" = docker-cli-plugin-metadata ]; then
  echo '{"SchemaVersion":"0.1.0","Vendor":"capataz tests","Version":"1.29.2","ShortDescription":"docker-compose v1 via plugin shim"}'
  exit 0
fi
shift   # drop the "compose" argument the docker CLI passes first
exec docker-compose "$@"
EOF
step "key generation started"
# ---- network namespace + veth (no default route inside) --------------------------------------
ip netns add "$NS"
ip -batch - <<EOF
link add $VETH_H type veth peer name $VETH_N
link set $VETH_N netns $NS
addr add $HOST_IP/30 dev $VETH_H
link set $VETH_H up
EOF
ip -n "$NS" -batch - <<EOF
link set lo up
addr add $NS_IP/30 dev $VETH_N
link set $VETH_N up
EOF

step "netns up"
# ---- own cgroup in every hierarchy: docker's cgroups end up below it; stop kills all in it ---
CGMODE=$(stat -f -c %T /sys/fs/cgroup)          # cgroup2fs (pure v2) or tmpfs (v1/hybrid)
findmnt -rn -t cgroup,cgroup2 -o TARGET,FSTYPE,FS-OPTIONS > "$S/cgroup-mounts"
while read -r tgt fstype opts; do
  mkdir -p "$tgt/$CG"
  if [ -f "$tgt/cpuset.cpus" ]; then
    cat "$tgt/cpuset.cpus" > "$tgt/$CG/cpuset.cpus"; cat "$tgt/cpuset.mems" > "$tgt/$CG/cpuset.mems"
  fi
done < "$S/cgroup-mounts"
join_cgroups() { while read -r tgt _; do echo "$1" > "$tgt/$CG/cgroup.procs"; done < "$S/cgroup-mounts"; }

step "cgroups made"
# ---- ACME test CA (pebble) on the host side of the veth --------------------------------------
if [ "$TH_ACME" = 1 ]; then (   # in the background, waited for before the launch
  A=$TH_DIR/acme; mkdir -p "$A"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 -subj "/CN=pebble-tls-ca-$NS" -keyout "$A/ca.key" -out "$A/ca.pem" 2>/dev/null
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=pebble" -keyout "$A/key.pem" -out "$A/csr.pem" 2>/dev/null
  printf 'subjectAltName=IP:%s,IP:127.0.0.1,DNS:localhost\n' "$HOST_IP" > "$A/san.ext"
  openssl x509 -req -in "$A/csr.pem" -CA "$A/ca.pem" -CAkey "$A/ca.key" -CAcreateserial -days 30 -extfile "$A/san.ext" -out "$A/cert.pem" 2>/dev/null
  cat > "$A/pebble-config.json" <<EOF
{ "pebble": { "listenAddress": "$HOST_IP:14000", "managementListenAddress": "$HOST_IP:15000",
  "certificate": "$A/cert.pem", "privateKey": "$A/key.pem", "httpPort": 80, "tlsPort": 443,
  "ocspResponderURL": "", "externalAccountBindingRequired": false } }
EOF
  cp "$A/ca.pem" "$S/pebble-tls-ca.pem"
  # both join the test host's cgroups, so stop-test-host.sh finds them even without pid files
  ( join_cgroups "$BASHPID"
    exec pebble-challtestsrv -defaultIPv4 "$NS_IP" -defaultIPv6 "" -dns01 "$HOST_IP:8053" -http01 "" -https01 "" \
      -tlsalpn01 "" -management "$HOST_IP:8055" ) </dev/null >"$A/challtestsrv.log" 2>&1 &
  echo $! > "$A/challtestsrv.pid"
  ( join_cgroups "$BASHPID"
    PEBBLE_VA_NOSLEEP=1 PEBBLE_WFE_NONCEREJECT=0 PEBBLE_AUTHZREUSE=100 \
      exec pebble -config "$A/pebble-config.json" -dnsserver "$HOST_IP:8053" ) </dev/null >"$A/pebble.log" 2>&1 &
  echo $! > "$A/pebble.pid"
) & acme_pid=$!
fi

# ---- the keys (and pebble's CA) are needed from here on
for p in "${pids[@]}"; do wait "$p" || die "ssh-keygen failed"; done
step "keys made"
for t in ed25519 ecdsa rsa; do
  pub=$(cut -d' ' -f1,2 "$S/sshd-hostkeys/ssh_host_${t}_key.pub")
  printf '%s %s\n%s %s\n' "$NS_IP" "$pub" 127.0.0.1 "$pub"
  cp "$S/sshd-hostkeys/ssh_host_${t}_key.pub" "$TH_DIR/hostkeys/"
done > "$TH_DIR/known_hosts"
if [ -n "$acme_pid" ]; then wait "$acme_pid" || die "pebble setup failed"; fi
cat "$K/root.pub" "$K/root_rsa.pub" > "$S/pub/root"
cat "$K/deploy.pub" "$K/deploy_pass.pub" > "$S/pub/deploy"
cat "$K/ops.pub" "$K/ops_ecdsa.pub" > "$S/pub/ops"
cat "$K/plain.pub" > "$S/pub/plain"

step "keys and pebble ready"
# ---- what runs inside (PID 1 = tini -> bash inner.sh) ----------------------------------------
cat > "$S/inner.sh" <<'INNER'
#!/usr/bin/env bash
set -euo pipefail
S=$1; CGMODE=$2; HOST_IP=$(cat "$S/host_ip")
T0=${EPOCHREALTIME/./}
step() { echo "inner: +$(( (${EPOCHREALTIME/./} - T0) / 1000 )) ms: $*" >&2; }   # to $TH_DIR/host.log
hostname testhost
# "volatile": no syncs to disk for what is thrown away anyway (faster dpkg/postgres and teardown)
for d in etc usr var root home srv opt; do
  o="lowerdir=/$d,upperdir=$S/ovl/$d/upper,workdir=$S/ovl/$d/work"
  mount -t overlay "th-$d" -o "$o,volatile" "/$d" 2>/dev/null || mount -t overlay "th-$d" -o "$o" "/$d"
done
mount -t tmpfs -o mode=0755,nosuid,nodev tmpfs /run
mkdir -p -m 0755 /run/sshd /run/lock
mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs /dev/shm
mkdir -p /var/lib/docker /var/lib/containers
mount --bind "$S/docker-root" /var/lib/docker
mount --bind "$S/containers-root" /var/lib/containers
# cgroups (ip netns exec remounted /sys, so /sys/fs/cgroup is empty); we are in a cgroup namespace
if [ "$CGMODE" = cgroup2fs ]; then
  mount -t cgroup2 cgroup2 /sys/fs/cgroup
else
  mount -t tmpfs -o mode=0755 cgroup /sys/fs/cgroup
  while read -r tgt fstype opts; do
    mkdir -p "$tgt"
    if [ "$fstype" = cgroup2 ]; then mount -t cgroup2 cgroup2 "$tgt"; continue; fi
    o=${opts#rw,}; case $o in name=*) o="none,$o";; esac
    mount -t cgroup -o "$o" cgroup "$tgt"
  done < "$S/cgroup-mounts"
fi
echo testhost > /etc/hostname
printf '127.0.0.1 localhost\n127.0.1.1 testhost\n::1 localhost ip6-localhost\n' > /etc/hosts
echo 'nameserver 127.0.0.1' > /etc/resolv.conf   # no DNS traffic leaves the test host
step "mounts done"

# dockerd first: it takes longest to come up. Started as Debian's /etc/init.d/docker does (same
# pid files, log /var/log/docker.log), so `service docker status|stop|restart` work inside, but
# without its `ulimit -n 1048576`, which fails where root lacks CAP_SYS_RESOURCE (in containers).
# The fstab line stops that script from mounting cgroup v1 hierarchies the host does not have.
if [ "$(cat "$S/docker")" = 1 ]; then
  mkdir -p /etc/docker /usr/local/lib/docker/cli-plugins /etc/containers
  echo '{ "storage-driver": "overlay2", "log-driver": "json-file" }' > /etc/docker/daemon.json
  install -m 0755 "$S/docker-compose-shim" /usr/local/lib/docker/cli-plugins/docker-compose
  printf '[containers]\ndefault_ulimits = ["nofile=1024:1024", "nproc=4096:4096"]\n[engine]\ncgroup_manager = "cgroupfs"\nevents_logger = "file"\n' > /etc/containers/containers.conf
  echo 'cgroup /sys/fs/cgroup tmpfs noauto 0 0   # mounted by the test host' >> /etc/fstab
  start-stop-daemon --start --background --no-close --exec /usr/sbin/dockerd \
    --pidfile /var/run/docker-ssd.pid --make-pidfile -- -p /var/run/docker.pid </dev/null >>/var/log/docker.log 2>&1
  step "dockerd started"
fi

# sshd: a pristine Debian sshd_config, the host keys made outside, and one drop-in (the app's
# own drop-ins sort before zz- and so win: sshd takes the first value it reads). Nobody logs in
# before start-test-host.sh is done, so the users can be made after sshd is up.
if [ -f /usr/share/openssh/sshd_config ]; then cp /usr/share/openssh/sshd_config /etc/ssh/sshd_config; fi
rm -f /etc/ssh/sshd_config.d/* /etc/ssh/ssh_host_*
for t in rsa ecdsa ed25519; do
  install -m 0600 "$S/sshd-hostkeys/ssh_host_${t}_key" "/etc/ssh/ssh_host_${t}_key"
  install -m 0644 "$S/sshd-hostkeys/ssh_host_${t}_key.pub" "/etc/ssh/ssh_host_${t}_key.pub"
done
cat > /etc/ssh/sshd_config.d/zz-testhost.conf <<EOF
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication yes
KbdInteractiveAuthentication yes
UsePAM yes
LogLevel VERBOSE
EOF
echo 'SSHD_OPTS="-E /var/log/sshd.log"' > /etc/default/ssh   # `service ssh restart` keeps the log
/usr/sbin/sshd -t
# sshd as a normal daemon (pid file /run/sshd.pid), so `service ssh restart|reload` inside works
# like on a real server without killing the test host
/usr/sbin/sshd -E /var/log/sshd.log
step "sshd started"

# prometheus-node-exporter on the test host's loopback only, started as Debian's init script does
if [ "$(cat "$S/node_exporter")" = 1 ]; then
  echo 'ARGS="--web.listen-address=127.0.0.1:9100"' > /etc/default/prometheus-node-exporter
  mkdir -p /var/log/prometheus
  if [ -x /etc/init.d/prometheus-node-exporter ]; then
    /etc/init.d/prometheus-node-exporter start >/dev/null 2>&1 || echo "node exporter: init script failed" >&2
  else
    setsid prometheus-node-exporter --web.listen-address=127.0.0.1:9100 </dev/null >/var/log/prometheus/prometheus-node-exporter.log 2>&1 &
  fi
  step "node exporter started"
fi

# Debian's prometheus on the test host's loopback only (as a server's own Prometheus would be),
# scraping node-exporter and itself every second so that a test has samples within seconds.
# Started directly: there is no systemd inside.
if [ "$(cat "$S/prometheus")" = 1 ]; then
  mkdir -p /var/log/prometheus /var/lib/prometheus/metrics2
  cat > /etc/prometheus/prometheus.yml <<'PROMCONF'
global:
  scrape_interval: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: node
    static_configs:
      - targets: ['127.0.0.1:9100']
  - job_name: prometheus
    static_configs:
      - targets: ['127.0.0.1:9090']
PROMCONF
  setsid prometheus --config.file=/etc/prometheus/prometheus.yml --storage.tsdb.path=/var/lib/prometheus/metrics2 \
    --web.listen-address=127.0.0.1:9090 </dev/null >/var/log/prometheus/prometheus.log 2>&1 &
  step "prometheus started"
fi

# users
id deploy >/dev/null 2>&1 || useradd -m -s /bin/bash -G sudo deploy
id ops    >/dev/null 2>&1 || useradd -m -s /bin/bash ops
id plain  >/dev/null 2>&1 || useradd -m -s /bin/bash plain
printf 'deploy:deploypw\nplain:plainpw\n' | chpasswd
usermod -p '*' ops                       # no password, but not "locked" (key login allowed)
echo 'ops ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/ops && chmod 0440 /etc/sudoers.d/ops
for u in root deploy ops plain; do
  h=$(getent passwd "$u" | cut -d: -f6)
  install -d -m 0700 -o "$u" -g "$u" "$h/.ssh"
  install -m 0600 -o "$u" -g "$u" "$S/pub/$u" "$h/.ssh/authorized_keys"
done
step "users made"

# ACME: trust pebble's TLS CA and make certbot use pebble by default
if [ -f "$S/pebble-tls-ca.pem" ]; then
  cp "$S/pebble-tls-ca.pem" /usr/local/share/ca-certificates/pebble-tls-ca.crt
  cat "$S/pebble-tls-ca.pem" >> /etc/ssl/certs/ca-certificates.crt   # what update-ca-certificates would do, faster
  mkdir -p /etc/letsencrypt
  echo "server = https://$HOST_IP:14000/dir" >> /etc/letsencrypt/cli.ini
fi

touch "$S/inner-ready"
mount --bind "$S/rootfs-tmp" /tmp     # last: hides the real /tmp inside
step "ready"
exec sleep infinity
INNER

# launch: join our cgroups, then netns -> new mount/pid/uts/cgroup namespaces; tini is PID 1
cat > "$S/launch.sh" <<EOF
#!/bin/sh
while read -r tgt fstype opts; do echo \$\$ > "\$tgt/$CG/cgroup.procs"; done < "$S/cgroup-mounts"
exec ip netns exec "$NS" unshare --mount --uts --pid --cgroup --fork --mount-proc --propagation private \\
  tini -s -- bash "$S/inner.sh" "$S" "$CGMODE"
EOF
setsid sh "$S/launch.sh" </dev/null >"$TH_DIR/host.log" 2>&1 &
UNSHARE_PID=$!
echo "$UNSHARE_PID" > "$TH_DIR/unshare.pid"

step "launched"
# wait until inner.sh is done and sshd answers (at most 60 s: a loaded machine is slow)
up=0; end=$((SECONDS + 60))
while [ $SECONDS -lt $end ]; do
  if [ -e "$S/inner-ready" ] && (exec 3<>"/dev/tcp/$NS_IP/22") 2>/dev/null; then up=1; break; fi
  alive "$UNSHARE_PID" || break
  sleep 0.05
done
if [ $up != 1 ]; then echo "start-test-host: the test host did not come up:" >&2; cat "$TH_DIR/host.log" >&2; exit 1; fi
NS_PID1=$(awk '{print $1}' /proc/"$UNSHARE_PID"/task/"$UNSHARE_PID"/children)
echo "$NS_PID1" > "$TH_DIR/pid1"
inside() { nsenter -t "$NS_PID1" -a "$@"; }

step "sshd answers, users made"
TH_NODE_EXPORTER_PORT=
if [ "$TH_NODE_EXPORTER" = 1 ]; then
  end=$((SECONDS + 15))
  while [ $SECONDS -lt $end ]; do
    if nsenter -t "$NS_PID1" -n curl -fsS -o /dev/null http://127.0.0.1:9100/metrics 2>/dev/null; then TH_NODE_EXPORTER_PORT=9100; break; fi
    sleep 0.05
  done
  [ -n "$TH_NODE_EXPORTER_PORT" ] || { warn "node exporter does not answer on the test host's 127.0.0.1:9100:"; inside tail -n 5 /var/log/prometheus/prometheus-node-exporter.log >&2 || true; }
fi
step "node exporter checked"
TH_PROMETHEUS_PORT=
if [ "$TH_PROMETHEUS" = 1 ]; then   # ready, and node-exporter scraped once (when it runs)
  end=$((SECONDS + 30))
  want='"job":"prometheus"'; [ -n "$TH_NODE_EXPORTER_PORT" ] && want='"job":"node"'
  while [ $SECONDS -lt $end ]; do
    if nsenter -t "$NS_PID1" -n curl -fsS 'http://127.0.0.1:9090/api/v1/query?query=up%3D%3D1' 2>/dev/null | grep -qF "$want"; then
      TH_PROMETHEUS_PORT=9090; break
    fi
    sleep 0.1
  done
  [ -n "$TH_PROMETHEUS_PORT" ] || { warn "prometheus does not answer on the test host's 127.0.0.1:9090:"; inside tail -n 5 /var/log/prometheus/prometheus.log >&2 || true; }
fi
step "prometheus checked"
if [ "$TH_DOCKER" = 1 ]; then
  ok=0
  end=$((SECONDS + 60))
  while [ $SECONDS -lt $end ]; do inside docker info >/dev/null 2>&1 && { ok=1; break; }; sleep 0.05; done
  if [ $ok = 1 ]; then
    if wait "$bb_pid"; then TH_IMAGE=testbusybox:latest; else warn "no busybox image (see above)"; fi
    if [ -n "$TH_IMAGE" ]; then
      inside docker import -c 'CMD ["sh"]' - "$TH_IMAGE" < "$S/busybox-rootfs.tar" >/dev/null ||
        { warn "docker import of $TH_IMAGE failed"; TH_IMAGE=; }
    fi
  else
    warn "dockerd did not start:"; inside tail -n 20 /var/log/docker.log >&2 || true
    TH_DOCKER=0; TH_IMAGE=
  fi
fi
step "docker checked, image imported"
if [ "$TH_ACME" = 1 ]; then   # pebble makes a new root CA per start; save it for curl --cacert
  end=$((SECONDS + 15))
  while [ $SECONDS -lt $end ]; do
    curl -fsS --cacert "$TH_DIR/acme/ca.pem" "https://$HOST_IP:15000/roots/0" -o "$TH_DIR/acme/pebble-root.pem" 2>/dev/null && break; sleep 0.05
  done
  [ -s "$TH_DIR/acme/pebble-root.pem" ] || warn "pebble did not answer (see $TH_DIR/acme/pebble.log)"
fi
fpr() { ssh-keygen -lf "$TH_DIR/hostkeys/ssh_host_$1_key.pub" | awk '{print $2}'; }

cat > "$TH_DIR/env" <<EOF
TH_NAME=$TH_NAME
TH_NET=$TH_NET
TH_DIR=$TH_DIR
TH_HOST=$NS_IP
TH_PORT=22
TH_HOST_SIDE_IP=$HOST_IP
TH_KNOWN_HOSTS=$TH_DIR/known_hosts
TH_SSH_HOST_KEY_ED25519_FPR=$(fpr ed25519)
TH_SSH_HOST_KEY_ECDSA_FPR=$(fpr ecdsa)
TH_SSH_HOST_KEY_RSA_FPR=$(fpr rsa)
TH_KEY_ROOT=$K/root
TH_KEY_ROOT_RSA=$K/root_rsa
TH_KEY_DEPLOY=$K/deploy
TH_KEY_DEPLOY_PASS=$K/deploy_pass
TH_KEY_DEPLOY_PASS_PASSPHRASE=keypass
TH_DEPLOY_PASSWORD=deploypw
TH_KEY_OPS=$K/ops
TH_KEY_OPS_ECDSA=$K/ops_ecdsa
TH_KEY_PLAIN=$K/plain
TH_PLAIN_PASSWORD=plainpw
TH_PID=$NS_PID1
TH_DOCKER=$TH_DOCKER
TH_IMAGE=$TH_IMAGE
TH_NODE_EXPORTER_PORT=$TH_NODE_EXPORTER_PORT
TH_PROMETHEUS_PORT=$TH_PROMETHEUS_PORT
TH_ACME=$TH_ACME
TH_ACME_DIRECTORY=$([ "$TH_ACME" = 1 ] && echo "https://$HOST_IP:14000/dir")
TH_ACME_ROOT_PEM=$([ "$TH_ACME" = 1 ] && echo "$TH_DIR/acme/pebble-root.pem")
TH_ROOTFS_TMP=$S/rootfs-tmp
TH_OVERLAY_DIR=$S/ovl
TH_SSHD_LOG=$S/ovl/var/upper/log/sshd.log
# run a command inside the test host (all its namespaces):  nsenter -t \$TH_PID -a CMD
# files the app changed on the test host: \$TH_OVERLAY_DIR/{etc,var,...}/upper (read only while running!)
EOF
started=1
cat "$TH_DIR/env"
echo "test host $NS up in $(ms) ms" >&2
