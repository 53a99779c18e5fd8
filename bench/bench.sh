#!/usr/bin/env bash
# Throughput and peak memory of whosaid against `wc -w` on the same file, in the same run.
# usage: bench/bench.sh [BUILD_DIR] [REPEAT]
# Builds a JSON Lines corpus of {"id","text"} from ../shared/data/quotes/polnear-train.jsonl repeated
# REPEAT times (default 10), then reports MB/s of article text and peak RSS (GNU time) for each run.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
repeat=${2:-10}
source_data=../shared/data/quotes/polnear-train.jsonl
corpus=$(mktemp --suffix=.jsonl)
trap 'rm -f "$corpus" "$corpus.time"' EXIT
python3 - "$source_data" "$corpus" "$repeat" <<'PY'
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for r in range(int(sys.argv[3])):
        for d in docs:
            out.write(json.dumps({"id": f"{d['id']}#{r}", "text": d["text"]}, ensure_ascii=False) + "\n")
PY
text_mb=$(python3 -c "
import json, sys
print(sum(len(json.loads(l)['text'].encode()) for l in open('$corpus', encoding='utf-8')) / 1e6)")
printf 'corpus: %s x%s, %.1f MB of article text, %.1f MB of file\n' "$source_data" "$repeat" "$text_mb" \
  "$(python3 -c "import os; print(os.path.getsize('$corpus') / 1e6)")"
printf '%-34s %9s %10s %9s %12s\n' run seconds "MB/s" "RSS MB" "speed/wc"
measure() {  # measure NAME COMMAND...
  local name=$1
  shift
  /usr/bin/time -v -o "$corpus.time" "$@" > /dev/null
  local secs rss
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$corpus.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2 / 1024}' "$corpus.time")
  python3 -c "
secs, rss, mb = max($secs, 0.001), $rss, $text_mb
wc = ${wc_secs:-0}
print(f'{\"$name\":<34} {secs:9.2f} {mb / secs:10.1f} {rss:9.1f} {wc / secs if wc else 1:12.3f}')"
  last_secs=$secs
}
measure "wc -w" wc -w "$corpus"
wc_secs=$last_secs
measure "whosaid tokenizer only, -j 1" "$build/whosaid" -q -j 1 --stages none "$corpus"
measure "whosaid tokenizer + entities, -j 1" "$build/whosaid" -q -j 1 --stages entities "$corpus"
measure "whosaid all stages, -j 1" "$build/whosaid" -q -j 1 "$corpus"
measure "whosaid all stages, -j 2" "$build/whosaid" -q -j 2 "$corpus"
