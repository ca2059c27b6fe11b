#!/usr/bin/env bash
# Relevance bench: our engine vs PostgreSQL 15 FTS ('finnish', AND and OR) vs Lucene StandardAnalyzer.
# Usage: bench/relevance/run.sh [--eval DIR] [--queries FILE] [--fallback] [--verbose] [--no-pg]
# Default eval data: ../shared/eval relative to the repository root. Writes bench/results/relevance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/shared/pg.sh

args=()
use_pg=1
for arg in "$@"; do
  if [[ "$arg" == "--no-pg" ]]; then use_pg=0; else args+=("$arg"); fi
done

dotnet build bench/relevance/Relevance.csproj -c Release -v q -nologo >/dev/null
if [[ $use_pg == 1 ]]; then
  pg_start
  args+=(--pg "$PG_CONNECTION")
fi
dotnet bench/relevance/bin/Release/net10.0/Relevance.dll "${args[@]}"
