#!/usr/bin/env bash
# Import throughput bench: the evaluation corpus scaled to N services (default 50,000), imported with
# import-hsds into a fresh data directory (demo content seeded first, as on a new site), measured with
# /usr/bin/time -v. Results go to bench/results/import.md by hand from the printed summary.
#
#   bench/import/run.sh [services]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
count="${1:-50000}"
work="$repo/bench/work/import"
corpus="$repo/../shared/eval/corpus.hsds.json"
mkdir -p "$work"
rm -rf "$work/data"

echo "==> generating $count services"
python3 "$repo/bench/import/generate.py" "$corpus" "$work/scaled.hsds.json" "$count"
ls -l "$work/scaled.hsds.json"

echo "==> building"
dotnet build "$repo/src/SahkoinenPerhekeskus.Web" -c Release --nologo -v quiet >/dev/null
app="$repo/src/SahkoinenPerhekeskus.Web/bin/Release/net10.0/linux-x64/SahkoinenPerhekeskus.Web.dll"

# Configuration through the environment: a positional argument starting with '/' would be read as a
# command-line configuration switch by the host.
export Perhekeskus__DataDirectory="$work/data" Perhekeskus__SeedContent=true Logging__LogLevel__Default=Warning

echo "==> seeding the demo content (not measured)"
dotnet "$app" reindex >/dev/null

echo "==> import-hsds"
/usr/bin/time -v dotnet "$app" import-hsds "$work/scaled.hsds.json" >"$work/import.log" 2>"$work/time.log" || true
grep -E "HSDS import|services:|organisations:|search index|index rebuilt|re-read" "$work/import.log" | head
grep -E "Elapsed|Maximum resident" "$work/time.log"
