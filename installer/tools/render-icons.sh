#!/usr/bin/env bash
# Regenerates the committed raster icons from resources/icons/capataz.svg:
#   resources/icons/hicolor/<N>x<N>/apps/io.capataz.Capataz.png  (48, 128, 256; Linux package)
#   resources/icons/capataz.ico                                  (Windows installer and .exe)
#   resources/icons/capataz.icns                                 (macOS bundle)
# Run it after changing the SVG and commit the results. Needs rsvg-convert (Debian: librsvg2-bin)
# and python3. The Linux build re-renders the hicolor PNGs itself when rsvg-convert is installed;
# the committed copies are what it installs when it is not.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
svg="$root/resources/icons/capataz.svg"
out="$root/resources/icons"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert not found (apt-get install librsvg2-bin)" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

for n in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$n" -h "$n" "$svg" -o "$tmp/$n.png"
done
for n in 48 128 256; do
  mkdir -p "$out/hicolor/${n}x${n}/apps"
  cp "$tmp/$n.png" "$out/hicolor/${n}x${n}/apps/io.capataz.Capataz.png"
done

python3 - "$tmp" "$out" <<'PY'
import struct, sys, pathlib
tmp, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
png = lambda n: (tmp / f"{n}.png").read_bytes()

# ICO with PNG-compressed entries (Windows Vista and later read these).
sizes = [16, 24, 32, 48, 64, 128, 256]
data = [png(n) for n in sizes]
head = struct.pack("<HHH", 0, 1, len(sizes))
offset = 6 + 16 * len(sizes)
entries = b""
for n, d in zip(sizes, data):
    entries += struct.pack("<BBBBHHII", n % 256, n % 256, 0, 0, 1, 32, len(d), offset)
    offset += len(d)
(out / "capataz.ico").write_bytes(head + entries + b"".join(data))

# ICNS with PNG entries (OS X 10.7 and later).
types = [("ic11", 32), ("ic12", 64), ("ic07", 128), ("ic13", 256),
         ("ic08", 256), ("ic14", 512), ("ic09", 512), ("ic10", 1024)]
body = b"".join(t.encode() + struct.pack(">I", 8 + len(png(n))) + png(n) for t, n in types)
(out / "capataz.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
echo "icons written under $out"
