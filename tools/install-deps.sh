#!/usr/bin/env bash
# Installs what Loquat needs to build, run and test on Debian 12 (bookworm) or later.
# Idempotent: packages already present are left alone, and apt is only called when something is missing.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang-format
  # the sanitizer and fuzzing pass (tools/test-sanitized.sh): clang 14, its ASan/UBSan/libFuzzer
  # runtimes, and llvm-symbolizer for readable reports
  clang-14 libclang-rt-14-dev llvm-14
  # Qt 6: widgets, network, sql (sqlite driver), tools for translations, platform plugins
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite libgl-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  qt6-charts-dev libqt6opengl6-dev qt6-multimedia-dev
  # attachments: WebP (and other) image plugins; Qt Multimedia plays and probes video and audio
  # through its GStreamer backend (Qt 6.4's default on Linux), which needs these plugins to
  # demux MP4/WebM/MKV/Ogg/WAV and decode H.264, VP8/9, AAC, MP3, FLAC and Vorbis
  qt6-image-formats-plugins libqt6multimedia6 libqt6multimediawidgets6
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
  # markdown and secrets
  libcmark-gfm-dev libcmark-gfm-extensions-dev qtkeychain-qt6-dev
  # headless test session: X server, D-Bus and a Secret Service keyring
  xvfb xauth dbus dbus-bin gnome-keyring
  fonts-dejavu-core
  # packaging: the validators of the desktop entry and the AppStream metadata (ctest and
  # tools/test-package.sh run them), rsvg-convert for tools/render-icons.sh, and mmdebstrap, which
  # bootstraps the clean Debian root tools/test-package.sh installs the .deb into
  # (dpkg-shlibdeps, which computes the .deb's Depends, comes with build-essential's dpkg-dev)
  desktop-file-utils appstream librsvg2-bin mmdebstrap
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything is installed"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
