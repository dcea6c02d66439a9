#!/usr/bin/env bash
# The README's "Your first contract" walkthrough, run as a user would: the files are taken from
# the README itself (the code block after each `<!-- file: NAME -->`), so the README cannot
# drift from what Mallory does.
#   readme_walkthrough.sh MALLORY ROOT
set -uo pipefail
mallory=$1
root=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
awk -v dir="$dir" '
  /^<!-- file: .* -->$/ { name = $3; want = 1; next }
  want && /^```/ && !in_block { in_block = 1; next }
  in_block && /^```$/ { in_block = 0; want = 0; close(dir "/" name); next }
  in_block { print > (dir "/" name) }
' "$root/README.md"
cd "$dir"
fail=0
expect() { # expect CODE DESCRIPTION COMMAND...
  local code=$1 what=$2
  shift 2
  "$@" >out.txt 2>&1
  local got=$?
  if [ "$got" -ne "$code" ]; then
    echo "FAIL: $what: exit $got, expected $code"; cat out.txt; fail=1
  else
    echo "ok: $what"
  fi
}
[ -f MyBank.sol ] && [ -f MyBank.t.sol ] && [ -f MyBankInvariant.t.sol ] || { echo "FAIL: README blocks not found"; exit 1; }
expect 0 "mallory check MyBank.sol" "$mallory" check MyBank.sol
expect 0 "mallory test MyBank.t.sol" "$mallory" test MyBank.t.sol
grep -q "^\[PASS\] testFuzz_WithdrawReturnsTheDeposit(uint256,address) (runs: 256, μ: [0-9]*, ~: [0-9]*)$" out.txt ||
  { echo "FAIL: the README's fuzz test did not run 256 times"; cat out.txt; fail=1; }
# The invariant test passes as forge's runner would, and breaks with the re-entering sender.
expect 0 "the invariant test passes without re-entry" "$mallory" test MyBankInvariant.t.sol --invariant-runs 64 --invariant-depth 30
expect 1 "the invariant test breaks with --reentrant" "$mallory" test MyBankInvariant.t.sol --invariant-runs 64 --invariant-depth 30 --reentrant
grep -q "found by: reentrant adversary" out.txt || { echo "FAIL: not found by the reentrant adversary"; cat out.txt; fail=1; }
grep -q "reentered from the callback: addr=\[MyBank.sol:MyBank\]" out.txt || { echo "FAIL: the sequence shows no re-entry"; cat out.txt; fail=1; }
expect 1 "mallory analyze finds the reentrancy" "$mallory" analyze MyBank.sol --witness-out attack
grep -q "reentrancy" out.txt || { echo "FAIL: no reentrancy finding"; cat out.txt; fail=1; }
grep -q "suggested fix (reorder): verified" out.txt || { echo "FAIL: no verified reordering"; cat out.txt; fail=1; }
witness=$(ls attack/*-MyBank-callback-freedom-*.json 2>/dev/null | head -1)
[ -n "$witness" ] || { echo "FAIL: attack/<n>-MyBank-callback-freedom-<kind>.json missing"; ls attack; fail=1; }
expect 1 "mallory replay of the witness (exit 1: the violation reproduces)" "$mallory" replay "$witness"
grep -q "re-enters MyBank\." out.txt || { echo "FAIL: the replay shows no re-entry"; cat out.txt; fail=1; }
# The witnesses' Foundry tests assert the harm: they fail while the bank is vulnerable, from
# any directory (their imports are relative to themselves).
expect 1 "the witnesses' Foundry tests fail on the vulnerable bank" env -C / "$mallory" test "$dir/attack"
# The fix the README describes: the write moves above the call.
awk '/balances\[msg.sender\] = 0;/ { next } { print } /uint256 amount = balances\[msg.sender\];/ { print "        balances[msg.sender] = 0;" }' \
  MyBank.sol > fixed.sol && mv fixed.sol MyBank.sol
cp MyBank.sol attack/src/MyBank.sol
expect 0 "the witnesses' Foundry tests pass on the fixed bank" "$mallory" test attack
expect 0 "mallory analyze of the fixed bank: no finding" "$mallory" analyze MyBank.sol
grep -q "invariant address(this).balance >= sum(balances): proved" out.txt ||
  { echo "FAIL: the fixed bank's invariant is not proved"; cat out.txt; fail=1; }
exit $fail
