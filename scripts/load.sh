#!/usr/bin/env bash
# Full loopback load test, by hand: 64 connections for 60 s (wrk) against `cancu serve` on the seed
# corpus, rotating search pages, API searches, plan pages and health checks. Fails when any response
# is not 2xx/3xx or when the server's heap after a full GC grows by more than MAX_GROWTH_MB (RSS is
# printed too, but a JVM's RSS follows its heap sizing, not its live data).
# Usage: scripts/load.sh [CONNECTIONS] [DURATION]      (defaults: 64 60s; needs wrk and curl)
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${1:-64}
DURATION=${2:-60s}
PORT=${PORT:-7199}
MAX_GROWTH_MB=${MAX_GROWTH_MB:-64}
export CANCU_JAVA_OPTS=${CANCU_JAVA_OPTS:--Xmx512m}
WORK=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT

./cancu serve --port "$PORT" --index "$WORK/index" --no-watch >"$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/serve.log"; exit 1; }
  sleep 1
done
JAVA_PID=$(pgrep -P "$SERVER" java || echo "$SERVER")
JCMD="$(dirname "$(readlink -f "/proc/$JAVA_PID/exe")")/jcmd"
rss_mb() { echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$JAVA_PID/status") / 1024 )); }
heap_mb() {
  "$JCMD" "$JAVA_PID" GC.run >/dev/null
  "$JCMD" "$JAVA_PID" GC.heap_info | grep -o -m1 'used [0-9]*K' | awk '{print int($2 / 1024)}'
}

cat >"$WORK/paths.lua" <<'LUA'
local paths = {
  "/api/search?q=d%C3%A2n%20v%E1%BA%ADn%20kh%C3%A9o", "/api/search?q=33%2FCT-TTg", "/api/search?q=dan%20van%20kheo",
  "/search?q=c%E1%BA%A3i%20c%C3%A1ch%20h%C3%A0nh%20ch%C3%ADnh", "/search?q=ngh%E1%BB%8B%20quy%E1%BA%BFt%2025",
  "/plans", "/api/documents", "/api/health",
}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
LUA

# Warm up (JIT, caches), then measure memory around the real run.
wrk -t2 -c8 -d5s -s "$WORK/paths.lua" "http://127.0.0.1:$PORT" >/dev/null
BEFORE=$(heap_mb); RSS_BEFORE=$(rss_mb)
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$WORK/paths.lua" "http://127.0.0.1:$PORT" | tee "$WORK/wrk.txt"
AFTER=$(heap_mb); RSS_AFTER=$(rss_mb)
echo "server heap after GC: ${BEFORE} MB before, ${AFTER} MB after (RSS ${RSS_BEFORE} → ${RSS_AFTER} MB, $CANCU_JAVA_OPTS)"
if grep -q "Non-2xx or 3xx responses" "$WORK/wrk.txt" || grep -q "Socket errors" "$WORK/wrk.txt"; then
  echo "FAIL: errors during the load run"; exit 1
fi
if (( AFTER - BEFORE > MAX_GROWTH_MB )); then
  echo "FAIL: heap after GC grew by $(( AFTER - BEFORE )) MB"; exit 1
fi
echo "OK: zero non-2xx responses"
