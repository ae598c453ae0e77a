#!/usr/bin/env bash
# check-translations.sh LUPDATE SRC_DIR - fails when translations/*.ts are not complete and
# current: lupdate over ui/, core/ and app/cli/ (as the update_translations target runs it) must change nothing,
# and no entry may be unfinished, vanished or obsolete.
set -euo pipefail
lupdate=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp "$src"/translations/capataz_*.ts "$tmp/"
mapfile -t sources < <(find "$src/ui" "$src/core" "$src/app/cli" -name '*.cpp' -o -name '*.h' | sort)
"$lupdate" -silent -no-obsolete -locations none "${sources[@]}" -ts "$tmp"/capataz_*.ts
status=0
for ts in "$tmp"/capataz_*.ts; do
  name=$(basename "$ts")
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  vanished=$(grep -cE 'type="(vanished|obsolete)"' "$ts" || true)
  total=$(grep -c '<source>' "$ts" || true)
  echo "$name: $total messages, $unfinished unfinished, $vanished vanished"
  if [ "$unfinished" != 0 ]; then
    echo "FAIL: $name has unfinished entries:"; grep -B3 'type="unfinished"' "$ts" | grep '<source>' | head -n 20
    status=1
  fi
  [ "$vanished" = 0 ] || { echo "FAIL: $name has vanished entries"; status=1; }
  if ! diff -q "$src/translations/$name" "$ts" >/dev/null; then
    echo "FAIL: translations/$name is not current: run 'cmake --build build --target update_translations' and translate"
    diff -u "$src/translations/$name" "$ts" | head -n 40
    status=1
  fi
  [ "$total" -gt 0 ] || { echo "FAIL: $name has no messages"; status=1; }
done
exit $status
