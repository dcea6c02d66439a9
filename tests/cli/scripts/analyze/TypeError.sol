// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

contract TypeError {
    uint256 public count;

    function bump() external {
        count = true;
    }
}
