#!/usr/bin/env python3
"""render.py ARTICLES.jsonl OUTPUT.jsonl N — print article N (0-based line) of ARTICLES with
the annotations `khabar analyze --jsonl ARTICLES > OUTPUT` gave it: the text with code-point
offsets per line, dateline, times, quantities, attributions, entities, and a check that every
span's text is the slice it points to."""
import json, sys
articles, binout, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
src = [json.loads(l) for l in open(articles, encoding='utf-8')][n]
out = [json.loads(l) for l in open(binout, encoding='utf-8')][n]
text = out['text']
print(f"# article {n}: {src['id']}  source={src.get('source')}  published={src.get('published')}  category={src.get('category')}")
print(f"# title: {src.get('title')}")
print(f"# byline: {src.get('byline')!r}")
print("## TEXT (each line prefixed with its starting code-point offset)")
off = 0
for line in text.split('\n'):
    print(f"[{off}] {line}")
    off += len(line) + 1
print("\n## DATELINE")
print(json.dumps(out.get('dateline'), ensure_ascii=False))
print("\n## TIMES")
for t in out['times']:
    extra = {k: v for k, v in t.items() if k not in ('start', 'end', 'text')}
    print(f"  [{t['start']}-{t['end']}] «{t['text']}»  {json.dumps(extra, ensure_ascii=False)}")
print("\n## QUANTITIES")
for q in out['quantities']:
    extra = {k: v for k, v in q.items() if k not in ('start', 'end', 'text')}
    print(f"  [{q['start']}-{q['end']}] «{q['text']}»  {json.dumps(extra, ensure_ascii=False)}")
print("\n## ATTRIBUTIONS")
for i, a in enumerate(out['attributions']):
    s, c, ct = a.get('source') or {}, a.get('cue') or {}, a.get('content') or {}
    print(f"  A{i}: cue [{c.get('start')}-{c.get('end')}] «{c.get('text')}»  direct={a.get('direct')} kind={a.get('kind')}")
    print(f"      source [{s.get('start')}-{s.get('end')}] «{s.get('text')}» anonymous={s.get('anonymous')} refers_to={json.dumps(s.get('refers_to'), ensure_ascii=False)}")
    print(f"      content [{ct.get('start')}-{ct.get('end')}] «{ct.get('text')}»")
    rest = {k: v for k, v in a.items() if k not in ('source', 'cue', 'content', 'direct', 'kind')}
    if rest:
        print(f"      other: {json.dumps(rest, ensure_ascii=False)}")
print("\n## ENTITIES")
for e in out['entities']:
    print(f"  [{e['start']}-{e['end']}] {e['label']:4} «{e['text']}»  canonical={e.get('canonical')!r} id={e.get('id')!r}")
# sanity: every span must match the text
bad = [x for k in ('times', 'quantities', 'entities') for x in out[k] if text[x['start']:x['end']] != x['text']]
if bad:
    print("\n!! SPAN MISMATCH:", bad)
