"""Shared driver of the attribution dev-round annotation scripts (annotate_dev_round_N.py).

Each round script holds only its hand annotations and its selection parameters and calls
`main`; `select` reproduces the round's article pick from the ANT corpus, `build` writes the
round's dev file from the annotations (see data/eval/annotate_attributions.py for the format).
"""
import gzip
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.join(HERE, "..", "eval")
sys.path.insert(0, EVAL)
from annotate_attributions import load_docs, records  # noqa: E402

# Common reporting words; a picked article has at least two occurrences in total.
REPORTING_WORDS = ["قال", "أكد", "أضاف", "أوضح", "وفق", "بحسب", "أعلن", "ذكر"]


def select(corpus, seed, quota, exclude):
    """Prints the picked articles: the corpus shuffled with `seed`, then in that order the
    first `quota[source]` articles of each source with 400-1,300 characters and two or more
    reporting words, skipping the ids of the files in `exclude` (data/eval)."""
    excl = set()
    for f in exclude:
        for line in open(os.path.join(EVAL, f), encoding="utf-8"):
            excl.add(json.loads(line)["id"])
    docs = [json.loads(line) for line in gzip.open(corpus, "rt", encoding="utf-8")]
    random.seed(seed)
    random.shuffle(docs)
    quota = dict(quota)
    for d in docs:
        t = d.get("text") or ""
        if d["id"] in excl or quota.get(d["source"], 0) == 0 or not 400 <= len(t) <= 1300:
            continue
        if sum(t.count(w) for w in REPORTING_WORDS) < 2:
            continue
        quota[d["source"]] -= 1
        keep = {k: d.get(k) for k in ("id", "source", "byline", "text")}
        print(json.dumps(keep, ensure_ascii=False))


def build(picked, annotations):
    """Prints one gold record per annotated document of `picked` (JSON Lines with id, text)."""
    docs = load_docs(picked)
    n = 0
    for rec in records(annotations, docs):
        n += len(rec["attributions"])
        print(json.dumps(rec, ensure_ascii=False))
    print(len(annotations), "documents,", n, "attributions", file=sys.stderr)


def main(usage, annotations, seed, quota, exclude):
    """Command line of a round script: `select ANT.jsonl.gz` or `build picked.jsonl`."""
    if len(sys.argv) != 3 or sys.argv[1] not in ("select", "build"):
        raise SystemExit(usage)
    if sys.argv[1] == "select":
        select(sys.argv[2], seed, quota, exclude)
    else:
        build(sys.argv[2], annotations)
