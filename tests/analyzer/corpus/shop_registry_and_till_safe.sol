// expect: safe
pragma solidity ^0.8.20;
/// A shop deploys a registry of prepaid cards and a till that holds the ether. The honest users'
/// set-up pays into both (a card each, a tip to the till), so the adversary's card id is the
/// registry's own count plus one, not the number of all set-up payments. Cashing out orders the
/// The look-alike of shop_registry_and_till: the registry debits the card before the till pays.
contract Registry {
    struct Card {
        address holder;
        uint256 balance;
    }
    address public immutable shop;
    uint256 public count;
    mapping(uint256 => Card) private cards;

    constructor() {
        shop = msg.sender;
    }

    function issue(address holder, uint256 amount) external returns (uint256 id) {
        require(msg.sender == shop, "shop only");
        id = ++count;
        cards[id] = Card(holder, amount);
    }

    function setBalance(uint256 id, uint256 amount) external {
        require(msg.sender == shop, "shop only");
        cards[id].balance = amount;
    }

    function holderOf(uint256 id) external view returns (address) {
        return cards[id].holder;
    }

    function balanceOf(uint256 id) external view returns (uint256) {
        return cards[id].balance;
    }
}

contract Till {
    address public immutable shop;

    constructor() {
        shop = msg.sender;
    }

    receive() external payable {}

    function payOut(address to, uint256 amount) external {
        require(msg.sender == shop, "shop only");
        (bool ok, ) = payable(to).call{value: amount}("");
        require(ok, "payout failed");
    }
}

contract Shop {
    Registry public immutable registry;
    Till public immutable till;

    constructor() {
        registry = new Registry();
        till = new Till();
    }

    function buyCard() external payable returns (uint256 id) {
        require(msg.value > 0, "empty card");
        id = registry.issue(msg.sender, msg.value);
        (bool ok, ) = payable(address(till)).call{value: msg.value}("");
        require(ok, "till refused");
    }

    function cashOut(uint256 id, uint256 amount) external {
        require(registry.holderOf(id) == msg.sender, "not yours");
        uint256 balance = registry.balanceOf(id);
        require(amount > 0 && balance >= amount, "bad amount");
        registry.setBalance(id, balance - amount);
        till.payOut(msg.sender, amount);
    }
}
