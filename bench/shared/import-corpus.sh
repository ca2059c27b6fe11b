#!/usr/bin/env bash
# Sourced by the bench scripts: import_corpus <hsds-file> <work-dir> imports the corpus into a fresh data directory
# with the site's own `import-hsds` verb, exactly as an administrator would, and sets SITE_DB to its SQLite file.
# The data directory gets the region's structure only (content/ without organisations, services and pages), so
# the benches index what the product's importer made of the file and nothing else.
import_corpus() {
  local corpus="$1" work="$2"
  mkdir -p "$work/content/taxonomies" "$work/content/services" "$work/content/pages" "$work/data"
  cp content/region.json content/service-types.json "$work/content/"
  cp content/taxonomies/*.json "$work/content/taxonomies/"
  [[ -d content/search ]] && cp -r content/search "$work/content/"
  echo "[]" > "$work/content/organisations.json"
  dotnet build src/SahkoinenPerhekeskus.Web/SahkoinenPerhekeskus.Web.csproj -c Release -v q -nologo >/dev/null
  echo "Importing $corpus into a fresh data directory with the site's import-hsds verb"
  # Configuration through the environment: the verb takes its own arguments only.
  (cd src/SahkoinenPerhekeskus.Web && Perhekeskus__DataDirectory="$work/data" Perhekeskus__ContentDirectory="$work/content" \
    Perhekeskus__SeedContent=true DOTNET_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    dotnet bin/Release/net10.0/linux-x64/SahkoinenPerhekeskus.Web.dll import-hsds "$corpus") | tail -n 8
  SITE_DB="$work/data/perhekeskus.db"
  export SITE_DB
}
