// What an import alias reaches, beyond the run case module_aliases.sol: a name the imported file
// itself imports under another name (`M.Renamed`), an alias of the importing file itself
// (`Self.Self.Base.counted`), a base's modifier named through its contract, and an alias in an
// expression that only names something (`(flag ? M : M).C;`).
pragma solidity ^0.8.20;

import "./module_aliases/lib.sol" as M;
import "./module_aliases_accepted.sol" as Self;

contract Base {
    uint256 internal calls;

    modifier counted() {
        calls += 1;
        _;
    }
}

contract Derived is Self.Base, M.C {
    function viaBase() external Base.counted M.C.m returns (uint256) {
        return calls;
    }

    function viaSelf() external Self.Self.Base.counted returns (uint256) {
        return calls + M.Renamed + M.f();
    }

    function names(bool flag) external pure returns (bool) {
        (flag ? M : M).C;
        M.L;
        return flag;
    }
}
// ----
