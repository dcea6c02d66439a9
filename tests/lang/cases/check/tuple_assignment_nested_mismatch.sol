// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

// A nested tuple of targets takes a tuple of as many components, each convertible to its
// target (solc 7407).
contract T {
    function g() public pure returns (uint256) {
        uint256 a;
        uint256 b;
        uint256 c;
        bool d;
        (a, (b, c)) = (1, 2);
        (a, (b, d)) = (1, (2, 3));
        (a, (, d)) = (1, (2, true));
        return a + b + c;
    }
}

// ----
// tests/lang/cases/check/tuple_assignment_nested_mismatch.sol:12:13: error: the left side has 2 components, but the right side has 1 (int_const 2) [E3011]
//    12 |         (a, (b, c)) = (1, 2);
//       |             ^~~~~~
// tests/lang/cases/check/tuple_assignment_nested_mismatch.sol:13:17: error: int_const 3 is not implicitly convertible to expected type bool [E3000]
//    13 |         (a, (b, d)) = (1, (2, 3));
//       |                 ^
// 2 errors generated.
