// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title CrossFunctionBank: a bank whose mutex covers only half of its functions
/// @notice Customers deposit, move balances between themselves (`transferTo`) and withdraw.
/// @dev VULNERABLE ON PURPOSE (cross-function reentrancy): `withdrawAll` is guarded and
/// `transferTo` is not. During the ether transfer in `withdrawAll` the caller's balance is
/// still on the books, so her receive() can `transferTo` it to an accomplice, who withdraws
/// it again later. The fix is to zero the balance before the call (or to guard `transferTo`).
/// #invariant address(this).balance >= sum(balances);
contract CrossFunctionBank {
    /// @notice Ether held for each customer, in wei.
    mapping(address => uint256) public balances;
    bool private locked;

    event Transfer(address indexed from, address indexed to, uint256 amount);

    modifier noReentrancy() {
        require(!locked, "locked");
        locked = true;
        _;
        locked = false;
    }

    /// @notice Deposits the ether sent with the call.
    function deposit() external payable {
        balances[msg.sender] += msg.value;
        emit Transfer(address(0), msg.sender, msg.value);
    }

    /// @notice Moves part of the caller's balance to another customer.
    function transferTo(address to, uint256 amount) external {
        require(balances[msg.sender] >= amount, "insufficient balance");
        balances[msg.sender] -= amount;
        balances[to] += amount;
        emit Transfer(msg.sender, to, amount);
    }

    /// @notice Withdraws the caller's whole balance.
    function withdrawAll() external noReentrancy {
        uint256 amount = balances[msg.sender];
        require(amount > 0, "nothing to withdraw");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "transfer failed");
        balances[msg.sender] = 0; // BUG: too late, see the contract comment
        emit Transfer(msg.sender, address(0), amount);
    }
}
