// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

contract Tiny {
    uint256 public count;

    function bump(uint256 by) external returns (uint256) {
        count += by;
        return count;
    }
}
