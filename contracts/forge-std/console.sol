// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

/// forge-std's `console`, Mallory's way.
///
/// Foundry declares `console` as a *library* whose functions send
/// `abi.encodeWithSignature("log(string,uint256)", ...)` in a staticcall to the console address
/// 0x000000000000000000636F6e736F6c652e6c6f67. Libraries are outside Mallory's subset, so this
/// file declares an empty contract named `console` and the checker knows it as a built-in object
/// (it recognises the `console` declared in the built-in forge-std directory): `console.log(...)`
/// takes up to 4 arguments, each a string, uint, int, address or bool, and is pure like
/// Foundry's. The compiler emits exactly Foundry's call: a staticcall to the console address
/// with the selector of `log(<argument types>)` (integers widened to uint256/int256, as
/// Foundry's overloads are) and the ABI-encoded arguments, so the same bytes mean the same thing
/// on Mallory's VM and in Foundry. The one-value forms `logUint`, `logInt`, `logString`,
/// `logBool`, `logAddress`, `logBytes` and `logBytes1`..`logBytes32` send what forge-std's
/// send (lang/check/console_functions.hpp). `console` cannot be inherited, instantiated or used as a type.
contract console {
}
