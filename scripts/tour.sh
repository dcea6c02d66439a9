#!/usr/bin/env bash
# The README's main job, from a fresh Debian 12 machine: set-up, build, then a short tour of
# the DAO attack (until the guided `mallory dao` tour lands): check the contract library,
# replay the attack on the chain, and let the analyzer find it before deployment.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh release >/dev/null
mallory=build/release/cli/mallory
shopt -s nullglob

echo "== 1. Every contract in contracts/ type-checks (mallory check) =="
"$mallory" check -v contracts/examples/*.sol contracts/dao/DAO.sol contracts/dao/DAOFixed.sol \
  contracts/dao/DAOMutex.sol contracts/dao/Mallory.sol contracts/dao/SeedModel.sol \
  contracts/dao/SeedModelFixed.sol

echo
echo "== 2. The attack, replayed on a fresh chain (mallory run contracts/dao/ReplayDAO.s.sol) =="
"$mallory" run contracts/dao/ReplayDAO.s.sol

echo
echo "== 3. Found before deployment (mallory analyze contracts/dao/DAO.sol contracts/dao/Mallory.sol) =="
status=0
"$mallory" analyze contracts/dao/DAO.sol contracts/dao/Mallory.sol || status=$?
[ "$status" -eq 1 ] || { echo "tour: expected the analyzer to report the DAO (exit 1), got $status" >&2; exit 1; }

echo
echo "== 4. The fixes: no finding (mallory analyze contracts/dao/DAOFixed.sol / DAOMutex.sol) =="
"$mallory" analyze contracts/dao/DAOFixed.sol
"$mallory" analyze contracts/dao/DAOMutex.sol

echo
echo "== 5. The Foundry-style tests of the DAO and its fixes (mallory test contracts/dao) =="
"$mallory" test contracts/dao
