pragma solidity ^0.8.20;
// `this`, `super` and `_` name no declaration (solc 3726) but the external interface's: events
// and public or external functions (every function of an interface). Outside a modifier `_;`
// is an identifier: undeclared unless a function is called `_`.
interface I {
    function _() external;
}
contract Names {
    event super();
    function this() public {}
    function _() internal {}
}
contract StateNames {
    uint256 super;
}
contract NoUnderscore {
    function f() public pure {
        _;
    }
}


// ----
// tests/lang/cases/check/reserved_names.sol:11:5: error: The name "_" is reserved. [E2004]
//    11 |     function _() internal {}
//       |     ^~~~~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/reserved_names.sol:14:5: error: The name "super" is reserved. [E2004]
//    14 |     uint256 super;
//       |     ^~~~~~~~~~~~~~
// tests/lang/cases/check/reserved_names.sol:18:9: error: Undeclared identifier. [E2000]
//    18 |         _;
//       |         ^~
//       = help: '_' is the placeholder only in a modifier's body
// 3 errors generated.
