#!/usr/bin/env bash
# Relevance bench: our engine vs PostgreSQL 15 FTS ('finnish', AND and OR) vs Lucene StandardAnalyzer.
# Usage: bench/relevance/run.sh [--eval DIR] [--queries FILE] [--fallback] [--verbose] [--no-pg]
# Default eval data: ../shared/eval relative to the repository root. Writes bench/results/relevance.md.
#
# 1. A fresh data directory gets the region's structure only (content/ without organisations, services, pages)
#    and the corpus through the site's own `import-hsds` verb, exactly as an administrator would import it.
# 2. The bench reads the imported services from that database and runs every system over the same documents.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/shared/pg.sh

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
mkdir -p "$work/content/taxonomies" "$work/content/services" "$work/content/pages" "$work/data"
cp content/region.json content/service-types.json "$work/content/"
cp content/taxonomies/*.json "$work/content/taxonomies/"
[[ -d content/search ]] && cp -r content/search "$work/content/"
echo "[]" > "$work/content/organisations.json"

dotnet build src/SahkoinenPerhekeskus.Web/SahkoinenPerhekeskus.Web.csproj -c Release -v q -nologo
dotnet build bench/relevance/Relevance.csproj -c Release -v q -nologo
echo "Importing $eval_dir/corpus.hsds.json into a fresh data directory with the site's import-hsds verb"
# Configuration through the environment: the verb takes its own arguments only.
(cd src/SahkoinenPerhekeskus.Web && Perhekeskus__DataDirectory="$work/data" Perhekeskus__ContentDirectory="$work/content" Perhekeskus__SeedContent=true \
  DOTNET_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  dotnet bin/Release/net10.0/linux-x64/SahkoinenPerhekeskus.Web.dll import-hsds "$eval_dir/corpus.hsds.json") | tail -n 8

if [[ $use_pg == 1 ]]; then
  pg_start
  trap 'pg_stop; rm -rf "$work"' EXIT
  args+=(--pg "$PG_CONNECTION")
fi
dotnet bench/relevance/bin/Release/net10.0/Relevance.dll --site-db "$work/data/perhekeskus.db" "${args[@]}"
