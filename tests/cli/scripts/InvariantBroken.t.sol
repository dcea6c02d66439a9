// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import "forge-std/Test.sol";

/// A lock that opens after arm() and then open(1337): the invariant says it never opens.
contract Lock {
    bool public armed;
    bool public opened;
    uint256 public noise;

    function arm() external {
        armed = true;
    }

    function disarm() external {
        armed = false;
    }

    function open(uint256 code) external {
        require(armed, "not armed");
        if (code == 1337) opened = true;
    }

    function fiddle(uint256 x) external {
        noise += x % 7;
    }
}

contract LockInvariantTest is Test {
    Lock lock;

    function setUp() public {
        lock = new Lock();
    }

    function invariant_neverOpens() public view {
        assertFalse(lock.opened(), "the lock opened");
    }
}
