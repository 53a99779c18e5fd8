#!/usr/bin/env bash
# Builds whosaid with warnings as errors and runs the whole test suite (Catch2 unit tests, golden
# files, end-to-end CLI tests) through CTest.
#   tests/run_all.sh              build/ with the default compiler
#   tests/run_all.sh --sanitize   build-sanitize/ with AddressSanitizer and UndefinedBehaviorSanitizer
set -euo pipefail
cd "$(dirname "$0")/.."
dir=build
flags=(-DWHOSAID_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo)
if [ "${1:-}" = "--sanitize" ]; then
  dir=build-sanitize
  flags=(-DWHOSAID_WERROR=ON -DWHOSAID_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  export WHOSAID_HOSTILE_SCALE=0.1  # the sanitized binary is several times slower and larger
fi
cmake -S . -B "$dir" "${flags[@]}" > /dev/null
cmake --build "$dir" -j "$(nproc)"
ctest --test-dir "$dir" --output-on-failure -j "$(nproc)"
