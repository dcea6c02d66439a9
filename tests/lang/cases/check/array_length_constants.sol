pragma solidity ^0.8.20;
// An array length has the value solc's constant evaluator gives it: literals, constants
// followed by name through their initializers, arithmetic in the constants' own types (so
// `7 / 3` of ints is 2). It does not follow members, conversions or calls.
library L {
    uint256 internal constant N = 100;
}
contract Lengths {
    int256 constant A = 7;
    int256 constant B = 3;
    int256 constant C = A / B;
    int256 constant D = (-A) / B;
    uint256 constant E = (C2 - 1) * 2 / 5;
    uint256 constant C2 = 7;
    uint256 constant VIA_MEMBER = 20 + L.N;
    uint8 constant SMALL = 200;
    uint8 constant WRAPS = SMALL + SMALL;
    uint256[C] a;
    uint256[-D] b;
    uint256[E] c;
    uint256[L.N] d;
    uint256[VIA_MEMBER] e;
    uint256[uint256(4)] f;
    uint256[WRAPS] g;
    uint256[D] h;
}

// ----
// tests/lang/cases/check/array_length_constants.sol:21:13: error: array length must be a literal or arithmetic on literals and constants, but 'L.N' has no value solc can evaluate [E3021]
//    21 |     uint256[L.N] d;
//       |             ^~~
//       = help: solc's constant evaluator follows constants by name only: not members ('L.N'), conversions or calls
// tests/lang/cases/check/array_length_constants.sol:22:13: error: array length must be a literal or arithmetic on literals and constants, but 'VIA_MEMBER' has no value solc can evaluate [E3021]
//    22 |     uint256[VIA_MEMBER] e;
//       |             ^~~~~~~~~~
//       = help: solc's constant evaluator follows constants by name only: not members ('L.N'), conversions or calls
// tests/lang/cases/check/array_length_constants.sol:23:13: error: array length must be a literal or arithmetic on literals and constants, but 'uint256(4)' has no value solc can evaluate [E3021]
//    23 |     uint256[uint256(4)] f;
//       |             ^~~~~~~~~~
//       = help: solc's constant evaluator follows constants by name only: not members ('L.N'), conversions or calls
// tests/lang/cases/check/array_length_constants.sol:24:13: error: array length must be a literal or arithmetic on literals and constants, but 'WRAPS' has no value solc can evaluate [E3021]
//    24 |     uint256[WRAPS] g;
//       |             ^~~~~
//       = help: solc's constant evaluator follows constants by name only: not members ('L.N'), conversions or calls
// tests/lang/cases/check/array_length_constants.sol:25:13: error: array length must be a positive integer constant below 2**32, but 'D' is int256 [E3021]
//    25 |     uint256[D] h;
//       |             ^
// 5 errors generated.
