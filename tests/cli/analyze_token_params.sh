#!/usr/bin/env bash
# Issue 10 items 4 and 5 end to end: tokens that come from the caller, and an invariant that
# reads a token's ledger.
# 1. A vault of caller-named tokens (tests/analyzer/corpus/tok_param_multi_vault.sol) pays out
#    twice in the token its constructor lists: `mallory analyze --json` reports adversary
#    profit in that token (the adversary's own token, also placed, is worth nothing and is no
#    asset of the impact), the witness names both tokens and passes the listed one as the
#    argument, `mallory replay` reproduces it, and the generated .t.sol fails on the vault and
#    passes once withdraw books before it pays.
# 2. A vault whose invariant reads `asset.balanceOf(address(this))` (corpus
#    inv_any_token_credit.sol) credits shares for any token: the invariant finding replays
#    with the ledger's value in the verdict, and the .t.sol asserts the same expression.
# 3. A bank of any token named by address, with no token of its own (corpus
#    tok_param_listed_hooks.sol): the world lists a public token with ERC-777 hooks that the
#    honest users deposit; the finding states that assumption, the generated .t.sol asserts
#    the bank's token loss (failing on the bank, passing once withdraw books before it pays).
#   analyze_token_params.sh MALLORY ROOT
set -uo pipefail
mallory=$1
root=$2
source "$(dirname "$0")/lib.sh"
corpus=$root/tests/analyzer/corpus

# ---- 1. the token as a parameter ----
mkdir -p "$dir/work"
cp "$corpus/tok_param_multi_vault.sol" "$dir/work/MultiVault.sol"
cd "$dir/work" || exit 1
"$mallory" analyze MultiVault.sol --no-prove --json --witness-out ../attack >"$dir/report.json"
code=$?
[ "$code" -eq 1 ] || { echo "FAIL: analyze exit $code, expected 1 (findings)"; fail=1; }
python3 - "$dir/report.json" <<'PY' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
profit = [f for f in r["findings"] if f["check"] == "adversary-profit"]
assert profit, "no adversary-profit finding: %s" % [f["check"] for f in r["findings"]]
f = profit[0]
assert f["confirmed"], f["message"]
w = f["witness"]
assert w["tokens"] == ["untrusted1", "mallory_token"], w.get("tokens")
i = f["impact"]
tokens = i["tokens"]
assert [t["token"] for t in tokens] == ["untrusted1"], tokens
gain = int(tokens[0]["adversary_gain"])
assert gain > 0 and int(tokens[0]["honest_loss"]) == gain, tokens
assert "units of token untrusted1" in i["summary"], i["summary"]
print("ok: token gain", gain, "units of untrusted1 through a token parameter")
PY
witness=$(ls "$dir"/attack/*-MultiVault-adversary-profit*.json 2>/dev/null | head -1)
if [ -z "$witness" ]; then
  echo "FAIL: no adversary-profit witness"; ls "$dir/attack"; fail=1
else
  expect 1 "replay reproduces the profit" "$mallory" replay "$witness"
  contains "VIOLATED" "replay shows the violation"
  contains "units of token untrusted1" "replay's verdict counts the token"
fi
expect 1 "the witness tests fail on the vulnerable vault" "$mallory" test "$dir/attack"
contains "[FAIL: " "they fail on their assertions"
if grep -q "failed to compile" "$dir/out.txt"; then echo "FAIL: the witness tests do not compile"; fail=1; fi
cp "$corpus/safe_tok_param_multi_vault.sol" "$dir/attack/src/MultiVault.sol"
expect 0 "the witness tests pass on the fixed vault" "$mallory" test "$dir/attack"
contains "0 failed" "every witness test passes"

# ---- 2. an invariant that reads the token's ledger ----
mkdir -p "$dir/inv"
cp "$corpus/inv_any_token_credit.sol" "$dir/inv/AnyTokenVault.sol"
cd "$dir/inv" || exit 1
"$mallory" analyze AnyTokenVault.sol --no-prove --json --witness-out ../inv_attack >"$dir/inv.json"
code=$?
[ "$code" -eq 1 ] || { echo "FAIL: analyze exit $code, expected 1 (findings)"; fail=1; }
python3 - "$dir/inv.json" <<'PY' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
inv = [f for f in r["findings"] if f["check"] == "invariant"]
assert inv, "no invariant finding: %s" % [f["check"] for f in r["findings"]]
assert inv[0]["confirmed"], inv[0]["message"]
assert "asset.balanceOf(address(this))" in inv[0]["message"], inv[0]["message"]
print("ok: the invariant over the token's ledger is violated and confirmed")
PY
witness=$(ls "$dir"/inv_attack/*-AnyTokenVault-invariant*.json 2>/dev/null | head -1)
if [ -z "$witness" ]; then
  echo "FAIL: no invariant witness"; ls "$dir/inv_attack"; fail=1
else
  expect 1 "replay reproduces the broken invariant" "$mallory" replay "$witness"
  contains "asset.balanceOf(address(this)) = " "the verdict shows the ledger's value"
fi
expect 1 "the invariant's witness test fails on the vulnerable vault" "$mallory" test "$dir/inv_attack"
contains "invariant \`asset.balanceOf(address(this)) >= totalShares\` of AnyTokenVault is broken" \
  "the test asserts the invariant"
grep -qF ".asset().balanceOf(address(t_AnyTokenVault))" "$dir"/inv_attack/*.t.sol ||
  { echo "FAIL: the test does not read the invariant through the token"; fail=1; }
python3 - "$dir/inv/AnyTokenVault.sol" "$dir/inv_attack/src/AnyTokenVault.sol" <<'PY'
import sys
src = open(sys.argv[1]).read()
pull = '        require(token.transferFrom(msg.sender, address(this), amount), "pull");\n'
assert pull in src
open(sys.argv[2], 'w').write(src.replace(pull, '        require(token == asset, "asset only");\n' + pull))
PY
expect 0 "the invariant's witness test passes on the fixed vault" "$mallory" test "$dir/inv_attack"

# ---- 3. the public hooked token ----
mkdir -p "$dir/any"
cp "$corpus/tok_param_listed_hooks.sol" "$dir/any/AnyTokenBank.sol"
cd "$dir/any" || exit 1
"$mallory" analyze AnyTokenBank.sol --no-prove --json --witness-out ../any_attack >"$dir/any.json"
code=$?
[ "$code" -eq 1 ] || { echo "FAIL: analyze exit $code, expected 1 (findings)"; fail=1; }
python3 - "$dir/any.json" <<'PY' || fail=1
import json, sys
r = json.load(open(sys.argv[1]))
profit = [f for f in r["findings"] if f["check"] == "adversary-profit"]
assert profit, "no adversary-profit finding: %s" % [f["check"] for f in r["findings"]]
f = profit[0]
assert f["confirmed"], f["message"]
assert "assuming a token with ERC-777 transfer hooks (erc777_token" in f["message"], f["message"]
assert f["witness"]["tokens"] == ["erc777_token", "mallory_token"], f["witness"]["tokens"]
assert [t["token"] for t in f["impact"]["tokens"]] == ["erc777_token"], f["impact"]["tokens"]
print("ok: paid twice in the public hooked token, assumption stated")
PY
expect 1 "the hooked-token witness tests fail on the bank" "$mallory" test "$dir/any_attack"
contains "AnyTokenBank lost erc777_token units to the attack" "they assert the token loss"
cp "$corpus/safe_tok_param_listed_hooks.sol" "$dir/any_attack/src/AnyTokenBank.sol"
expect 0 "the hooked-token witness tests pass on the fixed bank" "$mallory" test "$dir/any_attack"
contains "0 failed" "every witness test passes"
exit $fail
