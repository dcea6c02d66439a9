// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

// What a forge-std script imports through Script.sol, under forge-std's names.
import {console} from "./console.sol";
import {console2} from "./console2.sol";
import {StdCheatsSafe} from "./StdCheats.sol";
import {stdMath} from "./StdMath.sol";
import {stdStorage, StdStorage} from "./StdStorage.sol";
import {StdUtils} from "./StdUtils.sol";
import {Vm} from "./Vm.sol";
import {CommonBase, ScriptBase} from "./Base.sol";

/// Mallory's built-in Foundry-style script base (LANGUAGE.md §7), composed as forge-std's: a
/// contract `X is Script` has `run()`, which `mallory run` calls.
abstract contract Script is ScriptBase, StdCheatsSafe, StdUtils {}
