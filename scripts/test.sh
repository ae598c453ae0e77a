#!/usr/bin/env bash
# test.sh - installs what is needed, builds, and runs the whole test suite (README, command 2).
# Idempotent: packages already installed and build trees already there are reused.
#   0. style: every C++ file as clang-format-16 formats it, none over 600 lines
#   1. build with -Werror, ctest: unit, integration (a disposable test host is started and
#      stopped by CTest fixtures: needs root on Linux), GUI (offscreen), installer, translations
#   2. the core and integration tests again under AddressSanitizer + UBSan
#   3. every libFuzzer target for a bounded time
# Environment: CAPATAZ_SKIP_ASAN=1 / CAPATAZ_SKIP_FUZZ=1 skip steps 2 / 3; FUZZ_SECONDS (15).
set -euo pipefail
cd "$(dirname "$0")/.."
t0=$(date +%s)
# Each stage prints its own time when it ends (CI keeps the whole run under 45 minutes).
stage_name=; stage_t=$t0
stage() {
  local now; now=$(date +%s)
  if [ -n "$stage_name" ]; then echo "== stage time: $stage_name $(( now - stage_t )) s"; fi
  stage_name=$1; stage_t=$now
  if [ -n "$1" ]; then echo "== $1"; fi
}
stage "install packages"
bash scripts/install-deps.sh --test

export CAPATAZ_KEYCHAIN=memory   # tests never touch a real keychain (one test makes its own)
export CAPATAZ_DATA_DIR=$PWD/build/test-data-dir

stage "style (clang-format-16, no file over 600 lines)"
bash scripts/check-format.sh

stage "build (-Werror)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAPATAZ_WERROR=ON >/dev/null
cmake --build build -j"$(nproc)"
stage "test suite"
ctest --test-dir build --output-on-failure -j2

if [ "${CAPATAZ_SKIP_ASAN:-0}" != 1 ]; then
  stage "build under address,undefined sanitizers"
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCAPATAZ_WERROR=ON -DCAPATAZ_BUILD_GUI=OFF \
    -DCAPATAZ_SANITIZE=address,undefined -DCAPATAZ_TH_NAME=cpz1 -DCAPATAZ_TH_NET=202 >/dev/null
  cmake --build build-asan -j"$(nproc)"
  stage "core and integration tests under address,undefined sanitizers"
  ctest --test-dir build-asan --output-on-failure -j2 -L 'unit|integration'
fi

if [ "${CAPATAZ_SKIP_FUZZ:-0}" != 1 ]; then
  stage "fuzz"
  bash scripts/fuzz.sh "${FUZZ_SECONDS:-15}"
fi
stage ""
echo "== all tests passed in $(( $(date +%s) - t0 )) s"
