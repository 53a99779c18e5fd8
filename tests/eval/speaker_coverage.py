#!/usr/bin/env python3
# usage: speaker_coverage.py GOLD.jsonl WHOSAID.jsonl [N]
# PolNeAR gold speaker spans that overlap one of whosaid's entity mentions, and the N most common misses.
import json, sys, collections
gold=[json.loads(l) for l in open(sys.argv[1])]
out={json.loads(l)['id']:json.loads(l) for l in open(sys.argv[2])}
tot=hit=0
miss=collections.Counter()
for g in gold:
    o=out[g['id']]
    spans=[(m['start'],m['end']) for e in o['entities'] for m in e['mentions']]
    seen=set()
    for q in g['quotes']:
        s,e=q.get('speaker_start'),q.get('speaker_end')
        if s is None or (s,e) in seen: continue
        seen.add((s,e)); tot+=1
        if any(a<e and s<b for a,b in spans): hit+=1
        else: miss[q['speaker'].lower()]+=1
print(f"speaker spans {tot}, overlapped by a mention {hit} ({hit/tot:.1%})")
print("most common misses:", miss.most_common(int(sys.argv[3]) if len(sys.argv)>3 else 25))
