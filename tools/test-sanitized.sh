#!/usr/bin/env bash
# CI's second pass: the whole test suite again, built by clang with AddressSanitizer and
# UndefinedBehaviorSanitizer (-DLOQUAT_SANITIZE=ON, implied by the fuzzers), plus a short fixed run
# of every libFuzzer target (tests/fuzz, ctest label "fuzz"). Any sanitizer report fails the test
# that made it, leaks included. Lean on purpose: no benchmarks, -O1, line tables only, Q_ASSERT on
# (a Debug build). Warnings are not errors here: GCC's pass is the warnings gate, and clang's extra
# warnings must not turn a clean tree red. Build directory: build-asan/ (or $LOQUAT_ASAN_BUILD_DIR).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export LOQUAT_BUILD_DIR=${LOQUAT_ASAN_BUILD_DIR:-$root/build-asan}
export CMAKE_BUILD_TYPE=Debug
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
if [ -x /usr/lib/llvm-14/bin/llvm-symbolizer ]; then
  export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
fi
"$root/tools/test.sh" -DCMAKE_CXX_COMPILER=clang++-14 -DLOQUAT_BUILD_FUZZERS=ON -DLOQUAT_BUILD_BENCH=OFF \
    -DLOQUAT_WERROR=OFF \
    "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -gline-tables-only"
