#!/usr/bin/env bash
# Correctness side by side on the issue-2 examples: charabia's tokens, khabar's
# clitic segments and stem, and Snowball Arabic's stem (PyStemmer), as a
# Markdown table (docs/eval/text-morph.md).
#
#   scripts/compare-morph.sh                 # default word list
#   scripts/compare-morph.sh وزارة الوزارة   # your words
#   PYTHON=/path/to/venv/bin/python scripts/compare-morph.sh   # where PyStemmer is installed
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ $# -eq 0 ]; then
  set -- إلى ألف آلاف والمسلحين المسلحين مسلحين مسلحون مسلحا بالسعي لممارسة بارقام فقال وسورية \
    وزارة الوزارة زار لندن لبنان بيان ألمانيا واشنطن مدرسته حكومتها عليه للاجئين سيتم سيارة ١٢
fi
CARGO_TARGET_DIR=target/bench-compare cargo build --quiet --release --manifest-path bench/text-compare/Cargo.toml
target/bench-compare/release/khabar-text-compare --examples "$@" | "$PY" -c '
import sys
try:
    import Stemmer
    sb = Stemmer.Stemmer("arabic").stemWord
except ImportError:
    sb = lambda w: "(PyStemmer not installed)"
rows = [l.rstrip("\n").split("\t") for l in sys.stdin]
print("| word | charabia 0.10 tokens | Snowball Arabic stem | khabar segments | khabar stem |")
print("|---|---|---|---|---|")
for r in rows[1:]:
    print(f"| {r[0]} | {r[1]} | {sb(r[0])} | {r[2]} | {r[3]} |")
'
