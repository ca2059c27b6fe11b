#!/usr/bin/env bash
# Restores, builds and runs every test project, then prints one closing line:
#   N passed, N failed, N skipped
#
#   ./test.sh                  every project under tests/
#   ./test.sh Core Web         only the projects whose name contains one of the words
#
# Environment:
#   PERHEKESKUS_TEST_PG   use this PostgreSQL server instead of starting a throwaway one
#   TEST_FILTER           passed to `dotnet test --filter` (e.g. "FullyQualifiedName~Healthz")
#   TEST_VERBOSITY        console logger verbosity: minimal (default), normal, detailed
#   TEST_HANG_TIMEOUT     a test host hanging longer than this is ended (default 10m)
#   SKIP_APT=1            do not check or install Debian packages
#   CI=true               PostgreSQL tests must run: no server is a failure, not a skip
set -euo pipefail

started=$(date +%s)
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$repo"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# No MSBuild node processes left behind after the run.
export MSBUILDDISABLENODEREUSE=1

section() { printf '\n==> %s\n' "$*"; }
is_ci() { [[ "${CI:-}" =~ ^[Tt][Rr][Uu][Ee]$ ]]; }

problems=()

# --- 1. Debian packages: browser, Finnish morphology, PostgreSQL, fonts for the browser --------------------------
if [[ "${SKIP_APT:-}" != 1 ]]; then
  section "Debian packages"
  if scripts/ensure-apt-packages.sh chromium fonts-liberation libvoikko1 voikko-fi postgresql; then
    echo "chromium, fonts-liberation, libvoikko1, voikko-fi and postgresql are installed."
  else
    echo "warning: some packages are missing; the tests that need them will fail or be skipped." >&2
  fi
fi

# --- 2. Build -------------------------------------------------------------------------------------------------
section "dotnet restore"
dotnet restore SahkoinenPerhekeskus.sln
section "dotnet build -c Release"
dotnet build SahkoinenPerhekeskus.sln -c Release --no-restore

# --- 2b. Known vulnerabilities in any package, direct or transitive ------------------------------------------------
section "dotnet list package --vulnerable"
if vulnerable="$(timeout 300 dotnet list SahkoinenPerhekeskus.sln package --vulnerable --include-transitive 2>&1)"; then
  if grep -q "has the following vulnerable packages" <<<"$vulnerable"; then
    echo "$vulnerable"
    problems+=("dotnet list package --vulnerable reports vulnerable packages (listed above).")
  else
    echo "0 vulnerable packages."
  fi
else
  echo "$vulnerable" | tail -5
  echo "warning: the vulnerability check could not reach the package source; not counted." >&2
fi

# --- 3. A throwaway PostgreSQL, stopped and removed on exit whatever happens ----------------------------------
pg_dir=""
cleanup() {
  if [[ -n "$pg_dir" ]]; then
    scripts/pg-throwaway.sh stop "$pg_dir" || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

section "PostgreSQL"
if [[ -n "${PERHEKESKUS_TEST_PG:-}" ]]; then
  echo "Using the server in PERHEKESKUS_TEST_PG."
else
  pg_dir="$(mktemp -d "${TMPDIR:-/tmp}/perhekeskus-pg.XXXXXX")"
  if pg_env="$(scripts/pg-throwaway.sh start "$pg_dir")"; then
    eval "$pg_env"
    export PERHEKESKUS_TEST_PG
  elif is_ci; then
    problems+=("PostgreSQL could not be started, and CI=true requires the PostgreSQL tests to run.")
    echo "error: ${problems[-1]}" >&2
  else
    echo "warning: PostgreSQL could not be started; the PostgreSQL tests will be skipped." >&2
  fi
fi

# --- 4. Tests: every project, even after a failure -------------------------------------------------------------
results_dir="$repo/TestResults/test-sh"
rm -rf "$results_dir"
mkdir -p "$results_dir"

projects=()
for proj in tests/*/*.csproj; do
  name="$(basename "$proj" .csproj)"
  if (($# > 0)); then
    wanted=false
    for word in "$@"; do
      if [[ "$name" == *"$word"* ]]; then
        wanted=true
      fi
    done
    $wanted || continue
  fi
  projects+=("$proj")
done
# Browser tests last: they are the slowest.
ordered=()
for proj in "${projects[@]}"; do
  if [[ "$proj" != *Browser* ]]; then ordered+=("$proj"); fi
done
for proj in "${projects[@]}"; do
  if [[ "$proj" == *Browser* ]]; then ordered+=("$proj"); fi
done
if ((${#ordered[@]} == 0)); then
  echo "error: no test project matches: $*" >&2
  exit 2
fi

# Counts outcomes in a .trx file: prints "passed failed skipped".
count_trx() {
  local trx="$1" passed=0 failed=0 skipped=0 outcome
  while IFS= read -r outcome; do
    case "$outcome" in
      Passed) passed=$((passed + 1)) ;;
      NotExecuted | Inconclusive) skipped=$((skipped + 1)) ;;
      *) failed=$((failed + 1)) ;;
    esac
  done < <(grep -o '<UnitTestResult [^>]*' "$trx" | sed -n 's/.* outcome="\([A-Za-z]*\)".*/\1/p')
  echo "$passed $failed $skipped"
}

decode_xml() { sed -e 's/&quot;/"/g' -e "s/&apos;/'/g" -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&amp;/\&/g'; }

total_passed=0 total_failed=0 total_skipped=0
summary_lines=()
failed_tests=()
for proj in "${ordered[@]}"; do
  name="$(basename "$proj" .csproj)"
  section "dotnet test $name"
  project_started=$(date +%s)
  filter_args=()
  if [[ -n "${TEST_FILTER:-}" ]]; then
    filter_args=(--filter "$TEST_FILTER")
  fi
  set +e
  dotnet test "$proj" -c Release --no-build --nologo \
    --results-directory "$results_dir" \
    --logger "trx;LogFileName=$name.trx" \
    --logger "console;verbosity=${TEST_VERBOSITY:-minimal}" \
    --blame-hang-timeout "${TEST_HANG_TIMEOUT:-10m}" --blame-hang-dump-type none \
    "${filter_args[@]}"
  rc=$?
  set -e

  passed=0 failed=0 skipped=0 note=""
  trx="$results_dir/$name.trx"
  if [[ -f "$trx" ]]; then
    read -r passed failed skipped < <(count_trx "$trx")
    while IFS= read -r test_name; do
      failed_tests+=("$name: $test_name")
    done < <(grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*' "$trx" | sed -n 's/.* testName="\([^"]*\)".*/\1/p' | decode_xml)
  fi
  if ((rc != 0 && failed == 0)); then
    # The test host crashed, hung or found nothing to run: count the project as one failure.
    failed=1
    note=" (dotnet test exited $rc with no failed test recorded)"
    failed_tests+=("$name: dotnet test exited $rc")
  fi
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  total_skipped=$((total_skipped + skipped))
  summary_lines+=("$(printf '  %-40s passed=%-5d failed=%-5d skipped=%-5d %4ds%s' \
    "$name" "$passed" "$failed" "$skipped" "$(($(date +%s) - project_started))" "$note")")
done

# --- 5. Summary --------------------------------------------------------------------------------------------------
# Stop PostgreSQL now, so that the counts below are the last lines printed.
cleanup
pg_dir=""

section "Summary"
printf '%s\n' "${summary_lines[@]}"
if ((${#failed_tests[@]} > 0)); then
  echo "Failed:"
  printf '  - %s\n' "${failed_tests[@]}"
fi
if [[ -z "${PERHEKESKUS_TEST_PG:-}" ]] && ! is_ci; then
  echo "Note: PERHEKESKUS_TEST_PG was not set, so the PostgreSQL tests were skipped."
fi
for problem in "${problems[@]}"; do
  echo "error: $problem" >&2
done
echo "Test results (trx): $results_dir"
elapsed=$(($(date +%s) - started))
printf 'Wall time: %dm%02ds\n' $((elapsed / 60)) $((elapsed % 60))
echo "$total_passed passed, $total_failed failed, $total_skipped skipped"

if ((total_failed > 0 || ${#problems[@]} > 0)); then
  exit 1
fi
