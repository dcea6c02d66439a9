// expect: adversary-profit same-function
// options: defaults
// contract: StakingPool
// A liquid-staking pool with a withdrawal queue: a staker asks to leave (the ether moves from
// its stake to a pending request that matures after a cooldown), then claims. `claimWithdrawal`
// pays before it marks the request claimed, so the claimer's fallback claims again. The second
// payment's bookkeeping (`lockedForWithdrawals -= amount`) only passes while other stakers'
// requests are pending: an attack needs an honest user that has already asked to leave, the
// step a depositor takes after its deposit.
pragma solidity ^0.8.20;

contract StakingPool {
    struct Request {
        uint256 amount;
        uint256 readyAt;
        bool claimed;
    }

    uint256 public constant COOLDOWN = 3 days;
    mapping(address => uint256) public staked;
    mapping(address => Request) public requests;
    uint256 public totalStaked;
    uint256 public lockedForWithdrawals;

    function stake() external payable {
        require(msg.value > 0, "nothing staked");
        staked[msg.sender] += msg.value;
        totalStaked += msg.value;
    }

    function requestWithdrawal(uint256 amount) external {
        require(amount > 0 && staked[msg.sender] >= amount, "not staked");
        require(requests[msg.sender].amount == 0, "request pending");
        staked[msg.sender] -= amount;
        totalStaked -= amount;
        requests[msg.sender] = Request(amount, block.timestamp + COOLDOWN, false);
        lockedForWithdrawals += amount;
    }

    function claimWithdrawal() external {
        Request storage r = requests[msg.sender];
        require(r.amount > 0 && !r.claimed, "no request");
        require(block.timestamp >= r.readyAt, "cooling down");
        uint256 amount = r.amount;
        (bool ok, ) = msg.sender.call{value: amount}("");
        require(ok, "transfer failed");
        r.claimed = true;
        lockedForWithdrawals -= amount;
        r.amount = 0;
    }
}
