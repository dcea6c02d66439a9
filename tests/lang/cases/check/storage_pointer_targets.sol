pragma solidity ^0.8.20;
// A storage pointer (a local or parameter in storage) points to storage: a memory value is
// never copied into it (solc 7407, 9553). A conversion of a storage reference stays in storage,
// as in solc: `p = uint256[](more)` points `p` at `more`.
contract C {
    uint256[] data;
    uint256[] more;
    function keep(uint256[] storage x) private view returns (uint256) {
        return x.length;
    }
    function f(uint256[] memory m) external returns (uint256) {
        uint256[] storage p = data;
        p = more;
        p = m;
        p = uint256[](more);
        data = m;
        return keep(m) + keep(p);
    }
}
// ----
// tests/lang/cases/check/storage_pointer_targets.sol:14:13: error: uint256[] memory is not implicitly convertible to the storage pointer type uint256[] storage [E3000]
//    14 |         p = m;
//       |             ^
//       = help: a storage reference must point to storage; declare the variable 'memory' for a copy
// tests/lang/cases/check/storage_pointer_targets.sol:17:21: error: uint256[] memory is not implicitly convertible to the storage pointer type uint256[] storage [E3000]
//    17 |         return keep(m) + keep(p);
//       |                     ^
//       = help: a storage reference must point to storage; declare the variable 'memory' for a copy
// 2 errors generated.
