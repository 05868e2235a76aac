#!/usr/bin/env bash
# CI's packaging test, run after tools/test.sh has built build/ (or $LOQUAT_BUILD_DIR):
#  1. the desktop entry and the AppStream metadata pass desktop-file-validate and
#     `appstreamcli validate --no-net`;
#  2. cpack makes the .deb and the .tar.gz from that build directory (no second build);
#  3. the .deb holds what a desktop expects (binaries, desktop entry, metainfo, icons in every
#     size, translations) and nothing of the build (benchmarks, tests), and its Depends name the
#     Debian packages of every library the binaries link and of the plugins they load;
#  4. the .deb's files, unpacked with dpkg -x into an empty folder, run from there: no path into
#     the build tree is left in them, every library they need resolves;
#  5. mmdebstrap bootstraps a clean Debian root of this machine's release with only apt in it,
#     installs the .deb there with apt (so its Depends alone must bring in every library and
#     plugin) and runs packaging/smoke-test.sh inside: `loquat --version`, the CLI against the
#     simulator, the window offscreen;
#  6. the tarball unpacks and runs from wherever it lands.
# Downloaded packages are kept in $LOQUAT_PACKAGE_CACHE (default ~/.cache/loquat/package-test), so
# later runs fetch only what changed. Needs root (or sudo) for the chroot, and mmdebstrap,
# desktop-file-utils and appstream (tools/install-deps.sh installs them).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LOQUAT_BUILD_DIR:-$root/build}
cache=${LOQUAT_PACKAGE_CACHE:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/loquat/package-test}
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
fail() { echo "test-package: $*" >&2; exit 1; }
[ -f "$build/CPackConfig.cmake" ] || fail "$build is not a configured build directory (run tools/test.sh first)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== desktop entry and AppStream metadata"
desktop-file-validate "$root/packaging/io.github.loquat.Loquat.desktop"
appstreamcli validate --no-net "$root/packaging/io.github.loquat.Loquat.metainfo.xml"

echo "== cpack"
rm -f "$build"/loquat_*.deb "$build"/loquat-*.tar.gz
(cd "$build" && cpack -G "DEB;TGZ" >"$work/cpack.log") || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$build"/loquat_*.deb)
tarball=$(ls "$build"/loquat-*.tar.gz)
echo "$deb"
dpkg-deb --info "$deb" | sed -n 's/^ \(Package\|Version\|Architecture\|Depends\|Recommends\|Installed-Size\):/  \1:/p'

echo "== package contents"
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
expected=(./usr/bin/loquat ./usr/bin/loquat-cli ./usr/bin/loquat-sim
          ./usr/share/applications/io.github.loquat.Loquat.desktop
          ./usr/share/metainfo/io.github.loquat.Loquat.metainfo.xml
          ./usr/share/icons/hicolor/scalable/apps/io.github.loquat.Loquat.svg)
for size in 16 22 24 32 48 64 128 256 512; do
  expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/io.github.loquat.Loquat.png")
done
for ts in "$root"/translations/*.ts; do
  expected+=("./usr/share/loquat/translations/$(basename "$ts" .ts).qm")
done
for path in "${expected[@]}"; do
  grep -qxF "$path" <<<"$contents" || fail "$path is missing from the .deb"
done
if grep -q "loquat-bench\|/tst_\|\.a$\|/include/" <<<"$contents"; then
  fail "the .deb carries benchmarks, tests or development files"
fi

echo "== Depends"
depends=$(dpkg-deb --field "$deb" Depends)
# Every package whose library the binaries link (what dpkg-shlibdeps found), and the plugins they
# load at run time, which no linker sees: the SQLite driver (history), image formats (WebP).
named=$(sed 's/([^)]*)//g; s/[|,]/\n/g' <<<"$depends" | tr -d ' ')
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 \
               libqt6charts6 libqt6multimedia6 libqt6multimediawidgets6 libqt6keychain1 \
               libcmark-gfm0.29.0.gfm.6 libcmark-gfm-extensions0.29.0.gfm.6 \
               libqt6sql6-sqlite qt6-image-formats-plugins; do
  grep -qxF "$package" <<<"$named" || fail "Depends lacks $package: $depends"
done
# Each one a package that exists in this release (a typo would make the .deb uninstallable).
for package in $named; do
  apt-cache show --no-all-versions "$package" >/dev/null 2>&1 || fail "Depends names $package, which apt does not know"
done

echo "== the .deb's files, unpacked into an empty folder"
tree=$work/tree
dpkg-deb -x "$deb" "$tree"
for binary in loquat loquat-cli loquat-sim; do
  file=$tree/usr/bin/$binary
  # Only paths relative to the binary ($ORIGIN, which qt_standard_project_setup adds) may remain.
  runpath=$(readelf -d "$file" | sed -n 's/.*R\(UN\)\?PATH.*\[\(.*\)\]/\2/p' | tr ':' '\n' | grep -v '^\$ORIGIN' || true)
  [ -z "$runpath" ] || fail "$binary keeps a library path of the build: $runpath"
  if grep -qF "$build" "$file"; then fail "$binary names the build directory $build"; fi
  missing=$(ldd "$file" | grep "not found" || true)
  [ -z "$missing" ] || fail "$binary needs libraries that are not there: $missing"
done
export QT_QPA_PLATFORM=offscreen
"$tree/usr/bin/loquat" --version | grep -qx "loquat [0-9.]*" || fail "loquat --version printed no version"
"$tree/usr/bin/loquat" --help | grep -q -- "--data-dir" || fail "loquat --help does not list its options"
"$tree/usr/bin/loquat-cli" --help | grep -q "loquat-cli" || fail "loquat-cli --help printed no usage"
"$tree/usr/bin/loquat-sim" --version >/dev/null || fail "loquat-sim --version failed"

echo "== clean root: install the .deb with apt and run it"
command -v mmdebstrap >/dev/null 2>&1 || fail "mmdebstrap is missing (tools/install-deps.sh installs it)"
. /etc/os-release
suite=${VERSION_CODENAME:?cannot tell this machine\'s Debian release}
mkdir -p "$cache"
# --include takes the .deb by its path: the file-mirror-automount hook makes it visible to apt
# inside the root. Only its Depends are installed (no Recommends), as on a minimal system.
started=$(date +%s)
$SUDO mmdebstrap --quiet --variant=apt --mode=root --skip=essential/unlink \
  --aptopt='APT::Install-Recommends "false"' \
  --hook-dir=/usr/share/mmdebstrap/hooks/file-mirror-automount \
  --setup-hook='mkdir -p "$1"/var/cache/apt/archives/' \
  --setup-hook="sync-in $cache /var/cache/apt/archives/" \
  --include="$deb" \
  --customize-hook="copy-in $root/packaging/smoke-test.sh /usr/local/bin" \
  --customize-hook='chroot "$1" /usr/local/bin/smoke-test.sh' \
  --customize-hook="sync-out /var/cache/apt/archives $cache" \
  "$suite" /dev/null
echo "clean root: $(($(date +%s) - started)) s"

echo "== tarball"
unpacked=$work/tarball
mkdir -p "$unpacked"
tar -xzf "$tarball" -C "$unpacked"
top=$(ls "$unpacked")
"$unpacked/$top/bin/loquat" --version | grep -qx "loquat [0-9.]*" || fail "the tarball's loquat --version failed"
"$unpacked/$top/bin/loquat-cli" --help >/dev/null || fail "the tarball's loquat-cli --help failed"
ls "$unpacked/$top/share/loquat/translations/"loquat_*.qm >/dev/null || fail "the tarball has no translations"
[ -f "$unpacked/$top/share/applications/io.github.loquat.Loquat.desktop" ] || fail "the tarball has no desktop entry"
echo "test-package: passed"
