// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @notice The ERC20 functions the staking contract uses.
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);

    function transferFrom(address from, address to, uint256 amount) external returns (bool);

    function balanceOf(address account) external view returns (uint256);
}

/// @title StakingRewards: stake one token, earn another at a fixed rate (Synthetix-style)
/// @notice The owner funds a reward period with `notifyRewardAmount`; rewards accrue per
/// second to stakers in proportion to their stake. The `updateReward(account)` modifier
/// settles an account before its stake changes.
/// #invariant totalSupply == sum(balanceOf);
contract StakingRewards {
    IERC20 public immutable stakingToken;
    IERC20 public immutable rewardsToken;
    address public immutable owner;

    /// @notice Length of a reward period.
    uint256 public constant DURATION = 7 days;
    /// @notice End of the current reward period.
    uint256 public finishAt;
    /// @notice Last time the reward accumulator was updated.
    uint256 public updatedAt;
    /// @notice Reward tokens paid per second, to all stakers together.
    uint256 public rewardRate;
    /// @notice Accumulated reward per staked token, scaled by 1e18.
    uint256 public rewardPerTokenStored;
    /// @notice rewardPerTokenStored at each account's last settlement.
    mapping(address => uint256) public userRewardPerTokenPaid;
    /// @notice Settled, unclaimed rewards of each account.
    mapping(address => uint256) public rewards;

    /// @notice Total staked.
    uint256 public totalSupply;
    /// @notice Stake of each account.
    mapping(address => uint256) public balanceOf;

    event Staked(address indexed user, uint256 amount);
    event Withdrawn(address indexed user, uint256 amount);
    event RewardPaid(address indexed user, uint256 reward);
    event RewardAdded(uint256 reward, uint256 finishAt);

    modifier onlyOwner() {
        require(msg.sender == owner, "not authorized");
        _;
    }

    modifier updateReward(address account) {
        rewardPerTokenStored = rewardPerToken();
        updatedAt = lastTimeRewardApplicable();
        if (account != address(0)) {
            rewards[account] = earned(account);
            userRewardPerTokenPaid[account] = rewardPerTokenStored;
        }
        _;
    }

    constructor(address stakingToken_, address rewardsToken_) {
        owner = msg.sender;
        stakingToken = IERC20(stakingToken_);
        rewardsToken = IERC20(rewardsToken_);
    }

    function lastTimeRewardApplicable() public view returns (uint256) {
        return finishAt < block.timestamp ? finishAt : block.timestamp;
    }

    function rewardPerToken() public view returns (uint256) {
        if (totalSupply == 0) return rewardPerTokenStored;
        return rewardPerTokenStored + (rewardRate * (lastTimeRewardApplicable() - updatedAt) * 1e18) / totalSupply;
    }

    /// @notice Rewards `account` could claim now.
    function earned(address account) public view returns (uint256) {
        return
            (balanceOf[account] * (rewardPerToken() - userRewardPerTokenPaid[account])) / 1e18 + rewards[account];
    }

    /// @notice Stakes `amount` (approve this contract first).
    function stake(uint256 amount) external updateReward(msg.sender) {
        require(amount > 0, "amount = 0");
        require(stakingToken.transferFrom(msg.sender, address(this), amount), "transferFrom failed");
        balanceOf[msg.sender] += amount;
        totalSupply += amount;
        emit Staked(msg.sender, amount);
    }

    /// @notice Unstakes `amount`.
    function withdraw(uint256 amount) public updateReward(msg.sender) {
        require(amount > 0, "amount = 0");
        balanceOf[msg.sender] -= amount;
        totalSupply -= amount;
        require(stakingToken.transfer(msg.sender, amount), "transfer failed");
        emit Withdrawn(msg.sender, amount);
    }

    /// @notice Claims the caller's rewards.
    function getReward() public updateReward(msg.sender) {
        uint256 reward = rewards[msg.sender];
        if (reward > 0) {
            rewards[msg.sender] = 0;
            require(rewardsToken.transfer(msg.sender, reward), "transfer failed");
            emit RewardPaid(msg.sender, reward);
        }
    }

    /// @notice Unstakes everything and claims.
    function exit() external {
        withdraw(balanceOf[msg.sender]);
        getReward();
    }

    /// @notice Starts (or tops up) a reward period; the tokens must already be here.
    function notifyRewardAmount(uint256 amount) external onlyOwner updateReward(address(0)) {
        if (block.timestamp >= finishAt) {
            rewardRate = amount / DURATION;
        } else {
            uint256 remaining = (finishAt - block.timestamp) * rewardRate;
            rewardRate = (amount + remaining) / DURATION;
        }
        require(rewardRate > 0, "reward rate = 0");
        require(rewardRate * DURATION <= rewardsToken.balanceOf(address(this)), "reward amount > balance");
        finishAt = block.timestamp + DURATION;
        updatedAt = block.timestamp;
        emit RewardAdded(amount, finishAt);
    }
}
