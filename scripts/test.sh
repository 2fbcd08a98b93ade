#!/usr/bin/env bash
# Sets up and runs every test: installs missing packages, builds the solution (warnings are errors),
# runs each test assembly, and ends with one line summing them all:
#   tests: N passed, N failed, N skipped
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --browser || exit 1
dotnet build EdocMan.Search.sln -c Release -nologo -v quiet || { echo "tests: 0 passed, 0 failed, 0 skipped (build failed)"; exit 1; }

results="$PWD/artifacts/test-results"
rm -rf "$results"
status=0
for project in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || status=1
  if [[ ! -f "$results/$name.trx" ]]; then
    echo "$name: no results written (test host crashed?)"
    status=1
  fi
done

count() { # attribute name → sum over every TRX file
  cat "$results"/*.trx 2>/dev/null | grep -o "<Counters [^>]*" | grep -o " $1=\"[0-9]*\"" | grep -o "[0-9]*" |
    awk '{ s += $1 } END { print s + 0 }'
}
passed=$(count passed)
failed=$(( $(count failed) + $(count error) + $(count timeout) + $(count aborted) ))
skipped=$(count notExecuted)
if (( passed == 0 )); then
  echo "No test passed: treating the run as failed."
  status=1
fi
if (( failed > 0 )); then status=1; fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
