// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// MyBank with the write moved above the call (checks-effects-interactions).
/// #invariant address(this).balance >= sum(balances);
contract MyBank {
    mapping(address => uint256) public balances;

    function deposit() external payable {
        balances[msg.sender] += msg.value;
    }

    function withdraw() external {
        uint256 amount = balances[msg.sender];
        balances[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "send failed");
    }
}
