#!/usr/bin/env bash
# Issue 10 item 8 end to end: attacks that need four and five transactions (stake, wait out a
# lock, name a payee, unstake; the owner opens a market, the adversary deposits, joins,
# approves itself, withdraws) are found and confirmed by `mallory analyze` with its default
# options, through the directed levels beyond --txs; the report states the bound it reached.
# With the directed levels turned off (--max-txs 3) they are not found, and the report says
# the length bound cut the search. The safe look-alikes are not flagged.
#   analyze_deep.sh MALLORY ROOT
set -uo pipefail
mallory=$1
cd "$2" || exit 1
dir=tests/analyzer/corpus
fail=0
check() { # FILE CONTRACT EXPECT(found|safe|missed) ARGS...
  local file=$1 contract=$2 expect=$3
  shift 3
  "$mallory" analyze "$dir/$file" --contract "$contract" --json "$@" >/tmp/analyze_deep.$$.json
  python3 - "$expect" "$file" /tmp/analyze_deep.$$.json <<'PY' || fail=1
import json, sys
expect, name, path = sys.argv[1], sys.argv[2], sys.argv[3]
r = json.load(open(path))
b = r["stats"]["bound"]
assert set(b) == {"complete", "deepest", "exhausted", "cut", "text"}, b
re = [f for f in r["findings"] if f["check"] == "reentrancy"]
if expect == "found":
    assert re and re[0]["confirmed"], "%s: no confirmed reentrancy: %s" % (name, r["findings"])
    steps = len(re[0]["witness"]["steps"])
    assert steps > 3, "%s: a %d-transaction witness is within --txs" % (name, steps)
    assert b["complete"] == 3 and b["deepest"] >= steps, "%s: bound %s" % (name, b)
    print(name, "found with", steps, "transactions;", b["text"])
elif expect == "safe":
    assert not r["findings"], "%s: flagged: %s" % (name, [f["message"] for f in r["findings"]])
    assert b["deepest"] > 3, "%s: no directed level ran: %s" % (name, b)
    print(name, "safe;", b["text"])
else:
    assert not re, "%s: found with --max-txs 3" % name
    assert b["deepest"] == 3 and b["cut"] == "max-txs", "%s: bound %s" % (name, b)
    assert "cut by the length bound" in b["text"], b["text"]
    print(name, "missed with --max-txs 3;", b["text"])
PY
}
check deep_stake_lock_payout.sol LockedStaking found
check deep_phased_market.sol PhasedMarket found
check safe_deep_stake_lock_payout.sol LockedStaking safe
check safe_deep_phased_market.sol PhasedMarket safe
check deep_phased_market.sol PhasedMarket missed --max-txs 3 --no-prove
text=$("$mallory" analyze "$dir/deep_phased_market.sol" --contract PhasedMarket --no-prove --color never)
echo "$text" | grep -q "^search: explored every sequence up to 3 transactions, directed sequences up to" ||
  { echo "FAIL: no search line"; echo "$text"; fail=1; }
bad=$("$mallory" analyze "$dir/deep_phased_market.sol" --max-txs 0 2>&1)
[ $? -eq 2 ] && echo "$bad" | grep -q -- "--max-txs: expected a positive number, got 0" ||
  { echo "FAIL: --max-txs 0: $bad"; fail=1; }
# The generated Foundry test replays the owner's step as the test contract (the deployer) and
# fails on its assertions: the attack works there too.
out=$(mktemp -d)
"$mallory" analyze "$dir/deep_phased_market.sol" --contract PhasedMarket --no-prove \
  --witness-out "$out" >/dev/null
t=$(ls "$out"/*callback-freedom*.t.sol | head -1)
grep -qF 't_PhasedMarket.call{value: 0}(abi.encodeWithSignature("openMarket()"))' "$t" ||
  { echo "FAIL: no owner step in $t"; fail=1; }
ran=$(cd "$out" && "$mallory" test . 2>&1)
echo "$ran" | grep -q "PhasedMarket lost ether to the attack" ||
  { echo "FAIL: the generated test does not reproduce the attack"; fail=1; }
rm -rf "$out" /tmp/analyze_deep.$$.json
exit $fail
