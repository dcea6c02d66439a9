#!/usr/bin/env bash
# Golden test of `mallory chain`: a whole session on a fresh database in a temporary
# directory (init, deploy, send, call, --no-mine + mine, block, receipt, state, a script with and without cheatcodes, blockhash, errors), every
# command's output and exit code appended to one transcript compared with
# golden/chain_session.out (UPDATE_GOLDEN=1 rewrites it).
set -u
mallory=$1 source_dir=$2
golden="$(cd "$(dirname "$0")" && pwd)/golden/chain_session.out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir/contracts/examples/SimpleToken.sol" "$source_dir/contracts/examples/EtherBank.sol" "$work/"
cp "$source_dir/tests/cli/scripts/Bank.s.sol" "$source_dir/tests/cli/scripts/Deploy.s.sol" \
   "$source_dir/tests/cli/scripts/BlockHistory.sol" "$source_dir/tests/cli/scripts/ParentHash.s.sol" \
   "$work/"
cd "$work"
transcript="$work/transcript"
run() {
    printf '$ mallory %s\n' "$*" >>"$transcript"
    NO_COLOR=1 "$mallory" "$@" >>"$transcript" 2>&1
    printf '[exit %d]\n\n' "$?" >>"$transcript"
}
run chain init --db dev.db
run chain deploy SimpleToken.sol --args 1000 --db dev.db
run chain call SimpleToken 'balanceOf(address)' alice --db dev.db
run chain send SimpleToken 'transfer(address,uint256)' bob 2500 --db dev.db
run chain call SimpleToken 'balanceOf(address)' bob --db dev.db
run chain send SimpleToken 'transfer(address,uint256)' carol 1 --from dave --db dev.db
run chain send SimpleToken 'transfer(address,uint256)' bob abc --db dev.db
run chain call 0x0000000000000000000000000000000000000000 'f(uint7)' --db dev.db
run chain deploy EtherBank.sol --db dev.db
run chain send EtherBank 'deposit()' --value 1ether --from bob --no-mine --db dev.db
run chain mine --db dev.db
run chain call EtherBank 'balances(address)' bob --db dev.db
run chain block latest --db dev.db
hash=$(grep -m1 '^transaction:' "$transcript" | awk '{print $2}')
run chain receipt "$hash" --db dev.db
run chain state EtherBank --db dev.db
run chain state bob --db dev.db
run run Bank.s.sol --chain dev.db -vvv
run run Deploy.s.sol --chain dev.db
# BLOCKHASH on the chain: the real hashes of the blocks before the current one.
run chain deploy BlockHistory.sol --db dev.db
parent=$(NO_COLOR=1 "$mallory" chain block latest --db dev.db | awk '/^number:/ {print $2 - 1}')
run chain call BlockHistory 'hashOf(uint256)' "$parent" --db dev.db
run chain call BlockHistory 'current()' --db dev.db
seen=$(NO_COLOR=1 "$mallory" chain call BlockHistory 'hashOf(uint256)' "$parent" --db dev.db | awk '{print $2}')
real=$(NO_COLOR=1 "$mallory" chain block "$parent" --db dev.db | awk '/^hash:/ {print $2}')
printf 'blockhash(%s) is block %s'"'"'s hash: %s\n\n' "$parent" "$parent" \
    "$([[ -n "$seen" && "$seen" == "$real" ]] && echo yes || echo no)" >>"$transcript"
# ... and in a script run on the chain: its block's parent is the chain's head before it.
run run ParentHash.s.sol --chain dev.db
logged=$(grep 'hash of the block before' "$transcript" | tail -1 | awk '{print $NF}')
number=$(grep -A8 'ParentHash.s.sol --chain' "$transcript" | grep -m1 '^  block ' | awk '{print $2}')
real=$(NO_COLOR=1 "$mallory" chain block "$((number - 1))" --db dev.db | awk '/^hash:/ {print $2}')
printf 'the script saw block %s'"'"'s hash: %s\n\n' "$((number - 1))" \
    "$(python3 -c 'import sys; print("yes" if sys.argv[1] and int(sys.argv[1]) == int(sys.argv[2], 16) else "no")' "$logged" "${real:-0x0}")" >>"$transcript"
run chain block 99 --db dev.db
run chain mine --db missing.db
if [[ "${UPDATE_GOLDEN:-}" == 1 ]]; then
    cp "$transcript" "$golden"
    echo "updated $golden"
    exit 0
fi
if ! diff -u "$golden" "$transcript"; then
    echo "golden test 'chain_session' failed (UPDATE_GOLDEN=1 rewrites it)" >&2
    exit 1
fi
