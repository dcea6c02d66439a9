pragma solidity ^0.8.20;
type Amount is uint96;
type Flag is bool;
type Key is bytes32;
using {plus as +} for Amount global;
contract Vault {
    type Shares is uint128;
    mapping(Key => Amount) public balances;
    Shares[] public shares;
    Amount public constant ONE = Amount.wrap(1);
    Flag immutable open;
    event Deposit(Key indexed key, Amount amount);
    constructor() { open = Flag.wrap(true); }
    function deposit(Key key, Amount amount) external returns (Amount total) {
        require(Flag.unwrap(open));
        total = balances[key] + amount + ONE;
        balances[key] = total;
        shares.push(Vault.Shares.wrap(uint128(Amount.unwrap(amount))));
        emit Deposit(key, amount);
    }
}
function plus(Amount a, Amount b) pure returns (Amount) {
    return Amount.wrap(Amount.unwrap(a) + Amount.unwrap(b));
}
// ----
