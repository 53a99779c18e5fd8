# Shared by the end-to-end test scripts: `check NAME COMMAND...` counts a pass when the command
# succeeds and prints the name of each failure; `summary LABEL` prints "LABEL: N passed, N failed"
# and returns non-zero when anything failed.
passed=0
failed=0

check() {
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    echo "FAILED: $name"
    failed=$((failed + 1))
  fi
}

summary() {
  echo "$1: $passed passed, $failed failed"
  [ "$failed" = 0 ]
}
