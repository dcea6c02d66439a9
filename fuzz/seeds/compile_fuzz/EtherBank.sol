// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title EtherBank: a plain ether bank written with checks-effects-interactions
/// @notice Customers deposit ether and withdraw it later, in full or in part. Deposits below
/// MIN_DEPOSIT are refused so that dust accounts cannot bloat storage.
/// @dev Safe against reentrancy: `withdraw` debits the balance before it sends ether, so a
/// customer whose receive() calls back finds the debit already booked.
/// #invariant address(this).balance >= sum(balances);
/// #invariant totalDeposits == sum(balances);
contract EtherBank {
    /// @notice Smallest deposit accepted.
    uint256 public constant MIN_DEPOSIT = 0.01 ether;

    /// @notice Ether held for each customer, in wei.
    mapping(address => uint256) public balances;
    /// @notice Sum of all customer balances.
    uint256 public totalDeposits;
    /// @notice Number of deposits ever made (statistics for the front end).
    uint256 public depositCount;

    event Deposited(address indexed customer, uint256 amount, uint256 newBalance);
    event Withdrawn(address indexed customer, uint256 amount, uint256 newBalance);

    error DepositTooSmall(uint256 sent, uint256 minimum);
    error InsufficientBalance(uint256 requested, uint256 available);
    error TransferFailed(address to, uint256 amount);

    /// @notice Deposits the ether sent with the call.
    function deposit() public payable {
        if (msg.value < MIN_DEPOSIT) revert DepositTooSmall(msg.value, MIN_DEPOSIT);
        balances[msg.sender] += msg.value;
        totalDeposits += msg.value;
        depositCount++;
        emit Deposited(msg.sender, msg.value, balances[msg.sender]);
    }

    /// @notice Plain ether transfers count as deposits.
    receive() external payable {
        deposit();
    }

    /// @notice Withdraws `amount` wei of the caller's balance.
    /// #if_succeeds old(balances[msg.sender]) >= amount;
    /// #if_succeeds address(this).balance >= totalDeposits;
    function withdraw(uint256 amount) public {
        uint256 available = balances[msg.sender];
        if (amount > available) revert InsufficientBalance(amount, available);
        // effects before the interaction
        balances[msg.sender] = available - amount;
        totalDeposits -= amount;
        (bool ok, ) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed(msg.sender, amount);
        emit Withdrawn(msg.sender, amount, available - amount);
    }

    /// @notice Withdraws the caller's whole balance.
    function withdrawAll() external {
        withdraw(balances[msg.sender]);
    }

    /// @notice The caller's balance and the bank's total, in one call.
    function summary() external view returns (uint256 mine, uint256 total) {
        mine = balances[msg.sender];
        total = totalDeposits;
    }
}
