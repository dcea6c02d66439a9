#!/usr/bin/env bash
# Concurrent writers and kill -9 on one chain database, for ROUNDS rounds. Each round starts
# several `chain send` and one `chain deploy` at once and kills one of them with SIGKILL at a
# random moment; then the chain must still be one line of blocks (every block's parent is the
# block before it, and every block seen in an earlier round is still there with the same hash),
# every deployment that reported success must still be named, and the bank must hold at least
# what the successful sends deposited and at most that plus what the killed ones could have.
# Prints the figures: rounds, blocks, sends, kills, lost blocks, forks, lost names.
#   chain_soak.sh MALLORY SOURCE_DIR [ROUNDS] [SEED]
# CI runs a few rounds (tests/cli/CMakeLists.txt); scripts/soak.sh runs hundreds.
set -u
mallory=$1 source_dir=$2 rounds=${3:-3} seed=${4:-1}
RANDOM=$seed
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir/contracts/examples/EtherBank.sol" "$work/"
cd "$work"
m() { NO_COLOR=1 timeout 120 "$mallory" "$@"; }
field() { awk -v k="$1:" '$1 == k {print $2}'; }

m chain init --db soak.db >/dev/null || exit 1
bank=$(m chain deploy EtherBank.sol --db soak.db | field address)
[[ -n "$bank" ]] || exit 1
checked_to=0
senders=(bob carol dave eve)
writers=4
deposited=0 # deposits (of 0.01 ether, the bank's minimum) by sends that exited 0
in_doubt=0  # deposits by sends that were killed (may or may not have committed)
sends=0 kills=0 lost_blocks=0 forks=0 lost_names=0
declare -A seen_hash # block number -> hash, from earlier rounds
deployed=()          # addresses of deployments that exited 0

# Checks blocks FROM..latest: each linked to the block before it, and each seen in an earlier
# round unchanged; blocks seen before that are now beyond the latest are lost.
check_chain() {
    local from=$1 latest prev n out hash parent
    latest=$(m chain block latest --db soak.db | field number)
    ((from > 0)) && prev=$(m chain block "$((from - 1))" --db soak.db | field hash)
    for n in $(seq "$from" "$latest"); do
        out=$(m chain block "$n" --db soak.db)
        hash=$(echo "$out" | field hash)
        parent=$(echo "$out" | field parent)
        if ((n > 0)) && [[ "$parent" != "$prev" ]]; then
            echo "FORK: block $n's parent $parent is not block $((n - 1)) ($prev)" >&2
            forks=$((forks + 1))
        fi
        if [[ -n "${seen_hash[$n]:-}" && "${seen_hash[$n]}" != "$hash" ]]; then
            echo "LOST: block $n was ${seen_hash[$n]}, now $hash" >&2
            lost_blocks=$((lost_blocks + 1))
        fi
        seen_hash[$n]=$hash
        prev=$hash
    done
    for n in "${!seen_hash[@]}"; do
        if ((n > latest)); then
            echo "LOST: block $n (latest is now $latest)" >&2
            lost_blocks=$((lost_blocks + 1))
            unset "seen_hash[$n]"
        fi
    done
    checked_to=$latest
}

for round in $(seq 1 "$rounds"); do
    pids=() kinds=()
    for i in $(seq 1 $writers); do
        # Started directly (not through a function or `timeout`) so that $! is the process the
        # SIGKILL must hit.
        NO_COLOR=1 "$mallory" chain send "$bank" 'deposit()' --value 10000000gwei \
            --from "${senders[$((i % 4))]}" --db soak.db >"send$i.out" 2>&1 &
        pids+=($!) kinds+=(send)
    done
    NO_COLOR=1 "$mallory" chain deploy EtherBank.sol --db soak.db >deploy.out 2>&1 &
    pids+=($!) kinds+=(deploy)
    victim=$((RANDOM % ${#pids[@]}))
    sleep "0.0$((RANDOM % 10))"
    kill -9 "${pids[$victim]}" 2>/dev/null
    for i in "${!pids[@]}"; do
        { wait "${pids[$i]}"; } 2>/dev/null # no "Killed" notice
        code=$?
        if [[ ${kinds[$i]} == send ]]; then
            sends=$((sends + 1))
            if ((i == victim && code == 137)); then
                in_doubt=$((in_doubt + 1))
            elif ((code == 0)); then
                deposited=$((deposited + 1))
            fi
        elif ((code == 0)); then
            deployed+=("$(field address <deploy.out)")
        fi
        ((i == victim && code == 137)) && kills=$((kills + 1))
    done
    check_chain "$checked_to"
done
check_chain 0 # the whole chain once more at the end

# Every deployment that reported success is still named (the names file survived the kills).
for a in "${deployed[@]}"; do
    grep -qi "\"$a\"" soak.db.names.json || {
        echo "LOST NAME: $a" >&2
        lost_names=$((lost_names + 1))
    }
done
held=0
for s in "${senders[@]}"; do
    b=$(m chain call "$bank" 'balances(address)' "$s" --db soak.db | awk '{print $2}')
    held=$((held + b / 10000000000000000)) # in deposits
done
blocks=$(m chain block latest --db soak.db | field number)
echo "rounds: $rounds, blocks: $blocks, sends: $sends, deployments named: ${#deployed[@]}," \
    "kills: $kills, lost blocks: $lost_blocks, forks: $forks, lost names: $lost_names"
echo "deposits held by the bank: $held (successful sends: $deposited, killed in doubt: $in_doubt)"
status=0
((lost_blocks || forks || lost_names)) && status=1
if ((held < deposited || held > deposited + in_doubt)); then
    echo "FAIL: the bank holds $held deposits, expected between $deposited and $((deposited + in_doubt))" >&2
    status=1
fi
((status)) || echo "chain soak: no lost block, no fork, no lost name"
exit $status
