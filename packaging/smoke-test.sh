#!/bin/sh
# Runs inside a clean Debian root where only the loquat .deb (and what apt pulled in for its
# Depends) is installed: every program starts, the CLI talks to the simulator over loopback, and
# the window comes up (platform plugin, fonts, SQLite driver, image plugins all present).
# Called by tools/test-package.sh; POSIX sh, since a minimal root has no bash.
set -eu
fail() { echo "smoke-test: $*" >&2; exit 1; }

for f in /usr/share/applications/io.github.loquat.Loquat.desktop \
         /usr/share/metainfo/io.github.loquat.Loquat.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.loquat.Loquat.svg \
         /usr/share/icons/hicolor/48x48/apps/io.github.loquat.Loquat.png \
         /usr/share/icons/hicolor/512x512/apps/io.github.loquat.Loquat.png; do
  [ -s "$f" ] || fail "$f is not installed"
done
ls /usr/share/loquat/translations/loquat_*.qm >/dev/null 2>&1 || fail "no translations installed"

echo "smoke-test: $(loquat --version)"
loquat-sim --version >/dev/null
loquat-cli --help >/dev/null

work=$(mktemp -d)
export HOME="$work" XDG_RUNTIME_DIR="$work"
loquat-sim --port 0 >"$work/sim.out" 2>&1 &
sim=$!
trap 'kill $sim 2>/dev/null || true; rm -rf "$work"' EXIT
i=0
until grep -q "listening on" "$work/sim.out"; do
  i=$((i + 1))
  [ $i -le 100 ] || fail "loquat-sim did not start: $(cat "$work/sim.out")"
  sleep 0.2
done
url=$(sed -n 's/.*listening on \([^ ]*\).*/\1/p' "$work/sim.out")
loquat-cli models --url "$url" | grep -q sim-chat || fail "loquat-cli models did not list sim-chat"
answer=$(loquat-cli chat --url "$url" --model sim-chat "Say hello" 2>/dev/null)
[ -n "$answer" ] || fail "loquat-cli chat printed no answer"

QT_QPA_PLATFORM=offscreen LOQUAT_SCREENSHOT="$work/window.png" \
  LOQUAT_SCREENSHOT_DELAY_MS=3000 timeout 120 loquat || fail "the app did not run"
[ -s "$work/window.png" ] || fail "the app showed no window"
echo "smoke-test: passed"
