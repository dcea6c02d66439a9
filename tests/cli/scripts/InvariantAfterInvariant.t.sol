// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import "forge-std/Test.sol";

/// A tally that only goes up.
contract Tally {
    uint256 public count;

    function bump() external {
        count += 1;
    }
}

/// forge's end-of-run hook: afterInvariant() runs once after each run that kept the invariant,
/// and its failure fails the invariant test with its own reason.
contract AfterInvariantFails is Test {
    Tally tally;

    function setUp() public {
        tally = new Tally();
    }

    /// Fails at the end of any run of 10 calls or more; never after a single call.
    function afterInvariant() public {
        require(tally.count() < 10, "afterInvariant: too many bumps");
    }

    /// Holds during every run: only the hook breaks.
    function invariant_countBelowAMillion() public {
        assertLt(tally.count(), 1_000_000);
    }
}

/// The same hook on a run too short to break it: the test passes, so the hook is what fails above.
contract AfterInvariantHolds is Test {
    Tally tally;

    function setUp() public {
        tally = new Tally();
    }

    function afterInvariant() public {
        require(tally.count() < 1000, "afterInvariant: too many bumps");
    }

    function invariant_countBelowAMillion() public {
        assertLt(tally.count(), 1_000_000);
    }
}
