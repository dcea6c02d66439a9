// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

// Everything a forge-std test imports through Test.sol, under forge-std's names:
// `import {Test, console, stdError, stdMath, StdCheats} from "forge-std/Test.sol";`.
import {console} from "./console.sol";
import {console2} from "./console2.sol";
import {StdAssertions} from "./StdAssertions.sol";
import {StdCheats, StdCheatsSafe} from "./StdCheats.sol";
import {stdError} from "./StdError.sol";
import {StdInvariant} from "./StdInvariant.sol";
import {stdMath} from "./StdMath.sol";
import {stdStorage, StdStorage, FindData} from "./StdStorage.sol";
import {StdUtils} from "./StdUtils.sol";
import {Vm} from "./Vm.sol";
import {CommonBase, TestBase} from "./Base.sol";

/// Mallory's built-in Foundry-style test base (LANGUAGE.md §7), composed as forge-std's. A
/// contract `XTest is Test` has `setUp()` and `test*()` functions; `mallory test` runs them.
/// Failed assertions revert with a message, so a test fails exactly when it reverts (or, for
/// `testFail*`, when it does not).
abstract contract Test is TestBase, StdAssertions, StdCheats, StdInvariant, StdUtils {}
