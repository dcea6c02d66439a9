// expect: reentrancy cross-function
pragma solidity ^0.8.20;
/// Unstaking is one-at-a-time, but `delegate` moves stake freely, also while an unstake is
/// paying out.
contract Staking {
    mapping(address => uint256) public staked;
    uint256 private status = 1;
    function stake() external payable { staked[msg.sender] += msg.value; }
    function delegate(address to, uint256 amount) external {
        uint256 s = staked[msg.sender];
        require(amount <= s, "too much");
        staked[msg.sender] = s - amount;
        staked[to] += amount;
    }
    function unstake() external {
        require(status == 1, "busy");
        status = 2;
        uint256 s = staked[msg.sender];
        require(s > 0, "nothing staked");
        (bool ok, ) = msg.sender.call{value: s}("");
        require(ok, "failed");
        delete staked[msg.sender];
        status = 1;
    }
}
