// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

// A literal gets no function a directive attaches to a named type, and under `using L for *`
// only those whose first parameter takes it.
library L {
    function small(uint8 x) internal pure returns (uint256) {
        return x;
    }

    function twice(uint256 x) internal pure returns (uint256) {
        return x * 2;
    }
}

contract Named {
    using L for uint256;

    function f() public pure returns (uint256) {
        return (5).twice();
    }
}

contract Star {
    using L for *;

    function g() public pure returns (uint256) {
        return (300).small();
    }
}

// ----
// tests/lang/cases/check/using_literal_bound_functions.sol:20:20: error: int_const 5 has no member 'twice' [E2006]
//    20 |         return (5).twice();
//       |                    ^~~~~
// tests/lang/cases/check/using_literal_bound_functions.sol:28:22: error: int_const 300 has no member 'small' [E2006]
//    28 |         return (300).small();
//       |                      ^~~~~
// 2 errors generated.
