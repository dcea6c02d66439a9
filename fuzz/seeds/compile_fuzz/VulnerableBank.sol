// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title VulnerableBank: the textbook reentrancy bug (the "EtherStore"), Solidity 0.8 style
/// @notice Customers deposit ether and withdraw their whole balance, at most once a day.
/// @dev VULNERABLE ON PURPOSE: `withdraw` sends ether with a low-level call that forwards all
/// remaining gas, and only then zeroes the balance and records the time. A contract whose
/// receive() calls `withdraw` again is paid again from the other customers' money (see
/// BankAttacker.sol). In Solidity 0.8 a `balances[msg.sender] -= amount` after the call would
/// underflow while the nested calls unwind and revert the whole attack; assigning zero, as
/// here, does not, which is why this is the form the bug takes in 0.8 code.
/// Kept as a test target for Mallory's analyzer; do not deploy.
/// #invariant address(this).balance >= sum(balances);
contract VulnerableBank {
    /// @notice Ether held for each customer, in wei.
    mapping(address => uint256) public balances;
    /// @notice Time of each customer's last withdrawal.
    mapping(address => uint256) public lastWithdrawTime;

    event Deposit(address indexed who, uint256 amount);
    event Withdrawal(address indexed who, uint256 amount);

    /// @notice Deposits the ether sent with the call.
    function deposit() external payable {
        balances[msg.sender] += msg.value;
        emit Deposit(msg.sender, msg.value);
    }

    /// @notice Withdraws the caller's whole balance, at most once a day.
    function withdraw() external {
        uint256 amount = balances[msg.sender];
        require(amount > 0, "nothing to withdraw");
        require(block.timestamp >= lastWithdrawTime[msg.sender] + 1 days, "once a day");
        // BUG: the interaction comes before the effects
        (bool sent, ) = msg.sender.call{value: amount}("");
        require(sent, "send failed");
        balances[msg.sender] = 0;
        lastWithdrawTime[msg.sender] = block.timestamp;
        emit Withdrawal(msg.sender, amount);
    }

    /// @notice Total ether held by the bank.
    function reserves() external view returns (uint256) {
        return address(this).balance;
    }
}
