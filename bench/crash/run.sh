#!/usr/bin/env bash
# Crash bench: kill -9 the site at a random moment while an editor publishes, while a scheduled publish comes due,
# and while import-hsds runs (both processes killed). After each kill the `verify` verb must pass (SQLite
# integrity_check; the index, after the start-up catch-up, holds exactly the published services at their update
# times) and the restarted site must find every acknowledged write.
# Usage: bench/crash/run.sh [--db sqlite|postgres|both] [--trials 200]. Writes bench/results/crash.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/shared/pg.sh

db=both trials=200
while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) db=$2; shift 2 ;;
    --trials) trials=$2; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

dotnet build src/SahkoinenPerhekeskus.Web -c Release -v q -nologo >/dev/null
dotnet build bench/crash/Crash.csproj -c Release -v q -nologo >/dev/null
dll="$PWD/src/SahkoinenPerhekeskus.Web/bin/Release/net10.0/linux-x64/SahkoinenPerhekeskus.Web.dll"
out=bench/results/crash.md
parts=$(mktemp -d /tmp/spk-crash.XXXXXX)
status=0

run() { # provider
  local work="$parts/$1"
  mkdir -p "$work"
  dotnet bench/crash/bin/Release/net10.0/Crash.dll --db "$1" --trials "$trials" --work "$work" --dll "$dll" --out "$parts/$1.md" || status=1
}

[[ $db == sqlite || $db == both ]] && run sqlite
if [[ $db == postgres || $db == both ]]; then
  # The server stays up: it is the site that is killed, as when a node dies and the database lives on.
  pg_start
  trap 'pg_stop; rm -rf "$parts"' EXIT
  run postgres
fi

{
  echo "# Crash: kill -9 during publish, scheduled publish and import"
  echo
  echo "Each trial: the site runs (SchedulerIntervalSeconds=1), writes start, and after a random delay the site and any"
  echo "import process get SIGKILL. Then \`verify\` runs (integrity, catch-up, index = database in ids and update times),"
  echo "the site starts again and must find the last acknowledged word of every service it had acknowledged, or a later"
  echo "one that was in flight at the kill. PostgreSQL runs with fsync=off: the database server is not killed."
  echo
  cat "$parts"/*.md
} > "$out"
cat "$out"
rm -rf "$parts"
exit $status
