// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "forge-std/Test.sol";

/// `mallory test --timeout`: each test has its own clock; a test that never ends fails as a
/// timeout (a testFail* one too: it did not revert), and the next test still runs.
contract LimitsTest is Test {
    uint256 internal counter;

    function testQuick() public {
        counter = 1;
        assertEq(counter, 1);
    }

    function testSpins() public {
        while (true) {
            counter += 1;
        }
    }

    function testFailSpins() public {
        while (true) {
            counter += 1;
        }
    }

    function testZQuickAfterwards() public {
        assertEq(counter, 0);
    }
}
