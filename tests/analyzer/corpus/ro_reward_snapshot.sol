// expect: reentrancy read-only
pragma solidity ^0.8.20;
/// A staking contract clears the stake only after paying the unstaker; a reward distributor
/// snapshots each staker's percent of the pool through a view. From the unstake callback
/// the ether is gone but the stake is not: the snapshot records a share larger than any
/// the staker ever held.
contract StakePool {
    mapping(address => uint256) public stakeOf;
    uint256 public totalStake;
    bool private inUnstake;
    function stake() external payable {
        require(!inUnstake, "busy");
        stakeOf[msg.sender] += msg.value;
        totalStake += msg.value;
    }
    function unstake() external {
        require(!inUnstake, "busy");
        inUnstake = true;
        uint256 s = stakeOf[msg.sender];
        require(s > 0, "none");
        (bool ok, ) = msg.sender.call{value: s}("");
        require(ok, "failed");
        stakeOf[msg.sender] = 0;
        totalStake -= s;
        inUnstake = false;
    }
    /// Percent of the pool's ether that `who` owns.
    function weightOf(address who) external view returns (uint256) {
        uint256 assets = address(this).balance;
        return assets == 0 ? 0 : (stakeOf[who] * 100) / assets;
    }
}
contract Distributor {
    StakePool public immutable pool;
    mapping(address => uint256) public weight;
    mapping(address => bool) public snapped;
    constructor(StakePool p) { pool = p; }
    function snapshot() external {
        require(!snapped[msg.sender], "done");
        snapped[msg.sender] = true;
        weight[msg.sender] = pool.weightOf(msg.sender);
    }
}
