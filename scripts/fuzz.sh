#!/usr/bin/env bash
# fuzz.sh [SECONDS] - builds the libFuzzer targets (tests/fuzz, clang 16 with ASan+UBSan) in
# build-fuzz and runs each for SECONDS (default 20) on a copy of its seed corpus.
# Exits non-zero when a target crashes, leaks or trips a sanitizer (UBSan's "runtime error"
# reports included: the fuzz build lets UBSan go on, so the log is read for them).
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}
CXX=clang++-16 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAPATAZ_FUZZ=ON \
  -DCAPATAZ_BUILD_GUI=OFF -DCAPATAZ_BUILD_TESTS=OFF -DCAPATAZ_WERROR=ON >/dev/null
cmake --build build-fuzz -j"$(nproc)" >/dev/null
status=0
for f in build-fuzz/tests/fuzz/fuzz_*; do
  [ -f "$f" ] && [ -x "$f" ] || continue   # skip the *_autogen directories
  name=$(basename "$f")
  work=build-fuzz/corpus-run/$name; rm -rf "$work"; mkdir -p "$work"
  [ -d "tests/fuzz/corpus/$name" ] && cp -r "tests/fuzz/corpus/$name/." "$work/"
  if "$f" -max_total_time="$secs" -rss_limit_mb=2048 -artifact_prefix="build-fuzz/$name-" "$work" \
       >"build-fuzz/$name.log" 2>&1; then
    if grep -q 'runtime error:' "build-fuzz/$name.log"; then
      # UBSan only reports (the build lets it recover): undefined behaviour is a failure all the same
      echo "fuzz $name: FAILED, undefined behaviour:"; grep 'runtime error:' "build-fuzz/$name.log" | sort | uniq -c | head -n 10 || true
      status=1; continue
    fi
    echo "fuzz $name: ok ($(grep -o 'Done [0-9]* runs' "build-fuzz/$name.log" | tail -n1))"
  else
    echo "fuzz $name: FAILED, see build-fuzz/$name.log"; tail -n 30 "build-fuzz/$name.log"; status=1
  fi
done
exit $status
