pragma solidity ^0.8.20;

// A local storage pointer declared without a value must be assigned on every path before it
// is read (solc 3464); paths that revert do not count, nor do operands that may not run.
contract StoragePointerFlow {
    struct S {
        uint256 v;
    }
    S a;
    S b;

    function bothBranches(bool flag) external view returns (uint256) {
        S storage c;
        if (flag) c = a;
        else c = b;
        return c.v;
    }

    function revertsOtherwise(bool flag) external view returns (uint256) {
        S storage c;
        if (flag) c = a;
        else revert("no");
        return c.v;
    }

    function oneBranch(bool flag) external view returns (uint256) {
        S storage c;
        if (flag) c = a;
        return c.v;
    }

    function mayNotRun(bool flag) external view returns (uint256) {
        S storage c;
        if (flag && (c = a).v > 0) {}
        return c.v;
    }

    function loopBody(uint256 n) external view returns (uint256) {
        S storage c;
        for (uint256 i = 0; i < n; i++) c = a;
        return c.v;
    }

    // A modifier's read is reported where a function runs it, as solc follows a modifier
    // only inlined into a function.
    function guarded(bool flag) external pointed(flag) {}

    modifier pointed(bool flag) {
        S storage c;
        if (flag) c = a;
        require(c.v == 0);
        _;
    }

    modifier neverRun(bool flag) {
        S storage c;
        if (flag) c = a;
        require(c.v == 0);
        _;
    }
}

// ----
// tests/lang/cases/check/storage_pointer_flow.sol:29:16: error: This variable is of storage pointer type and can be accessed without prior assignment, which would lead to undefined behaviour. [E3007]
//    29 |         return c.v;
//       |                ^
//       = help: assign it before this use
// tests/lang/cases/check/storage_pointer_flow.sol:35:16: error: This variable is of storage pointer type and can be accessed without prior assignment, which would lead to undefined behaviour. [E3007]
//    35 |         return c.v;
//       |                ^
//       = help: assign it before this use
// tests/lang/cases/check/storage_pointer_flow.sol:41:16: error: This variable is of storage pointer type and can be accessed without prior assignment, which would lead to undefined behaviour. [E3007]
//    41 |         return c.v;
//       |                ^
//       = help: assign it before this use
// tests/lang/cases/check/storage_pointer_flow.sol:51:17: error: This variable is of storage pointer type and can be accessed without prior assignment, which would lead to undefined behaviour. [E3007]
//    51 |         require(c.v == 0);
//       |                 ^
//       = help: assign it before this use
// 4 errors generated.
