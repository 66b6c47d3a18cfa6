#!/usr/bin/env bash
# Runs a target of build.cake: ./build.sh test (the default), ./build.sh test-sqlite, ./build.sh bench [--quick], ./build.sh build, ./build.sh clean, ./build.sh sqlserver-snapshots.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet tool restore > /dev/null
exec dotnet cake build.cake --target="${1:-test}" "${@:2}"
