#!/usr/bin/env bash
# GET /teststatic and /api/users on kitwork and its peers, one after the
# other in the same run: server pinned to CPU 0 with one worker/shard, wrk
# on CPU 1 (-t1 -c100 -d10s --latency). Prints a markdown table with the
# server CPU µs per request (utime+stime of its process tree / requests).
#   bench/serve/http.sh [servers...]   (default: kitwork nginx node bun)
# Needs: wrk, nginx, node; Bun from `npm install --prefix $PEERS/bun`.
set -u
. "$(dirname "$0")/lib.sh"
trap stop_server EXIT
SERVERS=${*:-kitwork nginx node bun}
ROUNDS=${ROUNDS:-1}
header
for round in $(seq 1 "$ROUNDS"); do
  for s in $SERVERS; do
    if [ "$s" = bun ] && [ ! -x "$PEERS/bun/node_modules/.bin/bun" ]; then
      echo "| bun | (not installed) | | | | | |"; continue
    fi
    "start_$s" || { stop_server; continue; }
    # warm up (JIT peers, kitwork's VM pool and caches)
    DURATION=2s measure "$s" "http://127.0.0.1:$PORT/api/users" >/dev/null
    for route in teststatic api/users; do
      measure "$s" "http://127.0.0.1:$PORT/$route"
    done
    stop_server
  done
done
