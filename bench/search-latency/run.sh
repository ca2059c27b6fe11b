#!/usr/bin/env bash
# Latency bench: our engine vs PostgreSQL 15 FTS, at the eval corpus size and replicated to ~50k services.
# Usage: bench/search-latency/run.sh [--scale 50000] [--rounds 5] [--no-pg]. Writes bench/results/search-latency.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/shared/pg.sh
source bench/shared/import-corpus.sh

args=()
use_pg=1
eval_dir="$(cd .. && pwd)/shared/eval"
prev=""
for arg in "$@"; do
  if [[ "$arg" == "--no-pg" ]]; then use_pg=0; else args+=("$arg"); fi
  [[ "$prev" == "--eval" ]] && eval_dir="$arg"
  prev="$arg"
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
import_corpus "$eval_dir/corpus.hsds.json" "$work"

dotnet build bench/search-latency/SearchLatency.csproj -c Release -v q -nologo >/dev/null
if [[ $use_pg == 1 ]]; then
  pg_start
  trap 'pg_stop; rm -rf "$work"' EXIT
  args+=(--pg "$PG_CONNECTION")
fi
dotnet bench/search-latency/bin/Release/net10.0/SearchLatency.dll --site-db "$SITE_DB" "${args[@]}"
