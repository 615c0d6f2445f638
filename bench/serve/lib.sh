# Shared helpers for bench/serve/*.sh (bash; sourced, not run).
# Method: the server runs on CPU 0 (taskset -c 0) with one worker/shard,
# wrk runs on CPU 1; server CPU time = utime+stime of the server's process
# tree from /proc/<pid>/stat, read before and after the wrk run, divided by
# the requests wrk completed.

ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
: "${CARGO_TARGET_DIR:=$ROOT_DIR/target}"
KITWORK=${KITWORK:-$CARGO_TARGET_DIR/release/kitwork}
PEERS=${PEERS:-/tmp/peers/http}          # copy of shared/peers/http (npm writes there)
NODE_DEPS=${NODE_DEPS:-/tmp/nodedeps}     # npm install better-sqlite3@12 pg
PORT=${PORT:-18480}
EXEC_PORT=${EXEC_PORT:-18481}
DURATION=${DURATION:-10s}
CONNS=${CONNS:-100}
TMP=${TMP:-/tmp/kitwork-bench}
CLK_TCK=$(getconf CLK_TCK)
mkdir -p "$TMP"

# All descendants of a pid, itself included.
tree_pids() {
  local p=$1 c
  echo "$p"
  for c in $(pgrep -P "$p"); do tree_pids "$c"; done
}

# utime+stime (clock ticks) of a process tree; threads are counted in the
# process's own fields, reaped children in cutime/cstime.
tree_ticks() {
  local total=0 p f
  for p in $(tree_pids "$1"); do
    f=$(cat /proc/"$p"/stat 2>/dev/null) || continue
    f=${f##*) }                      # drop "pid (comm) "
    set -- $f                        # $12 utime, $13 stime (fields 14, 15)
    total=$((total + ${12} + ${13}))
  done
  echo "$total"
}

wait_port() {
  local port=$1 i
  for i in $(seq 1 100); do
    if (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "port $port did not open" >&2
  return 1
}

# Refuses to start when something already listens on $PORT: wrk would
# measure that server instead (SO_REUSEPORT peers even share the port).
port_free() {
  # A server just stopped may take a moment to let go (a peer's forked
  # worker exiting after its primary): wait up to 3 s before refusing.
  local i
  for i in $(seq 30); do
    (exec 3<>/dev/tcp/127.0.0.1/"$PORT") 2>/dev/null || return 0
    sleep 0.1
  done
  echo "port $PORT is in use: set PORT (and EXEC_PORT, TMP) to run beside another bench" >&2
  return 1
}

SERVER_PID=
stop_server() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null
    wait "$SERVER_PID" 2>/dev/null
    SERVER_PID=
  fi
}

start_kitwork() {
  port_free || return 1
  rm -rf "$TMP/data"; mkdir -p "$TMP/data"
  PORT=$PORT EXEC_PORT=$EXEC_PORT ROOT=${TENANTS:-$ROOT_DIR/examples/tenants} DATA=$TMP/data \
    taskset -c 0 "$KITWORK" serve "$ROOT_DIR/bench/serve/server.kitwork.js" \
    >"$TMP/kitwork.log" 2>&1 &
  SERVER_PID=$!
  wait_port "$PORT"
}

start_nginx() {
  port_free || return 1
  mkdir -p "$TMP/nginx"
  sed -e "s#@WORKERS@#1#; s#@PORT@#$PORT#; s#@ROOT@#$PEERS/nginx/www#; s#@TMP@#$TMP/nginx#g" \
    "$PEERS/nginx/nginx.conf.in" >"$TMP/nginx/nginx.conf"
  taskset -c 0 nginx -c "$TMP/nginx/nginx.conf" >"$TMP/nginx.log" 2>&1 &
  SERVER_PID=$!
  wait_port "$PORT"
}

start_node() {
  port_free || return 1
  PORT=$PORT WORKERS=1 taskset -c 0 node "$PEERS/node/server.js" >"$TMP/node.log" 2>&1 &
  SERVER_PID=$!
  wait_port "$PORT"
}

start_bun() {
  port_free || return 1
  PORT=$PORT WORKERS=1 taskset -c 0 "$PEERS/bun/node_modules/.bin/bun" "$PEERS/bun/server.js" \
    >"$TMP/bun.log" 2>&1 &
  SERVER_PID=$!
  wait_port "$PORT"
}

# measure NAME URL [wrk args...]: one wrk run on CPU 1, one table row.
# Columns: server | route | req/s | p50 | p99 | server CPU µs/req | load avg
measure() {
  local name=$1 url=$2; shift 2
  local out=$TMP/wrk-$name-$(echo "$url" | tr -c 'a-z0-9' '_').txt
  local before after reqs rps p50 p99 cpu load
  before=$(tree_ticks "$SERVER_PID")
  taskset -c 1 wrk -t1 -c"$CONNS" -d"$DURATION" --latency "$@" "$url" >"$out" 2>&1
  after=$(tree_ticks "$SERVER_PID")
  load=$(cut -d' ' -f1 /proc/loadavg)
  reqs=$(awk '/requests in/ {print $1}' "$out")
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$out")
  p50=$(awk '$1=="50%" {print $2}' "$out")
  p99=$(awk '$1=="99%" {print $2}' "$out")
  local errs; errs=$(grep -E 'Non-2xx|Socket errors' "$out" | tr '\n' ' ')
  cpu=$(awk -v t=$((after - before)) -v hz="$CLK_TCK" -v n="$reqs" \
    'BEGIN { if (n > 0) printf "%.2f", t / hz * 1e6 / n; else print "n/a" }')
  printf '| %s | %s | %s | %s | %s | %s | %s |%s\n' \
    "$name" "${url#http://127.0.0.1:*/}" "$rps" "$p50" "$p99" "$cpu" "$load" "${errs:+ $errs}"
}

header() {
  echo "| server | route | req/s | p50 | p99 | server CPU µs/req | load avg (1 min) |"
  echo "|---|---|---|---|---|---|---|"
}
