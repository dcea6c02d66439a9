// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

contract Broken {
    mapping(address => uint256) public balances;

    function read() external view returns (uint256) {
        return balanse[msg.sender];
    }

    function small() external pure returns (uint8) {
        uint8 x = 256;
        return x;
    }
}

contract NotInSubset {
    fixed128x18 ratio;
}
