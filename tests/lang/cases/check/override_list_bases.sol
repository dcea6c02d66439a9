pragma solidity ^0.8.20;
// An override list names, for each direct base, the contract whose version that base sees
// (solc's rule): the root counts when it is a direct base, and only then.
contract A {
    function f() public virtual returns (uint256) { return 1; }
}
contract B is A {
    function f() public virtual override returns (uint256) { return 2; }
}
contract C is A {
    function f() public virtual override returns (uint256) { return 3; }
}
contract E {
    function f() public virtual returns (uint256) { return 4; }
}
contract AllThree is A, B, C {
    function f() public override(A, B, C) returns (uint256) { return 5; }
}
contract TwoOfThree is A, B, C {
    function f() public override(B, C) returns (uint256) { return 6; }
}
contract RootNotDirect is B, C {
    function f() public override(A, B, C) returns (uint256) { return 7; }
}
contract Unrelated is B, C {
    function f() public override(B, C, E) returns (uint256) { return 8; }
}
contract OneBase is B {
    function f() public override(A) returns (uint256) { return 9; }
}
contract OneBaseNamed is B {
    function f() public override(B) returns (uint256) { return 10; }
}
// ----
// tests/lang/cases/check/override_list_bases.sol:20:25: error: 'f' overrides functions of several bases and must list them: override(A, B, C) [E2017]
//    20 |     function f() public override(B, C) returns (uint256) { return 6; }
//       |                         ^~~~~~~~~~~~~~
//       = help: missing: A
// tests/lang/cases/check/override_list_bases.sol:23:34: error: 'A' in the override list of 'f' is not a base whose version it overrides [E2017]
//    23 |     function f() public override(A, B, C) returns (uint256) { return 7; }
//       |                                  ^
//       = help: the direct bases see 'f' of: B, C
// tests/lang/cases/check/override_list_bases.sol:26:40: error: 'E' in the override list of 'f' is not a base whose version it overrides [E2017]
//    26 |     function f() public override(B, C, E) returns (uint256) { return 8; }
//       |                                        ^
//       = help: the direct bases see 'f' of: B, C
// tests/lang/cases/check/override_list_bases.sol:29:34: error: 'A' in the override list of 'f' is not a base whose version it overrides [E2017]
//    29 |     function f() public override(A) returns (uint256) { return 9; }
//       |                                  ^
//       = help: the direct bases see 'f' of: B
// 4 errors generated.
