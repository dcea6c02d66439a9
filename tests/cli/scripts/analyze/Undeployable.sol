// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// A reentrant bank that no chosen constructor argument deploys: the analysis is inconclusive
/// (exit 4) and says how to pass --args, never "0 findings" and exit 0.
contract Undeployable {
    mapping(address => uint256) public balances;

    constructor(uint256 secret) {
        require(secret == 123456789, "wrong secret");
    }

    function deposit() external payable {
        balances[msg.sender] += msg.value;
    }

    function withdraw() external {
        uint256 amount = balances[msg.sender];
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send failed");
        balances[msg.sender] = 0;
    }
}
