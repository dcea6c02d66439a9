// expect: adversary-profit
pragma solidity ^0.8.20;
/// withdraw is guarded, transfer is not: from withdraw's callback the caller moves the balance
/// that is about to be zeroed to another account (its accomplice), and keeps the ether too; the
/// accomplice then withdraws the credit, taking the honest depositors' ether.
contract HalfGuardedBank {
    mapping(address => uint256) public balances;
    bool private locked;
    modifier nonReentrant() {
        require(!locked, "locked");
        locked = true;
        _;
        locked = false;
    }
    function deposit() external payable nonReentrant { balances[msg.sender] += msg.value; }
    function transfer(address to, uint256 amount) external {
        require(balances[msg.sender] >= amount, "low");
        balances[msg.sender] -= amount;
        balances[to] += amount;
    }
    function withdraw() external nonReentrant {
        uint256 amount = balances[msg.sender];
        require(amount > 0, "empty");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        balances[msg.sender] = 0;
    }
}
