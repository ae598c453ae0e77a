#!/usr/bin/env bash
# installer_deb: builds the Debian package with CPack and checks what is in it.
#
#   test-package.sh --build-dir DIR --version X.Y.Z [--work-dir DIR] [--cpack PATH] [--gui 0|1]
#
# --gui 1 says the build has the GUI (target capataz); with --gui 0 the test is skipped (exit 77),
# unless CAPATAZ_PKG_ALLOW_NO_GUI=1, which checks a CLI-only package (the GUI checks then run
# only for what the package holds). Exit codes: 0 passed, 1 failed, 77 skipped.
set -uo pipefail

build_dir="" version="" work_dir="" cpack_cmd="cpack" gui=1
while (($#)); do
  case "$1" in
    --build-dir) build_dir=$2; shift 2 ;;
    --version)   version=$2;   shift 2 ;;
    --work-dir)  work_dir=$2;  shift 2 ;;
    --cpack)     cpack_cmd=$2; shift 2 ;;
    --gui)       gui=$2;       shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[[ -n $build_dir && -n $version ]] || { echo "usage: $0 --build-dir DIR --version X.Y.Z [...]" >&2; exit 2; }
build_dir=$(cd "$build_dir" && pwd)
: "${work_dir:=$build_dir/tests/installer/installer_deb}"

skip() { echo "SKIP: $*"; exit 77; }

if [[ $gui != 1 && ${CAPATAZ_PKG_ALLOW_NO_GUI:-0} != 1 ]]; then
  skip "the GUI (capataz) is not built (CAPATAZ_BUILD_GUI=OFF or no ui/): nothing to package for the desktop"
fi
[[ -f $build_dir/CPackConfig.cmake ]] || skip "no CPackConfig.cmake in $build_dir (installer/ not configured)"
missing=()
for tool in "$cpack_cmd" dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if ((${#missing[@]})); then
  skip "missing tools: ${missing[*]} (Debian packages: cmake dpkg-dev desktop-file-utils appstream)"
fi

passed=0 failed=0
ok()   { echo "ok   - $*"; passed=$((passed + 1)); }
fail() { echo "FAIL - $*"; failed=$((failed + 1)); }
check() { # check DESCRIPTION COMMAND...
  local what=$1; shift
  if "$@"; then ok "$what"; else fail "$what"; fi
}
finish() {
  echo "installer_deb: $passed passed, $failed failed"
  ((failed == 0)) && exit 0 || exit 1
}

# PNG width and height, from the IHDR chunk (bytes 16..23, big-endian).
png_size() {
  local w h
  [[ $(head -c 8 "$1" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] || return 1
  w=$(od -An -j16 -N4 -tu1 "$1" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
  h=$(od -An -j20 -N4 -tu1 "$1" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
  echo "${w}x${h}"
}

# --- 1. cpack -G DEB ------------------------------------------------------------------------
rm -rf "$work_dir"
mkdir -p "$work_dir/out" "$work_dir/root"
echo "# cpack -G DEB (build dir $build_dir)"
if ! (cd "$build_dir" && "$cpack_cmd" -G DEB --config CPackConfig.cmake -B "$work_dir/out") \
     >"$work_dir/cpack.log" 2>&1; then
  cat "$work_dir/cpack.log"
  fail "cpack -G DEB"
  finish
fi
shopt -s nullglob
debs=("$work_dir"/out/*.deb)
if ((${#debs[@]} != 1)); then
  cat "$work_dir/cpack.log"
  fail "cpack produced exactly one .deb (got ${#debs[@]})"
  finish
fi
deb=${debs[0]}
arch=$(dpkg --print-architecture)
check "package file name is capataz_${version}_${arch}.deb ($(basename "$deb"))" \
  test "$(basename "$deb")" = "capataz_${version}_${arch}.deb"
echo "# $(basename "$deb"): $(stat -c %s "$deb") bytes"

# --- 2. control fields ----------------------------------------------------------------------
info=$(dpkg-deb -I "$deb")
echo "$info" | sed -n '/^ [A-Z][A-Za-z-]*: /,$p'
field() { echo "$info" | sed -n "s/^ $1: //p"; }
depends=$(field Depends)
check "Package: capataz"            test "$(field Package)" = capataz
check "Version: $version"           test "$(field Version)" = "$version"
check "Section: admin"              test "$(field Section)" = admin
check "Architecture: $arch"         test "$(field Architecture)" = "$arch"
check "Maintainer is set"           test -n "$(field Maintainer)"
check "Homepage is set"             test -n "$(field Homepage)"
check "Description is set"          test -n "$(field Description)"
has_dep() { local re=",[[:space:]]*$1[[:space:]]*[,(|]"; [[ ", $depends," =~ $re ]]; }
check "Depends has libssh2-1 (shlibdeps)"   has_dep libssh2-1
check "Depends has libqt6sql6-sqlite"       has_dep libqt6sql6-sqlite
check "Depends has libqt6core6 (shlibdeps)" has_dep libqt6core6

# --- 3. files -------------------------------------------------------------------------------
root=$work_dir/root
dpkg-deb -x "$deb" "$root"
check "usr/bin/capataz-cli is an executable" test -x "$root/usr/bin/capataz-cli"

has_gui=0
[[ -e $root/usr/bin/capataz ]] && has_gui=1
if [[ $gui == 1 ]]; then
  check "usr/bin/capataz is an executable" test -x "$root/usr/bin/capataz"
fi
if ((has_gui)); then
  check "Depends has libqt6widgets6 (shlibdeps)" has_dep libqt6widgets6
  desktop=$root/usr/share/applications/io.capataz.Capataz.desktop
  metainfo=$root/usr/share/metainfo/io.capataz.Capataz.metainfo.xml
  icons=$root/usr/share/icons/hicolor
  check "desktop file installed" test -f "$desktop"
  check "metainfo installed"     test -f "$metainfo"
  for n in 48 128 256; do
    png=$icons/${n}x${n}/apps/io.capataz.Capataz.png
    check "icon ${n}x${n} is a ${n}x${n} PNG" test "$(png_size "$png" 2>/dev/null)" = "${n}x${n}"
  done
  check "scalable icon is an SVG" grep -q '<svg' "$icons/scalable/apps/io.capataz.Capataz.svg"
  check "the manual Help > Guide opens is installed" grep -q '^# Capataz' "$root/usr/share/doc/capataz/README.md"

  # --- 4. validators
  out=$(desktop-file-validate "$desktop" 2>&1); rc=$?
  [[ -n $out ]] && echo "$out"
  check "desktop-file-validate: no errors or warnings" \
    test "$rc" = 0 -a -z "$(echo "$out" | grep -E ': (error|warning):')"
  out=$(appstreamcli validate --no-net "$metainfo" 2>&1); rc=$?
  echo "$out"
  check "appstreamcli validate --no-net: passes" test "$rc" = 0
  # validate-tree also checks that the launchable .desktop file and the icons are there.
  out=$(appstreamcli validate-tree --no-net "$root" 2>&1); rc=$?
  echo "$out"
  check "appstreamcli validate-tree --no-net: passes" test "$rc" = 0
else
  echo "# usr/bin/capataz is not in the package: GUI, desktop file, metainfo and icon checks skipped"
fi

# --- 5. the installed binaries run and know their version -----------------------------------
version_re="(^|[[:space:]])${version//./\\.}([[:space:]]|$)"
run_version() { # run_version NAME
  local out rc
  out=$(QT_QPA_PLATFORM=offscreen timeout 30 "$root/usr/bin/$1" --version 2>&1 </dev/null); rc=$?
  echo "# $1 --version -> [$out] (exit $rc)"
  [[ $rc == 0 && $out =~ $version_re ]]
}
check "capataz-cli --version prints $version" run_version capataz-cli
if ((has_gui)); then
  check "capataz --version prints $version" run_version capataz
fi

finish
