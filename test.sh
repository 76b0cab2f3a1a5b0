#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine that has the .NET SDK and Node.js:
# restores the node tools (Azurite) when missing, builds, runs the tests with TRX results, and ends
# with one line "N passed, N failed, N skipped" counted from those results. Exit code: dotnet test's.
set -uo pipefail
cd "$(dirname "$0")"

if [ ! -x node_modules/.bin/azurite ]; then
  npm ci --no-audit --no-fund || { echo "npm ci failed: the node tools (Azurite) could not be installed" >&2; exit 1; }
fi

results=TestResults
rm -rf "$results"
dotnet test ProgrammeWorkflows.sln --logger "trx" --results-directory "$results" "$@"
status=$?

.ci/count-test-results "$results"
exit $status
