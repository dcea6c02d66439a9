// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// The README's bank: the write comes after the call (the DAO's mistake).
/// #invariant address(this).balance >= sum(balances);
contract MyBank {
    mapping(address => uint256) public balances;

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
