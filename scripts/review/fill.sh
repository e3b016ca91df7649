#!/usr/bin/env bash
# fill.sh DIR NN BASE SEED REVIEW_DEADLINE FIX_DEADLINE — fill the reviewer and fixer brief
# templates for a review round: writes DIR/reviewer-brief.md and DIR/fixer-brief.md (the lead
# then adds the fixers' per-area tasks and the baseline eval numbers by hand).
# Example: scripts/review/fill.sh /tmp/s22 22 f282229 20261129 '22:25 UTC' '23:40 UTC'
set -euo pipefail
dir="$1"; nn="$2"; base="$3"; seed="$4"; rdl="$5"; fdl="$6"
here="$(cd "$(dirname "$0")" && pwd)"
md5="$(md5sum "$dir/khabar-base" | cut -c1-8)"
fill() {
  # Only the placeholders' own shapes are replaced (never a bare "NN": "CNN" must survive).
  sed -e "s#DIR#$dir#g; s#sNN#s$nn#g; s#Session NN#Session $nn#g; s#BASE#$base#g" \
      -e "s#SEED#$seed#g; s#MD5#$md5#g; s#DEADLINE#$1#g" "$2" \
    | sed '3,5d' | sed "2a (Main checkout: $(cd "$here/../.." && pwd).)"
}
fill "$rdl" "$here/reviewer-brief.md" > "$dir/reviewer-brief.md"
fill "$fdl" "$here/fixer-brief.md" > "$dir/fixer-brief.md"
grep -n 'DIR\|sNN\|BASE\|SEED\|MD5\|DEADLINE' "$dir/reviewer-brief.md" "$dir/fixer-brief.md" \
  && { echo "fill.sh: placeholders left (above)" >&2; exit 1; }
echo "wrote $dir/reviewer-brief.md and $dir/fixer-brief.md"
