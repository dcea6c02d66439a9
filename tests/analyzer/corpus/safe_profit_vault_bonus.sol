// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// The look-alike of profit_vault_double_payout: the adversary may end with more ether than it
/// put in (a welcome bonus the deployer funds, paid once per account), but honest use gives
/// the same: the profit is by design, not unlocked by a callback. Shares are burnt before
/// the payout (checks-effects-interactions), so a callback that redeems again gets nothing.
contract BonusVault {
    mapping(address => uint256) public shares;
    mapping(address => bool) public bonusPaid;
    uint256 public constant BONUS = 0.1 ether;

    constructor() payable {}

    function deposit() external payable {
        shares[msg.sender] += msg.value;
    }

    function claimBonus() external {
        require(!bonusPaid[msg.sender], "bonus paid");
        require(address(this).balance >= BONUS, "no bonus left");
        bonusPaid[msg.sender] = true;
        (bool ok, ) = msg.sender.call{value: BONUS}("");
        require(ok, "transfer failed");
    }

    function redeemAll() external {
        uint256 amount = shares[msg.sender];
        require(amount > 0, "nothing to redeem");
        shares[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "transfer failed");
    }
}
