pragma solidity ^0.8.20;
contract A { function f() public virtual returns (uint256) { return 1; } }
contract B { function f() public virtual returns (uint256) { return 2; } }
contract C is A, B {}
contract D is A, B {
    function f() public override returns (uint256) { return 3; }
}
contract E is A, B {
    function f() public override(A, B) returns (uint256) { return 4; }
}
// ----
// tests/lang/cases/check/multiple_bases.sol:4:10: error: 'C' must override function 'f': two or more bases define it with the same parameter types [E2013]
//     4 | contract C is A, B {}
//       |          ^
//       = help: add 'function f(...) ... override(A, B) { ... }' to 'C'
// tests/lang/cases/check/multiple_bases.sol:2:23: note: defined here
//     2 | contract A { function f() public virtual returns (uint256) { return 1; } }
//       |                       ^
// tests/lang/cases/check/multiple_bases.sol:3:23: note: defined here
//     3 | contract B { function f() public virtual returns (uint256) { return 2; } }
//       |                       ^
// tests/lang/cases/check/multiple_bases.sol:6:25: error: 'f' overrides functions of several bases and must list them: override(A, B) [E2017]
//     6 |     function f() public override returns (uint256) { return 3; }
//       |                         ^~~~~~~~
//       = help: missing: A, B
// 2 errors generated.
