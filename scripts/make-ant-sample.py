#!/usr/bin/env python3
"""Builds data/sample/ant-sample.jsonl.gz: a fixed-seed, stratified sample of
the ANT corpus (about 2,000 articles).

Usage: python3 scripts/make-ant-sample.py ../shared/data/corpus/ant-multisource.jsonl.gz data/sample/ant-sample.jsonl.gz

Selection (deterministic, seed 20180101):
  * every article of 12 cross-source near-duplicate groups and 12 same-source
    repost groups (articles sharing their first 150 normalized characters), so
    that deduplication has positives to find;
  * then articles drawn uniformly at random within each (source, category)
    stratum, proportional to the stratum's size, up to 2,000 in total.
The output order is shuffled (same seed) but the first 200 lines hold 6 of the
duplicate groups, because tests index only the first 200 articles.
"""
import gzip, json, random, re, sys
from collections import defaultdict

SEED = 20180101
TOTAL = 2000

def norm(t):
    t = re.sub(r'[\u064B-\u0652\u0640]', '', t)
    t = re.sub(r'[أإآ]', 'ا', t)
    return re.sub(r'\W+', ' ', t).strip()[:150]

src, dst = sys.argv[1], sys.argv[2]
docs = [json.loads(l) for l in gzip.open(src, 'rt', encoding='utf-8')]
rng = random.Random(SEED)
groups = defaultdict(list)
for i, d in enumerate(docs):
    groups[norm(d['text'])].append(i)
cross, same = [], []
for k in sorted(groups):
    g = groups[k]
    if len(g) < 2:
        continue
    (cross if len({docs[i]['source'] for i in g}) > 1 else same).append(g)
rng.shuffle(cross)
rng.shuffle(same)
dup_groups = cross[:12] + same[:12]
rng.shuffle(dup_groups)
chosen = set(i for g in dup_groups for i in g)
strata = defaultdict(list)
for i, d in enumerate(docs):
    strata[(d['source'], d['category'])].append(i)
remaining = TOTAL - len(chosen)
n = len(docs)
for key in sorted(strata):
    members = [i for i in strata[key] if i not in chosen]
    k = round(remaining * len(strata[key]) / n)
    chosen.update(rng.sample(members, min(k, len(members))))
rest = sorted(chosen - set(i for g in dup_groups for i in g))
rng.shuffle(rest)
head_groups, tail_groups = dup_groups[:6], dup_groups[6:]
head = [i for g in head_groups for i in g]
head_fill = rest[:200 - len(head)]
order = head + head_fill
rng.shuffle(order)
tail = rest[200 - len(head):] + [i for g in tail_groups for i in g]
rng.shuffle(tail)
order += tail
with gzip.GzipFile(dst, 'wb', mtime=0) as f:
    for i in order:
        f.write((json.dumps(docs[i], ensure_ascii=False) + '\n').encode('utf-8'))
print(f'{len(order)} articles written to {dst}', file=sys.stderr)
