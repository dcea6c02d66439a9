#!/usr/bin/env bash
# The adversary answers (issue 10 item 3) end to end: `analyze --json --witness-out` on an
# ERC-3156-style flash lender finds the re-entry that needs the magic answer, records that
# answer in the witness, `replay` reproduces it (and without the answer it does not), and the
# generated Foundry test's attacker answers it too (the test fails on the lender).
#   answers_roundtrip.sh MALLORY ROOT
set -uo pipefail
mallory=$1
root=$2
source "$(dirname "$0")/lib.sh"
case=$root/tests/analyzer/corpus/ans_flash_lender_side_entrance.sol
expect 1 "analyze finds the side entrance" \
  "$mallory" analyze "$case" --contract FlashLender --json --witness-out "$dir/w"
cp "$dir/out.txt" "$dir/report.json"
python3 - "$dir/report.json" <<'PY' || fail=1
import json, sys
report = json.load(open(sys.argv[1]))
found = [f for f in report["findings"] if f["check"] == "reentrancy" and f["confirmed"]]
assert found, "no confirmed reentrancy finding"
answers = [c.get("returns") for f in found for s in f["witness"]["steps"]
           for c in s["callbacks"] if "returns" in c]
# keccak256("ERC3156FlashBorrower.onFlashLoan")
magic = "0x439148f0bbc682ca079e46d6e2c2f0c1e3b820f1a291b069d8882abf8cf18dd9"
assert magic in answers, f"the witness does not record the magic answer: {answers}"
print("ok: the witness records the magic answer")
PY
w=$(ls "$dir"/w/*FlashLender-callback-freedom*.json | head -1)
[ -n "$w" ] || { echo "FAIL: no callback-freedom witness"; ls "$dir/w"; exit 1; }
expect 1 "replay reproduces the attack" "$mallory" replay "$w"
contains "VIOLATED" "replay shows the violation"
contains "then returns 0x439148f0" "replay shows the recorded answer"
# Without the answer the lender rejects the callback: nothing to reproduce.
python3 -c "
import json, sys
w = json.load(open(sys.argv[1]))
for s in w['steps']:
    for c in s['callbacks']:
        c.pop('returns', None)
json.dump(w, open(sys.argv[2], 'w'))" "$w" "$dir/w/no-answer.json"
expect 0 "replay without the answer is not violated" "$mallory" replay "$dir/w/no-answer.json"
contains "not violated" "the answer is what the attack needs"
# Malformed answers are located errors (exit 1): not hex, or an answer to a revert.
for bad in "c['returns'] = '0xzz'" "c['returns'] = 5" "c['action'] = 'revert'"; do
  python3 -c "
import json, sys
w = json.load(open(sys.argv[1]))
for s in w['steps']:
    for c in s['callbacks']:
        if 'returns' in c:
            $bad
json.dump(w, open(sys.argv[2], 'w'))" "$w" "$dir/w/bad-answer.json"
  expect 1 "replay of a witness with a malformed answer ($bad)" "$mallory" replay "$dir/w/bad-answer.json"
  contains "steps[" "the error names the step"
  contains 'returns: "0x<hex>"' "the error shows the expected form"
done
rm "$dir/w/bad-answer.json" "$dir/w/no-answer.json"
expect 1 "the generated Foundry test fails on the lender" "$mallory" test "$dir/w"
contains "0 passed" "every witness test fails"
if grep -q "failed to compile" "$dir/out.txt"; then echo "FAIL: the witness tests do not compile"; fail=1; fi
grep -q 'out = hex"439148f0' "$dir"/w/*.t.sol || { echo "FAIL: the attacker does not answer the magic value"; fail=1; }
exit $fail
