#!/usr/bin/env bash
# The main job: prints the normalized programme (43 timetable items) as JSON.
set -euo pipefail
cd "$(dirname "$0")"
exec dotnet run --project src/ProgrammeWorkflows.Local -- programme export "$@"
