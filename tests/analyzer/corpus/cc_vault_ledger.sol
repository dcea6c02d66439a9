// expect: reentrancy cross-contract
pragma solidity ^0.8.20;
/// The books live in a Ledger that only its Vault may credit or clear, but holders move
/// their entries freely. The Vault pays before it clears the entry: from the payout callback
/// the holder moves the entry to a friend in the Ledger, and the Vault clears an empty one.
contract Ledger {
    mapping(address => uint256) public balanceOf;
    address public vault;
    function bind() external {
        require(vault == address(0), "bound");
        vault = msg.sender;
    }
    function credit(address who, uint256 amount) external {
        require(msg.sender == vault, "only vault");
        balanceOf[who] += amount;
    }
    function clear(address who) external {
        require(msg.sender == vault, "only vault");
        balanceOf[who] = 0;
    }
    function transfer(address to, uint256 amount) external {
        require(balanceOf[msg.sender] >= amount, "low");
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
    }
}
contract Vault {
    Ledger public immutable ledger;
    bool private busy;
    constructor(Ledger l) {
        ledger = l;
        l.bind();
    }
    function deposit() external payable {
        require(!busy, "busy");
        ledger.credit(msg.sender, msg.value);
    }
    function withdraw() external {
        require(!busy, "busy");
        busy = true;
        uint256 amount = ledger.balanceOf(msg.sender);
        require(amount > 0, "empty");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        ledger.clear(msg.sender);
        busy = false;
    }
}
