#!/usr/bin/env python3
"""perdiff.py BASE.jsonl NEW.jsonl — PER span changes: shortened / lengthened / new / lost."""
import json, sys, collections
def load(p):
    r = {}
    for l in open(p, encoding='utf-8'):
        d = json.loads(l)
        r[d['id']] = [(e['start'], e['end'], e['text'], e['label']) for e in d['entities']]
    return r
a, b = load(sys.argv[1]), load(sys.argv[2])
c = collections.Counter(); ex = collections.defaultdict(list)
for k in a:
    A = {(s, e): t for s, e, t, l in a[k] if l == 'PER'}
    B = {(s, e): t for s, e, t, l in b.get(k, []) if l == 'PER'}
    for (s, e), t in B.items():
        if (s, e) in A: continue
        over = [(s2, e2) for (s2, e2) in A if s2 < e and s < e2]
        if not over: c['new'] += 1; ex['new'].append(t); continue
        s2, e2 = over[0]
        if s2 <= s and e <= e2: c['shorter'] += 1; ex['shorter'].append(f'{A[(s2,e2)]}→{t}')
        elif s <= s2 and e2 <= e: c['longer'] += 1; ex['longer'].append(f'{A[(s2,e2)]}→{t}')
        else: c['shifted'] += 1
    for (s, e), t in A.items():
        if not any(s2 < e and s < e2 for (s2, e2) in B): c['lost'] += 1; ex['lost'].append(t)
print(dict(c))
for k in ('shorter', 'longer'):
    print(k, ' | '.join(ex[k][:12]))
