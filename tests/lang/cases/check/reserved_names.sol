pragma solidity ^0.8.20;
// `this`, `super` and `_` name no declaration, as in solc (3726): not a library, a parameter,
// a return variable or a local variable, where they would hide the builtins.
library super {
    function f() internal pure {}
}
contract C {
    function f(uint256 this) public pure returns (uint256 _) {
        uint256 super = 3;
        return super;
    }
    modifier m() {
        string memory _ = "";
        _;
    }
}

// ----
// tests/lang/cases/check/reserved_names.sol:4:1: error: The name "super" is reserved. [E2004]
//     4 | library super {
//       | ^~~~~~~~~~~~~~~
// tests/lang/cases/check/reserved_names.sol:8:16: error: The name "this" is reserved. [E2004]
//     8 |     function f(uint256 this) public pure returns (uint256 _) {
//       |                ^~~~~~~~~~~~
// tests/lang/cases/check/reserved_names.sol:8:16: warning: unused function parameter 'this' [E3029]
//     8 |     function f(uint256 this) public pure returns (uint256 _) {
//       |                ^~~~~~~~~~~~
//       = help: remove or comment out the name to silence this warning
// tests/lang/cases/check/reserved_names.sol:8:24: warning: this declaration of 'this' shadows a builtin symbol [E2005]
//     8 |     function f(uint256 this) public pure returns (uint256 _) {
//       |                        ^~~~
// tests/lang/cases/check/reserved_names.sol:8:51: error: The name "_" is reserved. [E2004]
//     8 |     function f(uint256 this) public pure returns (uint256 _) {
//       |                                                   ^~~~~~~~~
// tests/lang/cases/check/reserved_names.sol:9:9: error: The name "super" is reserved. [E2004]
//     9 |         uint256 super = 3;
//       |         ^~~~~~~~~~~~~
// tests/lang/cases/check/reserved_names.sol:9:9: warning: this declaration of 'super' shadows a builtin symbol [E2005]
//     9 |         uint256 super = 3;
//       |         ^~~~~~~~~~~~~
// tests/lang/cases/check/reserved_names.sol:13:9: error: The name "_" is reserved. [E2004]
//    13 |         string memory _ = "";
//       |         ^~~~~~~~~~~~~~~
// 5 errors and 3 warnings generated.
