#!/usr/bin/env bash
# Installs the given Debian packages when any is missing.
#
#   scripts/ensure-apt-packages.sh chromium libvoikko1 voikko-fi postgresql
#
# Checks each with `dpkg -s`. As root, runs `apt-get update` and then
# `apt-get install -y --no-install-recommends` for the missing ones. Not as root, prints the command to run.
# Exits 0 when everything is installed afterwards, 1 when something is still missing.
set -euo pipefail

log() { printf 'ensure-apt-packages: %s\n' "$*" >&2; }

if (($# == 0)); then
  echo "usage: $0 PACKAGE..." >&2
  exit 2
fi

if ! command -v dpkg >/dev/null 2>&1; then
  log "no dpkg here (not Debian?): make sure these are installed: $*"
  exit 1
fi

is_installed() {
  dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed'
}

missing=()
for pkg in "$@"; do
  is_installed "$pkg" || missing+=("$pkg")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  log "missing: ${missing[*]}. Install them with:"
  log "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}"
  exit 1
fi

log "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >&2
apt-get install -y -q --no-install-recommends "${missing[@]}" >&2

still_missing=()
for pkg in "${missing[@]}"; do
  is_installed "$pkg" || still_missing+=("$pkg")
done
if ((${#still_missing[@]} > 0)); then
  log "still missing after apt-get install: ${still_missing[*]}"
  exit 1
fi
