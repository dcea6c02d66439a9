// expect: reentrancy cross-function
pragma solidity ^0.8.28;
/// The transient-lock vault with the guard forgotten on transfer: from withdraw's callback the
/// caller moves the balance that is about to be zeroed to another account and keeps the ether
/// too. The lock (a `bool transient`) is held during the call, but transfer never reads it.
contract TransientHalfGuardedVault {
    mapping(address => uint256) public balances;
    bool private transient locked;
    modifier nonReentrant() {
        require(!locked, "ReentrancyGuardReentrantCall");
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
