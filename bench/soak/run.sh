#!/usr/bin/env bash
# Soak: two site processes on one PostgreSQL under wrk (80 % pages, 20 % searches), with an editor publishing through
# the back office every few seconds, alternately on each node. Counts errors, lost publishes and RSS growth.
# Usage: bench/soak/run.sh [--minutes 10] [--connections 8] [--interval 3]. Writes bench/results/soak.md and exits
# non-zero when any request failed or any acknowledged publish was not seen on both nodes.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/shared/pg.sh

minutes=10 connections=8 interval=3
while [[ $# -gt 0 ]]; do
  case "$1" in
    --minutes) minutes=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --interval) interval=$2; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null

dotnet build src/SahkoinenPerhekeskus.Web -c Release -v q -nologo >/dev/null
dotnet build bench/soak/Soak.csproj -c Release -v q -nologo >/dev/null
dll=src/SahkoinenPerhekeskus.Web/bin/Release/net10.0/linux-x64/SahkoinenPerhekeskus.Web.dll

work=$(mktemp -d /tmp/spk-soak.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  pg_stop
  rm -rf "$work"
}
pg_start
trap cleanup EXIT

export ASPNETCORE_ENVIRONMENT=Production
export Perhekeskus__Database__Provider=postgres
export ConnectionStrings__Postgres="$PG_CONNECTION"
export Perhekeskus__Web__RateLimits__Enabled=false
export Perhekeskus__Feedback__TermHashKey="$(head -c 32 /dev/urandom | base64)"

wait_ready() {
  for _ in $(seq 1 240); do
    curl -fs "$1/healthz/ready" >/dev/null && return 0
    sleep 0.5
  done
  echo "soak: $1 never became ready" >&2
  return 1
}

start_node() { # name port seed
  Perhekeskus__DataDirectory="$work/$1" Perhekeskus__SeedContent=$3 \
    dotnet "$dll" --urls "http://127.0.0.1:$2" >"$work/$1.log" 2>&1 &
  pids+=($!)
}

# A first: it migrates and seeds; B then joins the same database as a second node does in a deployment.
start_node a 5381 true
wait_ready http://127.0.0.1:5381
password="Soak-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')-7x"
echo "$password" | Perhekeskus__DataDirectory="$work/cli" dotnet "$dll" create-user soak-editor@example.invalid --role regional-admin >"$work/cli.log" 2>&1
start_node b 5382 false
wait_ready http://127.0.0.1:5382

SOAK_PASSWORD="$password" dotnet bench/soak/bin/Release/net10.0/Soak.dll \
  --a http://127.0.0.1:5381 --b http://127.0.0.1:5382 --pids "${pids[0]},${pids[1]}" \
  --email soak-editor@example.invalid --minutes "$minutes" --connections "$connections" --interval "$interval" \
  --out bench/results/soak.md
