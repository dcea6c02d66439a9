// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

/// forge-std's `console2`: the same built-in object as `console` (see console.sol), under the
/// name older forge-std versions gave the console whose integer overloads are uint256/int256.
contract console2 {
}
