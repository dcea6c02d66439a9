// expect: adversary-profit same-function
// contract: Vault
pragma solidity ^0.8.20;
/// Deposits are booked per pool in a ledger the vault deploys; the vault checks ownership
/// through the ledger's view, which indexes a mapping with the id, its second parameter: the id
/// is a key through the call as the pool is.
/// The withdrawal pays before the ledger is settled, so a re-entry pays the same deposit again.
contract Ledger {
    address public immutable vault;
    uint256 public count;
    mapping(uint256 => mapping(uint256 => address)) private owners;
    mapping(uint256 => uint256) private amounts;

    constructor() {
        vault = msg.sender;
    }

    function open(uint256 pool, address who, uint256 amount) external returns (uint256 id) {
        require(msg.sender == vault, "vault only");
        id = ++count;
        owners[pool][id] = who;
        amounts[id] = amount;
    }

    function ownerOf(uint256 pool, uint256 id) external view returns (address) {
        return owners[pool][id];
    }

    function amountOf(uint256 id) external view returns (uint256) {
        return amounts[id];
    }

    function settle(uint256 id, uint256 amount) external {
        require(msg.sender == vault, "vault only");
        amounts[id] = amount;
    }
}

contract Vault {
    Ledger public immutable ledger;

    constructor() {
        ledger = new Ledger();
    }

    function deposit(uint256 pool) external payable returns (uint256) {
        require(msg.value > 0 && pool < 4, "nothing");
        return ledger.open(pool, msg.sender, msg.value);
    }

    function withdraw(uint256 pool, uint256 id) external {
        require(ledger.ownerOf(pool, id) == msg.sender, "not yours");
        uint256 amount = ledger.amountOf(id);
        require(amount > 0, "empty");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        ledger.settle(id, 0);
    }
}
