#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine that has the .NET SDK and Node.js:
# restores the node tools (Azurite) when missing, builds, runs the tests with TRX results, and ends
# with one line "N passed, N failed, N skipped" counted from those results. Exit code: dotnet test's.
set -uo pipefail
cd "$(dirname "$0")"

if [ ! -x node_modules/.bin/azurite ]; then
  npm ci --no-audit --no-fund || { echo "npm ci failed: the node tools (Azurite) could not be installed" >&2; exit 1; }
fi

# The real Azure Functions host, for the Functions app's suite (tests/ProgrammeWorkflows.FunctionsHost.Tests), where the
# workplace keeps it beside the repository and nothing else names one; without a host those tests are skipped and say why.
if [ -z "${FunctionsHost__StartScript:-}" ] && [ -x ../shared/functions-host/start-host ]; then
  export FunctionsHost__StartScript="$(cd .. && pwd)/shared/functions-host/start-host"
fi

results=TestResults
rm -rf "$results"
dotnet test ProgrammeWorkflows.sln --logger "trx" --results-directory "$results" "$@"
status=$?

.ci/count-test-results "$results"
exit $status
