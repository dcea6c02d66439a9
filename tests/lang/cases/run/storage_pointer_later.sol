// A local storage pointer declared without a value and assigned on every path before its use:
// in both branches of an if, from a conditional, in a try's clauses, and moved between two
// state variables; writes through it land in the state variable it points at.
pragma solidity ^0.8.20;

contract StoragePointerLater {
    struct Account {
        uint256 balance;
        uint64 nonce;
    }

    Account savings;
    Account checking;
    mapping(uint256 => Account) byId;

    event Balances(uint256 savings, uint256 checking, uint256 byId7, uint64 nonces);

    function pick(bool toSavings) internal view returns (Account storage a) {
        if (toSavings) a = savings;
        else a = checking;
    }

    function credit(bool toSavings, uint256 amount) internal {
        Account storage a;
        if (toSavings) a = savings;
        else a = checking;
        a.balance += amount;
        a.nonce++;
    }

    function creditEither(uint256 id, bool mapped, uint256 amount) internal {
        Account storage a;
        a = mapped ? byId[id] : checking;
        a.balance += amount;
        a.nonce++;
    }

    function noop() external pure {}

    function run() external payable {
        credit(true, 5);
        credit(false, 7);
        creditEither(7, true, 11);
        creditEither(7, false, 13);
        Account storage a;
        try this.noop() {
            a = pick(true);
        } catch {
            a = checking;
        }
        a.balance *= 2;
        emit Balances(savings.balance, checking.balance, byId[7].balance,
            savings.nonce + checking.nonce + byId[7].nonce);
    }
}
// ----
// success
// Balances("10", "20", "11", "4")
