// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {ISeedBank, ISeedCustomer, SeedMallory} from "./SeedModel.sol";

/// @title SeedModelFixed: the fixed withdrawal model of the seed paper, as a contract
/// @notice "Bridging Paxos and Blockchain Consensus", section V, Fig. 5b: the bank updates
/// Mallory's balance (UpdateBalance, line 18) before it dispenses the money (DispenseAmount,
/// line 20). The variables are those of SeedModel.sol: `bankBalance` is Mallory's balance at
/// the bank, `malloryBalance` the money dispensed to her; SeedMallory (in SeedModel.sol)
/// plays Mallory against either bank.
/// @dev The invariant below is the paper's `Invariant` (Fig. 5b, line 10): no money is
/// created, for every BALANCE and AMOUNT, even while calls are in flight, because the balance
/// goes down before the money goes out.
/// The fixed model's own SafeWithdrawal (Fig. 5b, lines 6-9: (BALANCE, 0), (BALANCE - AMOUNT,
/// 0) or (BALANCE - AMOUNT, AMOUNT)) is deliberately NOT annotated: as the paper says, it is
/// still too tight. With BALANCE = 10 and AMOUNT = 4, two withdrawals may legitimately run,
/// one inside the other (Mallory re-enters, the check sees 6 >= 4), ending at bankBalance = 2,
/// malloryBalance = 8: she withdrew 8 of her 10, no money was created, yet SafeWithdrawal
/// fails. A third withdrawal is refused by the balance check (2 < 4).
/// #invariant bankBalance + malloryBalance <= BALANCE;
contract SeedModelFixed is ISeedBank {
    /// @notice Mallory's balance at the bank when the model starts.
    uint256 public immutable BALANCE;
    /// @notice The amount Mallory asks for.
    uint256 public immutable AMOUNT;
    /// @notice Mallory's balance at the bank (the model's `bankBalance`).
    uint256 public bankBalance;
    /// @notice The money dispensed to Mallory so far (the model's `malloryBalance`).
    uint256 public malloryBalance;

    /// @notice Logged at DispenseAmount, before Mallory is called.
    event Dispensed(address indexed to, uint256 amount, uint256 bankBalance, uint256 malloryBalance);

    /// @param balance the model's BALANCE
    /// @param amount the model's AMOUNT
    constructor(uint256 balance, uint256 amount) {
        BALANCE = balance;
        AMOUNT = amount;
        bankBalance = balance;
        malloryBalance = 0;
    }

    /// @notice The model's `BankWithdraw(amount)` (Fig. 5b, lines 14-21).
    function bankWithdraw(uint256 amount) external override {
        // CheckBalance: check if Mallory has sufficient balance
        if (bankBalance < amount) return;
        // UpdateBalance: update Mallory's bankBalance
        bankBalance = bankBalance - amount;
        // DispenseAmount: dispense Mallory the amount
        malloryBalance += amount;
        emit Dispensed(msg.sender, amount, bankBalance, malloryBalance);
        ISeedCustomer(msg.sender).mallorySendMoney(amount);
    }
}
