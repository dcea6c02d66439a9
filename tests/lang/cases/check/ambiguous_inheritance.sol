// A function or modifier that a contract inherits through several of its direct bases, and does
// not define, must be overridden (solc 6480) unless one version settles it: one that every
// path from the contract to the first declaration goes through, whose overridden versions
// then need nothing, and which needs nothing itself when it has no body. So `B` overriding
// `A.f` does not settle `Triangle is A, B`, which still sees `A.f` through `A`; a base that
// only declares `k` leaves the one that implements it.
pragma solidity ^0.8.20;

contract A {
    function f() public pure virtual returns (uint256) {
        return 1;
    }
}

contract B is A {
    function f() public pure virtual override returns (uint256) {
        return 2;
    }
}

contract Line is B {}

contract Triangle is A, B {}

contract Resolved is A, B {
    function f() public pure override(A, B) returns (uint256) {
        return 3;
    }
}

contract Left is A {}

contract Right is A {}

contract Diamond is Left, Right {}

abstract contract P {
    function k() public virtual returns (uint256);
}

contract Q is P {
    function k() public virtual override returns (uint256) {
        return 1;
    }
}

abstract contract R is P {}

contract Settled is R, Q {}

interface I {
    function g() external;
}

interface J {
    function g() external;
}

interface Both is I, J {}

contract M1 {
    modifier m() virtual {
        _;
    }
}

contract M2 is M1 {
    modifier m() virtual override {
        _;
    }
}

contract ModifierLine is M2 {}

contract ModifierTriangle is M1, M2 {}

// ----
// tests/lang/cases/check/ambiguous_inheritance.sol:23:10: error: 'Triangle' must override function 'f': two or more bases define it with the same parameter types [E2013]
//    23 | contract Triangle is A, B {}
//       |          ^~~~~~~~
//       = help: add 'function f(...) ... override(A, B) { ... }' to 'Triangle'
// tests/lang/cases/check/ambiguous_inheritance.sol:10:14: note: defined here
//    10 |     function f() public pure virtual returns (uint256) {
//       |              ^
// tests/lang/cases/check/ambiguous_inheritance.sol:16:14: note: defined here
//    16 |     function f() public pure virtual override returns (uint256) {
//       |              ^
// tests/lang/cases/check/ambiguous_inheritance.sol:59:11: error: 'Both' must override function 'g': two or more bases define it with the same parameter types [E2013]
//    59 | interface Both is I, J {}
//       |           ^~~~
//       = help: add 'function g(...) ... override(I, J) { ... }' to 'Both'
// tests/lang/cases/check/ambiguous_inheritance.sol:52:14: note: defined here
//    52 |     function g() external;
//       |              ^
// tests/lang/cases/check/ambiguous_inheritance.sol:56:14: note: defined here
//    56 |     function g() external;
//       |              ^
// tests/lang/cases/check/ambiguous_inheritance.sol:75:10: error: Derived contract must override modifier "m". Two or more base classes define modifier with same name. [E2013]
//    75 | contract ModifierTriangle is M1, M2 {}
//       |          ^~~~~~~~~~~~~~~~
// 3 errors generated.
