pragma solidity ^0.8.20;

// An unnamed storage-pointer return can only be set by `return`: a path that ends without one
// returns an unassigned pointer (solc 3464). Yul names that Solidity reserves cannot be declared.
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

    function reserved() internal pure {
        assembly {
            let this := 1
            let super := 2
            let _ := 3
        }
    }
}
// ----
// tests/lang/cases/check/storage_return_rules.sol:12:53: error: This variable is of storage pointer type and can be returned without prior assignment, which would lead to undefined behaviour. [E3007]
//    12 |     function emptyAssembly() internal pure returns (S storage) {
//       |                                                     ^~~~~~~~~
//       = help: end every path that does not revert with a 'return'
// tests/lang/cases/check/storage_return_rules.sol:17:59: error: This variable is of storage pointer type and can be returned without prior assignment, which would lead to undefined behaviour. [E3007]
//    17 |     function someReturn(bool flag) internal view returns (S storage) {
//       |                                                           ^~~~~~~~~
//       = help: end every path that does not revert with a 'return'
// tests/lang/cases/check/storage_return_rules.sol:28:17: error: The identifier name "this" is reserved. [E3040]
//    28 |             let this := 1
//       |                 ^~~~
// tests/lang/cases/check/storage_return_rules.sol:29:17: error: The identifier name "super" is reserved. [E3040]
//    29 |             let super := 2
//       |                 ^~~~~
// tests/lang/cases/check/storage_return_rules.sol:30:17: error: The identifier name "_" is reserved. [E3040]
//    30 |             let _ := 3
//       |                 ^
// 5 errors generated.
