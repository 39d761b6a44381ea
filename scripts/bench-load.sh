#!/usr/bin/env bash
# Load test of a running `cancu serve` on loopback with wrk: a fixed duration and connection count,
# rotating queries over /api/search and /search (scripts/bench-load.lua). Reports requests/s, latency
# percentiles and non-2xx responses.
#
#   scripts/bench-load.sh [-c CONNECTIONS] [-d SECONDS] [-t THREADS] [-p PORT]
#   defaults: 16 connections, 30 s, 2 threads, port 7070 (start the server first: ./cancu serve --index ...)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
connections=16 duration=30 threads=2 port=7070
while getopts "c:d:t:p:h" opt; do
  case "$opt" in
    c) connections="$OPTARG" ;;
    d) duration="$OPTARG" ;;
    t) threads="$OPTARG" ;;
    p) port="$OPTARG" ;;
    *) sed -n '2,8p' "$0"; exit 2 ;;
  esac
done
for v in "$connections" "$duration" "$threads" "$port"; do
  [[ "$v" =~ ^[0-9]+$ ]] || { echo "bench-load.sh: not a number: $v" >&2; exit 2; }
done
(( connections >= 1 && connections <= 256 )) || { echo "bench-load.sh: connections must be 1..256" >&2; exit 2; }
(( duration >= 1 && duration <= 600 )) || { echo "bench-load.sh: duration must be 1..600 s" >&2; exit 2; }
(( threads >= 1 && threads <= connections )) || { echo "bench-load.sh: threads must be 1..connections" >&2; exit 2; }
command -v wrk >/dev/null || { echo "bench-load.sh: wrk not found (apt-get install wrk)" >&2; exit 2; }
base="http://127.0.0.1:$port"
curl -fsS -o /dev/null --max-time 5 "$base/api/health" || { echo "bench-load.sh: no server answering $base/api/health" >&2; exit 1; }
echo "load: $connections connections, $threads threads, ${duration}s against $base (nproc $(nproc); $(uptime | sed 's/.*load/load/'))"
wrk -t"$threads" -c"$connections" -d"${duration}s" --latency --timeout 10s -s "$here/bench-load.lua" "$base"
