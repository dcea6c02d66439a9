#!/usr/bin/env bash
# `mallory chain` with several processes on one database: one writer at a time, so concurrent
# sends extend one chain (no two blocks on one parent), every ether sent arrives exactly once,
# and `--no-mine` hands out distinct, increasing nonces. Also the database's companions: a
# malformed names file and an empty database file are clear errors (exit 1), never exit 3; and
# array arguments ('[1,2,3]') reach the function and the constructor whole.
#   chain_concurrency.sh MALLORY SOURCE_DIR
set -u
mallory=$1 source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir/contracts/examples/EtherBank.sol" "$source_dir/tests/cli/scripts/Limits.s.sol" "$work/"
cd "$work"
failures=0
check() { # check DESCRIPTION EXPECTED ACTUAL
    if [[ "$2" != "$3" ]]; then
        echo "FAIL: $1: expected '$2', got '$3'" >&2
        failures=$((failures + 1))
    else
        echo "ok: $1"
    fi
}
m() { NO_COLOR=1 timeout 120 "$mallory" "$@"; }

m chain init --db dev.db >/dev/null || exit 1
m chain deploy EtherBank.sol --db dev.db >/dev/null || exit 1

# 1. Concurrent mined sends: N blocks in a row, each on the previous one.
n=8
pids=()
for i in $(seq 1 $n); do
    m chain send EtherBank 'deposit()' --value 1ether --from bob --db dev.db >"send$i.out" 2>&1 &
    pids+=($!)
done
ok=0
for p in "${pids[@]}"; do wait "$p" && ok=$((ok + 1)); done
check "concurrent sends that succeed" "$n" "$ok"
check "chain height after init, deploy and $n sends" "$((n + 1))" \
    "$(m chain block latest --db dev.db | awk '/^number:/ {print $2}')"
prev=$(m chain block 0 --db dev.db | awk '/^hash:/ {print $2}')
linked=yes
for b in $(seq 1 $((n + 1))); do
    parent=$(m chain block "$b" --db dev.db | awk '/^parent:/ {print $2}')
    [[ "$parent" == "$prev" ]] || linked="no (block $b)"
    prev=$(m chain block "$b" --db dev.db | awk '/^hash:/ {print $2}')
done
check "every block's parent is the block before it" yes "$linked"
check "bob's deposits in the bank" "${n}000000000000000000" \
    "$(m chain call EtherBank 'balances(address)' bob --db dev.db | awk '{print $2}')"
check "bob's nonce" "$n" "$(m chain state bob --db dev.db | awk '/^nonce:/ {print $2}')"

# 2. Concurrent --no-mine sends: distinct transactions, nonces 0..k-1 of carol, all mined.
k=10
pids=()
for i in $(seq 1 $k); do
    m chain send EtherBank 'deposit()' --value 1 --from carol --no-mine --db dev.db \
        >"pending$i.out" 2>&1 &
    pids+=($!)
done
for p in "${pids[@]}"; do wait "$p"; done
check "distinct pending transactions" "$k" \
    "$(cat pending*.out | awk '/^transaction:/ {print $2}' | sort -u | wc -l | tr -d ' ')"
mined=$(m chain mine --db dev.db)
check "transactions in the mined block" "$k" "$(echo "$mined" | sed -E 's/.*\(([0-9]+) transactions?.*/\1/')"
check "carol's nonce after mining" "$k" "$(m chain state carol --db dev.db | awk '/^nonce:/ {print $2}')"

# 3. Sequential --no-mine sends from one sender queue up too.
for i in 1 2 3; do m chain send EtherBank 'deposit()' --value 1 --from dave --no-mine --db dev.db >/dev/null; done
m chain mine --db dev.db >/dev/null
check "dave's nonce after three queued sends" 3 "$(m chain state dave --db dev.db | awk '/^nonce:/ {print $2}')"

# 4. The names file is replaced whole (no temp file left behind) and a malformed one is an error.
check "files beside the database" "dev.db dev.db.lock dev.db.names.json" \
    "$(ls dev.db* | grep -v -e '-wal$' -e '-shm$' | tr '\n' ' ' | sed 's/ $//')"
cp dev.db.names.json names.good
echo '{"contracts": {"0x12": {"name": "X"}}}' >dev.db.names.json
out=$(m chain state bob --db dev.db 2>&1); code=$?
check "exit code with a malformed names file" 1 "$code"
check "message names the file" 1 "$(echo "$out" | grep -c 'dev.db.names.json: malformed names file')"
echo '[1, 2' >dev.db.names.json
m chain call EtherBank 'balances(address)' bob --db dev.db >/dev/null 2>&1
check "exit code with a names file that is not JSON" 1 "$?"
cp names.good dev.db.names.json

# 5. An empty file is not a chain (SQLite would take it for a new database).
: >empty.db
out=$(m chain mine --db empty.db 2>&1); code=$?
check "exit code on an empty database file" 1 "$code"
check "empty database message" 1 "$(echo "$out" | grep -c 'empty file (0 bytes), not a Mallory chain database')"
check "the empty file stays empty" 0 "$(stat -c %s empty.db)"
m run EtherBank.sol --sig 'deposit()' --chain empty.db >/dev/null 2>&1
check "run --chain on an empty database file" 1 "$?"

# 6. Array arguments reach the function whole in `chain send` and `chain call`.
m chain deploy Limits.s.sol --contract Limits --db dev.db >/dev/null
check "chain call with an array argument" "uint256 16 uint256 3" \
    "$(m chain call Limits 'sum(uint256[],uint256)' '[1,2,3]' 10 --db dev.db | tr '\n' ' ' | sed 's/ $//')"
m chain send Limits 'sum(uint256[],uint256)' '[1,2,3]' 10 --db dev.db >send_array.out 2>&1
check "chain send with an array argument" 0 "$?"
check "its receipt" 1 "$(grep -c '^status: *success' send_array.out)"
cat >Sum.sol <<'EOF2'
pragma solidity ^0.8.20;
contract Sum {
    uint256 public total;
    constructor(uint256[] memory xs, uint256 extra) {
        for (uint256 i = 0; i < xs.length; i++) total += xs[i];
        total += extra;
    }
}
EOF2
sum=$(m chain deploy Sum.sol --args '[1,2,3]' 10 --db dev.db | awk '$1 == "address:" {print $2}')
check "chain deploy with an array constructor argument" "uint256 16" \
    "$(m chain call "$sum" 'total()' --db dev.db)"
m chain deploy Sum.sol stray --db dev.db >/dev/null 2>&1
check "chain deploy with a stray argument and no --args" 2 "$?"

if ((failures)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all chain concurrency checks passed"
