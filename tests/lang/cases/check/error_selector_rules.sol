pragma solidity ^0.8.20;
// Built-in error names and the selectors revert data reserves.
error Error(uint256);
error Panic(uint256);
error buyAndFree22457070633(uint256);
error test266151307();
error Fine(uint256);

// ----
// tests/lang/cases/check/error_selector_rules.sol:3:7: error: The built-in errors "Error" and "Panic" cannot be re-defined. [E3035]
//     3 | error Error(uint256);
//       |       ^~~~~
// tests/lang/cases/check/error_selector_rules.sol:4:7: error: The built-in errors "Error" and "Panic" cannot be re-defined. [E3035]
//     4 | error Panic(uint256);
//       |       ^~~~~
// tests/lang/cases/check/error_selector_rules.sol:5:7: error: The selector 0x00000000 is reserved. Please rename the error to avoid the collision. [E3035]
//     5 | error buyAndFree22457070633(uint256);
//       |       ^~~~~~~~~~~~~~~~~~~~~
// tests/lang/cases/check/error_selector_rules.sol:6:7: error: The selector 0xffffffff is reserved. Please rename the error to avoid the collision. [E3035]
//     6 | error test266151307();
//       |       ^~~~~~~~~~~~~
// 4 errors generated.
