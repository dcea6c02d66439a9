pragma solidity ^0.8.20;

// An unnamed storage-pointer return can only be set by `return`: a path that ends without one
// returns an unassigned pointer (solc 3464). A named one must be assigned on every path that
// reaches the end or a `return;`, as solc's control flow sees it. Pointing a local storage
// pointer elsewhere is not a state change (allowed in `view`). Yul names that Solidity reserves
// cannot be declared.
contract StorageReturn {
    struct S {
        uint256 a;
    }

    S s;

    function emptyAssembly() internal pure returns (S storage) {
        assembly {
        }
    }

    function someReturn(bool flag) internal view returns (S storage) {
        if (flag) return s;
    }

    function everyPath(bool flag) internal view returns (S storage) {
        if (flag) return s;
        revert("no");
    }

    function namedOnOnePath(bool flag) internal view returns (S storage c) {
        if (flag) c = s;
    }

    function namedOnEveryPath(bool flag) internal view returns (S storage c) {
        if (flag) c = s;
        else c = t;
        flag ? c = s : c = t;
    }

    function namedAfterBreak() internal view returns (S storage c) {
        do {
            if (s.a == 0) break;
            c = s;
        } while (false);
    }

    function namedInShortCircuit(bool flag) internal view returns (S storage c) {
        flag && (c = s).a == 0;
    }

    function namedInLoop(uint256 n) internal view returns (S storage c) {
        for (uint256 i = 0; i < n; ++i) c = s;
    }

    function namedInAssembly(uint256 k) internal pure returns (S storage c, S storage d) {
        assembly {
            switch k
            case 0 { c.slot := 0 d.slot := 0 }
            default { c.slot := 1 }
        }
    }

    function namedRevertElsewhere(bool flag) internal view returns (S storage c) {
        if (flag) c = s;
        else revert("no");
    }

    function namedReadBeforeAssigned() internal returns (S storage c) {
        c.a = 1;
        c = s;
    }

    function namedSet(S storage x) internal pure returns (S storage c) {
        (c = x).a;
    }

    S t;

    function reserved() internal pure {
        assembly {
            let this := 1
            let super := 2
            let _ := 3
        }
    }
}
// ----
// tests/lang/cases/check/storage_return_rules.sol:15:53: error: This variable is of storage pointer type and can be returned without prior assignment, which would lead to undefined behaviour. [E3007]
//    15 |     function emptyAssembly() internal pure returns (S storage) {
//       |                                                     ^~~~~~~~~
//       = help: end every path that does not revert with a 'return'
// tests/lang/cases/check/storage_return_rules.sol:20:59: error: This variable is of storage pointer type and can be returned without prior assignment, which would lead to undefined behaviour. [E3007]
//    20 |     function someReturn(bool flag) internal view returns (S storage) {
//       |                                                           ^~~~~~~~~
//       = help: end every path that does not revert with a 'return'
// tests/lang/cases/check/storage_return_rules.sol:29:73: error: This variable is of storage pointer type and can be returned without prior assignment, which would lead to undefined behaviour. [E3007]
//    29 |     function namedOnOnePath(bool flag) internal view returns (S storage c) {
//       |                                                                         ^
//       = help: assign it on every path that does not revert
// tests/lang/cases/check/storage_return_rules.sol:39:65: error: This variable is of storage pointer type and can be returned without prior assignment, which would lead to undefined behaviour. [E3007]
//    39 |     function namedAfterBreak() internal view returns (S storage c) {
//       |                                                                 ^
//       = help: assign it on every path that does not revert
// tests/lang/cases/check/storage_return_rules.sol:46:78: error: This variable is of storage pointer type and can be returned without prior assignment, which would lead to undefined behaviour. [E3007]
//    46 |     function namedInShortCircuit(bool flag) internal view returns (S storage c) {
//       |                                                                              ^
//       = help: assign it on every path that does not revert
// tests/lang/cases/check/storage_return_rules.sol:50:70: error: This variable is of storage pointer type and can be returned without prior assignment, which would lead to undefined behaviour. [E3007]
//    50 |     function namedInLoop(uint256 n) internal view returns (S storage c) {
//       |                                                                      ^
//       = help: assign it on every path that does not revert
// tests/lang/cases/check/storage_return_rules.sol:54:87: error: This variable is of storage pointer type and can be returned without prior assignment, which would lead to undefined behaviour. [E3007]
//    54 |     function namedInAssembly(uint256 k) internal pure returns (S storage c, S storage d) {
//       |                                                                                       ^
//       = help: assign it on every path that does not revert
// tests/lang/cases/check/storage_return_rules.sol:68:9: error: This variable is of storage pointer type and can be accessed without prior assignment, which would lead to undefined behaviour. [E3007]
//    68 |         c.a = 1;
//       |         ^
//       = help: assign it before this use
// tests/lang/cases/check/storage_return_rules.sol:80:17: error: The identifier name "this" is reserved. [E3040]
//    80 |             let this := 1
//       |                 ^~~~
// tests/lang/cases/check/storage_return_rules.sol:81:17: error: The identifier name "super" is reserved. [E3040]
//    81 |             let super := 2
//       |                 ^~~~~
// tests/lang/cases/check/storage_return_rules.sol:82:17: error: The identifier name "_" is reserved. [E3040]
//    82 |             let _ := 3
//       |                 ^
// 11 errors generated.
