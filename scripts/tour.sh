#!/usr/bin/env bash
# The README's main job, from a fresh Debian 12 machine: set up, build, and run the guided tour
# of the DAO attack (`mallory dao`): the vulnerable function, the analyzer's finding before
# deployment, the attack replayed on a chain, the two fixes, and the seed model of the paper.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh release >/dev/null
exec build/release/cli/mallory dao "$@"
