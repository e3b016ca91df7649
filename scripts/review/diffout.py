#!/usr/bin/env python3
"""diffout.py BASE.jsonl NEW.jsonl AREA
AREA: times | quantities | entities | attributions | dateline.
Prints every item present in one output and not the other (by its full JSON), grouped per
document, with ±60 characters of context. Summary counts at the end."""
import json, sys
base, new, area = sys.argv[1], sys.argv[2], sys.argv[3]
def load(p):
    return {d['id']: d for d in map(json.loads, open(p, encoding='utf-8'))}
A, B = load(base), load(new)
def items(d):
    v = d.get(area)
    if v is None: return set()
    if isinstance(v, dict): v = [v]
    return {json.dumps(x, ensure_ascii=False, sort_keys=True) for x in v}
def span(x):
    x = json.loads(x)
    if area == 'attributions':
        c = x.get('cue') or {}
        return c.get('start', 0), c.get('end', 0)
    return x.get('start', 0), x.get('end', 0)
nd = nm = np_ = 0
for k in A:
    if k not in B: continue
    a, b = items(A[k]), items(B[k])
    if a == b: continue
    nd += 1
    t = A[k]['text']
    print(f'=== {k}')
    for x in sorted(a - b, key=span):
        s, e = span(x); nm += 1
        print(f'  - {x}')
        print('      ctx: …' + (t[max(0, s-60):s] + '【' + t[s:e] + '】' + t[e:e+60]).replace('\n', ' ⏎ ') + '…')
    for x in sorted(b - a, key=span):
        s, e = span(x); np_ += 1
        print(f'  + {x}')
        print('      ctx: …' + (t[max(0, s-60):s] + '【' + t[s:e] + '】' + t[e:e+60]).replace('\n', ' ⏎ ') + '…')
print(f'# {area}: {nd} documents changed, {nm} items removed, {np_} items added')
