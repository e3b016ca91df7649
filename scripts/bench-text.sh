#!/usr/bin/env bash
# Speed of khabar's text layer vs charabia, CAMeL Tools and Snowball Arabic on
# the same N MB (default 20) of ANT news article text, all single-threaded.
# Prints MB/s (10^6 bytes/s) and ratios in one table.
#
#   scripts/bench-text.sh                      # needs ../shared/data/corpus/ant-multisource.jsonl.gz
#   KHABAR_BENCH_TEXT=some.txt scripts/bench-text.sh
#   PYTHON=/path/to/venv/bin/python scripts/bench-text.sh   # where camel-tools + PyStemmer are installed
#
# Environment: KHABAR_ANT (corpus path), KHABAR_BENCH_MB (size), KHABAR_BENCH_TEXT
# (use this text file instead of extracting), PYTHON, RUNS (median of N runs, default 5).
set -euo pipefail
cd "$(dirname "$0")/.."

CORPUS=${KHABAR_ANT:-../shared/data/corpus/ant-multisource.jsonl.gz}
SIZE_MB=${KHABAR_BENCH_MB:-20}
TEXT=${KHABAR_BENCH_TEXT:-target/bench-text/ant-${SIZE_MB}mb.txt}
PY=${PYTHON:-python3}
RUNS=${RUNS:-5}
OUT=target/bench-text/results.tsv
mkdir -p target/bench-text

if [ ! -s "$TEXT" ]; then
  if [ ! -f "$CORPUS" ]; then
    echo "error: no benchmark text: $CORPUS not found; set KHABAR_ANT or KHABAR_BENCH_TEXT" >&2
    exit 1
  fi
  echo "== extracting ${SIZE_MB} MB of article text from $CORPUS -> $TEXT" >&2
  python3 - "$CORPUS" "$TEXT" "$SIZE_MB" <<'PYEOF'
import gzip, json, sys
corpus, out, size = sys.argv[1], sys.argv[2], int(sys.argv[3]) * 1_000_000
n = 0
with gzip.open(corpus, "rt", encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
    for line in f:
        t = (json.loads(line).get("text") or "").strip()
        b = len(t.encode("utf-8")) + 2
        if not t:
            continue
        if n + b > size:
            break
        o.write(t + "\n\n")
        n += b
print(f"{n} bytes", file=sys.stderr)
PYEOF
fi

echo "== building khabar-text-compare (release; charabia is a bench-only dependency)" >&2
CARGO_TARGET_DIR=target/bench-compare cargo build --quiet --release --manifest-path bench/text-compare/Cargo.toml
BIN=target/bench-compare/release/khabar-text-compare

echo "== running (single-threaded, median of $RUNS runs)" >&2
: > "$OUT"
"$BIN" "$TEXT" --runs "$RUNS" | tee -a "$OUT" >&2
# Cold passes: a fresh process each, median of RUNS (every distinct word analysed once).
for api in --cold --cold-noalloc; do
  for _ in $(seq "$RUNS"); do "$BIN" "$TEXT" "$api"; done \
    | sort -t$'\t' -k7,7g | awk -v n="$RUNS" 'NR == int((n + 1) / 2)' | tee -a "$OUT" >&2
done
if ! "$PY" scripts/bench_text_python.py "$TEXT" "$(( RUNS < 3 ? RUNS : 3 ))" > target/bench-text/python.tsv; then
  echo "warning: CAMeL Tools / PyStemmer run failed (set PYTHON to a venv with camel-tools and PyStemmer); their rows are missing" >&2
fi
tee -a "$OUT" < target/bench-text/python.tsv >&2

python3 - "$OUT" <<'PYEOF'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
def num(x):
    try:
        return float(x)
    except ValueError:
        return None
cpu = {(r[0], r[1]): num(r[6]) for r in rows if len(r) > 6 and num(r[6])}
size = next((int(r[2]) for r in rows), 0)
print(f"\nText: {size / 1e6:.1f} MB of ANT article text; MB = 10^6 bytes; one thread.")
print("MB/s per core = bytes / thread CPU time (the machine may be shared); wall = bytes / elapsed time.\n")
print(f"| {'tool':<22} | {'stage':<52} | {'MB/s per core':>13} | {'MB/s wall':>9} |")
print(f"|{'-'*24}|{'-'*54}|{'-'*15}|{'-'*11}|")
for r in rows:
    note = ("  " + r[7]) if len(r) > 7 else ""
    print(f"| {r[0]:<22} | {r[1]:<52} | {r[6] if len(r) > 6 else '-':>13} | {r[4]:>9} |{note}")
nt = cpu.get(("khabar", "normalize+tokenize"))
full = cpu.get(("khabar", "normalize+tokenize+segment+stem"))
cold = cpu.get(("khabar", "normalize+tokenize+segment+stem (single cold pass)"))
cold_na = cpu.get(("khabar", "normalize+tokenize+segment+stem (no-alloc API, single cold pass)"))
def verdict(ok):
    return "OK" if ok else "BELOW TARGET"
print()
if nt:
    print(f"khabar normalize+tokenize: {nt:.1f} MB/s per core (target >= 100) {verdict(nt >= 100)}")
for name, key, target in [("charabia", ("charabia", "normalize+tokenize"), 5),
                          ("CAMeL Tools", ("camel-tools", "normalize+tokenize"), 30)]:
    other = cpu.get(key)
    if nt and other:
        print(f"khabar normalize+tokenize vs {name}: {nt / other:.1f}x (target >= {target}x) {verdict(nt / other >= target)}")
    else:
        print(f"khabar normalize+tokenize vs {name}: not measured")
if full:
    print(f"khabar with segmentation and stemming: {full:.1f} MB/s per core (target >= 40) {verdict(full >= 40)}")
if cold:
    print(f"  single cold pass (every distinct word analyzed once): {cold:.1f} MB/s per core {verdict(cold >= 40)}")
if cold_na:
    print(f"  single cold pass, allocation-free API: {cold_na:.1f} MB/s per core {verdict(cold_na >= 40)}")
sb = cpu.get(("snowball (PyStemmer)", "whitespace split+stem"))
if full and sb:
    print(f"khabar normalize+tokenize+segment+stem vs Snowball whitespace split+stem: {full / sb:.1f}x")
PYEOF
