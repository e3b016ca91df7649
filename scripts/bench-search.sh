#!/usr/bin/env bash
# Builds the ANT index (if absent) and measures ingest and query latency.
#
#   scripts/bench-search.sh [CORPUS] [INDEX_DIR]
#
# CORPUS defaults to ../shared/data/corpus/ant-multisource.jsonl.gz,
# INDEX_DIR to target/bench/ant-index. Results: docs/bench/index.md.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:-../shared/data/corpus/ant-multisource.jsonl.gz}
INDEX=${2:-target/bench/ant-index}
ROUNDS=${ROUNDS:-50}
cargo build --release -p khabar -p khabar-index --example bench_search
if [ -d "$INDEX" ] && ! target/release/khabar search --index "$INDEX" --limit 1 سوريا >/dev/null 2>&1; then
  echo "== $INDEX is unreadable by this build (e.g. an older index schema): rebuilding it"
  rm -rf "$INDEX"
fi
if [ ! -d "$INDEX" ]; then
  mkdir -p "$(dirname "$INDEX")"
  echo "== ingest $CORPUS → $INDEX"
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v target/release/khabar ingest --index "$INDEX" "$CORPUS" 2> target/bench/ingest-time.txt
    grep -E "Maximum resident|Elapsed|Percent of CPU" target/bench/ingest-time.txt
  else
    target/release/khabar ingest --index "$INDEX" "$CORPUS"
  fi
  echo "input: $(stat -c %s "$CORPUS") bytes compressed, $(gzip -dc "$CORPUS" | wc -c) bytes uncompressed"
  echo "index: $(du -sb "$INDEX" | cut -f1) bytes"
fi
echo "== query latency"
target/release/examples/bench_search "$INDEX" "$ROUNDS"
