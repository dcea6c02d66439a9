pragma solidity ^0.8.20;

// Reading an immutable initialised by a literal number is pure, as reading a constant is
// (solc's view/pure checker); one the constructor assigns, or one initialised by anything but
// a literal number, is state and needs `view`. payable(0) is the one number payable(...) takes
// (payable(1) is an error: check case payable_conversions).
contract ImmutablePurity {
    uint256 immutable LITERAL = 1;
    uint256 immutable FOLDED = 2 ** 8 + 1 ether;
    uint256 immutable ASSIGNED;
    address immutable OWNER = msg.sender;

    constructor(uint256 a) {
        ASSIGNED = a;
    }

    function literal() external pure returns (uint256) {
        return LITERAL + FOLDED;
    }

    function assigned() external pure returns (uint256) {
        return ASSIGNED;
    }

    function owner() external pure returns (address) {
        return OWNER;
    }

    function zero() external pure returns (address payable) {
        return payable(0);
    }
}

// ----
// tests/lang/cases/check/immutable_purity.sol:22:16: error: function 'assigned' is declared 'pure', but this expression reads the state or the environment [E3008]
//    22 |         return ASSIGNED;
//       |                ^~~~~~~~
//       = help: declare the function 'view'
// tests/lang/cases/check/immutable_purity.sol:26:16: error: function 'owner' is declared 'pure', but this expression reads the state or the environment [E3008]
//    26 |         return OWNER;
//       |                ^~~~~
//       = help: declare the function 'view'
// 2 errors generated.
