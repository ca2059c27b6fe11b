#!/usr/bin/env bash
# PTV import bench: a large Open API v11 input (default 200 MB of services as one top-level array, written by
# generate-ptv.py from the test fixture) imported with import-ptv into a fresh data directory, measured with
# /usr/bin/time -v. Results go to bench/results/import.md by hand from the printed summary.
#
#   bench/import/ptv.sh [megabytes]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
megabytes="${1:-200}"
work="$repo/bench/work/import-ptv"
rm -rf "$work"
mkdir -p "$work"

echo "==> generating $megabytes MB"
python3 "$repo/bench/import/generate-ptv.py" "$repo/tests/SahkoinenPerhekeskus.Core.Tests/Ptv/Fixtures/region" "$work/input" "$megabytes"

echo "==> building"
dotnet build "$repo/src/SahkoinenPerhekeskus.Web" -c Release --nologo -v quiet >/dev/null
app="$repo/src/SahkoinenPerhekeskus.Web/bin/Release/net10.0/linux-x64/SahkoinenPerhekeskus.Web.dll"
export Perhekeskus__DataDirectory="$work/data" Perhekeskus__SeedContent=true Logging__LogLevel__Default=Warning

echo "==> seeding the demo content (not measured)"
dotnet "$app" reindex >/dev/null

echo "==> import-ptv"
/usr/bin/time -v dotnet "$app" import-ptv "$work/input" >"$work/import.log" 2>"$work/time.log" || true
grep -E "PTV import|channels:|services:|organisations:|rejected" "$work/import.log" | head
grep -E "Elapsed|Maximum resident" "$work/time.log"
