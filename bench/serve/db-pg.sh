#!/usr/bin/env bash
# GET /api/notes (10 newest rows of 100) on PostgreSQL: kitwork's demo
# tenant (bench/serve/server-pg.kitwork.js) vs node + node-postgres
# (peers/notes-pg.js), same method as db.sh: app server on CPU 0, wrk on
# CPU 1. A throwaway cluster (initdb as the postgres user when run as
# root) runs on CPU 1 beside wrk, so the CPU column is the app server's
# alone; both servers read the same table, filled once by psql.
set -u
. "$(dirname "$0")/lib.sh"
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
PG_PORT=${PG_PORT:-18590}
PG_DIR=${PG_DIR:-/dev/shm/kitwork-bench-pg}
ROWS=${ROWS:-100}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_pg() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" stop -m fast >/dev/null 2>&1; }
trap 'stop_server; stop_pg' EXIT
rm -rf "$PG_DIR"; mkdir -p "$PG_DIR"
[ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust --no-sync >/dev/null
as_pg taskset -c 1 "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
  -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null
as_pg "$PG_BIN/psql" -q -h "$PG_DIR" -p "$PG_PORT" -U postgres -c \
  "CREATE TABLE note (id SERIAL PRIMARY KEY, text TEXT NOT NULL, stars INTEGER NOT NULL DEFAULT 0, created_at TIMESTAMPTZ, deleted_at TIMESTAMPTZ);
   INSERT INTO note (text, created_at) SELECT 'note ' || i, now() FROM generate_series(1, $ROWS) i;"
start_kitwork_pg() {
  port_free || return 1
  rm -rf "$TMP/data"; mkdir -p "$TMP/data"
  PORT=$PORT PG_PORT=$PG_PORT ROOT=${TENANTS:-$ROOT_DIR/examples/tenants} DATA=$TMP/data \
    taskset -c 0 "$KITWORK" serve "$ROOT_DIR/bench/serve/server-pg.kitwork.js" \
    >"$TMP/kitwork-pg.log" 2>&1 &
  SERVER_PID=$!
  wait_port "$PORT"
}
start_node_pg() {
  port_free || return 1
  PG_PORT=$PG_PORT PORT=$PORT NODE_PATH=$NODE_DEPS/node_modules \
    taskset -c 0 node "$ROOT_DIR/bench/serve/peers/notes-pg.js" >"$TMP/node-pg.log" 2>&1 &
  SERVER_PID=$!
  wait_port "$PORT"
}
header
for round in $(seq 1 "${ROUNDS:-1}"); do
  start_kitwork_pg
  curl -s "http://127.0.0.1:$PORT/api/notes" | head -c 300 >&2; echo >&2
  DURATION=2s measure kitwork "http://127.0.0.1:$PORT/api/notes" >/dev/null
  measure kitwork-postgres "http://127.0.0.1:$PORT/api/notes"
  stop_server
  start_node_pg
  curl -s "http://127.0.0.1:$PORT/api/notes" | head -c 300 >&2; echo >&2
  DURATION=2s measure node "http://127.0.0.1:$PORT/api/notes" >/dev/null
  measure node-pg "http://127.0.0.1:$PORT/api/notes"
  stop_server
done
