// Imported as `M` by module_aliases_rejected.sol.
pragma solidity ^0.8.20;

import {K as Renamed} from "./consts.sol";

function f() pure returns (uint256) {
    return Renamed;
}

contract C {
    modifier m() {
        _;
    }
}

contract Virtual {
    modifier v() virtual {
        _;
    }
}

library L {
    modifier onlyHere() {
        _;
    }
}
