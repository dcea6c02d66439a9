pragma solidity ^0.8.20;
contract R {
    function none() public pure {
        return 1;
    }
    function one() public pure returns (uint256) {
        return;
    }
    function two() public pure returns (uint256, bool) {
        return 1;
    }
    function named() public pure returns (uint256 x) {
        x = 1;
        return;
    }
    function pair() public pure returns (uint256, bool) {
        return (1, true);
    }
    function wrong() public pure returns (bool) {
        return 1;
    }
}
// ----
// tests/lang/cases/check/return_mismatch.sol:4:16: error: this function declares no return values, but 'return' has one [E3018]
//     4 |         return 1;
//       |                ^
//       = help: add 'returns (...)' to the function, or remove the value
// tests/lang/cases/check/return_mismatch.sol:7:9: error: 'return' needs 1 value here [E3018]
//     7 |         return;
//       |         ^~~~~~~
// tests/lang/cases/check/return_mismatch.sol:10:16: error: 'return' has 1 value, but the function returns 2 [E3018]
//    10 |         return 1;
//       |                ^
// tests/lang/cases/check/return_mismatch.sol:14:9: error: 'return' needs 1 value here [E3018]
//    14 |         return;
//       |         ^~~~~~~
// tests/lang/cases/check/return_mismatch.sol:20:16: error: return value: int_const 1 is not implicitly convertible to expected type bool [E3000]
//    20 |         return 1;
//       |                ^
// 5 errors generated.
