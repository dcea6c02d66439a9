// expect: invariant
pragma solidity ^0.8.20;
interface ISeedCustomer {
    function mallorySendMoney(uint256 amount) external;
}
/// The seed paper's faulty withdrawal model (contracts/dao/SeedModel.sol, without its
/// attacker): money is dispensed before the balance is booked. Under 0.8 checked arithmetic
/// only a single re-entry succeeds; it breaks the relaxed SafeWithdrawal invariant.
/// #invariant (bankBalance == BALANCE && malloryBalance == 0) || (bankBalance == BALANCE && malloryBalance == AMOUNT) || (bankBalance == BALANCE - AMOUNT && malloryBalance == AMOUNT);
contract SeedBank {
    uint256 public immutable BALANCE;
    uint256 public immutable AMOUNT;
    uint256 public bankBalance;
    uint256 public malloryBalance;
    constructor(uint256 balance, uint256 amount) {
        BALANCE = balance;
        AMOUNT = amount;
        bankBalance = balance;
    }
    function bankWithdraw(uint256 amount) external {
        if (bankBalance < amount) return;
        malloryBalance += amount;
        ISeedCustomer(msg.sender).mallorySendMoney(amount);
        bankBalance = bankBalance - amount;
    }
}
