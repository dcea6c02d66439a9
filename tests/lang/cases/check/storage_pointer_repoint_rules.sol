// Types holding a mapping are never copied: a state variable or a storage parameter of such a
// type cannot be assigned (solc 9214), while a local storage pointer and a named storage return
// are re-pointed.
pragma solidity ^0.8.20;
contract C {
    struct Pool { uint256 total; mapping(address => uint256) shares; }
    Pool[2] pools;
    mapping(uint8 => uint8) m1;
    mapping(uint8 => uint8) m2;
    function copies() internal {
        pools[0] = pools[1];
        m1 = m2;
    }
    function parameter(Pool storage p) internal {
        p = pools[1];
    }
    function local() internal returns (Pool storage r) {
        Pool storage p = pools[0];
        p = pools[1];
        mapping(uint8 => uint8) storage m = m1;
        m = m2;
        r = p;
    }
}
// ----
// tests/lang/cases/check/storage_pointer_repoint_rules.sol:11:9: error: values of type struct C.Pool storage (containing a mapping) cannot be assigned [E3000]
//    11 |         pools[0] = pools[1];
//       |         ^~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/storage_pointer_repoint_rules.sol:12:9: error: values of type mapping(uint8 => uint8) (containing a mapping) cannot be assigned [E3000]
//    12 |         m1 = m2;
//       |         ^~~~~~~
// tests/lang/cases/check/storage_pointer_repoint_rules.sol:15:9: error: values of type struct C.Pool storage (containing a mapping) cannot be assigned [E3000]
//    15 |         p = pools[1];
//       |         ^~~~~~~~~~~~
// 3 errors generated.
