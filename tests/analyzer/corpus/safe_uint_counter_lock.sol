// expect: safe
// callback-freedom: proved
pragma solidity ^0.8.20;
/// The mutex is a uint counter that must be zero on entry (an unusual shape for a guard).
contract CounterLockBank {
    mapping(address => uint256) public balances;
    uint256 private depth;
    modifier exclusive() {
        require(depth == 0, "re-entered");
        depth += 1;
        _;
        depth -= 1;
    }
    function deposit() external payable exclusive { balances[msg.sender] += msg.value; }
    function transfer(address to, uint256 amount) external exclusive {
        require(balances[msg.sender] >= amount, "low");
        balances[msg.sender] -= amount;
        balances[to] += amount;
    }
    function withdraw() external exclusive {
        uint256 amount = balances[msg.sender];
        require(amount > 0, "empty");
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "failed");
        balances[msg.sender] = 0;
    }
}
