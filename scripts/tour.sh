#!/usr/bin/env bash
# The README's main job, from a fresh Debian 12 machine: set-up, build, then the main job.
# Until the DAO tour lands this checks every contract in contracts/ with `mallory check`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh release >/dev/null
mallory=build/release/cli/mallory
shopt -s nullglob
files=(contracts/examples/*.sol contracts/dao/*.sol)
"$mallory" check -v "${files[@]}"
