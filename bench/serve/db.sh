#!/usr/bin/env bash
# GET /api/notes (10 newest rows of 100 through SQLite) on kitwork's demo
# tenant vs node + better-sqlite3 (peers/notes-sqlite.js), same method as
# http.sh: server on CPU 0, wrk on CPU 1, server CPU µs per request.
set -u
. "$(dirname "$0")/lib.sh"
trap stop_server EXIT
ROWS=${ROWS:-100}
start_node_sqlite() {
  port_free || return 1
  rm -f "$TMP"/notes.db*
  DB=$TMP/notes.db ROWS=$ROWS PORT=$PORT NODE_PATH=$NODE_DEPS/node_modules \
    taskset -c 0 node "$ROOT_DIR/bench/serve/peers/notes-sqlite.js" >"$TMP/node-sqlite.log" 2>&1 &
  SERVER_PID=$!
  wait_port "$PORT"
}
header
for round in $(seq 1 "${ROUNDS:-1}"); do
  start_kitwork
  for i in $(seq 1 "$ROWS"); do
    curl -s -o /dev/null -X POST -H 'content-type: application/json' \
      -d "{\"text\":\"note $i\"}" "http://127.0.0.1:$PORT/api/notes"
  done
  curl -s "http://127.0.0.1:$PORT/api/notes" | head -c 300 >&2; echo >&2
  DURATION=2s measure kitwork "http://127.0.0.1:$PORT/api/notes" >/dev/null
  measure kitwork-sqlite "http://127.0.0.1:$PORT/api/notes"
  stop_server
  start_node_sqlite
  curl -s "http://127.0.0.1:$PORT/api/notes" | head -c 300 >&2; echo >&2
  DURATION=2s measure node "http://127.0.0.1:$PORT/api/notes" >/dev/null
  measure node-better-sqlite3 "http://127.0.0.1:$PORT/api/notes"
  stop_server
done
