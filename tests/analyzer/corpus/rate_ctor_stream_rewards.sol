// expect: adversary-profit same-function
// options: defaults
pragma solidity ^0.8.20;
/// An ether staking pool that streams rewards at a rate set at deployment, Synthetix-style
/// (`rewardRate * (lastTimeRewardApplicable() - lastUpdateTime)`), funded by the deployer's
/// payment. `getReward` pays the earned rewards before zeroing them, so a staker re-enters it
/// and is paid the same rewards again from the other stakers' deposits. With a rate of a few
/// wei per second nothing accrues against ether-sized stakes: the constructor's rate must be
/// an amount per second.
contract StreamRewards {
    uint256 private constant ACC = 1e12; // MasterChef's precision
    uint256 public immutable rewardRate;
    uint256 public immutable periodFinish;
    uint256 public lastUpdateTime;
    uint256 public rewardPerTokenStored;
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;
    mapping(address => uint256) public userRewardPerTokenPaid;
    mapping(address => uint256) public rewards;

    constructor(uint256 rate, uint256 duration) payable {
        require(rate * duration <= msg.value, "unfunded");
        rewardRate = rate;
        periodFinish = block.timestamp + duration;
        lastUpdateTime = block.timestamp;
    }

    function lastTimeRewardApplicable() public view returns (uint256) {
        return block.timestamp < periodFinish ? block.timestamp : periodFinish;
    }

    function rewardPerToken() public view returns (uint256) {
        if (totalSupply == 0) return rewardPerTokenStored;
        return rewardPerTokenStored +
            (rewardRate * (lastTimeRewardApplicable() - lastUpdateTime) * ACC) / totalSupply;
    }

    function earned(address account) public view returns (uint256) {
        return balanceOf[account] * (rewardPerToken() - userRewardPerTokenPaid[account]) / ACC +
            rewards[account];
    }

    modifier updateReward(address account) {
        rewardPerTokenStored = rewardPerToken();
        lastUpdateTime = lastTimeRewardApplicable();
        rewards[account] = earned(account);
        userRewardPerTokenPaid[account] = rewardPerTokenStored;
        _;
    }

    function stake() external payable updateReward(msg.sender) {
        require(msg.value > 0, "zero");
        totalSupply += msg.value;
        balanceOf[msg.sender] += msg.value;
    }

    function withdraw(uint256 amount) external updateReward(msg.sender) {
        balanceOf[msg.sender] -= amount;
        totalSupply -= amount;
        payable(msg.sender).transfer(amount);
    }

    function getReward() external updateReward(msg.sender) {
        uint256 reward = rewards[msg.sender];
        if (reward > 0) {
            (bool ok, ) = msg.sender.call{value: reward}("");
            require(ok, "reward failed");
            rewards[msg.sender] = 0;
        }
    }
}
