// expect: safe
// txs: 3
pragma solidity ^0.8.20;
/// The staking of time_staking_rewards_twice.sol with the reward cleared before it is sent.
contract StakingRewards {
    address public owner = msg.sender;
    uint256 public rewardRate;
    uint256 public periodFinish;
    uint256 public lastUpdate;
    uint256 public rewardPerTokenStored;
    uint256 public totalStaked;
    mapping(address => uint256) public staked;
    mapping(address => uint256) public paid;
    mapping(address => uint256) public rewards;

    modifier update(address a) {
        rewardPerTokenStored = rewardPerToken();
        lastUpdate = lastTime();
        if (a != address(0)) {
            rewards[a] = earned(a);
            paid[a] = rewardPerTokenStored;
        }
        _;
    }

    function lastTime() public view returns (uint256) {
        return block.timestamp < periodFinish ? block.timestamp : periodFinish;
    }

    function rewardPerToken() public view returns (uint256) {
        if (totalStaked == 0) return rewardPerTokenStored;
        return rewardPerTokenStored + (lastTime() - lastUpdate) * rewardRate * 1e18 / totalStaked;
    }

    function earned(address a) public view returns (uint256) {
        return staked[a] * (rewardPerToken() - paid[a]) / 1e18 + rewards[a];
    }

    function stake() external payable update(msg.sender) {
        require(msg.value > 0, "zero");
        totalStaked += msg.value;
        staked[msg.sender] += msg.value;
    }

    function withdraw(uint256 amount) external update(msg.sender) {
        totalStaked -= amount;
        staked[msg.sender] -= amount;
        payable(msg.sender).transfer(amount);
    }

    function getReward() external update(msg.sender) {
        uint256 r = rewards[msg.sender];
        if (r > 0) {
            rewards[msg.sender] = 0;
            (bool ok, ) = msg.sender.call{value: r}("");
            require(ok, "reward");
        }
    }

    function notifyRewardAmount(uint256 duration) external payable update(address(0)) {
        require(msg.sender == owner, "owner");
        require(block.timestamp >= periodFinish, "running");
        rewardRate = msg.value / duration;
        periodFinish = block.timestamp + duration;
        lastUpdate = block.timestamp;
    }
}
