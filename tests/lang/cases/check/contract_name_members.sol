// The members of a contract's name are what that contract itself declares (solc 9582): inside
// its hierarchy every non-private one, elsewhere its external and public functions; inherited
// members are reached through the contract that declares them.
pragma solidity ^0.8.20;

interface IA {
    function t() external;
}
interface IB is IA {
    function u() external;
}
contract P {
    uint256 internal v;
    function g() internal pure returns (uint256) { return 1; }
    function hidden() private pure returns (uint256) { return 2; }
}
contract Q is P {
    uint256 internal w;
}
contract R is Q {
    function own() internal view returns (uint256) { return Q.w + P.v + P.g(); }
    function inherited() internal pure returns (uint256) { return Q.g(); }
    function inheritedVariable() internal view returns (uint256) { return Q.v; }
    function privateOne() internal pure returns (uint256) { return P.hidden(); }
}
contract Outside {
    bytes4 ok = IA.t.selector;
    bytes4 notDeclaredThere = IB.t.selector;
    function internalOne() external pure returns (uint256) { return P.g(); }
}
library L {
    function p() private pure returns (uint256) { return 1; }
    function q() internal pure returns (uint256) { return L.p(); }
}

// ----
// tests/lang/cases/check/contract_name_members.sol:22:69: error: contract Q has no member 'g' [E2006]
//    22 |     function inherited() internal pure returns (uint256) { return Q.g(); }
//       |                                                                     ^
//       = help: did you mean 'w'?
// tests/lang/cases/check/contract_name_members.sol:23:77: error: contract Q has no member 'v' [E2006]
//    23 |     function inheritedVariable() internal view returns (uint256) { return Q.v; }
//       |                                                                             ^
//       = help: did you mean 'w'?
// tests/lang/cases/check/contract_name_members.sol:24:70: error: contract P has no member 'hidden' [E2006]
//    24 |     function privateOne() internal pure returns (uint256) { return P.hidden(); }
//       |                                                                      ^~~~~~
// tests/lang/cases/check/contract_name_members.sol:28:34: error: contract IB has no member 't' [E2006]
//    28 |     bytes4 notDeclaredThere = IB.t.selector;
//       |                                  ^
//       = help: did you mean 'u'?
// tests/lang/cases/check/contract_name_members.sol:29:71: error: contract P has no member 'g' [E2006]
//    29 |     function internalOne() external pure returns (uint256) { return P.g(); }
//       |                                                                       ^
// tests/lang/cases/check/contract_name_members.sol:33:61: error: library L has no member 'p' [E2006]
//    33 |     function q() internal pure returns (uint256) { return L.p(); }
//       |                                                             ^
//       = help: did you mean 'q'?
// 6 errors generated.
