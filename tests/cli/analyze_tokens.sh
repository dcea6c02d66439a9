#!/usr/bin/env bash
# Issue 10 item 5 end to end: a vault of a token nobody vouches for pays out twice through the
# token's ERC-777 hook. `mallory analyze --json` reports adversary profit measured in the
# token (per token in `impact.tokens`, no ether moved), the witness records the token
# (`tokens`), `mallory replay` reproduces it, and the generated .t.sol (which deploys the same
# token) fails on the vault and passes once the vault books before it pays.
#   analyze_tokens.sh MALLORY ROOT
set -uo pipefail
mallory=$1
root=$2
source "$(dirname "$0")/lib.sh"
# The vault is the corpus case itself (one copy of the contract), analysed under the name TokenVault.sol.
vault=$root/tests/analyzer/corpus/token_vault_hooked_payout.sol
mkdir -p "$dir/work"
cp "$vault" "$dir/work/TokenVault.sol"
cd "$dir/work" || exit 1
"$mallory" analyze TokenVault.sol --no-prove --json --witness-out ../attack >"$dir/report.json"
code=$?
[ "$code" -eq 1 ] || { echo "FAIL: analyze exit $code, expected 1 (findings)"; fail=1; }
python3 - "$dir/report.json" <<'PY' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
profit = [f for f in r["findings"] if f["check"] == "adversary-profit"]
assert profit, "no adversary-profit finding: %s" % [f["check"] for f in r["findings"]]
f = profit[0]
assert f["confirmed"], f["message"]
assert f["severity"] == "high", f["severity"]
assert f["witness"]["tokens"] == ["untrusted1"], f["witness"].get("tokens")
i = f["impact"]
assert i["adversary_gain_wei"] == "0", "no ether moves: %s" % i
tokens = i["tokens"]
assert len(tokens) == 1 and tokens[0]["token"] == "untrusted1", tokens
gain = int(tokens[0]["adversary_gain"])
assert gain > 0 and int(tokens[0]["honest_loss"]) == gain, tokens
assert "units of token untrusted1" in i["summary"], i["summary"]
print("ok: token gain", gain, "units of untrusted1, taken from the honest deposits")
PY
witness=$(ls "$dir"/attack/*-TokenVault-adversary-profit*.json 2>/dev/null | head -1)
if [ -z "$witness" ]; then
  echo "FAIL: no adversary-profit witness"; ls "$dir/attack"; fail=1
else
  expect 1 "replay reproduces the token profit" "$mallory" replay "$witness"
  contains "VIOLATED" "replay shows the violation"
  contains "units of token untrusted1" "replay's verdict counts the token"
  # The same witness without its token: the adversary answers at the address again and the
  # payout twice is not there to see (the choice in the witness is what replay follows).
  python3 -c "import json,sys; w=json.load(open(sys.argv[1])); del w['tokens']; json.dump(w, open(sys.argv[2],'w'))" \
    "$witness" "$dir/attack/no-token.json"
  expect 0 "replay without the token does not reproduce it" "$mallory" replay "$dir/attack/no-token.json"
  python3 -c "import json,sys; w=json.load(open(sys.argv[1])); w['tokens']=['bob']; json.dump(w, open(sys.argv[2],'w'))" \
    "$witness" "$dir/attack/bad-token.json"
  expect 1 "replay: a token at an address that is no stand-in" "$mallory" replay "$dir/attack/bad-token.json"
  contains "tokens[0]: 'bob' is not an untrusted address" "the error names the token"
  rm -f "$dir/attack/no-token.json" "$dir/attack/bad-token.json"
fi
expect 1 "the witness tests fail on the vulnerable vault" "$mallory" test "$dir/attack"
contains "[FAIL: " "they fail on their assertions"
if grep -q "failed to compile" "$dir/out.txt"; then echo "FAIL: the witness tests do not compile"; fail=1; fi
# The fix: book before paying out.
python3 - "$vault" "$dir/attack/src/TokenVault.sol" <<'PY'
import sys
src = open(sys.argv[1]).read()
pay = '        require(token.transfer(msg.sender, amount), "push");\n'
book = '        deposits[msg.sender] = 0;\n        total -= amount;\n'
assert pay + book in src
open(sys.argv[2], 'w').write(src.replace(pay + book, book + pay))
PY
expect 0 "the witness tests pass on the fixed vault" "$mallory" test "$dir/attack"
contains "0 failed" "every witness test passes"
exit $fail
