#!/usr/bin/env bash
# Runs whosaid on every case under tests/golden/ and compares with the expected JSON Lines.
# Each case folder holds one input (input.txt or input.jsonl), an optional `args` file with extra
# options, and expected.jsonl. WHOSAID_UPDATE_GOLDEN=1 rewrites expected.jsonl instead (review the diff).
set -u
bin=$(realpath "$1")
root=$(realpath "$2")
[ -x "$bin" ] || { echo "golden: no binary at $1"; exit 1; }
failed=0
passed=0
for case_dir in "$root"/tests/golden/*/; do
  name=$(basename "$case_dir")
  input=$(cd "$case_dir" && ls input.* | head -1)
  args=()
  [ -f "$case_dir/args" ] && read -r -a args < "$case_dir/args"
  actual=$(cd "$case_dir" && "$bin" --format jsonl --no-progress -q "${args[@]}" "$input")
  status=$?
  if [ "$status" -ge 2 ] || [ -z "$actual" ]; then
    echo "golden case $name: whosaid exited $status with output of ${#actual} bytes"
    failed=$((failed + 1))
    continue
  fi
  if [ "${WHOSAID_UPDATE_GOLDEN:-0}" = 1 ]; then
    printf '%s\n' "$actual" > "$case_dir/expected.jsonl"
    echo "updated $name"
    continue
  fi
  # Records are compared pretty-printed, so that a difference shows as the few fields that changed.
  pretty() { python3 -c 'import json, sys
for line in sys.stdin:
    if line.strip(): print(json.dumps(json.loads(line), indent=1, ensure_ascii=False))'; }
  if diff -u <(pretty < "$case_dir/expected.jsonl") <(printf '%s\n' "$actual" | pretty) > /tmp/whosaid-golden-$$.diff; then
    passed=$((passed + 1))
  else
    echo "golden case $name differs:"
    head -40 /tmp/whosaid-golden-$$.diff
    failed=$((failed + 1))
  fi
  rm -f /tmp/whosaid-golden-$$.diff
done
echo "golden: $passed passed, $failed failed"
[ "$failed" = 0 ]
