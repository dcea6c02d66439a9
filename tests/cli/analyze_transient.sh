#!/usr/bin/env bash
# Transient storage end to end through `mallory analyze`: a vault whose reentrancy guard is a
# `bool transient` (OpenZeppelin 5's ReentrancyGuardTransient shape) has no finding and its
# callback-freedom is proved; the same vault with the guard forgotten on transfer is found, a
# cross-function reentrancy confirmed by a witness that replays.
#   analyze_transient.sh MALLORY ROOT
set -uo pipefail
mallory=$1
cd "$2" || exit 1
fail=0
safe=tests/analyzer/corpus/safe_transient_guard.sol
json=$("$mallory" analyze "$safe" --json)
code=$?
[ "$code" -eq 0 ] || { echo "FAIL: safe vault: exit $code, expected 0"; fail=1; }
echo "$json" | python3 -c '
import json, sys
r = json.load(sys.stdin)
assert r["findings"] == [], "findings on the guarded vault: %s" % [f["message"] for f in r["findings"]]
statuses = {p["property"]: p["status"] for p in r["proofs"]}
cbf = [s for p, s in statuses.items() if "callback-freedom" in p]
assert cbf == ["proved"], statuses
print("safe vault: no finding, callback-freedom proved")
' || fail=1
vulnerable=tests/analyzer/corpus/cf_transient_guard_missing.sol
json=$("$mallory" analyze "$vulnerable" --json)
code=$?
[ "$code" -eq 1 ] || { echo "FAIL: vulnerable vault: exit $code, expected 1"; fail=1; }
echo "$json" | python3 -c '
import json, sys
r = json.load(sys.stdin)
found = [f for f in r["findings"] if f["check"] == "reentrancy" and f["kind"] == "cross-function"]
assert found, "no cross-function reentrancy: %s" % [(f["check"], f["kind"]) for f in r["findings"]]
assert found[0]["confirmed"], found[0]["message"]
print("vulnerable vault:", found[0]["message"].splitlines()[0])
' || fail=1
exit $fail
