#!/usr/bin/env bash
# Crash test: starts chain_crash_child adding blocks to a SQLite chain, SIGKILLs it after a
# random delay, then checks that every block it reported (after its commit) is present with the
# same hash and state root, that the chain is consistent and its roots recompute, and that it
# can continue. Repeated ROUNDS times (default 50) on the same database.
set -euo pipefail
child=${1:?usage: crash_test.sh PATH/TO/chain_crash_child}
rounds=${CRASH_ROUNDS:-50}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db="$dir/chain.db"
reported="$dir/reported.txt"
: >"$reported"
for ((i = 1; i <= rounds; i++)); do
  out="$dir/round.txt"
  "$child" run "$db" >"$out" 2>"$dir/err.txt" &
  pid=$!
  # 20-400 ms: kills land in every phase (opening, replay, executing, committing).
  sleep "0.$(printf '%03d' $((RANDOM % 380 + 20)))"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  cat "$out" >>"$reported"
  if ! result=$("$child" check "$db" "$reported" 2>&1); then
    echo "round $i: FAILED: $result" >&2
    cat "$dir/err.txt" >&2
    exit 1
  fi
done
echo "crash test: $rounds kills survived; $result"
