#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for SECONDS (default 60) from its seed corpus.
# usage: fuzz/run.sh [SECONDS]       Crashes are written to build-fuzz/crashes/ and fail the run.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
dir=build-fuzz
CXX=clang++ cmake -S . -B "$dir" -DWHOSAID_FUZZ=ON -DWHOSAID_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
cmake --build "$dir" -j "$(nproc)" --target pipeline_fuzzer jsonl_fuzzer rules_fuzzer
mkdir -p "$dir/crashes"
for target in pipeline jsonl rules; do
  corpus="$dir/corpus/$target"
  mkdir -p "$corpus"
  case $target in
    pipeline | jsonl)
      ext=$([ $target = pipeline ] && echo txt || echo jsonl)
      cp samples/*.$ext "$corpus/"
      for f in tests/golden/*/input.$ext; do cp "$f" "$corpus/$(basename "$(dirname "$f")").$ext"; done
      [ $target = pipeline ] && cp tests/fuzz-crashes/pipeline-* "$corpus/" ;;
    rules) for f in rules/en/lists/*.list rules/en/maps/*.tsv rules/en/patterns/*.rules; do
             printf '\x02' | cat - "$f" > "$corpus/$(basename "$f")"; done ;;
  esac
  echo "== $target: $seconds s"
  "$dir/fuzz/${target}_fuzzer" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
    -artifact_prefix="$dir/crashes/$target-" -print_final_stats=1 "$corpus" 2>&1 |
    grep -E "^#[0-9]+ +DONE|stat::number_of_executed_units|cov:|ERROR|SUMMARY" | tail -4
done
if ls "$dir/crashes/"* > /dev/null 2>&1; then
  echo "fuzz: crashes found in $dir/crashes"
  exit 1
fi
echo "fuzz: no crash"
