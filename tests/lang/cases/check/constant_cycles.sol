pragma solidity ^0.8.20;
// A constant whose value depends on itself, directly or through file-level and library constants.
uint256 constant A = B.VAL + 1;
library B {
    uint256 constant VAL = A + 1;
    uint256 constant SAFE = 7;
}
contract C {
    uint256 constant X = Y * 2;
    uint256 constant Y = X;
    uint256 constant USES_CYCLE = X;
    uint256 constant FINE = B.SAFE + 1;
    function f() public pure returns (uint256) {
        return FINE;
    }
}

// ----
// tests/lang/cases/check/constant_cycles.sol:3:18: error: The value of the constant A has a cyclic dependency via VAL. [E3020]
//     3 | uint256 constant A = B.VAL + 1;
//       |                  ^
// tests/lang/cases/check/constant_cycles.sol:5:22: error: The value of the constant VAL has a cyclic dependency via A. [E3020]
//     5 |     uint256 constant VAL = A + 1;
//       |                      ^~~
// tests/lang/cases/check/constant_cycles.sol:9:22: error: The value of the constant X has a cyclic dependency via Y. [E3020]
//     9 |     uint256 constant X = Y * 2;
//       |                      ^
// tests/lang/cases/check/constant_cycles.sol:10:22: error: The value of the constant Y has a cyclic dependency via X. [E3020]
//    10 |     uint256 constant Y = X;
//       |                      ^
// tests/lang/cases/check/constant_cycles.sol:11:22: error: The value of the constant USES_CYCLE has a cyclic dependency via X. [E3020]
//    11 |     uint256 constant USES_CYCLE = X;
//       |                      ^~~~~~~~~~
// 5 errors generated.
