// SPDX-License-Identifier: MIT
pragma solidity ^0.8.0;

import "forge-std/Test.sol";

/// One of its functions never returns: the run is bounded by --timeout, not by gas.
contract Spinner {
    uint256 public n;

    function spin(uint256 x) external {
        while (x != 1) n += 1;
    }
}

contract SpinnerInvariantTest is Test {
    Spinner spinner;

    function setUp() public {
        spinner = new Spinner();
    }

    function invariant_small() public {
        assertLe(spinner.n(), 10);
    }
}
