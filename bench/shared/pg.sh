#!/usr/bin/env bash
# Sourced by the bench scripts: starts a throwaway PostgreSQL 15 cluster on 127.0.0.1:$PG_PORT as the
# postgres user and stops it (and removes its files) when the calling script exits.
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${PG_PORT:-55433}

pg_start() {
  PG_DIR=$(mktemp -d /tmp/spk-bench-pg.XXXXXX)
  chown postgres "$PG_DIR"
  trap pg_stop EXIT
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log"
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$PG_DIR -c fsync=off" start >/dev/null
  PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
  export PG_CONNECTION
}

pg_stop() {
  if [[ -n "${PG_DIR:-}" && -d "$PG_DIR/data" ]]; then
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
