#!/usr/bin/env bash
# The main job: runs the whole 1997-1999 programme in compressed time on the real workflows (simulated delegates and
# Presidency, Azurite started for the run, mail written to a folder) and leaves what it produced in an output folder:
#   ./run.sh                 -> out/simulation-<UTC time>/
#   ./run.sh --out DIR       -> DIR (new or empty); any other simulate option too (--seed, --mix, --days-per-second)
# Restores the node tools (Azurite) when they are missing.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x node_modules/.bin/azurite ]; then
  npm ci --no-audit --no-fund >&2 || { echo "npm ci failed: the node tools (Azurite) could not be installed" >&2; exit 1; }
fi

args=("$@")
case " $* " in
  *" --out "*) ;;
  *) args+=(--out "out/simulation-$(date -u +%Y%m%d-%H%M%S)") ;;
esac
exec dotnet run --project src/ProgrammeWorkflows.Local -- simulate "${args[@]}"
