// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import "forge-std/Test.sol";

/// A counter that only goes up unless reset() is called.
contract Climber {
    uint256 public height;
    uint256 public peak;

    function climb(uint256 by) external {
        height += by % 100;
        if (height > peak) peak = height;
    }

    /// Breaks "height == peak": the test targets climb() alone through forge-std's
    /// targetSelector(FuzzSelector), so it must never be called.
    function fall() external {
        if (height > 0) height -= 1;
    }

    /// Breaks it too (peak is not raised): targeted, then excluded by excludeSelector.
    function jump() external {
        height += 1000;
    }
}

contract ClimberSelectorTest is Test {
    Climber climber;

    function setUp() public {
        climber = new Climber();
        bytes4[] memory only = new bytes4[](2);
        only[0] = Climber.climb.selector;
        only[1] = Climber.jump.selector;
        targetSelector(FuzzSelector({addr: address(climber), selectors: only}));
        bytes4[] memory not_ = new bytes4[](1);
        not_[0] = Climber.jump.selector;
        excludeSelector(FuzzSelector({addr: address(climber), selectors: not_}));
    }

    /// targetSelectors() returns forge-std's FuzzSelector[] as it was given.
    function testTargetSelectorsRoundTrip() public {
        FuzzSelector[] memory t = targetSelectors();
        assertEq(t.length, 1);
        assertEq(t[0].addr, address(climber));
        assertEq(t[0].selectors.length, 2);
        assertEq(bytes32(t[0].selectors[0]), bytes32(Climber.climb.selector));
        assertEq(bytes32(excludeSelectors()[0].selectors[0]), bytes32(Climber.jump.selector));
    }

    function invariant_neverFalls() public {
        assertEq(climber.height(), climber.peak());
    }
}

/// The same contract without the restriction: fall() or jump() is found and the invariant breaks,
/// which shows the restriction above is what keeps it.
contract ClimberUnrestrictedTest is Test {
    Climber climber;

    function setUp() public {
        climber = new Climber();
    }

    function invariant_neverFalls() public {
        assertEq(climber.height(), climber.peak());
    }
}
