#!/usr/bin/env bash
# Contracts built on OpenZeppelin Contracts 5.x from npm (issue 12): `import "@openzeppelin/..."`
# resolves from node_modules/ of an ancestor directory (the repository's, installed by
# scripts/setup.sh from package-lock.json) or through --remap; an ERC-20 on ERC20 + Ownable, a
# role-gated counter on AccessControl and the libraries written in memory-level inline assembly
# (Strings, Math, Base64, SafeERC20, ERC721, MerkleProof) pass `mallory check` and `mallory
# test`; the analyzer
# recognises ReentrancyGuard (no finding on a guarded vault), finds the reentrancy in a vault
# that forgets nonReentrant on one function, and places a finding behind Address.sendValue.
#   openzeppelin.sh MALLORY ROOT
set -uo pipefail
mallory=$1
root=$2
source "$(dirname "$0")/lib.sh"
export NO_COLOR=1
oz=$root/tests/cli/scripts/oz
if [ ! -f "$root/node_modules/@openzeppelin/contracts/package.json" ]; then
  echo "FAIL: $root/node_modules/@openzeppelin/contracts is missing: run scripts/setup.sh (npm ci)"
  exit 1
fi
cd "$root" || exit 1

expect 0 "check an ERC-20 on OpenZeppelin's ERC20 + Ownable" "$mallory" check -v "$oz/MyToken.sol"
contains "checked 1 file: no errors" "clean"
expect 0 "build it" "$mallory" build "$oz/MyToken.sol" --contract MyToken
contains "MyToken: " "compiled"
expect 0 "test it: mint, transfer, allowance, Ownable and ERC20 reverts" "$mallory" test "$oz/MyToken.t.sol"
contains "5 tests passed" "every token test passed"
expect 0 "test AccessControl: grantRole, hasRole, onlyRole, supportsInterface" "$mallory" test "$oz/Roles.t.sol"
contains "4 tests passed" "every role test passed"

expect 0 "OpenZeppelin's assembly-level libraries: Strings, Math, Base64, SafeERC20, ERC721 _safeMint, MerkleProof" \
  "$mallory" test "$oz/Utilities.t.sol"
contains "7 tests passed" "every utility test passed"

expect 0 "ReentrancyGuard is recognised: no finding on the guarded vault" \
  "$mallory" analyze "$oz/GuardedVault.sol" --json --timeout 120
grep -q '"findings": \[\]' "$dir/out.txt" || { echo "FAIL: findings on the guarded vault"; cat "$dir/out.txt"; fail=1; }
expect 1 "the vault that forgets nonReentrant on transfer is found" \
  "$mallory" analyze "$oz/LeakyVault.sol" --json --timeout 120
contains '"check": "reentrancy"' "a reentrancy finding"
contains '"function": "withdraw"' "at withdraw"
# OpenZeppelin 5's sendValue calls in inline assembly: the finding is placed at the library
# call in the contract's own body, with the write to move after it.
expect 1 "a cash-out through Address.sendValue before the tips are zeroed is found" \
  "$mallory" analyze "$root/tests/analyzer/corpus/sf_oz_send_value.sol"
contains "sf_oz_send_value.sol:18:9: high [" "placed at the sendValue call"
contains "move the write at line 19 before the external call at line 18" "the write to move"

# Outside the repository: no node_modules above, so the package comes through --remap.
mkdir -p "$dir/proj/src"
sed 's|@openzeppelin/contracts/|@oz/|' "$oz/MyToken.sol" >"$dir/proj/src/MyToken.sol"
cd "$dir/proj" || exit 1
expect 1 "without the remapping the package is not found" "$mallory" check src/MyToken.sol
contains 'cannot import "@oz/token/ERC20/ERC20.sol": file not found (looked in src/@oz/token/ERC20/ERC20.sol, src/node_modules/@oz/token/ERC20/ERC20.sol, node_modules/@oz/token/ERC20/ERC20.sol' "the places looked at"
expect 0 "--remap @oz/=<package>" "$mallory" check src/MyToken.sol --remap "@oz/=$root/node_modules/@openzeppelin/contracts/"
expect 0 "--remap on build" "$mallory" build src/MyToken.sol --remap "@oz/=$root/node_modules/@openzeppelin/contracts/"
expect 2 "a malformed remapping names the argument" "$mallory" check src/MyToken.sol --remap "@oz/"
contains "mallory check: --remap '@oz/': expected 'prefix=target' (solc's remapping syntax), found no '='" "the message"
expect 2 "a malformed remapping on analyze" "$mallory" analyze src/MyToken.sol --remap "=x"
contains "mallory analyze: --remap '=x': the prefix before '=' is empty" "the message"
exit $fail
