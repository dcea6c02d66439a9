pragma solidity ^0.8.20;
// A contract's scope holds its bases' visible declarations: solc (9097) reports a name declared
// there twice as different kinds of things. Functions overload functions, events overload
// events, modifiers override modifiers, a public state variable may override a function, and
// private functions and state variables stay in their contract.
contract A {
    struct S {
        uint256 a;
    }
    event Ev();
    modifier m() virtual {
        _;
    }
    uint256 private p;
    function dup() public pure returns (uint256) {
        return 1;
    }
    function v() external view virtual returns (uint256) {
        return 2;
    }
}
contract B {
    event dup();
    error S();
}
contract C is A, B {
    event Ev(uint256);
    modifier m() override {
        _;
    }
    function p() public pure {}
    uint256 public override v;
}
interface I {
    error E();
}
contract D is I {
    error E();
}

// ----
// tests/lang/cases/check/inherited_names.sol:23:11: error: Identifier already declared. [E2004]
//    23 |     event dup();
//       |           ^~~
// tests/lang/cases/check/inherited_names.sol:15:14: note: the previous declaration is here
//    15 |     function dup() public pure returns (uint256) {
//       |              ^~~
// tests/lang/cases/check/inherited_names.sol:24:11: error: Identifier already declared. [E2004]
//    24 |     error S();
//       |           ^
// tests/lang/cases/check/inherited_names.sol:7:12: note: the previous declaration is here
//     7 |     struct S {
//       |            ^
// tests/lang/cases/check/inherited_names.sol:38:11: error: Identifier already declared. [E2004]
//    38 |     error E();
//       |           ^
// tests/lang/cases/check/inherited_names.sol:35:11: note: the previous declaration is here
//    35 |     error E();
//       |           ^
// 3 errors generated.
