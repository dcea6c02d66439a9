// Modifiers do not overload: a modifier that overrides another takes parameters of the same
// types (solc 1078), whatever they are named, and so for each base whose modifier it
// overrides.
pragma solidity ^0.8.20;

contract A {
    modifier only(address who) virtual {
        _;
    }
    modifier limit(uint256 n) virtual {
        _;
    }
}

contract B is A {
    modifier only(address account) override {
        _;
    }
    modifier limit() override {
        _;
    }
}

contract C is A {
    modifier limit(int256 n) override {
        _;
    }
}

contract N {
    modifier limit() virtual {
        _;
    }
}

contract Both is A, N {
    modifier limit() override(A, N) {
        _;
    }
}

// ----
// tests/lang/cases/check/modifier_override_signature.sol:19:5: error: Override changes modifier signature. [E2015]
//    19 |     modifier limit() override {
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/modifier_override_signature.sol:10:14: note: overridden modifier is here
//    10 |     modifier limit(uint256 n) virtual {
//       |              ^~~~~
// tests/lang/cases/check/modifier_override_signature.sol:25:5: error: Override changes modifier signature. [E2015]
//    25 |     modifier limit(int256 n) override {
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/modifier_override_signature.sol:10:14: note: overridden modifier is here
//    10 |     modifier limit(uint256 n) virtual {
//       |              ^~~~~
// tests/lang/cases/check/modifier_override_signature.sol:37:5: error: Override changes modifier signature. [E2015]
//    37 |     modifier limit() override(A, N) {
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/modifier_override_signature.sol:10:14: note: overridden modifier is here
//    10 |     modifier limit(uint256 n) virtual {
//       |              ^~~~~
// 3 errors generated.
