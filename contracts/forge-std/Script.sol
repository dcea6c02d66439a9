// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import "./Vm.sol";
import "./console.sol";
import "./console2.sol";

/// Mallory's built-in Foundry-style script base (LANGUAGE.md §7): a contract `X is Script` has
/// `run()`, which `mallory run` calls.
abstract contract Script {
    /// Foundry's cheatcode address.
    Vm internal constant vm = Vm(0x7109709ECfa91a80626fF3989D68f67F5b1DD12D);
}
