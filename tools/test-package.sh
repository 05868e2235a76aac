#!/usr/bin/env bash
# CI's packaging test, run after a build (tools/build.sh or tools/test.sh):
#  1. cpack makes the .deb and the .tar.gz from the build directory;
#  2. the .deb holds what a desktop expects (binaries, desktop entry, metainfo, icons, translations);
#  3. mmdebstrap bootstraps a clean Debian root of this machine's release with only apt in it,
#     installs the .deb there with apt (so its Depends alone must bring in every library and
#     plugin), and runs packaging/smoke-test.sh inside: `loquat --version`, the CLI against the
#     simulator, the window offscreen;
#  4. the tarball unpacks and runs from wherever it lands.
# Downloaded packages are kept in $LOQUAT_PACKAGE_CACHE (default ~/.cache/loquat/package-test), so
# later runs only fetch what changed. Needs root (or sudo) for the chroot; mmdebstrap is installed
# here rather than by tools/install-deps.sh, since only this test uses it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LOQUAT_BUILD_DIR:-$root/build}
cache=${LOQUAT_PACKAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/loquat/package-test}
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

if ! command -v mmdebstrap >/dev/null 2>&1; then
  echo "test-package: installing mmdebstrap"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap >/dev/null
fi

echo "== cpack"
rm -f "$build"/loquat_*.deb "$build"/loquat-*.tar.gz
(cd "$build" && cpack -G "DEB;TGZ" >/dev/null)
deb=$(ls "$build"/loquat_*.deb)
tarball=$(ls "$build"/loquat-*.tar.gz)
echo "$deb"
dpkg-deb --field "$deb" Depends Recommends | sed 's/^/  /'

echo "== package contents"
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for path in ./usr/bin/loquat ./usr/bin/loquat-cli ./usr/bin/loquat-sim \
            ./usr/share/applications/io.github.loquat.Loquat.desktop \
            ./usr/share/metainfo/io.github.loquat.Loquat.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/io.github.loquat.Loquat.svg \
            ./usr/share/icons/hicolor/256x256/apps/io.github.loquat.Loquat.png \
            ./usr/share/loquat/translations/loquat_de.qm; do
  grep -qx "$path" <<<"$contents" || { echo "test-package: $path is missing from the .deb" >&2; exit 1; }
done
if grep -q "loquat-bench\|/tst_" <<<"$contents"; then
  echo "test-package: the .deb carries benchmarks or tests" >&2; exit 1
fi

echo "== clean root: install the .deb with apt and run it"
. /etc/os-release
suite=${VERSION_CODENAME:?cannot tell this machine\'s Debian release}
mkdir -p "$cache"
# apt inside the root reads the .deb under the same path, made available by the hook directory.
$SUDO mmdebstrap --quiet --variant=apt --mode=root --skip=essential/unlink \
  --hook-dir=/usr/share/mmdebstrap/hooks/file-mirror-automount \
  --setup-hook='mkdir -p "$1"/var/cache/apt/archives/' \
  --setup-hook="sync-in $cache /var/cache/apt/archives/" \
  --include="$deb" \
  --customize-hook="copy-in $root/packaging/smoke-test.sh /usr/local/bin" \
  --customize-hook='chroot "$1" /usr/local/bin/smoke-test.sh' \
  --customize-hook="sync-out /var/cache/apt/archives $cache" \
  "$suite" /dev/null

echo "== tarball"
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
tar -xzf "$tarball" -C "$unpacked"
top=$(ls "$unpacked")
"$unpacked/$top/bin/loquat" --version
ls "$unpacked/$top/share/loquat/translations/"loquat_*.qm >/dev/null
echo "test-package: passed"
