pragma solidity ^0.8.20;
// A modifier that two bases define, neither overriding the other, must be overridden in the
// derived contract (solc 6480), whatever the parameters: modifiers do not overload.
contract A {
    modifier f(uint256 a) virtual {
        _;
    }
}
contract B {
    modifier f() virtual {
        _;
    }
}
contract C is A, B {}
contract D is B {
    modifier f() override {
        _;
    }
}
contract E is A {
    modifier f(uint256 a) override {
        _;
    }
}
contract G is E {}

// ----
// tests/lang/cases/check/modifier_ambiguity.sol:14:10: error: Derived contract must override modifier "f". Two or more base classes define modifier with same name. [E2013]
//    14 | contract C is A, B {}
//       |          ^
// 1 error generated.
