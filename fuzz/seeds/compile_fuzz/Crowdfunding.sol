// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @title Crowdfunding: all-or-nothing campaigns in ether
/// @notice Anyone launches a campaign with a goal and a deadline. Backers pledge ether and may
/// unpledge before the deadline. If the goal is met, the creator claims the funds once; if
/// not, every backer gets a refund.
/// #invariant address(this).balance >= totalLocked;
contract Crowdfunding {
    struct Campaign {
        address payable creator;
        uint128 goal;
        uint128 pledged;
        uint64 startAt;
        uint64 endAt;
        bool claimed;
    }

    /// @notice Longest campaign allowed.
    uint256 public constant MAX_DURATION = 90 days;

    /// @notice Number of campaigns launched; ids run from 1 to count.
    uint256 public count;
    /// @notice Campaign data by id.
    mapping(uint256 => Campaign) public campaigns;
    /// @notice pledgedAmount[id][backer].
    mapping(uint256 => mapping(address => uint256)) public pledgedAmount;
    /// @notice Ether pledged to campaigns and not yet claimed or refunded.
    uint256 public totalLocked;

    event Launch(uint256 id, address indexed creator, uint128 goal, uint64 startAt, uint64 endAt);
    event Pledge(uint256 indexed id, address indexed backer, uint256 amount);
    event Unpledge(uint256 indexed id, address indexed backer, uint256 amount);
    event Claim(uint256 indexed id, uint256 amount);
    event Refund(uint256 indexed id, address indexed backer, uint256 amount);

    error NoSuchCampaign(uint256 id);
    error NotStarted();
    error Ended();
    error NotEnded();
    error GoalNotReached(uint256 pledged, uint256 goal);
    error GoalReached();

    /// @notice Launches a campaign from `startAt` to `endAt` (unix times).
    function launch(uint128 goal, uint64 startAt, uint64 endAt) external returns (uint256 id) {
        require(startAt >= block.timestamp, "start in the past");
        require(endAt > startAt && endAt <= block.timestamp + MAX_DURATION, "bad end");
        id = ++count;
        campaigns[id] = Campaign(payable(msg.sender), goal, 0, startAt, endAt, false);
        emit Launch(id, msg.sender, goal, startAt, endAt);
    }

    modifier exists(uint256 id) {
        if (id == 0 || id > count) revert NoSuchCampaign(id);
        _;
    }

    /// @notice Pledges the ether sent to campaign `id`.
    function pledge(uint256 id) external payable exists(id) {
        Campaign storage c = campaigns[id];
        if (block.timestamp < c.startAt) revert NotStarted();
        if (block.timestamp > c.endAt) revert Ended();
        c.pledged += uint128(msg.value);
        pledgedAmount[id][msg.sender] += msg.value;
        totalLocked += msg.value;
        emit Pledge(id, msg.sender, msg.value);
    }

    /// @notice Takes back `amount` of the caller's pledge before the deadline.
    function unpledge(uint256 id, uint256 amount) external exists(id) {
        Campaign storage c = campaigns[id];
        if (block.timestamp > c.endAt) revert Ended();
        pledgedAmount[id][msg.sender] -= amount;
        c.pledged -= uint128(amount);
        totalLocked -= amount;
        payable(msg.sender).transfer(amount);
        emit Unpledge(id, msg.sender, amount);
    }

    /// @notice The creator takes the funds of a successful campaign.
    function claim(uint256 id) external exists(id) {
        Campaign storage c = campaigns[id];
        require(msg.sender == c.creator, "not creator");
        if (block.timestamp <= c.endAt) revert NotEnded();
        if (c.pledged < c.goal) revert GoalNotReached(c.pledged, c.goal);
        require(!c.claimed, "claimed");
        c.claimed = true;
        totalLocked -= c.pledged;
        c.creator.transfer(c.pledged);
        emit Claim(id, c.pledged);
    }

    /// @notice A backer of a failed campaign takes her pledge back.
    function refund(uint256 id) external exists(id) {
        Campaign storage c = campaigns[id];
        if (block.timestamp <= c.endAt) revert NotEnded();
        if (c.pledged >= c.goal) revert GoalReached();
        uint256 bal = pledgedAmount[id][msg.sender];
        delete pledgedAmount[id][msg.sender];
        totalLocked -= bal;
        payable(msg.sender).transfer(bal);
        emit Refund(id, msg.sender, bal);
    }

    /// @notice Progress of a campaign in percent of its goal (may exceed 100).
    function progress(uint256 id) external view exists(id) returns (uint256 percent, bool open) {
        Campaign storage c = campaigns[id];
        percent = c.goal == 0 ? 100 : (uint256(c.pledged) * 100) / c.goal;
        open = block.timestamp >= c.startAt && block.timestamp <= c.endAt;
    }
}
