pragma solidity ^0.8.20;
// A '?:' branch cannot hold a type, a library, an event or an error.
error Failed(uint256, bool);
struct S {
    uint256 x;
}
library L {
    function f() internal pure {}
}
contract C {
    event Done();
    function g(bool c) public pure returns (uint256) {
        (c ? L : L).f();
        S memory s = (c ? S : S)(1);
        c ? Failed : Failed;
        return s.x;
    }
    function h(bool c) public {
        emit (c ? Done : Done)();
    }
}

// ----
// tests/lang/cases/check/mobile_types.sol:13:14: error: Invalid mobile type in true expression. [E3000]
//    13 |         (c ? L : L).f();
//       |              ^
// tests/lang/cases/check/mobile_types.sol:13:18: error: Invalid mobile type in false expression. [E3000]
//    13 |         (c ? L : L).f();
//       |                  ^
// tests/lang/cases/check/mobile_types.sol:14:27: error: Invalid mobile type in true expression. [E3000]
//    14 |         S memory s = (c ? S : S)(1);
//       |                           ^
// tests/lang/cases/check/mobile_types.sol:14:31: error: Invalid mobile type in false expression. [E3000]
//    14 |         S memory s = (c ? S : S)(1);
//       |                               ^
// tests/lang/cases/check/mobile_types.sol:15:13: error: Invalid mobile type in true expression. [E3000]
//    15 |         c ? Failed : Failed;
//       |             ^~~~~~
// tests/lang/cases/check/mobile_types.sol:15:22: error: Invalid mobile type in false expression. [E3000]
//    15 |         c ? Failed : Failed;
//       |                      ^~~~~~
// tests/lang/cases/check/mobile_types.sol:19:19: error: Invalid mobile type in true expression. [E3000]
//    19 |         emit (c ? Done : Done)();
//       |                   ^~~~
// tests/lang/cases/check/mobile_types.sol:19:26: error: Invalid mobile type in false expression. [E3000]
//    19 |         emit (c ? Done : Done)();
//       |                          ^~~~
// 8 errors generated.
