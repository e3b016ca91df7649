#!/usr/bin/env python3
"""Builds a large synthetic corpus (default 1,000,000 articles) from ANT for
the index benchmarks (docs/bench/index.md).

    scripts/make-1m.py [--n 1000000] [--corpus ../shared/data/corpus/ant-multisource.jsonl.gz] OUT.jsonl

Every output article is an ANT article with a new id (`<id>~r<k>`, k = copy
number), its date moved by 10·k days (so copies fall in different story
windows and months), and small deterministic perturbations of its text: one
sentence dropped (when it has more than three), a few words swapped with their
neighbour, and the digits of numbers changed.  Copy 0 is the original article
unchanged except for its id.  Output is plain JSON Lines in the ANT schema.
"""
import argparse
import datetime as dt
import gzip
import json
import random
import re
import sys

DIGITS = re.compile(r"\d+")
SENT = re.compile(r"(?<=[.!؟?])\s+")


def shift_date(s, days):
    if not s:
        return s
    try:
        d = dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        return s
    return (d + dt.timedelta(days=days)).isoformat()


def perturb(text, rng):
    sents = SENT.split(text)
    if len(sents) > 3:
        del sents[rng.randrange(1, len(sents))]
    text = " ".join(sents)
    words = text.split(" ")
    for _ in range(min(3, len(words) // 20)):
        i = rng.randrange(0, len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    text = " ".join(words)
    return DIGITS.sub(lambda m: str(rng.randrange(10 ** (len(m.group()) - 1), 10 ** len(m.group())))
                      if len(m.group()) > 1 else str(rng.randrange(10)), text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--corpus", default="../shared/data/corpus/ant-multisource.jsonl.gz")
    ap.add_argument("--seed", type=int, default=20261125)
    a = ap.parse_args()
    with gzip.open(a.corpus, "rt", encoding="utf-8") as f:
        base = [json.loads(line) for line in f if line.strip()]
    rng = random.Random(a.seed)
    written = 0
    with open(a.out, "w", encoding="utf-8") as out:
        k = 0
        while written < a.n:
            for rec in base:
                if written >= a.n:
                    break
                r = dict(rec)
                r["id"] = f"{rec['id']}~r{k}"
                if k > 0:
                    r["published"] = shift_date(rec.get("published"), 10 * k)
                    r["text"] = perturb(rec.get("text") or "", rng)
                    if r.get("title"):
                        r["title"] = DIGITS.sub(lambda m: str(rng.randrange(10)) * len(m.group()), r["title"])
                out.write(json.dumps(r, ensure_ascii=False))
                out.write("\n")
                written += 1
            k += 1
    print(f"{written} articles ({k} rounds of {len(base)}) → {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
