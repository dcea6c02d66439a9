pragma solidity ^0.8.20;
// An unimplemented function or modifier cannot override an implemented one (solc 4593), and a
// function without implementation cannot have modifiers (solc 2668).
contract A {
    modifier m() virtual {
        _;
    }
    function f() public virtual {}
    function g() public virtual {}
}
abstract contract B is A {
    modifier m() virtual override;
    function f() public virtual override;
    function h() public virtual m;
}
contract C is B {
    modifier m() override {
        _;
    }
    function f() public override {}
    function h() public override {}
}

// ----
// tests/lang/cases/check/unimplemented_overrides.sol:12:5: error: Overriding an implemented modifier with an unimplemented modifier is not allowed. [E2015]
//    12 |     modifier m() virtual override;
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/unimplemented_overrides.sol:13:5: error: Overriding an implemented function with an unimplemented function is not allowed. [E2015]
//    13 |     function f() public virtual override;
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/unimplemented_overrides.sol:8:14: note: overridden function is here
//     8 |     function f() public virtual {}
//       |              ^
// tests/lang/cases/check/unimplemented_overrides.sol:14:5: error: Functions without implementation cannot have modifiers. [E3016]
//    14 |     function h() public virtual m;
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// 3 errors generated.
