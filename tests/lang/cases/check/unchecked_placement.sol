pragma solidity ^0.8.20;
// An `unchecked` block is a statement of a regular block (solc 5296), and a modifier's
// placeholder cannot be inside one (solc 2573): the function body would run unchecked.
contract C {
    modifier m() {
        unchecked {
            _;
        }
    }
    function f(uint256 x) public pure returns (uint256) {
        while (x > 10) unchecked {
            x -= 2;
        }
        if (x > 5) {
            unchecked {
                x -= 1;
            }
        }
        return x;
    }
}

// ----
// tests/lang/cases/check/unchecked_placement.sol:7:13: error: The placeholder statement "_" cannot be used inside an "unchecked" block. [E3017]
//     7 |             _;
//       |             ^~
// tests/lang/cases/check/unchecked_placement.sol:11:24: error: "unchecked" blocks can only be used inside regular blocks. [E3017]
//    11 |         while (x > 10) unchecked {
//       |                        ^~~~~~~~~~~
//       = help: put it in braces: { unchecked { ... } }
// 2 errors generated.
