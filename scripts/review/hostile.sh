#!/usr/bin/env bash
# hostile.sh BIN [N] — time `BIN analyze` on each hostile shape (hostile.py) at N and 4N words;
# a ratio near 4 means linear time, near 16 quadratic.
bin=$1; n=${2:-20000}
here=$(cd "$(dirname "$0")" && pwd); tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for k in nopunct quotes names longnum cues dates nums commas; do
  python3 "$here/hostile.py" $k $n > "$tmp/$k.1.jsonl"; python3 "$here/hostile.py" $k $((4*n)) > "$tmp/$k.4.jsonl"
  a=$( { /usr/bin/time -f %e $bin analyze --jsonl "$tmp/$k.1.jsonl" > /dev/null; } 2>&1 | tail -1)
  b=$( { /usr/bin/time -f %e $bin analyze --jsonl "$tmp/$k.4.jsonl" > /dev/null; } 2>&1 | tail -1)
  echo "$k: ${a}s -> ${b}s  ratio $(python3 -c "print(round($b/max($a,0.01),1))")"
done
