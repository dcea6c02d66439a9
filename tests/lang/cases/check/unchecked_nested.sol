pragma solidity ^0.8.20;
contract U {
    function f(uint256 a) public pure returns (uint256) {
        unchecked {
            a = a + 1;
            unchecked {
                a = a - 1;
            }
        }
        return a;
    }
}
// ----
// tests/lang/cases/check/unchecked_nested.sol:6:13: error: 'unchecked' blocks cannot be nested [E3017]
//     6 |             unchecked {
//       |             ^~~~~~~~~~~
// 1 error generated.
