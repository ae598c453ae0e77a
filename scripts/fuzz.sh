#!/usr/bin/env bash
# fuzz.sh [SECONDS] [BUILD_DIR] - runs each libFuzzer target (tests/fuzz, clang 16 with ASan+UBSan)
# for SECONDS (default 20) on a copy of its seed corpus. Without BUILD_DIR it configures and builds
# the fuzz targets alone in build-fuzz; with it, it uses that tree, configured with CAPATAZ_FUZZ=ON
# (scripts/test.sh passes its sanitizer tree, which holds the tests as well).
# Exits non-zero when a target crashes, leaks or trips a sanitizer (UBSan's "runtime error"
# reports included: the fuzz build lets UBSan go on, so the log is read for them).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}
dir=${2:-}
if [ -z "$dir" ]; then
  dir=build-fuzz
  CXX=clang++-16 cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAPATAZ_FUZZ=ON \
    -DCAPATAZ_BUILD_GUI=OFF -DCAPATAZ_BUILD_TESTS=OFF -DCAPATAZ_WERROR=ON >/dev/null
elif ! grep -q '^CAPATAZ_FUZZ:BOOL=ON' "$dir/CMakeCache.txt" 2>/dev/null; then
  echo "fuzz.sh: $dir is not configured with -DCAPATAZ_FUZZ=ON" >&2; exit 2
fi
cmake --build "$dir" -j"$(nproc)" >/dev/null
# One target per core at a time: each runs for SECONDS whatever the others do, so the stage
# takes about (targets / cores) x SECONDS instead of targets x SECONDS.
fuzz_one() {
  local f=$1 name work
  name=$(basename "$f")
  work=$dir/corpus-run/$name; rm -rf "$work"; mkdir -p "$work"
  [ -d "tests/fuzz/corpus/$name" ] && cp -r "tests/fuzz/corpus/$name/." "$work/"
  if "$f" -max_total_time="$secs" -rss_limit_mb=2048 -artifact_prefix="$dir/$name-" "$work" \
       >"$dir/$name.log" 2>&1; then
    if grep -q 'runtime error:' "$dir/$name.log"; then
      # UBSan only reports (the build lets it recover): undefined behaviour is a failure all the same
      echo "fuzz $name: FAILED, undefined behaviour:"; grep 'runtime error:' "$dir/$name.log" | sort | uniq -c | head -n 10 || true
      return 1
    fi
    echo "fuzz $name: ok ($(grep -o 'Done [0-9]* runs' "$dir/$name.log" | tail -n1))"
  else
    echo "fuzz $name: FAILED, see $dir/$name.log"; tail -n 30 "$dir/$name.log"; return 1
  fi
}
status=0
running=0
jobs_max=$(nproc)
for f in "$dir"/tests/fuzz/fuzz_*; do
  [ -f "$f" ] && [ -x "$f" ] || continue   # skip the *_autogen directories
  if [ "$running" -ge "$jobs_max" ]; then
    wait -n || status=1
    running=$((running - 1))
  fi
  fuzz_one "$f" &
  running=$((running + 1))
done
while [ "$running" -gt 0 ]; do
  wait -n || status=1
  running=$((running - 1))
done
exit $status
