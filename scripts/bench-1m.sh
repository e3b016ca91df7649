#!/usr/bin/env bash
# The 1M-article benchmark of issue 5: builds a large corpus from ANT (new ids,
# dates moved, small text perturbations: scripts/make-1m.py), ingests it under
# /usr/bin/time -v while sampling the ingest's memory (anonymous vs file-backed
# RSS) and its progress every 30 s, then measures query latency for the 20
# fixed queries with facets (crates/khabar-index/examples/bench_search.rs).
#
#   scripts/bench-1m.sh [WORK_DIR] [N]
#
# WORK_DIR defaults to /work/bigindex (needs ~15 GB), N to 1000000.
# Resumable: an interrupted ingest continues where its last commit ended
# (already-committed ids are skipped). Results: docs/bench/index.md.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${1:-/work/bigindex}
N=${2:-1000000}
ROUNDS=${ROUNDS:-20}
INPUT="$WORK/ant-$N.jsonl"
INDEX="$WORK/index-$N"
mkdir -p "$WORK"
cargo build --release -p khabar -p khabar-index --example bench_search
if [ ! -s "$INPUT" ]; then
  echo "== generating $N articles → $INPUT"
  python3 scripts/make-1m.py --n "$N" "$INPUT"
fi
echo "== ingest $INPUT → $INDEX"
/usr/bin/time -v target/release/khabar ingest --index "$INDEX" "$INPUT" \
  >"$WORK/ingest-$N.out" 2>"$WORK/ingest-$N.time" &
TIME_PID=$!
SAMPLES="$WORK/ingest-$N.rss.tsv"
echo -e "elapsed_s\trss_anon_kb\trss_file_kb\tindex_bytes\tcommitted_articles" >"$SAMPLES"
START=$(date +%s)
while kill -0 "$TIME_PID" 2>/dev/null; do
  KPID=$(pgrep -P "$TIME_PID" -x khabar || true)
  if [ -n "$KPID" ] && [ -r "/proc/$KPID/status" ]; then
    ANON=$(awk '/^RssAnon/ {print $2}' "/proc/$KPID/status" 2>/dev/null || echo 0)
    FILE=$(awk '/^RssFile/ {print $2}' "/proc/$KPID/status" 2>/dev/null || echo 0)
    SIZE=$(du -sb "$INDEX" 2>/dev/null | cut -f1 || echo 0)
    DOCS=$(grep -oE '"max_doc": *[0-9]+' "$INDEX/tantivy/meta.json" 2>/dev/null | awk -F: '{s+=$2} END {print s+0}')
    echo -e "$(( $(date +%s) - START ))\t$ANON\t$FILE\t$SIZE\t$DOCS" >>"$SAMPLES"
  fi
  sleep 30
done
wait "$TIME_PID" || { echo "ingest failed, see $WORK/ingest-$N.time"; exit 1; }
tail -4 "$WORK/ingest-$N.out"
grep -E "Maximum resident|Elapsed|Percent of CPU|User time|System time" "$WORK/ingest-$N.time"
echo "max anonymous RSS (sampled): $(tail -n +2 "$SAMPLES" | cut -f2 | sort -n | tail -1) kB"
echo "input: $(stat -c %s "$INPUT") bytes; index: $(du -sb "$INDEX" | cut -f1) bytes"
echo "== query latency"
target/release/examples/bench_search "$INDEX" "$ROUNDS"
