// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// Deploys, but every transaction reverts: nothing was explored, so nothing is vouched for.
contract Closed {
    uint256 public count;

    function bump() external {
        require(count > 100, "closed");
        count += 1;
    }
}
