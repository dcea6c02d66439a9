#!/usr/bin/env bash
# Honest accounts the deployment names act in their role (issue 10 item 6): a wallet whose
# owners are given with `--args '[bob,carol],2'` (an array argument) has bob propose a payment
# to the adversary and carol confirm it, and the adversary's re-entry into `execute` is
# confirmed with that witness. Bad `--args` are usage errors that name the argument.
#   analyze_roles.sh MALLORY ROOT
set -uo pipefail
mallory=$1
cd "$2" || exit 1
file=tests/cli/scripts/analyze/OwnersWallet.sol
out=$(mktemp)
trap 'rm -f "$out"' EXIT
fail=0
"$mallory" analyze "$file" --args '[bob,carol],2' --json >"$out"
rc=$?
[ "$rc" -eq 1 ] || { echo "expected exit 1 (findings), got $rc"; fail=1; }
python3 - "$out" <<'PY' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
found = [f for f in r["findings"] if f["check"] == "reentrancy" and f["confirmed"]]
assert found, "no confirmed reentrancy: %s" % [f["message"] for f in r["findings"]]
steps = found[0]["witness"]["steps"]
senders = [s.get("from") for s in steps]
assert "bob" in senders and "carol" in senders, "the owners did not act: %s" % senders
assert senders[-1] == "mallory", senders
args = r["coverage"]["deployments"][0]["args"]
assert args[:3] == ["64", "2", "2"], args
print("confirmed with", senders, "deployed with", args)
PY
err=$("$mallory" analyze "$file" --args '[bob,carol]' 2>&1 >/dev/null)
rc=$?
[ "$rc" -eq 2 ] || { echo "a missing argument: expected exit 2, got $rc"; fail=1; }
grep -q "OwnersWallet's constructor takes 2 arguments, --args gives 1" <<<"$err" ||
    { echo "unexpected message: $err"; fail=1; }
err=$("$mallory" analyze "$file" --args '[bob,0xzz],2' 2>&1 >/dev/null)
rc=$?
[ "$rc" -eq 2 ] || { echo "a bad element: expected exit 2, got $rc"; fail=1; }
grep -q "argument 1 '\[bob,0xzz\]' of OwnersWallet" <<<"$err" || { echo "unexpected message: $err"; fail=1; }
# A contract a constructor creates is that instance, not deployed on its own: its arguments are
# its creator's to give, and the error says so and how to analyze it alone.
made=$(mktemp -d)
trap 'rm -f "$out"; rm -rf "$made"' EXIT
cat >"$made/Made.sol" <<'SOL'
pragma solidity ^0.8.20;
contract Vault {
    uint256 public cap;
    constructor(uint256 c) { cap = c; }
}
contract Factory {
    Vault public immutable vault;
    constructor() { vault = new Vault(10); }
}
SOL
err=$("$mallory" analyze "$made/Made.sol" --args 'Vault:5' 2>&1 >/dev/null)
rc=$?
[ "$rc" -eq 2 ] || { echo "a created contract's arguments: expected exit 2, got $rc"; fail=1; }
grep -q "'Vault' is not deployed on its own: Factory's constructor creates it.*--contract Vault" \
    <<<"$err" || { echo "unexpected message: $err"; fail=1; }
"$mallory" analyze "$made/Made.sol" --contract Vault --args 'Vault:5' --json >"$out"
rc=$?
[ "$rc" -ne 2 ] || { echo "--contract Vault --args 'Vault:5' refused: $(cat "$out")"; fail=1; }
python3 - "$out" <<'PY' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
deployed = r["coverage"]["deployments"]
assert [d["args"] for d in deployed] == [["5"]], deployed
PY
exit $fail
