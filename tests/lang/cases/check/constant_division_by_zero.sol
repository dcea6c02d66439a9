pragma solidity ^0.8.20;
// solc evaluates a constant's initializer: dividing by a divisor that evaluates to zero is its
// error 1211, also when the divisor is a typed constant or arithmetic on constants. It does not
// evaluate conversions, nor divisions outside constant initializers (those revert at run time).
uint256 constant ZERO = 0;
contract C {
    uint256 constant ONE = 1;
    uint256 constant Z = uint256(0);
    uint256 constant A = 7 / ZERO;
    uint256 constant B = 3 % (ONE - 1);
    bytes32 constant H = keccak256(abi.encode(5 / (ONE * 2 - 2)));
    uint256 constant FINE = 1 / Z + 8 / (ONE + 1);

    function f(uint256 x) public pure returns (uint256) {
        return x / ZERO + FINE;
    }
}

// ----
// tests/lang/cases/check/constant_division_by_zero.sol:9:26: error: Division by zero. [E3022]
//     9 |     uint256 constant A = 7 / ZERO;
//       |                          ^~~~~~~~
// tests/lang/cases/check/constant_division_by_zero.sol:10:26: error: Modulo zero. [E3022]
//    10 |     uint256 constant B = 3 % (ONE - 1);
//       |                          ^~~~~~~~~~~~~
// tests/lang/cases/check/constant_division_by_zero.sol:11:47: error: Division by zero. [E3022]
//    11 |     bytes32 constant H = keccak256(abi.encode(5 / (ONE * 2 - 2)));
//       |                                               ^~~~~~~~~~~~~~~~~
// 3 errors generated.
