#!/usr/bin/env python3
"""Sentence-boundary evaluation of `khabar tokens` on ANERcorp's test split.

ANERcorp (../shared/data/ner/anercorp/test.txt, CC BY-SA 4.0) has one token per
line and a blank line between sentences. All sentences of the file are joined
with single spaces into ONE line (no newline cues), so the splitter must find
every boundary from punctuation alone; abbreviations, numbers and quotes inside
sentences are the traps. Reports boundary precision, recall and F1.

    python3 crates/khabar-text/tools/eval_sentences_anercorp.py [path/to/test.txt] [path/to/khabar]
"""
import json
import subprocess
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/ner/anercorp/test.txt"
khabar = sys.argv[2] if len(sys.argv) > 2 else "target/release/khabar"
try:
    raw = open(path, encoding="utf-8").read()
except FileNotFoundError:
    print(f"skipped: {path} not found (ANERcorp lives in ../shared/data/ner/anercorp)")
    sys.exit(0)

sentences = []
for block in raw.split("\n\n"):
    toks = [line.rsplit(" ", 1)[0] for line in block.strip().split("\n") if line.strip()]
    if toks:
        sentences.append(" ".join(toks))
text = " ".join(sentences)
gold = set()
pos = 0
for s in sentences:
    pos += len(s)
    gold.add(pos)  # end offset (code points) of each gold sentence
    pos += 1

doc = json.dumps({"id": "anercorp-test", "text": text}, ensure_ascii=False)
out = subprocess.run([khabar, "tokens", "--jsonl"], input=doc.encode(), capture_output=True, check=True)
pred = {s["end"] for s in json.loads(out.stdout)["sentences"]}
tp = len(gold & pred)
p = tp / len(pred) if pred else 0.0
r = tp / len(gold) if gold else 0.0
f = 2 * p * r / (p + r) if p + r else 0.0
print(f"ANERcorp test: {len(gold)} gold sentences, {len(pred)} predicted; "
      f"boundary P={p:.4f} R={r:.4f} F1={f:.4f}")
