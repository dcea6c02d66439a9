#!/usr/bin/env bash
# Inputs that once took the compiler minutes or all of the memory: each must be answered in
# seconds, with the documented exit code. Generated here (they are large).
#   bounded_inputs.sh MALLORY SOURCE_DIR
set -u
mallory=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
failures=0
expect() { # expect DESCRIPTION EXIT_CODE SECONDS GREP_PATTERN -- ARGS...
    local what=$1 want=$2 limit=$3 pattern=$4
    shift 5
    local start=$SECONDS
    NO_COLOR=1 timeout "$limit" "$mallory" "$@" >out.txt 2>&1
    local code=$?
    if ((code != want)); then
        echo "FAIL: $what: exit $code, expected $want (in $((SECONDS - start)) s)" >&2
        head -c 600 out.txt >&2
        failures=$((failures + 1))
    elif [[ -n "$pattern" ]] && ! grep -q -- "$pattern" out.txt; then
        echo "FAIL: $what: no '$pattern' in the output" >&2
        head -c 600 out.txt >&2
        failures=$((failures + 1))
    else
        echo "ok: $what ($((SECONDS - start)) s)"
    fi
}

# A 24-level diamond: every contract of a level inherits from both of the level below.
{
    echo 'pragma solidity ^0.8.20;'
    echo 'contract L0a {} contract L0b {}'
    for i in $(seq 1 24); do
        p=$((i - 1))
        echo "contract L${i}a is L${p}a, L${p}b {} contract L${i}b is L${p}a, L${p}b {}"
    done
    echo 'contract Top is L24a {}'
} >diamond.sol
expect "C3 linearization of a 24-level diamond" 0 30 "" -- check diamond.sol

# A 257-deep chain, as solc accepts it.
{
    echo 'pragma solidity ^0.8.20;'
    echo 'contract C0 { function f() public pure returns (uint256) { return 0; } }'
    for i in $(seq 1 257); do echo "contract C$i is C$((i - 1)) {}"; done
} >chain.sol
expect "257-deep inheritance chain" 0 30 "" -- build chain.sol --contract C257

# "Did you mean" with a 200,000-character identifier (and a near miss declared).
long=$(head -c 200000 /dev/zero | tr '\0' 'a')
{
    echo 'pragma solidity ^0.8.20;'
    echo "contract D { uint256 ${long}b; function f() public view returns (uint256) { return ${long}c; } }"
} >long.sol
expect "did-you-mean on a 200k-character identifier" 1 30 "undeclared identifier" -- check long.sol

# Reading an endless or a huge file.
expect "check /dev/zero" 2 30 "too large" -- check /dev/zero
expect "run /dev/zero" 2 30 "too large" -- run /dev/zero
truncate -s 100M big.sol
expect "check a 100 MB file" 2 30 "too large" -- check big.sol

# Limits of the code format (16-bit indices) are located compile errors, exit 1, not exit 3.
{
    echo 'pragma solidity ^0.8.20;'
    echo 'contract K { function f() external pure returns (uint256 x) {'
    seq 0 65600 | awk '{print "        x ^= 0x1" sprintf("%031x", $1) ";"}'
    echo '} }'
} >constants.sol
expect "65,601 distinct wide constants" 1 240 \
    "constants.sol:65537:14: error: cannot compile more than 65,535 distinct wide constants" \
    -- build constants.sol
{
    echo 'pragma solidity ^0.8.20;'
    echo 'contract L { function f(uint256 a) external pure returns (uint256) {'
    seq 0 65600 | awk '{print "        uint256 v" $1 " = a;"}'
    echo '        return a; } }'
} >locals.sol
expect "65,601 local variables" 1 240 \
    "locals.sol:65536:9: error: cannot compile more than 65,535 local variables" -- build locals.sol

# -vvv of a run with 120,000 calls: the recorder keeps 100,000 calls (the deployment, run() and
# 99,998 of its calls) and counts the rest. (The limits in seconds are for a hang, not a timing:
# the sanitizer build on a loaded machine is 20-30 times slower than release, which took the run
# past its own default --timeout of 60 s once: it gets the check's limit instead.)
{
    echo 'pragma solidity ^0.8.20;'
    echo 'contract Calls {'
    echo '    function run() external { for (uint256 i = 0; i < 120000; i++) this.noop(); }'
    echo '    function noop() external {}'
    echo '}'
} >calls.sol
expect "-vvv trace of 120,000 calls" 0 240 "20002 more calls and events not recorded (trace limit)" \
    -- run calls.sol -vvv --timeout 230

if ((failures)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all bounded-input checks passed"
