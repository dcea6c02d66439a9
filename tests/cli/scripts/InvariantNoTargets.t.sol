// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import "forge-std/Test.sol";

/// setUp() deploys nothing: there is nothing to call, which is an error, not a pass.
contract NothingToFuzzTest is Test {
    function invariant_trivial() public {
        assertTrue(true);
    }
}
