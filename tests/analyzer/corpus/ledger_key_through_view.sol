// expect: adversary-profit same-function
// contract: Vault
pragma solidity ^0.8.20;
/// Deposits are booked in a ledger the vault deploys; the vault checks ownership through the
/// ledger's view, which indexes a mapping with the id: the id is a key through the call.
/// The withdrawal pays before the ledger is settled, so a re-entry pays the same deposit again.
contract Ledger {
    address public immutable vault;
    uint256 public count;
    mapping(uint256 => address) private owners;
    mapping(uint256 => uint256) private amounts;

    constructor() {
        vault = msg.sender;
    }

    function open(address who, uint256 amount) external returns (uint256 id) {
        require(msg.sender == vault, "vault only");
        id = ++count;
        owners[id] = who;
        amounts[id] = amount;
    }

    function ownerOf(uint256 id) external view returns (address) {
        return owners[id];
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

    function deposit() external payable returns (uint256) {
        require(msg.value > 0, "nothing");
        return ledger.open(msg.sender, msg.value);
    }

    function withdraw(uint256 id) external {
        require(ledger.ownerOf(id) == msg.sender, "not yours");
        uint256 amount = ledger.amountOf(id);
        require(amount > 0, "empty");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        ledger.settle(id, 0);
    }
}
