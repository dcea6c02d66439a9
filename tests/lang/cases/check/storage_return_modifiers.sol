// A storage pointer returned by a modified function must be assigned on every path that
// leaves it, through its modifiers: a `return` in the body goes on after the `_` that ran it, a
// modifier may skip `_`, and a modifier's arguments run before it (solc 3464). A virtual
// modifier runs as each contract that inherits the function overrides it.
pragma solidity ^0.8.20;

contract C {
    uint256[] s;

    modifier pass() {
        _;
    }

    modifier when(bool flag) {
        if (flag) _;
    }

    modifier thenRevert() {
        _;
        revert();
    }

    modifier takes(uint256[] storage a) {
        _;
    }

    function named() internal view pass returns (uint256[] storage r) {
        r = s;
    }

    function byReturn() internal view pass returns (uint256[] storage) {
        return s;
    }

    function byArgument() internal view takes(r = s) returns (uint256[] storage r) {}

    function alwaysReverts() internal view thenRevert returns (uint256[] storage r) {}

    function skipped(bool flag) internal view when(flag) returns (uint256[] storage r) {
        r = s;
    }

    function unassigned() internal view pass returns (uint256[] storage) {}
}

contract Base {
    uint256[] t;

    modifier guard() virtual {
        revert();
        _;
    }

    function get() internal view guard returns (uint256[] storage r) {}
}

contract Derived is Base {
    modifier guard() override {
        _;
    }
}

// ----
// tests/lang/cases/check/storage_return_modifiers.sol:39:85: error: This variable is of storage pointer type and can be returned without prior assignment, which would lead to undefined behaviour. [E3007]
//    39 |     function skipped(bool flag) internal view when(flag) returns (uint256[] storage r) {
//       |                                                                                     ^
//       = help: assign it on every path that does not revert
// tests/lang/cases/check/storage_return_modifiers.sol:43:55: error: This variable is of storage pointer type and can be returned without prior assignment, which would lead to undefined behaviour. [E3007]
//    43 |     function unassigned() internal view pass returns (uint256[] storage) {}
//       |                                                       ^~~~~~~~~~~~~~~~~
//       = help: assign it on every path that does not revert
// tests/lang/cases/check/storage_return_modifiers.sol:51:9: warning: unreachable code [E3030]
//    51 |         _;
//       |         ^~
// tests/lang/cases/check/storage_return_modifiers.sol:54:67: error: This variable is of storage pointer type and can be returned without prior assignment, which would lead to undefined behaviour. [E3007]
//    54 |     function get() internal view guard returns (uint256[] storage r) {}
//       |                                                                   ^
//       = help: assign it on every path that does not revert
// 3 errors and 1 warning generated.
