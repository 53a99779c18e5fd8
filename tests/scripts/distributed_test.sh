#!/usr/bin/env bash
# whosaid under existing distributed engines: GNU parallel --pipe, and a Dask LocalCluster of two
# worker processes, each piping a partition of a JSON Lines dump through whosaid. Both must give
# the same records, in the same order, as one plain run.
# usage: distributed_test.sh PATH/TO/whosaid
set -u
bin=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "$0")/lib.sh"

/usr/bin/python3 - "$work/dump.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as out:
    for i in range(240):
        if i % 50 == 7:
            out.write("{broken json\n")
            continue
        text = f"Mayor Ana Costa said on Monday that plan {i} would go ahead. \"We are ready,\" she said."
        out.write(json.dumps({"id": f"doc-{i}", "text": text, "date": "2022-02-02"}) + "\n")
PY
"$bin" -q -j 1 --input jsonl < "$work/dump.jsonl" > "$work/plain.jsonl"
# Broken lines are named by their position in the stream each process reads; compare without them.
strip_positions() { sed -E -e 's/"id":"-:[0-9]+"/"id":"-:N"/' -e 's/"line":[0-9]+/"line":N/'; }

parallel --pipe -k -N 40 "$bin" -q -j 1 --input jsonl < "$work/dump.jsonl" > "$work/parallel.jsonl"
check "GNU parallel --pipe -k gives the plain run's records in order" \
  cmp -s <(strip_positions < "$work/plain.jsonl") <(strip_positions < "$work/parallel.jsonl")

# Dask's worker processes re-import the main script, so it must be a file, not stdin.
cat > "$work/dask_run.py" <<'PY'
import subprocess, sys
from distributed import Client, LocalCluster

def run_whosaid(binary, lines):
    out = subprocess.run([binary, "-q", "-j", "1", "--input", "jsonl"], input="".join(lines),
                         capture_output=True, text=True)
    return out.stdout

if __name__ == "__main__":
    binary, dump, result = sys.argv[1:4]
    lines = open(dump, encoding="utf-8").readlines()
    partitions = [lines[i:i + 60] for i in range(0, len(lines), 60)]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
         Client(cluster) as client:
        futures = client.map(run_whosaid, [binary] * len(partitions), partitions)
        outputs = client.gather(futures)
    open(result, "w", encoding="utf-8").write("".join(outputs))
PY
timeout 300 /usr/bin/python3 "$work/dask_run.py" "$bin" "$work/dump.jsonl" "$work/dask.jsonl" > "$work/dask.log" 2>&1 ||
  { echo "dask run failed:"; tail -5 "$work/dask.log"; }
check "Dask LocalCluster of two processes gives the plain run's records in order" \
  cmp -s <(strip_positions < "$work/plain.jsonl") <(strip_positions < "$work/dask.jsonl")
check "every input line has its record" test "$(wc -l < "$work/dask.jsonl")" = 240

summary distributed
