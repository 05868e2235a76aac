#!/usr/bin/env bash
# Renders the app icon's PNG sizes from resources/icons/loquat.svg (the one drawing) into
# resources/icons/loquat-<size>.png, which are committed: installed into the hicolor theme and
# compiled into the app, so neither the build nor the app needs an SVG renderer.
# Run after changing the SVG. Needs rsvg-convert (librsvg2-bin, installed by tools/install-deps.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
for size in 16 22 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
    "$root/resources/icons/loquat.svg" --output "$root/resources/icons/loquat-$size.png"
done
