// expect: safe
pragma solidity ^0.8.20;
/// The vault pays before clearing the ledger entry, but the ledger refuses transfers while
/// the vault's lock is held: the lock spans both contracts.
contract LockAwareLedger {
    mapping(address => uint256) public balanceOf;
    LockingVault public vault;
    function bind() external {
        require(address(vault) == address(0), "bound");
        vault = LockingVault(msg.sender);
    }
    function credit(address who, uint256 amount) external {
        require(msg.sender == address(vault), "only vault");
        balanceOf[who] += amount;
    }
    function clear(address who) external {
        require(msg.sender == address(vault), "only vault");
        balanceOf[who] = 0;
    }
    function transfer(address to, uint256 amount) external {
        require(!vault.busy(), "vault busy");
        require(balanceOf[msg.sender] >= amount, "low");
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
    }
}
contract LockingVault {
    LockAwareLedger public immutable ledger;
    bool public busy;
    constructor(LockAwareLedger l) {
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
