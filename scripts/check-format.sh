#!/usr/bin/env bash
# check-format.sh - the style that CI enforces (and `cmake --build build --target format` applies):
#   1. every tracked C++ file is as clang-format-16 formats it with the repository's .clang-format
#   2. no C++ source or header has more than 600 lines
# --fix formats in place instead of failing.
set -euo pipefail
cd "$(dirname "$0")/.."
CF=$(command -v clang-format-16 || true)
if [ -z "$CF" ]; then echo "check-format: clang-format-16 is not installed (scripts/install-deps.sh --test)"; exit 2; fi
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = --fix ]; then "$CF" -i "${files[@]}"; echo "check-format: formatted ${#files[@]} files"; exit 0; fi
bad=$("$CF" --dry-run "${files[@]}" 2>&1 | grep -oE '^[^:]+:[0-9]+:[0-9]+: (warning|error)' | cut -d: -f1 | sort -u || true)
status=0
if [ -n "$bad" ]; then
  echo "check-format: these files differ from .clang-format (run scripts/check-format.sh --fix):"
  echo "$bad" | sed 's/^/  /'
  status=1
fi
long=$(wc -l "${files[@]}" | awk '$2 != "total" && $1 > 600 {print "  " $2 " (" $1 " lines)"}')
if [ -n "$long" ]; then
  echo "check-format: files over 600 lines (split them by responsibility):"
  echo "$long"
  status=1
fi
[ $status = 0 ] && echo "check-format: ${#files[@]} files formatted, none over 600 lines"
exit $status
