pragma solidity ^0.8.20;
// `using for` is not allowed in interfaces; a private library function stays in its library.
library L {
    function secret(uint256 x) private pure returns (uint256) {
        return x;
    }
    function open(uint256 x) internal pure returns (uint256) {
        return x;
    }
}
interface I {
    using L for uint256;
    function g() external;
}
using {L.secret} for uint256;
contract C {
    using {L.secret, L.open} for uint256;
}

// ----
// tests/lang/cases/check/using_placement.sol:12:5: error: The "using for" directive is not allowed inside interfaces. [E2019]
//    12 |     using L for uint256;
//       |     ^~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/using_placement.sol:15:8: error: Function "L.secret" is private and therefore cannot be attached to a type outside of the library where it is defined. [E2022]
//    15 | using {L.secret} for uint256;
//       |        ^~~~~~~~
// tests/lang/cases/check/using_placement.sol:17:12: error: Function "L.secret" is private and therefore cannot be attached to a type outside of the library where it is defined. [E2022]
//    17 |     using {L.secret, L.open} for uint256;
//       |            ^~~~~~~~
// 3 errors generated.
