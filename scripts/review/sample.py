#!/usr/bin/env python3
"""Draw 60 fresh ANT articles (12 per outlet, 600–4,000 characters) for a held-out review,
excluding every id mentioned anywhere in the repository (docs, data, crates, tests,
EVALUATION.md, BENCHMARKS.md) and the first 5,000 ANT articles (the development set).
Writes OUT/review-{a,b,c,d}.jsonl, 3 articles per outlet each.

Usage: python3 scripts/review/sample.py SEED OUT [REPO] [CORPUS]
  (REPO defaults to the current directory, CORPUS to ../shared/data/corpus/ant-multisource.jsonl.gz)"""
import gzip, json, random, re, os, subprocess, sys
SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 20261127
OUT = sys.argv[2] if len(sys.argv) > 2 else '.'
repo = sys.argv[3] if len(sys.argv) > 3 else '.'
CORPUS = sys.argv[4] if len(sys.argv) > 4 else '../shared/data/corpus/ant-multisource.jsonl.gz'
seen = set()
idre = re.compile(r'\b(?:AL|BB|CN|FR|SK|RT|AJ|JZ)-[A-Za-z]+-\d+-\d{8}\b')
for root in ['docs', 'data', 'EVALUATION.md', 'BENCHMARKS.md', 'crates', 'tests']:
    p = os.path.join(repo, root)
    files = [p] if os.path.isfile(p) else [os.path.join(d, f) for d, _, fs in os.walk(p) for f in fs]
    for f in files:
        try:
            if f.endswith('.gz'):
                t = gzip.open(f, 'rt', encoding='utf-8', errors='ignore').read()
            else:
                t = open(f, encoding='utf-8', errors='ignore').read()
        except Exception:
            continue
        seen.update(idre.findall(t))
docs = [json.loads(l) for l in gzip.open(CORPUS, 'rt', encoding='utf-8')]
dev = {d['id'] for d in docs[:5000]}
print('excluded ids mentioned:', len(seen), 'dev:', len(dev), file=sys.stderr)
rng = random.Random(SEED)
by = {}
for d in docs:
    if d['id'] in seen or d['id'] in dev or len(d.get('text', '')) < 600 or len(d['text']) > 4000:
        continue
    by.setdefault(d['id'][:2], []).append(d)
parts = {k: [] for k in 'abcd'}
for outlet in sorted(by):
    pick = rng.sample(by[outlet], 12)
    for i, d in enumerate(pick):
        parts['abcd'[i // 3]].append(d)
for k, v in parts.items():
    with open(f'{OUT}/review-{k}.jsonl', 'w', encoding='utf-8') as f:
        for d in v:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    print(k, len(v), [d['id'] for d in v], file=sys.stderr)
