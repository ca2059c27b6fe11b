#!/usr/bin/env bash
# Runs the site locally: http://127.0.0.1:5080 unless you give --urls, Production, data in ./data.
#
#   ./run.sh                                  serve on http://127.0.0.1:5080
#   ./run.sh --urls http://127.0.0.1:5099     your --urls wins (so does ASPNETCORE_URLS)
#   ./run.sh reindex                          any other arguments go to the app (CLI verbs too)
#
# Environment: ASPNETCORE_ENVIRONMENT (default Production), Perhekeskus__DataDirectory (default <repo>/data).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$repo"

# Finnish morphology for search. Missing it is not fatal: the app falls back to a stemmer.
scripts/ensure-apt-packages.sh libvoikko1 voikko-fi || echo "warning: continuing without Voikko." >&2

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
export Perhekeskus__DataDirectory="${Perhekeskus__DataDirectory:-$repo/data}"
# First run (no account yet): one demo account per role, passwords printed once below. Off with =false.
# The fictional demo services: on for a local run, off by default everywhere else. Off with =false.
export Perhekeskus__SeedContent="${Perhekeskus__SeedContent:-true}"
export Perhekeskus__DemoAccounts__Enabled="${Perhekeskus__DemoAccounts__Enabled:-true}"
mkdir -p "$Perhekeskus__DataDirectory"

# Did the user choose the address? --urls X, --urls=X (also /urls, any case), or ASPNETCORE_URLS.
url=""
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  arg="${args[i]}"
  lower="${arg,,}"
  case "$lower" in
    --urls=* | /urls=*) url="${arg#*=}" ;;
    --urls | /urls) url="${args[i + 1]:-}" ;;
  esac
done
default_urls=()
if [[ -z "$url" && -n "${ASPNETCORE_URLS:-}" ]]; then
  url="$ASPNETCORE_URLS"
elif [[ -z "$url" ]]; then
  url="http://127.0.0.1:5080"
  default_urls=(--urls "$url")
fi

first="${1:-}"
if [[ -n "$first" && "$first" != -* && "$first" != /* ]]; then
  # A command-line verb (import-hsds, reindex, …): no server starts.
  echo "Sähköinen perhekeskus: $first (environment $ASPNETCORE_ENVIRONMENT, data $Perhekeskus__DataDirectory)"
  default_urls=()
else
  echo "Sähköinen perhekeskus: $url (environment $ASPNETCORE_ENVIRONMENT, data $Perhekeskus__DataDirectory)"
fi
# --no-launch-profile: launchSettings.json must not switch us to Development or another port.
exec dotnet run --project src/SahkoinenPerhekeskus.Web -c Release --no-launch-profile -- "${default_urls[@]}" "$@"
