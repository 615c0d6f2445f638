#!/usr/bin/env bash
# Code-execution API throughput: POST /api/v1/execute with
# {"code":"console.log(2 + 2)","language":"javascript"} and a TypeScript
# snippet, wrk -c20 on CPU 1, kitwork (one shard) on CPU 0. Then samples
# data.executionTime (ms, server side) with SAMPLES sequential curl calls.
set -u
CONNS=${CONNS:-20}
. "$(dirname "$0")/lib.sh"
trap stop_server EXIT

SAMPLES=${SAMPLES:-500}
start_kitwork
wait_port "$EXEC_PORT"
URL=http://127.0.0.1:$EXEC_PORT/api/v1/execute
header
for lang in javascript typescript; do
  LANG_EXEC=$lang DURATION=2s measure "kitwork-exec-$lang" "$URL" -s "$ROOT_DIR/bench/serve/exec.lua" >/dev/null
  LANG_EXEC=$lang measure "kitwork-exec-$lang" "$URL" -s "$ROOT_DIR/bench/serve/exec.lua"
done
echo
echo "| language | samples | executionTime p50 | p90 | p99 | max (µs) |"
echo "|---|---|---|---|---|---|"
for lang in javascript typescript; do
  code='console.log(2 + 2)'
  body="{\"code\":\"$code\",\"language\":\"$lang\"}"
  curl -s -X POST -H 'content-type: application/json' -d "$body" "$URL" >&2; echo >&2
  for i in $(seq 1 "$SAMPLES"); do
    curl -s -X POST -H 'content-type: application/json' -d "$body" "$URL"; echo
  done | python3 -c '
import sys, json
xs = sorted(json.loads(l)["data"]["executionTime"] * 1000 for l in sys.stdin if l.strip())
q = lambda p: xs[min(len(xs) - 1, int(p * len(xs)))]
print("| %s | %d | %.1f | %.1f | %.1f | %.1f |" % (sys.argv[1], len(xs), q(.5), q(.9), q(.99), xs[-1]))' "$lang"
done
