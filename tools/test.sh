#!/usr/bin/env bash
# The README's second command: install what is missing, build with warnings as errors, and run
# every test. Tests run without a display (offscreen) inside a private D-Bus session with a
# throwaway gnome-keyring, so keychain tests use the real Secret Service and never the
# developer's own keyring. Exits non-zero when anything fails. Arguments go to cmake's configure
# step (tools/test-sanitized.sh passes the sanitizer build's).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LOQUAT_BUILD_DIR:-$root/build}
"$root/tools/install-deps.sh"
"$root/tools/build.sh" -DLOQUAT_WERROR=ON -DLOQUAT_BUILD_TESTS=ON "$@"

export QT_QPA_PLATFORM=offscreen
export HOME
HOME=$(mktemp -d)
trap 'rm -rf "$HOME"' EXIT
export XDG_RUNTIME_DIR=$HOME/runtime
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
jobs=$(nproc)
dbus-run-session -- sh -c "
  printf %s test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  ctest --test-dir '$build' --output-on-failure -j$jobs
"
