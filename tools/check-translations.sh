#!/usr/bin/env bash
# Fails when a translation is not current: run on copies of translations/*.ts, lupdate (keeping
# obsolete entries, so they show) must leave no message unfinished, vanished or obsolete.
# ctest runs it as i18n_complete. To bring a file up to date: cmake --build build --target
# update_translations, then translate what it marked unfinished (Qt Linguist, or by hand).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$root"/translations/loquat_*.ts; do
  copy="$work/$(basename "$ts")"
  cp "$ts" "$copy"
  # The same sources as the build's update_translations target (app/CMakeLists.txt).
  (cd "$root" && "$lupdate" -silent -locations none -extensions cpp,h core ui app cli -ts "$copy") 2>>"$work/lupdate.log"
  bad=$(grep -cE 'type="(unfinished|vanished|obsolete)"' "$copy" || true)
  if [ "$bad" != "0" ]; then
    echo "$(basename "$ts"): $bad message(s) unfinished, vanished or obsolete:" >&2
    grep -B3 -E 'type="(unfinished|vanished|obsolete)"' "$copy" | grep '<source>' | head -20 >&2
    status=1
  fi
done
exit $status
