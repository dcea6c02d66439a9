// expect: safe
// callback-freedom: proved
// txs: 3
pragma solidity ^0.8.20;
/// The look-alike of time_lock_vault: books before it pays.
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
        balances[msg.sender] = 0;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
    }
}
