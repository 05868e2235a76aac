#!/usr/bin/env bash
# Retakes the screenshots of the README and the user guide (docs/screenshots/*.png) from the
# running app under Xvfb, against loquat-sim on free ports. Everything runs in a throw-away HOME,
# XDG_CONFIG_HOME and --data-dir inside a private D-Bus session with its own keyring, so your own
# settings, history and keys neither leak in nor change. The app drives each scene itself
# (LOQUAT_SCREENSHOT_SCENE, see app/screenshotscene.h) and saves the picture when it is ready.
#
#   tools/screenshots.sh [OUTPUT_DIR]        (default docs/screenshots; build first: tools/build.sh)
#
# Sample media are made with ffmpeg when it is installed (a 3000x2000 test picture, a short clip
# and a tone); without it the app's icon, tests/data/tiny.mp4 and a silent WAV are attached instead.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LOQUAT_BUILD_DIR:-$root/build}
out=$(mkdir -p "${1:-$root/docs/screenshots}" && cd "${1:-$root/docs/screenshots}" && pwd)
for program in app/loquat sim/loquat-sim cli/loquat-cli; do
  if [ ! -x "$build/$program" ]; then
    echo "screenshots: $build/$program is missing; build first (tools/build.sh)" >&2
    exit 2
  fi
done
for tool in xvfb-run dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing (tools/install-deps.sh)" >&2; exit 2; }
done

work=$(mktemp -d)
sims=()
cleanup() {
  for pid in "${sims[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_RUNTIME_DIR=$work/runtime
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=en
mkdir -p "$HOME" "$XDG_CONFIG_HOME/Loquat" "$work/data" "$work/media"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
unset LOQUAT_URL LOQUAT_API_KEY VLLM_API_KEY OPENAI_API_KEY LOQUAT_DATA_DIR LOQUAT_TIMEOUT

# start_sim NAME ARGS...: a simulator on a free port; its base URL lands in $sim_url.
start_sim() {
  local name=$1 log=$work/sim-$1.log
  shift
  "$build/sim/loquat-sim" --host 127.0.0.1 --port 0 "$@" >"$log" 2>&1 &
  sims+=("$!")
  for _ in $(seq 100); do
    sim_url=$(sed -n 's/^loquat-sim listening on \(http[^ ]*\).*/\1/p' "$log")
    [ -n "$sim_url" ] && return 0
    sleep 0.1
  done
  echo "screenshots: the $name simulator did not start:" >&2
  cat "$log" >&2
  exit 1
}
start_sim chat --token-delay 12
chat_url=$sim_url
start_sim embed --task embed
embed_url=$sim_url

# A history to show in the sidebar, made as a user of loquat-cli would.
for prompt in "Summarise the vLLM release notes" "Write a haiku about caching" \
  "Which sampling parameters does vLLM accept?"; do
  "$build/cli/loquat-cli" chat --url "$chat_url" --model sim-chat --data-dir "$work/data" --save \
    "$prompt" >/dev/null 2>&1
done

# Media to attach.
media=$work/media
if command -v ffmpeg >/dev/null; then
  ffmpeg -loglevel error -f lavfi -i testsrc2=size=3000x2000 -frames:v 1 "$media/chart.png"
  ffmpeg -loglevel error -f lavfi -i testsrc=size=640x360:rate=25 -t 4 -c:v libx264 -pix_fmt yuv420p \
    -movflags +faststart "$media/clip.mp4"
  ffmpeg -loglevel error -f lavfi -i sine=frequency=440:duration=3 -ac 1 -ar 16000 "$media/question.wav"
else
  cp "$root/resources/icons/loquat-256.png" "$media/chart.png"
  cp "$root/tests/data/tiny.mp4" "$media/clip.mp4"
  # 1 s of 16 kHz mono silence: a 44-byte header and 32000 zero bytes.
  {
    printf 'RIFF'; printf '\x24\x7d\x00\x00'; printf 'WAVEfmt '
    printf '\x10\x00\x00\x00\x01\x00\x01\x00\x80\x3e\x00\x00\x00\x7d\x00\x00\x02\x00\x10\x00'
    printf 'data'; printf '\x00\x7d\x00\x00'; head -c 32000 /dev/zero
  } >"$media/question.wav"
fi

cat >"$work/texts.txt" <<'EOF'
The cat sat on the warm windowsill.
A kitten sleeps curled up in the sun.
Cats sleep for most of the day.
My dog chases the ball across the park.
The puppy barks at the postman every morning.
Quarterly revenue grew by twelve percent.
Operating costs fell as revenue grew.
The board approved the annual budget.
PagedAttention stores the KV cache in pages.
vLLM batches requests continuously on the GPU.
The scheduler frees KV cache pages when a request ends.
EOF

# scene NAME SCENE MODEL SIZE DOCKS [VAR=VALUE...]: one screenshot, from fresh settings.
scene() {
  local name=$1 what=$2 model=$3 size=$4 docks=$5
  shift 5
  cat >"$XDG_CONFIG_HOME/Loquat/Loquat.conf" <<EOF
[embeddings]
baseUrl=$embed_url
model=sim-embed
rerankBaseUrl=$embed_url

[profiles]
active=sim
list\\1\\id=sim
list\\1\\name=Simulator
list\\1\\baseUrl=$chat_url
list\\1\\defaultModel=$model
list\\size=1
EOF
  echo "screenshots: $name"
  env LOQUAT_SCREENSHOT="$out/$name.png" LOQUAT_SCREENSHOT_SCENE="$what" LOQUAT_SCREENSHOT_SIZE="$size" \
    LOQUAT_SCREENSHOT_DOCKS="$docks" "$@" \
    xvfb-run -a -s "-screen 0 1920x1200x24" dbus-run-session -- sh -c '
      printf %s screenshots | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
      exec "$0" --data-dir "$1"' "$build/app/loquat" "$work/data" 2>"$work/app-$name.log" || {
    echo "screenshots: $name failed:" >&2
    cat "$work/app-$name.log" >&2
    exit 1
  }
}

scene chat chat sim-reasoner 1600x860 historyDock \
  LOQUAT_SCREENSHOT_PROMPT="How does vLLM's PagedAttention manage the KV cache?"
scene sampling chat sim-chat 1760x900 samplingDock \
  LOQUAT_SCREENSHOT_PROMPT="Which sampling parameters does vLLM accept?"
scene attachments attachments sim-omni 1600x900 historyDock \
  LOQUAT_SCREENSHOT_FILES="$media/chart.png:$media/clip.mp4:$media/question.wav" \
  LOQUAT_SCREENSHOT_PROMPT="What do the picture, the clip and the recording show?"
scene compare compare sim-chat 1500x940 "" \
  LOQUAT_SCREENSHOT_LANES="temperature=0.2|temperature=1.0,top_p=0.9|preset=Creative,seed=7" \
  LOQUAT_SCREENSHOT_PROMPT="Write a haiku about caching"
scene embeddings embeddings sim-chat 1400x860 "" LOQUAT_SCREENSHOT_TEXTS="$work/texts.txt"
scene embeddings-search embeddings sim-chat 1400x860 "" LOQUAT_SCREENSHOT_TEXTS="$work/texts.txt" \
  LOQUAT_SCREENSHOT_QUERY="sleeping cats"
ls -l "$out"/*.png
