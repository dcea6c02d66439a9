// expect: safe
pragma solidity ^0.8.20;
/// The cross-contract look-alike: a vault and its ledger, but the vault clears the ledger
/// entry before paying, so moving entries from the callback moves nothing.
contract CeiLedger {
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
contract CeiVault {
    CeiLedger public immutable ledger;
    constructor(CeiLedger l) {
        ledger = l;
        l.bind();
    }
    function deposit() external payable { ledger.credit(msg.sender, msg.value); }
    function withdraw() external {
        uint256 amount = ledger.balanceOf(msg.sender);
        require(amount > 0, "empty");
        ledger.clear(msg.sender);
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
    }
}
