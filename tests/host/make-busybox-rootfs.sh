#!/usr/bin/env bash
# make-busybox-rootfs.sh OUT.tar - a minimal root filesystem (Debian's busybox-static and its
# applet links) to `docker import` as an image, since no image registry is reachable from the
# test host. start-test-host.sh imports it as testbusybox:latest.
# Needs: busybox-static (a dynamically linked busybox would not run inside the image).
set -euo pipefail
out=${1:?usage: make-busybox-rootfs.sh OUT.tar}
bb=${BUSYBOX:-/bin/busybox}
[ -x "$bb" ] || { echo "make-busybox-rootfs: $bb not found (install busybox-static)" >&2; exit 1; }
if ldd "$bb" >/dev/null 2>&1; then
  echo "make-busybox-rootfs: $bb is dynamically linked; install busybox-static" >&2; exit 1
fi
r=$(mktemp -d); trap 'rm -rf "$r"' EXIT
mkdir -p "$r"/bin "$r"/dev "$r"/etc "$r"/proc "$r"/sys "$r"/tmp "$r"/root "$r"/www
cp "$bb" "$r/bin/busybox"
for a in $("$r/bin/busybox" --list); do [ "$a" = busybox ] || ln -sf busybox "$r/bin/$a"; done
echo 'root:x:0:0:root:/root:/bin/sh' > "$r/etc/passwd"
echo 'root:x:0:' > "$r/etc/group"
chmod 1777 "$r/tmp"
tar -C "$r" --numeric-owner --owner=0 --group=0 -cf "$out" .
