pragma solidity ^0.8.20;

interface I {
    function f() external;
}

contract C {
    function g() external {}
}

library L {
    function h() internal pure {}
}

contract User {
    bytes4 constant OK = type(I).interfaceId;

    function ids() external pure returns (bytes4, bytes4) {
        return (type(C).interfaceId, type(L).interfaceId);
    }

    function wrongType() external pure returns (uint256) {
        return type(I).interfaceId;
    }
}
// ----
// tests/lang/cases/check/interface_id_rules.sol:19:25: error: 'interfaceId' is only available on interfaces, and 'C' is a contract [E2006]
//    19 |         return (type(C).interfaceId, type(L).interfaceId);
//       |                         ^~~~~~~~~~~
// tests/lang/cases/check/interface_id_rules.sol:19:46: error: 'interfaceId' is only available on interfaces, and 'L' is a library [E2006]
//    19 |         return (type(C).interfaceId, type(L).interfaceId);
//       |                                              ^~~~~~~~~~~
// tests/lang/cases/check/interface_id_rules.sol:23:16: error: return value: bytes4 is not implicitly convertible to expected type uint256 [E3000]
//    23 |         return type(I).interfaceId;
//       |                ^~~~~~~~~~~~~~~~~~~
// 3 errors generated.
