#!/usr/bin/env bash
# Relevance bench: our engine vs PostgreSQL 15 FTS ('finnish', AND and OR) vs Lucene StandardAnalyzer.
# Usage: bench/relevance/run.sh [--eval DIR] [--queries FILE] [--fallback] [--verbose] [--no-pg]
# Default eval data: ../shared/eval relative to the repository root. Writes bench/results/relevance.md (the 40
# development queries) and relevance-family-A.md / -B.md (bench/relevance/queries.family.json, its two fixed halves).
#
# 1. A fresh data directory gets the region's structure only (content/ without organisations, services, pages)
#    and the corpus through the site's own `import-hsds` verb, exactly as an administrator would import it.
# 2. The bench reads the imported services from that database and runs every system over the same documents.
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
dotnet build bench/relevance/Relevance.csproj -c Release -v q -nologo
import_corpus "$eval_dir/corpus.hsds.json" "$work"

if [[ $use_pg == 1 ]]; then
  pg_start
  trap 'pg_stop; rm -rf "$work"' EXIT
  args+=(--pg "$PG_CONNECTION")
fi
dotnet bench/relevance/bin/Release/net10.0/Relevance.dll --site-db "$SITE_DB" "${args[@]}"
# The project's own judged set in parents' and young people's words, in its two fixed halves: tune on A only.
for half in A B; do
  dotnet bench/relevance/bin/Release/net10.0/Relevance.dll --site-db "$SITE_DB" --queries bench/relevance/queries.family.json \
    --split "$half" --out "bench/results/relevance-family-$half.md" "${args[@]}"
done
