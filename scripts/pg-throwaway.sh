#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, on 127.0.0.1 only.
#
#   eval "$(scripts/pg-throwaway.sh start [DIR])"   # prints export lines for PERHEKESKUS_TEST_PG and PERHEKESKUS_PG_DIR
#   scripts/pg-throwaway.sh stop [DIR]              # stops the cluster and removes DIR (default: $PERHEKESKUS_PG_DIR)
#
# start: initdb into DIR (a new temp dir when not given), owned by the `postgres` user when we are root
# (initdb refuses to run as root); pg_ctl start -w on 127.0.0.1:$PERHEKESKUS_PG_PORT (default 55432, the next
# free port up to +9 when it is taken) with fsync off and the Unix socket inside DIR. A role `perhekeskus` with
# a random password and CREATEDB (the test helper creates one database per test class) owns the database
# `perhekeskus_test`. TCP needs that password (scram-sha-256); the socket, in a postgres-only folder, trusts.
# Everything the script says goes to stderr; stdout carries only the export lines.
set -euo pipefail

log() { printf 'pg-throwaway: %s\n' "$*" >&2; }

find_pg_bin() {
  if [[ -n "${PG_BIN:-}" ]]; then
    printf '%s\n' "$PG_BIN"
    return 0
  fi
  local dir
  for dir in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      printf '%s\n' "$dir"
      return 0
    fi
  done
  if command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return 0
  fi
  return 1
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Runs a command as the cluster's owner: `postgres` when we are root, ourselves otherwise.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

cmd_start() {
  local dir="${1:-}"
  local bin
  if ! bin="$(find_pg_bin)"; then
    log "no PostgreSQL server binaries found (initdb, pg_ctl). Install them: apt-get install -y postgresql"
    return 1
  fi
  if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    log "we are root but there is no 'postgres' user to own the cluster (is the postgresql package installed?)"
    return 1
  fi

  if [[ -z "$dir" ]]; then
    dir="$(mktemp -d "${TMPDIR:-/tmp}/perhekeskus-pg.XXXXXX")"
  fi
  mkdir -p "$dir"
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$dir"
  fi
  chmod 700 "$dir"

  local port="${PERHEKESKUS_PG_PORT:-55432}" last
  last=$((port + 9))
  while port_in_use "$port"; do
    log "port $port is taken; trying $((port + 1))"
    port=$((port + 1))
    if ((port > last)); then
      log "no free port found"
      return 1
    fi
  done

  local password
  password="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  local pwfile="$dir/superuser.pw"
  as_owner sh -c "umask 077; printf '%s\n' '$password' > '$pwfile'"

  log "initdb ($bin) into $dir/data"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
    log "initdb failed:"
    cat "$dir/initdb.log" >&2
    return 1
  }
  rm -f "$pwfile"
  # Only loopback TCP, with a password; nothing else.
  as_owner sh -c "printf '%s\n' \
    'local all all trust' \
    'host all all 127.0.0.1/32 scram-sha-256' > '$dir/data/pg_hba.conf'"

  log "starting on 127.0.0.1:$port"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >&2 || {
    log "pg_ctl start failed; server log:"
    cat "$dir/server.log" >&2 || true
    return 1
  }

  local user=perhekeskus database=perhekeskus_test
  as_owner "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres >&2 <<SQL
CREATE ROLE $user LOGIN CREATEDB PASSWORD '$password';
CREATE DATABASE $database OWNER $user;
SQL

  printf 'export PERHEKESKUS_PG_DIR=%q\n' "$dir"
  printf 'export PERHEKESKUS_TEST_PG=%q\n' "Host=127.0.0.1;Port=$port;Username=$user;Password=$password;Database=$database"
  log "ready: Host=127.0.0.1;Port=$port;Username=$user;Database=$database (password in PERHEKESKUS_TEST_PG)"
}

cmd_stop() {
  local dir="${1:-${PERHEKESKUS_PG_DIR:-}}"
  if [[ -z "$dir" ]]; then
    log "stop: no directory given and PERHEKESKUS_PG_DIR is not set"
    return 1
  fi
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    local bin
    if bin="$(find_pg_bin)"; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || {
        # pg_ctl could not stop it: end the postmaster (the first line of postmaster.pid) ourselves.
        local pid
        pid="$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)"
        if [[ "$pid" =~ ^[0-9]+$ ]]; then
          kill -QUIT "$pid" 2>/dev/null || true
        fi
      }
    fi
    log "stopped"
  fi
  case "$dir" in
    /tmp/* | "${TMPDIR:-/tmp}"/*) rm -rf -- "$dir" ;;
    *) log "not removing $dir: it is not under ${TMPDIR:-/tmp}" ;;
  esac
}

case "${1:-}" in
  start) shift; cmd_start "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  *)
    echo "usage: $0 start [DIR] | stop [DIR]" >&2
    exit 2
    ;;
esac
