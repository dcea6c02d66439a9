// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// The half-guarded bank with its transfer guarded too: from withdraw's callback the balance
/// about to be zeroed can no longer be moved to another account (the accomplice's included).
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
    function transfer(address to, uint256 amount) external nonReentrant {
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
