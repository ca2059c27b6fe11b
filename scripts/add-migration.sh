#!/usr/bin/env bash
# Adds an EF Core migration for both providers: ./scripts/add-migration.sh <Name>
# SQLite and PostgreSQL keep separate migrations (see docs/adr/0001-data-and-providers.md).
set -euo pipefail
name="${1:?usage: scripts/add-migration.sh <MigrationName>}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
dotnet tool restore >/dev/null
core=src/SahkoinenPerhekeskus.Core
for provider in Sqlite Postgres; do
  dotnet tool run dotnet-ef migrations add "$name" \
    --context "${provider}PerhekeskusDbContext" \
    --output-dir "Data/Migrations/$provider" \
    --namespace "SahkoinenPerhekeskus.Core.Data.Migrations.$provider" \
    --project "$core" --startup-project src/SahkoinenPerhekeskus.Web
  # dotnet-ef places the model snapshot in a folder named after the namespace; keep it with its migrations.
  if [[ -d "$core/SahkoinenPerhekeskus" ]]; then
    mv "$core/SahkoinenPerhekeskus/Core/Data/Migrations/$provider/"*.cs "$core/Data/Migrations/$provider/"
    rm -rf "$core/SahkoinenPerhekeskus"
  fi
done
