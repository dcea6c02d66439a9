#!/usr/bin/env bash
# `mallory snapshot` (issue 16): writes forge's .gas-snapshot for the passing tests (fuzz tests
# with their runs, μ and ~), --check passes on the same code and fails (exit 1, forge's "Diff
# in" line) when an entry changed, --diff prints each change and the overall one, a failing
# test writes nothing, and a malformed snapshot file is a located error.
#   snapshot.sh MALLORY ROOT
set -uo pipefail
mallory=$1
root=$2
source "$(dirname "$0")/lib.sh"
cd "$dir" || exit 1
export NO_COLOR=1
tests=$root/contracts/dao/DAO.t.sol
fuzz=$root/tests/cli/scripts/fuzz/Fuzz.t.sol
expect 0 "snapshot writes the file" "$mallory" snapshot "$tests"
contains "Wrote 9 entries to .gas-snapshot" "the entries are counted"
grep -q '^DAOTest:testDepositMintsTokens() (gas: [0-9]*)$' .gas-snapshot || { echo "FAIL: no forge-style entry"; cat .gas-snapshot; fail=1; }
[ "$(sort .gas-snapshot)" == "$(cat .gas-snapshot)" ] || { echo "FAIL: entries are not sorted"; fail=1; }
expect 0 "snapshot --check on the same code" "$mallory" snapshot "$tests" --check
sed -i 's/^DAOTest:testDepositMintsTokens() (gas: [0-9]*)/DAOTest:testDepositMintsTokens() (gas: 1)/' .gas-snapshot
expect 1 "snapshot --check after a change" "$mallory" snapshot "$tests" --check
contains 'Diff in "DAOTest:testDepositMintsTokens()": consumed "(gas: ' "forge's diff line"
contains "snapshots differ from '.gas-snapshot'" "the reason"
expect 0 "snapshot --diff" "$mallory" snapshot "$tests" --diff
contains "DAOTest:testDepositMintsTokens() (gas: +" "the change of the test"
contains "Overall gas change: " "the overall change"
expect 0 "snapshot of fuzz tests to another file" "$mallory" snapshot "$fuzz" --mt "SetNumber" --snap fuzz.snap
grep -q '^FuzzTest:testFuzz_SetNumber(uint256) (runs: 256, μ: [0-9]*, ~: [0-9]*)$' fuzz.snap || { echo "FAIL: no fuzz entry"; cat fuzz.snap; fail=1; }
expect 0 "fuzz snapshot --check (same seed, same runs)" "$mallory" snapshot "$fuzz" --mt "SetNumber" --snap fuzz.snap --check
# forge's options: a gas range, the order of the comparison, a tolerance, --check/--diff FILE.
expect 0 "snapshot rewrites the file" "$mallory" snapshot "$tests"
expect 0 "snapshot --min keeps the expensive tests" "$mallory" snapshot "$tests" --min 1000000 --snap big.snap
[ "$(wc -l < big.snap)" -eq 4 ] || { echo "FAIL: --min 1000000 kept $(wc -l < big.snap) entries, expected 4"; cat big.snap; fail=1; }
expect 0 "snapshot --max keeps the cheap tests" "$mallory" snapshot "$tests" --max 50000 --snap small.snap
if awk '{gsub(/[()]/,""); if ($NF > 50000) bad=1} END {exit bad}' small.snap && [ -s small.snap ]; then :; else echo "FAIL: --max 50000 kept a test above it"; cat small.snap; fail=1; fi
cp .gas-snapshot changed.snap
sed -i 's/^DAOTest:testDepositEmitsTransfer() (gas: \([0-9]*\))/DAOTest:testDepositEmitsTransfer() (gas: 1)/' changed.snap
expect 1 "--check FILE names the file to compare with" "$mallory" snapshot "$tests" --check changed.snap
contains 'Diff in "DAOTest:testDepositEmitsTransfer()"' "the change in the named file"
contains "snapshots differ from 'changed.snap'" "the reason names the file"
sed -i 's/^DAOTest:testDepositEmitsTransfer() (gas: 1)$/DAOTest:testDepositEmitsTransfer() (gas: 50000)/' changed.snap
expect 0 "--check --tolerance 20 accepts a change of ten percent" "$mallory" snapshot "$tests" --check changed.snap --tolerance 20
expect 1 "--check --tolerance 5 refuses it" "$mallory" snapshot "$tests" --check changed.snap --tolerance 5
expect 0 "--check before the test path" "$mallory" snapshot --check "$tests"
expect 2 "--tolerance beyond 100" "$mallory" snapshot "$tests" --check --tolerance 101
contains "--tolerance" "the error names the option"
expect 2 "--asc with --desc" "$mallory" snapshot "$tests" --asc --desc
echo 'DAOTest:testNew() (gas: 5)' >> changed.snap
grep -v testDepositMintsTokens changed.snap > fewer.snap
expect 0 "--diff FILE lists the tests it does not have" "$mallory" snapshot "$tests" --diff fewer.snap
contains "New tests:" "the heading"
contains "  + DAOTest:testDepositMintsTokens()" "the new test"
echo 'not a snapshot' > bad.snap
expect 1 "a malformed snapshot file" "$mallory" snapshot "$tests" --check --snap bad.snap
contains "bad.snap: line 1: expected 'Contract:test() (gas: N)'" "the error names the file and line"
expect 1 "--check without a snapshot file" "$mallory" snapshot "$tests" --check --snap missing.snap
contains "cannot read 'missing.snap'" "the error names the file"
expect 1 "a failing test writes nothing" "$mallory" snapshot "$root/tests/cli/scripts/Failing.t.sol" --snap failing.snap
[ ! -e failing.snap ] || { echo "FAIL: a snapshot was written for failing tests"; fail=1; }
exit $fail
