#!/usr/bin/env bash
# Runs Loquat's libFuzzer targets (tests/fuzz/fuzz_<name>.cpp) from a LOQUAT_BUILD_FUZZERS build;
# tools/test-sanitized.sh makes one in build-asan/.
#
#   tools/fuzz.sh [--build DIR] [--runs N | --seconds S] [NAME...] [-- LIBFUZZER_FLAGS...]
#
# --runs N     what CI does (through ctest): N iterations per target, fixed seed, starting from the
#              seed corpus in tests/fuzz/corpus/NAME in a fresh scratch directory: reproducible.
# --seconds S  a longer local run (default 300 s per target), random seed. New interesting inputs
#              collect in DIR/fuzz/corpus/NAME and are kept for the next run; the seed corpus in the
#              source tree is only read.
# Without NAMEs every target in the build runs. A crash (or a broken invariant, which aborts) is
# saved under DIR/fuzz/artifacts/NAME/ and the script exits non-zero after printing how to replay it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build-asan
runs=0
seconds=300
names=()
extra=()
while [ $# -gt 0 ]; do
  case $1 in
    --build) build=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --seconds) seconds=$2; runs=0; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) names+=("$1"); shift ;;
  esac
done
bindir=$build/tests/fuzz
if [ ${#names[@]} -eq 0 ]; then
  for bin in "$bindir"/fuzz_*; do
    [ -f "$bin" ] && [ -x "$bin" ] && names+=("$(basename "$bin" | sed 's/^fuzz_//')")
  done
fi
if [ ${#names[@]} -eq 0 ]; then
  echo "fuzz.sh: no fuzzers in $bindir (build with tools/test-sanitized.sh)" >&2
  exit 1
fi

# Any sanitizer report is fatal and symbolized; leaks count as crashes.
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

status=0
for name in "${names[@]}"; do
  bin=$bindir/fuzz_$name
  seeds=$root/tests/fuzz/corpus/$name
  artifacts=$build/fuzz/artifacts/$name
  mkdir -p "$artifacts" "$seeds"
  flags=(-timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "-artifact_prefix=$artifacts/")
  if [ -f "$root/tests/fuzz/$name.dict" ]; then flags+=("-dict=$root/tests/fuzz/$name.dict"); fi
  failed=0
  if [ "$runs" -gt 0 ]; then
    work=$(mktemp -d)
    echo "== fuzz $name: $runs runs"
    if ! "$bin" "${flags[@]}" -seed=1 -runs="$runs" "${extra[@]}" "$work" "$seeds" 2>"$work.log"; then
      cat "$work.log" >&2
      failed=1
    else
      grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$work.log" || true
    fi
    rm -rf "$work" "$work.log"
  else
    corpus=$build/fuzz/corpus/$name
    mkdir -p "$corpus"
    echo "== fuzz $name: ${seconds}s, new inputs in $corpus"
    "$bin" "${flags[@]}" -max_total_time="$seconds" "${extra[@]}" "$corpus" "$seeds" || failed=1
  fi
  if [ $failed -ne 0 ]; then
    status=1
    echo "fuzz.sh: $name failed; replay with: $bin $artifacts/<crash-file>" >&2
    ls -t "$artifacts" | head -3 >&2 || true
  fi
done
exit $status
