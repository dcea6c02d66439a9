pragma solidity ^0.8.20;
contract B {
    function f() public pure {
        break;
    }
    function g() public pure {
        continue;
    }
}
// ----
// tests/lang/cases/check/break_outside.sol:4:9: error: 'break' outside of a loop [E3019]
//     4 |         break;
//       |         ^~~~~~
// tests/lang/cases/check/break_outside.sol:7:9: error: 'continue' outside of a loop [E3019]
//     7 |         continue;
//       |         ^~~~~~~~~
// 2 errors generated.
