pragma solidity ^0.8.20;
// A variable declaration cannot be the whole body of if, else or a loop: solc (9079) wants
// it inside a block.
contract C {
    function f(uint256 x) public pure returns (uint256) {
        if (x > 0) uint256 a = 1;
        if (x > 1) {
            uint256 b = 2;
            x += b;
        } else uint256 c = 3;
        for (uint256 i = 0; i < x; ++i) uint256 d = i;
        while (x > 10) uint256 e = x;
        do uint256 g = x; while (x > 20);
        return x;
    }
}

// ----
// tests/lang/cases/check/declaration_needs_block.sol:6:20: warning: unused local variable 'a' [E3029]
//     6 |         if (x > 0) uint256 a = 1;
//       |                    ^~~~~~~~~
// tests/lang/cases/check/declaration_needs_block.sol:6:20: error: Variable declarations can only be used inside blocks. [E3042]
//     6 |         if (x > 0) uint256 a = 1;
//       |                    ^~~~~~~~~~~~~~
//       = help: put it in braces: { ... }
// tests/lang/cases/check/declaration_needs_block.sol:10:16: warning: unused local variable 'c' [E3029]
//    10 |         } else uint256 c = 3;
//       |                ^~~~~~~~~
// tests/lang/cases/check/declaration_needs_block.sol:10:16: error: Variable declarations can only be used inside blocks. [E3042]
//    10 |         } else uint256 c = 3;
//       |                ^~~~~~~~~~~~~~
//       = help: put it in braces: { ... }
// tests/lang/cases/check/declaration_needs_block.sol:11:41: warning: unused local variable 'd' [E3029]
//    11 |         for (uint256 i = 0; i < x; ++i) uint256 d = i;
//       |                                         ^~~~~~~~~
// tests/lang/cases/check/declaration_needs_block.sol:11:41: error: Variable declarations can only be used inside blocks. [E3042]
//    11 |         for (uint256 i = 0; i < x; ++i) uint256 d = i;
//       |                                         ^~~~~~~~~~~~~~
//       = help: put it in braces: { ... }
// tests/lang/cases/check/declaration_needs_block.sol:12:24: warning: unused local variable 'e' [E3029]
//    12 |         while (x > 10) uint256 e = x;
//       |                        ^~~~~~~~~
// tests/lang/cases/check/declaration_needs_block.sol:12:24: error: Variable declarations can only be used inside blocks. [E3042]
//    12 |         while (x > 10) uint256 e = x;
//       |                        ^~~~~~~~~~~~~~
//       = help: put it in braces: { ... }
// tests/lang/cases/check/declaration_needs_block.sol:13:12: warning: unused local variable 'g' [E3029]
//    13 |         do uint256 g = x; while (x > 20);
//       |            ^~~~~~~~~
// tests/lang/cases/check/declaration_needs_block.sol:13:12: error: Variable declarations can only be used inside blocks. [E3042]
//    13 |         do uint256 g = x; while (x > 20);
//       |            ^~~~~~~~~~~~~~
//       = help: put it in braces: { ... }
// 5 errors and 5 warnings generated.
