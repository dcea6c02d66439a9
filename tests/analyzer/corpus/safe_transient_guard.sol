// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.28;
/// OpenZeppelin 5's ReentrancyGuardTransient shape: the lock is a `bool transient` (EIP-1153),
/// zero at the start of every transaction, so it costs no storage write. Every entry point that
/// touches the books holds it, so withdraw's callback can neither withdraw again nor move the
/// balance that is about to be zeroed.
contract TransientGuardedVault {
    mapping(address => uint256) public balances;
    bool private transient locked;
    modifier nonReentrant() {
        require(!locked, "ReentrancyGuardReentrantCall");
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
