#!/usr/bin/env bash
# Bounded loopback load test of `GET /api/search` (issue 6): wrk with 200 concurrent
# connections for 30 s against `khabar demo` (2,002 bundled ANT articles), mixed Arabic
# queries with facets, random pages. Fails if any request errs (socket error, timeout,
# non-2xx). Prints throughput, latency p50/p99 and the server's RSS.
#
#   scripts/loadtest.sh                 # builds target/release/khabar if missing
#   CONNS=200 DURATION=30s THREADS=2 KHABAR_BIN=target/release/khabar scripts/loadtest.sh
#
# Only the loopback interface is used; the run stops by itself after DURATION.
set -euo pipefail
cd "$(dirname "$0")/.."

CONNS=${CONNS:-200}
DURATION=${DURATION:-30s}
THREADS=${THREADS:-2}
BIN=${KHABAR_BIN:-target/release/khabar}
CACHE=${CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/khabar/loadtest}
HOST=127.0.0.1

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk) >/dev/null
  else
    echo "wrk is not installed: sudo apt-get install wrk" >&2
    exit 2
  fi
fi
if [ ! -x "$BIN" ]; then
  cargo build --release -p khabar
fi

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

"$BIN" demo --no-open --bind "$HOST:0" --cache-dir "$CACHE" >"$work/out" 2>"$work/err" &
server_pid=$!
url=""
for _ in $(seq 1 1200); do
  url=$(grep -o "http://$HOST:[0-9]*" "$work/out" | head -n1 || true)
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/err" >&2; echo "server exited" >&2; exit 1; }
  sleep 0.5
done
[ -n "$url" ] || { echo "server did not start" >&2; exit 1; }
case "$url" in http://127.*) ;; *) echo "refusing non-loopback target $url" >&2; exit 1 ;; esac
echo "server: $url (pid $server_pid)"

# Queries: single words, a phrase, boolean, fields, a date range, with filters and paging.
cat >"$work/search.lua" <<'LUA'
local queries = {
  "q=%D8%B3%D9%88%D8%B1%D9%8A%D8%A7",                                   -- سوريا
  "q=%D8%AA%D8%B1%D8%A7%D9%85%D8%A8",                                   -- ترامب
  "q=%D8%A7%D9%84%D9%86%D9%81%D8%B7",                                   -- النفط
  "q=%22%D9%85%D8%AC%D9%84%D8%B3%20%D8%A7%D9%84%D8%A3%D9%85%D9%86%22",  -- "مجلس الأمن"
  "q=%D8%A5%D9%8A%D8%B1%D8%A7%D9%86%20AND%20%D8%A7%D9%84%D8%A7%D8%AA%D9%81%D8%A7%D9%82", -- إيران AND الاتفاق
  "q=%D9%82%D8%A7%D9%84&source=bbc",                                    -- قال, source=bbc
  "q=%D9%83%D8%A3%D8%B3%20%D8%A7%D9%84%D8%B9%D8%A7%D9%84%D9%85&sort=date", -- كأس العالم
  "q=%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A%D8%A9%20-%D8%A7%D9%84%D9%8A%D9%85%D9%86", -- السعودية -اليمن
  "q=published%3A%5B2018-04-01%20TO%202018-04-30%5D&category=sport",
  "q=&month=2018-03",
}
local i = 0
request = function()
  i = i + 1
  local q = queries[(i % #queries) + 1]
  local page = (i % 3) + 1
  return wrk.format("GET", "/api/search?" .. q .. "&facets=true&page=" .. page)
end
LUA

echo "wrk: $CONNS connections, $THREADS threads, $DURATION"
wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --timeout 10s --latency -s "$work/search.lua" "$url" | tee "$work/wrk"
status=$(grep -E '^(VmRSS|VmHWM)' "/proc/$server_pid/status" | tr -s ' \t' ' ')
echo "server memory: $status"

requests=$(awk '/requests in/ {print $1}' "$work/wrk")
rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk")
p50=$(awk '$1 == "50%" {print $2}' "$work/wrk")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk")
non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk")
sockerr=$(grep -o 'Socket errors:.*' "$work/wrk" || true)
echo "summary: requests=$requests rps=$rps p50=$p50 p99=$p99 non2xx=${non2xx:-0} ${sockerr:-socket errors: none}"
if [ -n "$non2xx" ] || [ -n "$sockerr" ] || [ "${requests:-0}" = 0 ]; then
  echo "FAIL: errors under load" >&2
  exit 1
fi
echo "OK: 0 errors"
