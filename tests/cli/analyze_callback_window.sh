#!/usr/bin/env bash
# A sink that only a callback's window opens (issue 10 items 2 and 3): a loan market reads a
# pool's share price, which the pool's exit leaves stale while it pays; a healthy loan looks
# liquidatable only inside that callback. The honest borrower borrows what its collateral
# allows (not the domain's first amount, which its limit refuses), the re-entry names the
# borrower, and pays the debt the liquidation compares its payment with. The fixed pool (burn
# before paying) is proved safe. And a call refused unless a re-entry passes it: a pool credits
# its balance's growth around a pull from a source the caller names; the adversary as source
# stakes again from inside the pull, so the outer call passes and counts the stake twice.
#   analyze_callback_window.sh MALLORY ROOT
set -uo pipefail
mallory=$1
cd "$2" || exit 1
corpus=tests/analyzer/corpus
out=$(mktemp)
trap 'rm -f "$out"' EXIT
fail=0
"$mallory" analyze $corpus/ro_pool_exit_liquidation.sol --contract LoanMarket --json >"$out"
rc=$?
[ "$rc" -eq 1 ] || { echo "expected exit 1 (findings), got $rc"; fail=1; }
python3 - "$out" <<'PY' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
found = [f for f in r["findings"] if f["check"] == "adversary-profit" and f["confirmed"]]
assert found, "no confirmed adversary-profit: %s" % [f["message"] for f in r["findings"]]
steps = found[0]["witness"]["steps"]
borrow = [s for s in steps if s.get("from") == "bob" and s["call"]["function"] == "borrow(uint256)"]
assert borrow, "the honest user did not borrow: %s" % steps
debt = borrow[0]["call"]["args"][0]
last = steps[-1]
assert last["from"] == "mallory" and last["call"]["function"] == "exit()", last
inner = [c["call"] for c in last.get("callbacks", []) if c.get("action") == "reenter"]
assert inner and inner[0]["function"] == "liquidate(address)", last
assert inner[0]["value"] == debt, "the liquidation pays %s, the debt is %s" % (inner[0]["value"], debt)
cov = {f["function"]: f for f in r["coverage"]["functions"] if f["contract"] == "LoanMarket"}
liq = cov["liquidate(address)"]
assert liq["run"] and liq["reentry_only"], "liquidate is run, and only inside a re-entry: %s" % liq
assert not cov["borrow(uint256)"]["reentry_only"], cov
print("confirmed: bob borrows", debt, "and the exit's callback liquidates him paying it")
PY
# The text report says the liquidation ran, and where: not "never", not as a transaction.
"$mallory" analyze $corpus/ro_pool_exit_liquidation.sol --contract LoanMarket >"$out"
grep -q "functions run successfully: 6 of 6 (only inside a re-entry: LoanMarket.liquidate(address))" "$out" ||
    { echo "the coverage line does not say the liquidation ran inside a re-entry:"; grep explored "$out"; fail=1; }
"$mallory" analyze $corpus/ro_pool_exit_liquidation_safe.sol --contract LoanMarket --json >"$out"
rc=$?
[ "$rc" -eq 0 ] || { echo "the fixed pool: expected exit 0, got $rc"; fail=1; }
python3 - "$out" <<'PY' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
assert not r["findings"], [f["message"] for f in r["findings"]]
assert all(p["status"] == "proved" for p in r["proofs"]), r["proofs"]
print("the fixed pool: no finding,", len(r["proofs"]), "properties proved")
PY
"$mallory" analyze $corpus/tok_source_balance_delta.sol --contract RewardPool --json >"$out"
rc=$?
[ "$rc" -eq 1 ] || { echo "the pool with a named source: expected exit 1 (findings), got $rc"; fail=1; }
python3 - "$out" <<'PY' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
found = [f for f in r["findings"] if f["check"] == "reentrancy" and f["confirmed"]]
assert found, "no confirmed reentrancy: %s" % [f["message"] for f in r["findings"]]
step = [s for s in found[0]["witness"]["steps"] if s["call"]["function"] == "stakeVia(address,uint256)"]
assert step, found[0]["witness"]["steps"]
inner = [c["call"]["function"] for c in step[0].get("callbacks", []) if c.get("action") == "reenter"]
assert inner == ["stake(uint256)"], step[0]
print("confirmed: stakeVia(mallory, ...) passes with a re-entry into", inner[0])
PY
exit $fail
