#!/usr/bin/env bash
# The README's first command: install what is missing, build, and start Loquat.
# Arguments are passed to the app (e.g. tools/run.sh --version).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/tools/install-deps.sh"
"$root/tools/build.sh" >/dev/null
exec "${LOQUAT_BUILD_DIR:-$root/build}/app/loquat" "$@"
