// An immutable may hold an internal function (solc refuses only external ones): chosen while
// the contract is constructed, called there and after, copied to a local.
pragma solidity ^0.8.20;

contract ImmutableInternalFunctions {
    event U(uint256 v);

    function() internal pure returns (uint256) immutable pick;
    function(uint256) internal pure returns (uint256) immutable scale = triple;
    uint256 public atConstruction;

    constructor() {
        pick = block.number > 0 ? seven : eleven;
        atConstruction = scale(pick());
    }

    function seven() internal pure returns (uint256) {
        return 7;
    }

    function eleven() internal pure returns (uint256) {
        return 11;
    }

    function triple(uint256 x) internal pure returns (uint256) {
        return 3 * x;
    }

    function run() external payable {
        emit U(pick());
        emit U(scale(5));
        emit U(atConstruction);
        function() internal pure returns (uint256) local = pick;
        emit U(local());
    }
}
// ----
// success
// U("7")
// U("15")
// U("21")
// U("7")
