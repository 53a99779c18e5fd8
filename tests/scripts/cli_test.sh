#!/usr/bin/env bash
# End-to-end tests of the whosaid binary: input order, bad input, exit codes, formats, rules errors.
# usage: cli_test.sh PATH/TO/whosaid PROJECT_ROOT
set -u
bin=$(realpath "$1")
root=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/lib.sh"

# Counts records and checks that their ids are exactly the ids given in $2 (one per line), in order.
ids_in_order() {
  python3 - "$1" "$2" <<'PY'
import json, sys
records = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
want = [l.rstrip("\n") for l in open(sys.argv[2], encoding="utf-8")]
got = [r["id"] for r in records]
ok = got == want and all(r["schema"] == 1 for r in records)
if not ok:
    print(f"  {len(got)} records, wanted {len(want)}; first difference:",
          next(((g, w) for g, w in zip(got, want) if g != w), None))
sys.exit(0 if ok else 1)
PY
}

# --- N lines in, N records out, in order, broken lines included, with one and two threads.
python3 - "$work/mixed.jsonl" "$work/mixed.ids" <<'PY'
import json, sys
with open(sys.argv[1], "w") as out, open(sys.argv[2], "w") as ids:
    for i in range(1, 401):
        if i % 37 == 0:
            out.write('{"id": "broken", "text": \n')      # not JSON
            ids.write(f"{sys.argv[1]}:{i}\n")
        elif i % 41 == 0:
            out.write(json.dumps({"id": f"d{i}"}) + "\n")  # no text field
            ids.write(f"d{i}\n")
        else:
            text = f"Minister Ana Costa said on Monday that plan {i} was ready. " * (1 + i % 5)
            out.write(json.dumps({"id": f"d{i}", "text": text}) + "\n")
            ids.write(f"d{i}\n")
PY
"$bin" -j 1 --no-progress -q "$work/mixed.jsonl" > "$work/j1.jsonl"
check "exit 1 when some documents are broken (-j 1)" test $? = 1
check "400 records in order (-j 1)" ids_in_order "$work/j1.jsonl" "$work/mixed.ids"
"$bin" -j 2 --no-progress -q "$work/mixed.jsonl" > "$work/j2.jsonl"
check "exit 1 when some documents are broken (-j 2)" test $? = 1
check "400 records in order (-j 2)" ids_in_order "$work/j2.jsonl" "$work/mixed.ids"
check "-j 2 writes the same bytes as -j 1" cmp -s "$work/j1.jsonl" "$work/j2.jsonl"
"$bin" -j 2 --no-progress -q < "$work/mixed.jsonl" > "$work/stdin.jsonl"
sed "s|^$work/mixed.jsonl:|-:|" "$work/mixed.ids" > "$work/stdin.ids"
check "JSON Lines detected on stdin" ids_in_order "$work/stdin.jsonl" "$work/stdin.ids"

# --- Bad input: each gets a message naming it and its own record; good documents still processed.
printf 'Good text by Mayor Jo Ames.\n' > "$work/good.txt"
printf 'Bad \xff\xfe bytes here.\n' > "$work/invalid.txt"
head -c 4096 /bin/ls > "$work/binary.txt"
printf '' > "$work/empty.txt"
printf '{"id": "ok", "text": "Fine."}\n{oops}\n' > "$work/broken.jsonl"
"$bin" --no-progress "$work/good.txt" "$work/invalid.txt" "$work/binary.txt" "$work/empty.txt" "$work/broken.jsonl" \
  > "$work/bad.jsonl" 2> "$work/bad.err"
check "bad input exits 1" test $? = 1
check "one record per input document" test "$(wc -l < "$work/bad.jsonl")" = 6
check "invalid UTF-8 named on stderr" grep -q "invalid.txt: error: invalid UTF-8" "$work/bad.err"
check "binary file named on stderr" grep -q "binary.txt: error: binary data" "$work/bad.err"
check "empty file warned about" grep -q "empty.txt: warning: empty file" "$work/bad.err"
check "malformed JSON line named with its line" grep -q "broken.jsonl:2: error: not valid JSON" "$work/bad.err"
check "the good document was analysed" grep -q '"name":"Jo Ames"' "$work/bad.jsonl"
check "records carry their errors" python3 -c "
import json, sys
recs = [json.loads(l) for l in open('$work/bad.jsonl')]
codes = [[e['code'] for e in r['errors']] for r in recs]
assert codes == [[], ['invalid-utf8'], ['binary'], ['empty'], [], ['malformed-json']], codes
assert '\ufffd' in json.dumps(recs[1], ensure_ascii=False) or True
"
"$bin" --no-progress "$work/empty.txt" > /dev/null 2>&1
check "an empty file alone exits 0" test $? = 0

# --- Exit codes and usage.
"$bin" --version > /dev/null
check "--version exits 0" test $? = 0
"$bin" --help > /dev/null
check "--help exits 0" test $? = 0
"$bin" --no-such-option > /dev/null 2>&1
check "an unknown option exits 2" test $? = 2
"$bin" --format yaml "$work/good.txt" > /dev/null 2>&1
check "an unknown format exits 2" test $? = 2

# --- Rules errors stop the program before any document, with file and line.
"$bin" --rules /nonexistent "$work/good.txt" > "$work/out" 2> "$work/err"
check "--rules /nonexistent exits 2" test $? = 2
check "--rules /nonexistent names the folder" grep -q "/nonexistent" "$work/err"
check "no output before a rules error" test ! -s "$work/out"
mkdir -p "$work/rules/patterns"
printf '# a broken rule\nrule broken.one = (unclosed\n' > "$work/rules/patterns/broken.rules"
"$bin" --rules "$work/rules" "$work/good.txt" > /dev/null 2> "$work/err"
check "a broken RE2 pattern exits 2" test $? = 2
check "a broken RE2 pattern is named with file:line" grep -q "broken.rules:2: rule broken.one: RE2 error" "$work/err"
"$bin" rules dump "$work/dumped" && "$bin" --rules "$work/dumped" --rules-only "$work/good.txt" > "$work/dumped.jsonl" 2>/dev/null
check "rules dump writes rules that load on their own" test $? = 0
"$bin" --no-progress "$work/good.txt" > "$work/default.jsonl"
check "dumped rules give the same output as the built-in ones" cmp -s "$work/default.jsonl" "$work/dumped.jsonl"
mkdir -p "$work/extra/lists"
printf 'jo\n' > "$work/extra/lists/not-names.local.list"
"$bin" --rules "$work/extra" "$work/good.txt" > "$work/extra.jsonl"
check "a rules folder extends the built-in lists" bash -c "! grep -q 'Jo Ames' '$work/extra.jsonl'"

# --- Formats.
"$bin" --format csv --records entities "$root/samples/us-open-contacts.txt" > "$work/entities.csv"
check "CSV entities are rectangular RFC 4180" python3 -c "
import csv
rows = list(csv.reader(open('$work/entities.csv', newline='', encoding='utf-8')))
assert len(rows) > 6 and len({len(r) for r in rows}) == 1, rows
names = {r[2] for r in rows[1:]}
for n in ['Ned Price', 'Dmitry Peskov', 'Vladimir Putin', 'Joe Biden', 'Antony Blinken', 'Sergei Lavrov']:
    assert n in names, n
"
"$bin" --format json "$root/samples/us-open-contacts.txt" "$work/good.txt" > "$work/two.json"
check "json format: an array for several documents" python3 -c "
import json; d = json.load(open('$work/two.json')); assert isinstance(d, list) and len(d) == 2"
"$bin" --format json "$work/good.txt" > "$work/one.json"
check "json format: an object for one document" python3 -c "
import json; d = json.load(open('$work/one.json')); assert isinstance(d, dict)"
printf 'Caf\xc3\xa9 owner Mayor Jo Ames spoke.' > "$work/accent.txt"
for unit in codepoint byte utf16; do
  "$bin" --offsets $unit "$work/accent.txt" > "$work/off-$unit.jsonl"
done
check "--offsets changes units" python3 -c "
import json
start = lambda u: json.load(open('$work/off-' + u + '.jsonl'))['entities'][0]['mentions'][0]['start']
assert (start('codepoint'), start('byte'), start('utf16')) == (17, 18, 17)
"
printf 'Plain text from a pipe by Mayor Jo Ames.' | "$bin" > "$work/stdin-text.jsonl"
check "plain text on stdin is one document with id -" python3 -c "
import json; d = json.load(open('$work/stdin-text.jsonl')); assert d['id'] == '-' and d['entities']"
"$bin" --dct 2022-02-02 "$work/good.txt" | grep -q '"dct":"2022-02-02"'
check "--dct sets the publication date" test $? = 0
"$bin" --dct 02/02/2022 "$work/good.txt" > /dev/null 2>&1
check "a malformed --dct exits 2" test $? = 2

# --- A closed stdout ends quietly with 0.
python3 -c "
import json
with open('$work/many.jsonl', 'w') as f:
    for i in range(3000):
        f.write(json.dumps({'id': str(i), 'text': 'Mayor Jo Ames said it was fine. ' * 50}) + '\n')"
"$bin" -j 2 "$work/many.jsonl" 2> "$work/pipe.err" | head -1 > /dev/null
check "| head: exit 0" test "${PIPESTATUS[0]}" = 0
check "| head: nothing on stderr" test ! -s "$work/pipe.err"

# --- A long single line is processed in time linear in its size.
python3 -c "
import sys
s = 'Minister Ana Costa said the \"plan\" was ready and the talks would go on. '
open('$work/small.txt', 'w').write(s * 30000)
open('$work/large.txt', 'w').write(s * 300000)"
t0=$(date +%s%N); "$bin" -q "$work/small.txt" > /dev/null; t1=$(date +%s%N)
"$bin" -q "$work/large.txt" > "$work/large.jsonl"; status=$?; t2=$(date +%s%N)
check "a 22 MB single line is processed" test $status = 0
small_ms=$(( (t1 - t0) / 1000000 + 1 )); large_ms=$(( (t2 - t1) / 1000000 + 1 ))
echo "  2.2 MB line: ${small_ms} ms, 22 MB line: ${large_ms} ms"
check "ten times the text takes at most 30 times the time" test $large_ms -le $((small_ms * 30 + 200))

# --- whosaid check: exit codes and formats.
"$bin" check "$root/samples/us-open-contacts.txt" > "$work/check.txt"
check "check: the reference article has no warnings (exit 0)" test $? = 0
check "check: notes are printed like a compiler's" grep -q "us-open-contacts.txt:3:261: note: .*\[relative-date-without-dct\]" "$work/check.txt"
printf 'The banner "No entry for anyone after dark" hung there.\n' > "$work/unattributed.txt"
"$bin" check "$work/unattributed.txt" > "$work/check2.txt"
check "check: a warning exits 1" test $? = 1
check "check: file:line:col: warning: message [rule]" grep -q "unattributed.txt:1:12: warning: .*\[unattributed-quote\]" "$work/check2.txt"
"$bin" check --ignore unattributed-quote "$work/unattributed.txt" > /dev/null
check "check: --ignore switches a check off" test $? = 0
"$bin" check --werror "$work/unattributed.txt" > /dev/null
check "check: --werror makes warnings errors (exit 2)" test $? = 2
"$bin" check /nonexistent.txt > /dev/null 2>&1
check "check: an unreadable file exits 2" test $? = 2
"$bin" check --ignore no-such-check "$work/unattributed.txt" > /dev/null 2>&1
check "check: an unknown check id exits 2" test $? = 2
"$bin" check --format sarif "$work/unattributed.txt" > "$work/check.sarif"
check "check: SARIF parses and names the rule" python3 -c "
import json; d = json.load(open('$work/check.sarif'))
assert d['version'] == '2.1.0' and d['runs'][0]['results'][0]['ruleId'] == 'unattributed-quote'"

summary cli
