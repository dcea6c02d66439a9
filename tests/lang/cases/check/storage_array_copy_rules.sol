// Assigning to a storage array copies from any array of the same element kind (widening
// conversions) that fits: not into a shorter fixed array, not across signedness. A storage pointer
// (a local, a return) keeps its exact type: it is re-pointed, never copied into.
pragma solidity ^0.8.20;
contract C {
    uint256[4] big;
    uint256[2] small;
    uint256[] dyn;
    int8[2] signedSmall;
    function f() external {
        small = big;
        dyn = signedSmall;
        uint256[] storage p = big;
        p[0] = 1;
    }
    function g() internal view returns (uint256[] storage) {
        return big;
    }
}
// ----
// tests/lang/cases/check/storage_array_copy_rules.sol:11:17: error: uint256[4] storage is not implicitly convertible to expected type uint256[2] storage [E3000]
//    11 |         small = big;
//       |                 ^~~
// tests/lang/cases/check/storage_array_copy_rules.sol:12:15: error: int8[2] storage is not implicitly convertible to expected type uint256[] storage [E3000]
//    12 |         dyn = signedSmall;
//       |               ^~~~~~~~~~~
// tests/lang/cases/check/storage_array_copy_rules.sol:13:31: error: uint256[4] storage is not implicitly convertible to the storage pointer type uint256[] storage [E3000]
//    13 |         uint256[] storage p = big;
//       |                               ^~~
// tests/lang/cases/check/storage_array_copy_rules.sol:17:16: error: return value: uint256[4] storage is not implicitly convertible to expected type uint256[] storage [E3000]
//    17 |         return big;
//       |                ^~~
// 4 errors generated.
