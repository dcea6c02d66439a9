// expect: reentrancy same-function
// txs: 3
pragma solidity ^0.8.20;
/// Deposits unlock a week after they are made; the withdrawal pays before it books. The
/// attack needs the clock to move past the lock.
contract TimeLockVault {
    uint256 public constant LOCK = 7 days;
    mapping(address => uint256) public balances;
    mapping(address => uint256) public unlockAt;
    function deposit() external payable {
        balances[msg.sender] += msg.value;
        unlockAt[msg.sender] = block.timestamp + LOCK;
    }
    function withdraw() external {
        require(block.timestamp >= unlockAt[msg.sender], "locked");
        uint256 amount = balances[msg.sender];
        require(amount > 0, "nothing");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        balances[msg.sender] = 0;
    }
}
