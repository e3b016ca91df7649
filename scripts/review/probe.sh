#!/usr/bin/env bash
# probe.sh 'sentence' [YYYY-MM-DD] [binary] — run khabar analyze on one sentence (published at
# noon on the date, default 2018-05-01) and print its annotations, one per line.
s="$1"; d="${2:-2018-05-01}"; bin="${3:-target/release/khabar}"
python3 -c 'import json,sys; print(json.dumps({"id":"probe","text":sys.argv[1],"published":sys.argv[2]+"T12:00:00+00:00"},ensure_ascii=False))' "$s" "$d" \
 | "$bin" analyze --jsonl - | python3 -c '
import json,sys
o=json.loads(sys.stdin.read())
print("dateline:", json.dumps(o.get("dateline"),ensure_ascii=False))
for k in ("times","quantities","entities"):
    for x in o[k]:
        e={a:b for a,b in x.items() if a not in ("start","end","text")}
        print(k[:4], x["start"], x["end"], "«"+x["text"]+"»", json.dumps(e,ensure_ascii=False))
for a in o["attributions"]:
    print("attr", json.dumps(a,ensure_ascii=False))
'
