#!/usr/bin/env bash
# Witnesses end to end (issue 13 item 2): `analyze --witness-out` on a vulnerable bank whose
# constructor rejects the first arguments; the generated Foundry tests FAIL on it and PASS on
# the fixed bank, run from another directory; `replay` works from anywhere; malformed
# witnesses are located errors with exit 1 and never read files outside their folder.
#   witness_roundtrip.sh MALLORY ROOT
set -uo pipefail
mallory=$1
root=$2
source "$(dirname "$0")/lib.sh"
scripts=$root/tests/cli/scripts/analyze
mkdir -p "$dir/work" "$dir/elsewhere"
cp "$scripts/PairBank.sol" "$dir/work/PairBank.sol"
cd "$dir/work"
expect 1 "analyze finds the reentrancy behind the constructor's require" \
  "$mallory" analyze PairBank.sol --witness-out ../attack
contains "constructor arguments" "the report says which arguments deployed it"
ls ../attack/*-PairBank-callback-freedom-*.json >/dev/null 2>&1 || { echo "FAIL: no callback-freedom witness"; ls ../attack; fail=1; }
ls ../attack/*-PairBank-invariant-*.t.sol >/dev/null 2>&1 || { echo "FAIL: no invariant witness test"; ls ../attack; fail=1; }
[ -f ../attack/src/PairBank.sol ] || { echo "FAIL: the sources are not copied beside the witnesses"; fail=1; }
cd "$dir/elsewhere"
expect 1 "the witnesses' tests fail on the vulnerable bank (run from another directory)" \
  "$mallory" test "$dir/attack"
contains "0 passed" "every witness test fails"
contains "[FAIL: " "they fail on their assertions"
if grep -q "failed to compile" "$dir/out.txt"; then echo "FAIL: the witness tests do not compile"; fail=1; fi
for w in "$dir"/attack/*.json; do
  expect 1 "replay $(basename "$w") from another directory reproduces it" "$mallory" replay "$w"
  contains "VIOLATED" "replay shows the violation"
done
# The fix: the write before the call.
awk '/balances\[msg.sender\] = 0;/ { next } { print } /uint256 amount = balances\[msg.sender\];/ { print "        balances[msg.sender] = 0;" }' \
  "$scripts/PairBank.sol" > "$dir/attack/src/PairBank.sol"
expect 0 "the witnesses' tests pass on the fixed bank" "$mallory" test "$dir/attack"
contains "0 failed" "every witness test passes"
# Malformed witnesses: located errors, exit 1.
good=$(ls "$dir"/attack/*-PairBank-callback-freedom-*.json | head -1)
edit() { # edit NAME JQ-LIKE-PYTHON: writes $dir/attack/NAME.json from the good witness
  python3 -c "import json,sys; w=json.load(open(sys.argv[1])); $2; json.dump(w, open(sys.argv[3],'w'))" \
    "$good" "" "$dir/attack/$1.json"
}
edit bad-index "w['property']={'kind':'invariant','contract':'PairBank','function':'','index':7,'expression':''}"
expect 1 "replay: bad property index" "$mallory" replay "$dir/attack/bad-index.json"
contains "property.index" "the error names the property index"
edit bad-function "w['steps'][0]['call']['function']='steal()'"
expect 1 "replay: unknown function" "$mallory" replay "$dir/attack/bad-function.json"
contains "steps[0].call.function: unknown function 'steal()'" "the error names the step"
# A payment back after the re-entry (a callback's "then") is checked as a call of its own.
edit bad-then "c=[c for s in w['steps'] for c in s.get('callbacks',[]) if c.get('action')=='reenter'][0]; c['then']={'contract':'PairBank','function':'steal()','args':[],'value':'0'}"
expect 1 "replay: unknown function after a re-entry" "$mallory" replay "$dir/attack/bad-then.json"
contains "callbacks[0].then.function: unknown function 'steal()'" "the error names the callback"
edit bad-sender "w['steps'][0]['from']='eve'"
expect 1 "replay: unknown sender" "$mallory" replay "$dir/attack/bad-sender.json"
contains "steps[0].from: unknown sender 'eve'" "the error names the sender"
edit no-deployments "w['deployments']=[]"
expect 1 "replay: no deployments" "$mallory" replay "$dir/attack/no-deployments.json"
contains "deployments: the witness deploys nothing" "the error says nothing is deployed"
cp "$scripts/PairBank.sol" "$dir/Outside.sol"
edit outside "w['files']=['../Outside.sol']"
expect 1 "replay: a file outside the witness's folder" "$mallory" replay "$dir/attack/outside.json"
contains "files[0]: '../Outside.sol' is outside the witness's folder" "the error names the file"
edit absolute "w['files']=['$dir/Outside.sol']"
expect 1 "replay: an absolute file" "$mallory" replay "$dir/attack/absolute.json"
contains "is outside the witness's folder" "absolute paths are refused"
echo '{"format": "mallory-witness/1", "files": ["src/PairBank.sol"], "deployments": [{"contract": "PairBank", "args": ["x"]}]}' > "$dir/attack/bad-arg.json"
expect 1 "replay: a bad constructor argument" "$mallory" replay "$dir/attack/bad-arg.json"
contains "deployments[0]: bad constructor argument" "the error names the deployment"
# --witness-out onto an existing file: a usage error, not an internal one.
touch "$dir/file"
expect 2 "analyze --witness-out onto a file" "$mallory" analyze "$scripts/PairBank.sol" --witness-out "$dir/file"
contains "exists and is not a directory" "the error says why"
# A constructor that takes lists (payees and shares): the test deploys it with the witness's
# lists, the attacker among the payees, and fails until `release` records before it pays.
mkdir -p "$dir/split"
cp "$root/tests/analyzer/corpus/ctor_list_payment_split.sol" "$dir/split/Split.sol"
cd "$dir/split"
expect 1 "analyze finds the splitter's reentrancy" \
  "$mallory" analyze Split.sol --contract PaymentSplitter --witness-out ../split-attack
contains "constructor arguments [mallory, bob], [10, 4]" "the report shows the lists it deployed with"
cd "$dir/elsewhere"
expect 1 "the splitter's witness tests fail on the vulnerable splitter" "$mallory" test "$dir/split-attack"
contains "0 passed" "every splitter witness test fails"
if grep -q "failed to compile" "$dir/out.txt"; then echo "FAIL: the splitter witness tests do not compile"; fail=1; fi
python3 - "$dir/split-attack/src/Split.sol" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read()
call = """        (bool ok, ) = account.call{value: payment}("");
        require(ok, "send");
"""
record = """        released[account] += payment;
        totalReleased += payment;
"""
assert call + record in s
open(p, "w").write(s.replace(call + record, record + call))
PY
expect 0 "the splitter's witness tests pass once release records first" "$mallory" test "$dir/split-attack"
contains "0 failed" "every splitter witness test passes"
# A file whose token is its own contract, analysed as the vault that creates it: `replay`
# deploys the vault alone (the token is the vault's creation), as the analysis did.
mkdir -p "$dir/airdrop"
cp "$root/tests/analyzer/corpus/ans_magic_word_among_messages.sol" "$dir/airdrop/Airdrop.sol"
cd "$dir/airdrop"
expect 1 "analyze finds the airdrop re-entered from its magic-word question" \
  "$mallory" analyze Airdrop.sol --contract AirdropVault --witness-out ../airdrop-attack
cd "$dir/elsewhere"
for w in "$dir"/airdrop-attack/*.json; do
  expect 1 "replay $(basename "$w") of the vault alone reproduces it" "$mallory" replay "$w"
  contains "VIOLATED" "replay shows the airdrop's violation"
done
python3 -c "import json,sys; w=json.load(open(sys.argv[1])); w['deployments'][0]['contract']='Nowhere'; json.dump(w, open(sys.argv[2],'w'))" \
  "$(ls "$dir"/airdrop-attack/*.json | head -1)" "$dir/airdrop-attack/unknown.json"
expect 1 "replay: a deployment of no contract of the files" "$mallory" replay "$dir/airdrop-attack/unknown.json"
contains "deployments: the witness deploys Nowhere" "the error names the deployment"
# An untrusted dependency (issue 10 item 4): the price feed is a constructor argument nobody
# vouches for. The test deploys an Attacker of its own in its place that answers as the
# witness chose (a price 5 times too high), callbacks numbered with the attack contract's,
# counted even when paid with transfer's 2300-gas stipend; it fails on the postcondition
# until redeem stops trusting the feed.
mkdir -p "$dir/feed"
cp "$root/tests/analyzer/corpus/ans_oracle_payout.sol" "$dir/feed/Feed.sol"
cd "$dir/feed"
expect 1 "analyze finds the payout an untrusted feed inflates" \
  "$mallory" analyze Feed.sol --contract PriceVault --witness-out ../feed-attack
contains "assuming" "the finding states the assumption it rests on"
cd "$dir/elsewhere"
expect 1 "the feed witness test fails on the vulnerable vault" "$mallory" test "$dir/feed-attack"
grep -q "Attacker untrusted1 = new Attacker(attacker, address(this))" "$dir"/feed-attack/*.t.sol ||
  { echo "FAIL: the stand-in is not an attacker of its own"; fail=1; }
contains "postcondition" "it fails on the postcondition the feed broke"
sed -i 's#uint256 payout = (amount \* feed.latestPrice()) / UNIT;#uint256 payout = amount; feed;#' \
  "$dir/feed-attack/src/Feed.sol"
expect 0 "the feed witness test passes once redeem pays the collateral back" \
  "$mallory" test "$dir/feed-attack"
contains "0 failed" "the feed witness test passes"
# Instances a constructor created (issue 10 item 1): the test finds them where their
# creator's nonce puts them (computeCreateAddress), compiles, fails on the vulnerable vault
# and passes once it books before it pays.
mkdir -p "$dir/proto"
cp "$root/tests/analyzer/corpus/sys_protocol_creates_vault.sol" "$dir/proto/Protocol.sol"
cd "$dir/proto"
expect 1 "analyze finds the created vault's reentrancy" \
  "$mallory" analyze Protocol.sol --contract Protocol --witness-out ../proto-attack
contains "Protocol.vault" "the finding names the created instance by its variable"
cd "$dir/elsewhere"
expect 1 "the created vault's witness tests fail on it" "$mallory" test "$dir/proto-attack"
contains "0 passed" "every created-vault witness test fails"
if grep -q "failed to compile" "$dir/out.txt"; then echo "FAIL: the created-vault witness tests do not compile"; fail=1; fi
grep -q "t_Protocol_vault = payable(computeCreateAddress(t_Protocol, 1));" "$dir"/proto-attack/*.t.sol ||
  { echo "FAIL: the created vault's address is not computed from its creator's nonce"; fail=1; }
python3 - "$dir/proto-attack/src/Protocol.sol" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read()
call = """        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
"""
book = """        deposits[msg.sender] = 0;
"""
assert call + book in s
open(p, "w").write(s.replace(call + book, book + call))
PY
expect 0 "the created vault's witness tests pass once it books first" "$mallory" test "$dir/proto-attack"
contains "0 failed" "every created-vault witness test passes"
# corpus_roundtrip NAME CASE CONTRACT WHAT [SAFE]: analyse the corpus case CASE.sol (as
# contract CONTRACT when given) with its witnesses written beside it; their Foundry tests, run
# from another directory, compile and fail on it, and pass once the copy of the source beside
# them is replaced by SAFE.sol (the fix; safe_CASE by default). WHAT names the attack in the
# messages.
corpus_roundtrip() {
  local name=$1 case=$2 contract=$3 what=$4 safe=${5:-safe_$2}
  mkdir -p "$dir/$name"
  ln -s "$root/node_modules" "$dir/$name/node_modules"
  cp "$root/tests/analyzer/corpus/$case.sol" "$dir/$name/$case.sol"
  cd "$dir/$name"
  expect 1 "analyze finds $what" \
    "$mallory" analyze "$case.sol" ${contract:+--contract "$contract"} --witness-out attack
  cd "$dir/elsewhere"
  # `replay` deploys the system the witness names (the contract and what its constructor
  # needs), not the file's other contracts, which would move every address.
  for w in "$dir/$name"/attack/*.json; do
    expect 1 "replay $(basename "$w") reproduces $what" "$mallory" replay "$w"
    contains "VIOLATED" "replay shows $what"
  done
  expect 1 "the witness tests of $what fail on it" "$mallory" test "$dir/$name/attack"
  contains "0 passed" "every witness test of $what fails"
  if grep -q "failed to compile" "$dir/out.txt"; then echo "FAIL: the witness tests of $what do not compile"; fail=1; fi
  cp "$root/tests/analyzer/corpus/$safe.sol" "$(find "$dir/$name/attack/src" -name "$case.sol" | head -1)"
  expect 0 "the witness tests of $what pass once it is fixed" "$mallory" test "$dir/$name/attack"
  contains "0 failed" "every witness test of $what passes"
}
# The system's own token (issue 10 item 5): the deployer hands it out, the stakers approve and
# stake; the witness replays that set-up (the test is the deployer) and compiles with the
# attacker answering ERC-20's string views.
corpus_roundtrip gem tok_system_stake_payout GemStaking "the double unstake of the system's token"
# A token with a faucet: every account draws its own at set-up, the attack contract too (the
# witness pranks it), and the stakers stake half; the double leave takes their tokens.
corpus_roundtrip drip tok_faucet_bonus_pool BonusPool "the double leave of the faucet token's pool"
# A commitment to a hash of the adversary's own address (issue 10 item 2): the witness's
# attacker is created at the address the analysis gave it, so the committed hash matches.
corpus_roundtrip guess cmp_commit_reveal_prize "" "the double reveal"
# The system's ERC-721: every account mints a pet, the adversary stakes its own with
# safeTransferFrom, a day passes, and unstaking's hook claims the reward again.
corpus_roundtrip pets nft_stake_reward_hook PetStaking "the reward claimed from the unstake hook"
# A loan at the limit the borrower's own collateral sets (issue 10 item 8): the amount comes
# from the check that refused a larger one; the adversary approved the lender at set-up.
corpus_roundtrip loan lim_collateral_lender Lender "the double borrow at the collateral's limit"
# A credit moved to the adversary's accomplice from withdraw's callback (issue 10 item 3): the
# test creates the accomplice as a second Attacker, which the re-entry names.
corpus_roundtrip parked cf_guarded_withdraw_open_transfer HalfGuardedBank "the credit parked with the accomplice"
# Buy, the owner's cancel, then the re-entered reclaim (the directed levels after a complete
# level cut by its budget): the test, the deployer, cancels.
corpus_roundtrip tickets deep_cancelled_event_reclaim Tickets "the reclaim after the owner's cancel"
# A flash loan repaid from inside its callback after a deposit at the loan's low price: the
# attacker makes both calls in one callback (the witness's "then"); once deposits are closed
# while a loan is out, the repayment alone passes and the test with it.
corpus_roundtrip loan_deposit flash_pool_deposit_during_loan EtherFlashPool "the deposit made with the flash loan"
# The side entrance: the loan booked as a deposit from its callback, cashed in by a later plain
# withdraw (adversary profit judged over the whole sequence); once the pool's functions share
# one lock, the re-entry is refused, the loan is not repaid, and the tests pass.
corpus_roundtrip side_entrance side_entrance_cashed_later EtherLenderPool "the loan booked as a deposit"
# A batch payout due a week after the last (issue 13: witnesses that reproduce): the test runs
# every deployment, set-up call and step in the block and at the time the analysis ran it, and
# deploys the creators' `address payable[]` from the witness's list.
corpus_roundtrip weekly clock_weekly_payout_batch WeeklyTips "the tips withdrawn during the batch payout"
# The adversary's own job, the one after the honest clients' (a key combination: job 3 at stage
# 0), funded with the sum of its stages; collected twice from the collection's callback.
corpus_roundtrip staged keys_own_deal_milestone_claim StagedJobs "the stage collected twice"
# A call the adversary makes at a stand-in's callback leaves from the attack contract, as in
# the analysis: the shop pays its untrusted treasury, where the adversary turns on its token
# hook; the test's stand-in relays that call to the attack contract, so the hook, and the
# claim re-entered from it, are the attack contract's. The deployer's stock of the shop (a
# mint at set-up) is replayed by the test, the minter.
corpus_roundtrip stocked stocked_shop_hooked_claim TokenShop "the claim re-entered from the token's hook" \
  stocked_shop_hooked_claim_safe
grep -qF 'abi.encodeWithSignature("mint(address,uint256)", address(t_TokenShop)' "$dir"/stocked/attack/*.t.sol ||
  { echo "FAIL: the deployer's stock is not in the stocked shop's test"; fail=1; }
# The policy claimed again from the hook of the token the pool was given (the world's
# standard token at the untrusted address), the other policy bought by an honest user.
corpus_roundtrip cover tok_insurance_claim_paid_before_marked TokenCover \
  "the policy claimed again from the untrusted token's transfer" tok_insurance_claim_paid_before_marked_safe
exit $fail
