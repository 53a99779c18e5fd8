#!/usr/bin/env bash
# Hostile input: each case must finish, in time linear in its size, with its record written.
# usage: hostile_test.sh PATH/TO/whosaid      WHOSAID_HOSTILE_SCALE=0.1 shrinks the large cases
# (the sanitizer build is several times slower).
set -u
bin=$(realpath "$1")
scale=${WHOSAID_HOSTILE_SCALE:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/lib.sh"

python3 - "$work" "$scale" <<'PY'
import json, sys
work, scale = sys.argv[1], float(sys.argv[2])
def n(x): return max(1, int(x * scale))
open(f"{work}/quotes.txt", "w").write('"' * 100000)
open(f"{work}/no-punctuation.txt", "w").write(("word " * 400000)[:2000000])
open(f"{work}/brackets.txt", "w").write("(" * 10000 + "x" + ")" * 10000)
open(f"{work}/said.txt", "w").write("said " * 1000000)
open(f"{work}/nul.txt", "wb").write((b"Mayor Jo Ames said it was fine. " * 100 + b"\x00") * 10)
open(f"{work}/utf16.txt", "wb").write("\ufeffMayor Jo Ames said the plan was fine.".encode("utf-16-le"))
open(f"{work}/line-100mb.jsonl", "w").write(json.dumps({"id": "big", "text": "the quick brown fox jumps over the lazy dog. " * n(2300000)}) + "\n")
dense = "Minister Ana Costa said the plan was ready and the talks would go on. "
open(f"{work}/dense-5mb.txt", "w").write(dense * n(70000))
open(f"{work}/dense-50mb.txt", "w").write(dense * n(700000))
open(f"{work}/line-10mb.jsonl", "w").write(json.dumps({"id": "small", "text": "the quick brown fox jumps over the lazy dog. " * n(230000)}) + "\n")
answer = "A: The owners left and we tried everything to keep them here.\n\n"
open(f"{work}/interview-small.txt", "w").write("Q: Why?\n\n" + answer * n(10000))
open(f"{work}/interview-large.txt", "w").write("Q: Why?\n\n" + answer * n(100000))
companies = lambda count: " ".join(f"Acme{i} Inc said profits rose." for i in range(count))
open(f"{work}/companies-small.txt", "w").write(companies(n(4000)))
open(f"{work}/companies-large.txt", "w").write(companies(n(40000)))
# One sentence opened by a preposition, then possessives and capitalised titles without end.
opening = lambda count: "In his " + "his plan and The President Deputy Prime " * count + ", Jo Park said no."
open(f"{work}/opening-small.txt", "w").write(opening(n(20000)))
open(f"{work}/opening-large.txt", "w").write(opening(n(200000)))
# One sentence of dated participle quotes: no quote may weigh every date of its sentence.
dated = lambda count: "A judge on Tuesday sentenced the mayor, calling it bad, " * count + "officials said."
open(f"{work}/dated-small.txt", "w").write(dated(n(4000)))
open(f"{work}/dated-large.txt", "w").write(dated(n(40000)))
PY

# Runs whosaid on one input and checks: an exit code of 0 or 1, exactly one record, within a limit
# of wall time. Sets elapsed_ms to the processor time it used (user and system), which other work on
# the machine disturbs far less than the wall time.
one_record() {
  local input=$1 limit=$2
  local status records cpu TIMEFORMAT='%3U %3S'
  cpu=$({ time timeout "$limit" "$bin" -q "$input" > "$work/out.jsonl" 2> "$work/stderr"; } 2>&1)
  status=$?
  records=$(wc -l < "$work/out.jsonl")
  elapsed_ms=$(awk -v t="$cpu" 'BEGIN { split(t, p, " "); printf "%d", (p[1] + p[2]) * 1000 }')
  [ "$status" -le 1 ] && [ "$records" = 1 ]
}

for case in quotes no-punctuation brackets said nul utf16; do
  check "$case: one record, in time" one_record "$work/$case.txt" 120
done
one_record "$work/nul.txt" 60
check "NUL bytes are reported in the record" grep -q '"code":"nul-byte"' "$work/out.jsonl"
one_record "$work/utf16.txt" 60
check "UTF-16 is decoded" grep -q '"name":"Jo Ames"' "$work/out.jsonl"

# Linear time: an input ten times larger may take at most twenty times as long (noise allowed).
linear() {  # linear LABEL SMALL LARGE
  local label=$1
  check "$label, small: one record" one_record "$2" 300
  local small_ms=$((elapsed_ms + 1))
  check "$label, ten times larger: one record" one_record "$3" 900
  local large_ms=$((elapsed_ms + 1))
  echo "  $label: ${small_ms} ms, ten times larger: ${large_ms} ms"
  check "$label: ten times the size costs at most twenty times the time" test "$large_ms" -le $((small_ms * 20 + 500))
}
linear "a JSON line of 10 MB" "$work/line-10mb.jsonl" "$work/line-100mb.jsonl"
# Every sentence a quote, a speaker and a stance: no stage may look back over all that came before.
linear "5 MB of quotes on one line" "$work/dense-5mb.txt" "$work/dense-50mb.txt"
# An interview of many answers and no one named: each answer must not search the whole text again.
linear "10,000 interview answers" "$work/interview-small.txt" "$work/interview-large.txt"
# Thousands of companies named with a legal form ("Acme7 Inc"): none may scan the whole text again.
linear "4,000 companies with a legal form" "$work/companies-small.txt" "$work/companies-large.txt"
# A sentence of possessives and titles after its opening preposition: none may look back over it.
linear "a sentence of 20,000 possessives and titles" "$work/opening-small.txt" "$work/opening-large.txt"
# A sentence of 40,000 dates, each by a participle's quote: a quote looks only at dates near its cue.
linear "a sentence of 40,000 dated quotes" "$work/dated-small.txt" "$work/dated-large.txt"

# A rules folder with a pathological pattern: RE2 keeps it linear, or refuses it at load time.
mkdir -p "$work/rules/patterns"
printf 'rule evil.nested = ((((((a*)*)*)*)*)*)*b\nrule evil.wide = (?:x{1,1000}){1,1000}\n' > "$work/rules/patterns/evil.rules"
timeout 60 "$bin" -q --rules "$work/rules" "$work/said.txt" > /dev/null 2> "$work/err"
status=$?
check "a pathological rules folder is refused or runs: no hang, no crash" test "$status" -le 2

summary hostile
